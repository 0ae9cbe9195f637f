// Errors from the database that a caller's input can provoke, turned into the
// typed DomainError the caller would have got had a service checked first.
import { DomainError } from "../errors.ts";

function describe(error: unknown): string {
  const e = error as { message?: string; code?: string; meta?: unknown } | undefined;
  return `${e?.code ?? ""} ${e?.message ?? ""} ${JSON.stringify(e?.meta ?? {})}`;
}

export function databaseRefusal(error: unknown): DomainError | null {
  if (!error || typeof error !== "object") return null;
  const text = describe(error);
  // The CHECK on the trigger-maintained day total (see the volunteers migration).
  if (text.includes("VolunteerDay_max_24_hours")) return new DomainError("VALIDATION", "hours.dayLimitReached", null);
  // 22021: a NUL byte (or other invalid UTF-8) in text; 22P05: a character the encoding cannot hold.
  if (/\b(22021|22P05)\b|invalid byte sequence|untranslatable character/.test(text)) {
    return new DomainError("VALIDATION", "error.invalidText", null);
  }
  return null;
}

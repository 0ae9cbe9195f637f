// Reading the page's `form` (what the last action answered) in its sections:
// which decision or record went through, so each section shows its own success.
import { hasErrors } from "$lib/graphql/errors";
import { formOf } from "$lib/forms/enhance";
import type { Decided } from "./decision-actions";

type Recorded = "certificate" | "card" | "importHours" | "payment";

function field(form: unknown, key: string): unknown {
  return form && typeof form === "object" && key in form ? (form as Record<string, unknown>)[key] : undefined;
}

export function decidedOf(form: unknown): Decided | null {
  const value = field(form, "decided");
  return typeof value === "string" ? (value as Decided) : null;
}

export function recordedOf(form: unknown): Recorded | null {
  const value = field(form, "recorded");
  return typeof value === "string" ? (value as Recorded) : null;
}

/** The amount of a payment just recorded, in cents. */
export function paidCentsOf(form: unknown): number | null {
  const value = field(form, "amountCents");
  return typeof value === "number" ? value : null;
}

/**
 * Whether a record form (behind its disclosure) comes open with the page: its save was refused, so
 * its errors show and the first invalid field takes focus, or just went through, so its message shows
 * (without JavaScript the page is rendered anew after each post).
 */
export function openAtLoad(form: unknown, name: Recorded): boolean {
  return recordedOf(form) === name || hasErrors(formOf(form, name).errors);
}

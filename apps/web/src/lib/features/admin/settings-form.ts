// The organisation settings form (admin): what people type (kept as strings so
// nothing is lost when a check fails), the checks before sending, and the
// input for UpdateOrganizationSettings. Only settings that differ from what
// was loaded are sent, so two admins changing different settings at the same
// time do not undo each other's change.
import { centsToInput, parseEuroToCents } from "@lotse/domain/cents";
import type { VariablesOf } from "@graphql-typed-document-node/core";
import { SETTINGS, YEAR_RANGE } from "@lotse/domain/bounds";
import type { UpdateOrganizationSettingsMutation } from "$lib/graphql/settings";
import type { Message } from "$lib/i18n";
import type { UiLocale } from "$lib/i18n/locale";
import { m } from "$lib/paraglide/messages.js";
import { checked, integer, rows, text } from "$lib/forms/form-data";

export type SettingsInput = VariablesOf<typeof UpdateOrganizationSettingsMutation>["input"];

export interface StoredSettings {
  countAttendanceAsHours: boolean;
  ehrenamtspauschale: ReadonlyArray<{ year: number; limitCents: number }>;
}

export interface LimitRow {
  year: number;
  /** The amount in euros as typed ("960,00"). */
  amount: string;
}

export interface SettingsDraft {
  countAttendanceAsHours: boolean;
  /** Sorted by year, each year once. */
  limits: LimitRow[];
  /** The "add a year" fields. */
  newYear: string;
  newAmount: string;
}

/** The form's field names for messages. */
export const FIELD = {
  countAttendanceAsHours: "countAttendanceAsHours",
  limits: "ehrenamtspauschale",
  newYear: "newYear",
  newAmount: "newAmount",
} as const;

/** The field name of a year's amount in the table. */
export const limitField = (year: number) => `limit.${year}`;

export type Problems = Record<string, Message>;

export function draftFromSettings(settings: StoredSettings, locale: UiLocale): SettingsDraft {
  return {
    countAttendanceAsHours: settings.countAttendanceAsHours,
    limits: [...settings.ehrenamtspauschale].sort((a, b) => a.year - b.year).map((l) => ({ year: l.year, amount: centsToInput(l.limitCents, locale) })),
    newYear: "",
    newAmount: "",
  };
}

/** An amount in euros as typed -> cents within the allowed range, else null. */
export function parseLimit(text: string): number | null {
  const cents = parseEuroToCents(text);
  return cents !== null && cents <= SETTINGS.pauschaleLimitCents.max ? cents : null;
}

/** A year as typed -> the year within the allowed range, else null. */
export function parseYear(text: string): number | null {
  const s = text.trim();
  if (!/^\d{4}$/.test(s)) return null;
  const year = Number(s);
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : null;
}

export const hasPendingYear = (draft: SettingsDraft) => draft.newYear.trim() !== "" || draft.newAmount.trim() !== "";

/** The table with the year from the "add a year" fields in its place, or what is wrong with those fields. */
export function addYear(draft: SettingsDraft): { ok: true; limits: LimitRow[]; year: number } | { ok: false; problems: Problems } {
  const problems: Problems = {};
  const year = parseYear(draft.newYear);
  if (year === null) problems[FIELD.newYear] = draft.newYear.trim() ? m.settings_yearInvalid : m.common_fillIn;
  else if (draft.limits.some((l) => l.year === year)) problems[FIELD.newYear] = m.settings_yearTaken;
  if (parseLimit(draft.newAmount) === null) problems[FIELD.newAmount] = draft.newAmount.trim() ? m.settings_amountInvalid : m.common_fillIn;
  if (Object.keys(problems).length > 0 || year === null) return { ok: false, problems };
  const limits = [...draft.limits, { year, amount: draft.newAmount.trim() }].sort((a, b) => a.year - b.year);
  return { ok: true, limits, year };
}

export type BuildResult = { ok: true; input: SettingsInput; seen: SettingsInput; limits: { year: number; limitCents: number }[] } | { ok: false; problems: Problems };

/**
 * Checks the table and builds the input: only what differs from `saved`; and
 * `seen`, what the page showed for those settings, so the API can refuse the
 * save if someone else changed one of them meanwhile.
 */
export function buildInput(draft: SettingsDraft, saved: StoredSettings): BuildResult {
  const problems: Problems = {};
  const limits: { year: number; limitCents: number }[] = [];
  for (const row of draft.limits) {
    const cents = parseLimit(row.amount);
    if (cents === null) problems[limitField(row.year)] = row.amount.trim() ? m.settings_amountInvalid : m.common_fillIn;
    else limits.push({ year: row.year, limitCents: cents });
  }
  if (draft.limits.length === 0) problems[FIELD.limits] = m.settings_limitsRequired;
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const input: SettingsInput = {};
  const seen: SettingsInput = {};
  if (draft.countAttendanceAsHours !== saved.countAttendanceAsHours) {
    input.countAttendanceAsHours = draft.countAttendanceAsHours;
    seen.countAttendanceAsHours = saved.countAttendanceAsHours;
  }
  const before = [...saved.ehrenamtspauschale].sort((a, b) => a.year - b.year).map((l) => ({ year: l.year, limitCents: l.limitCents }));
  const same = before.length === limits.length && before.every((l, i) => l.year === limits[i]!.year && l.limitCents === limits[i]!.limitCents);
  if (!same) {
    input.ehrenamtspauschale = limits;
    seen.ehrenamtspauschale = before;
  }
  return { ok: true, input, seen, limits };
}

/** The API's field names for an input with these limits (`ehrenamtspauschale.1.limitCents`), to match its errors. */
export function apiFieldNames(sent: readonly { year: number }[]): string[] {
  return [FIELD.countAttendanceAsHours, FIELD.limits, ...sent.flatMap((_, i) => [`${FIELD.limits}.${i}.year`, `${FIELD.limits}.${i}.limitCents`])];
}

/** The API names a year by its place in the list sent; the form names it by the year. */
export function fieldsByYear(fields: Record<string, string>, sent: readonly { year: number }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, message] of Object.entries(fields)) {
    const m = name.match(/^ehrenamtspauschale\.(\d+)\.(year|limitCents)$/);
    const row = m ? sent[Number(m[1])] : undefined;
    const key = row ? limitField(row.year) : name;
    out[key] ??= message;
  }
  return out;
}

/**
 * The draft as the form posts it (natively or through `use:enhance`): the
 * checkbox, the table's rows `limits.<i>.year` / `limits.<i>.amount` and the
 * "add a year" fields.
 */
export function draftFromForm(form: FormData): SettingsDraft {
  const byYear = new Map<number, LimitRow>();
  for (const row of rows(form, "limits")) {
    const year = Number(row.year);
    if (Number.isInteger(year) && !byYear.has(year)) byYear.set(year, { year, amount: row.amount ?? "" });
  }
  return {
    countAttendanceAsHours: checked(form, FIELD.countAttendanceAsHours),
    limits: [...byYear.values()].sort((a, b) => a.year - b.year),
    newYear: text(form, FIELD.newYear),
    newAmount: text(form, FIELD.newAmount),
  };
}

/**
 * What the page showed when it was loaded (`saved.*`, hidden fields): only what
 * differs from it is sent, and it goes along as `seen`, so a save over someone
 * else's newer value is refused, also after rows were added without JavaScript.
 */
export function savedFromForm(form: FormData): StoredSettings {
  return {
    countAttendanceAsHours: text(form, "saved.countAttendanceAsHours") === "true",
    ehrenamtspauschale: rows(form, "saved.limits").map((row) => ({ year: Number(row.year), limitCents: Number(row.limitCents) })),
  };
}

export type CheckResult =
  | { ok: true; draft: SettingsDraft; input: SettingsInput; seen: SettingsInput; sent: { year: number; limitCents: number }[] }
  | { ok: false; problems: Problems };

/**
 * The check before saving: a year typed into the "add" fields but not added
 * yet is taken over, then the table is checked and the input built (see buildInput).
 */
export function checkSettings(draft: SettingsDraft, saved: StoredSettings): CheckResult {
  let next = draft;
  let problems: Problems = {};
  if (hasPendingYear(draft)) {
    const added = addYear(draft);
    if (added.ok) next = { ...draft, limits: added.limits, newYear: "", newAmount: "" };
    else problems = added.problems;
  }
  const built = buildInput(next, saved);
  if (!built.ok || Object.keys(problems).length > 0) return { ok: false, problems: { ...problems, ...(built.ok ? {} : built.problems) } };
  return { ok: true, draft: next, input: built.input, seen: built.seen, sent: built.input.ehrenamtspauschale ?? [] };
}

/** A row added or removed without saving (the page's `draft` action, the form without JavaScript). */
export type DraftChange = { add: true } | { remove: number };

export type ChangeResult = { ok: true; draft: SettingsDraft; added?: number; removed?: number } | { ok: false; problems: Problems };

export function changeDraft(draft: SettingsDraft, change: DraftChange): ChangeResult {
  if ("remove" in change) return { ok: true, draft: { ...draft, limits: draft.limits.filter((l) => l.year !== change.remove) }, removed: change.remove };
  const added = addYear(draft);
  if (!added.ok) return added;
  return { ok: true, draft: { ...draft, limits: added.limits, newYear: "", newAmount: "" }, added: added.year };
}

/** The change a draft post asks for: the "add" button, or the year of a "remove" button. */
export function changeOf(form: FormData): DraftChange | null {
  if (form.has("addYear")) return { add: true };
  const year = integer(form, "removeYear");
  return year !== null && Number.isInteger(year) ? { remove: year } : null;
}

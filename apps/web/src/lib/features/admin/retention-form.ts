// The retention periods form (admin): what people type (strings), the checks
// before sending (the API's ranges from @lotse/domain/retention, so the
// message at the field names the same range the API would), and the input
// with only the periods that changed.
import { RETENTION, RETENTION_EDITABLE } from "@lotse/domain/retention";
import { m } from "$lib/paraglide/messages.js";

export type EditablePeriod = (typeof RETENTION_EDITABLE)[number];
export type PeriodTexts = Record<EditablePeriod, string>;
export type Periods = Record<EditablePeriod, number>;

export const textsOf = (periods: Periods): PeriodTexts =>
  Object.fromEntries(RETENTION_EDITABLE.map((key) => [key, String(periods[key])])) as PeriodTexts;

/** A whole number as typed, or null. */
export function parsePeriod(text: string): number | null {
  const t = text.trim();
  return /^\d{1,3}$/.test(t) ? Number(t) : null;
}

export type RetentionCheck = { ok: true; input: Partial<Periods> } | { ok: false; fields: Partial<Record<EditablePeriod, string>> };

/** Checks every period; on success the input holds those that differ from what was saved. */
export function checkRetention(texts: PeriodTexts, saved: Periods): RetentionCheck {
  const fields: Partial<Record<EditablePeriod, string>> = {};
  const input: Partial<Periods> = {};
  for (const key of RETENTION_EDITABLE) {
    const value = parsePeriod(texts[key]);
    const { min, max } = RETENTION[key].range;
    if (value === null || value < min || value > max) {
      fields[key] = m.retention_range({ min, max });
      continue;
    }
    if (value !== saved[key]) input[key] = value;
  }
  return Object.keys(fields).length ? { ok: false, fields } : { ok: true, input };
}

// Pure conversions between what people type and what the API stores that only
// the web needs: durations (integer minutes), years and month names in the UI
// language. Dates, Berlin time and cents are shared with the API: @lotse/domain.
import { YEAR_RANGE } from "@lotse/domain/bounds";
import { formatDuration } from "@lotse/domain/duration";
import { intlLocale } from "@lotse/domain/locale";
import type { UiLocale } from "$lib/i18n/locale";

// ---- years and months ----------------------------------------------------------

export function monthName(month: number, locale: UiLocale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** The year of an ISO date, or of today. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** The last `count` years up to and including `current`, newest first. */
export function recentYears(current: number, count = 5): number[] {
  return Array.from({ length: count }, (_, i) => current - i);
}

/** Reads `?year=` within sensible bounds, else the fallback. */
export function parseYear(value: string | null | undefined, fallback: number): number {
  if (!value || !/^\d{4}$/.test(value)) return fallback;
  const year = Number(value);
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : fallback;
}

/** The first day of the year of `iso`, e.g. for a default period "this year so far". */
export function startOfYear(iso: string): string {
  return `${iso.slice(0, 4)}-01-01`;
}

// ---- durations -----------------------------------------------------------------

export type DurationResult = { ok: true; minutes: number } | { ok: false; field: "hours" | "minutes"; reason: "empty" | "format" };

/**
 * Hours and minutes as typed (either may be empty) -> whole minutes.
 * Hours may have a decimal comma or point ("1,5" = 90 minutes); minutes are whole numbers.
 */
export function parseDuration(hoursText: string, minutesText: string): DurationResult {
  const h = hoursText.trim();
  const m = minutesText.trim();
  if (!h && !m) return { ok: false, field: "hours", reason: "empty" };
  let total = 0;
  if (h) {
    if (!/^\d{1,2}([.,]\d{1,2})?$/.test(h)) return { ok: false, field: "hours", reason: "format" };
    total += Math.round(Number(h.replace(",", ".")) * 60);
  }
  if (m) {
    if (!/^\d{1,4}$/.test(m)) return { ok: false, field: "minutes", reason: "format" };
    total += Number(m);
  }
  return { ok: true, minutes: total };
}

/** Splits minutes into the form's two fields (for editing an entry). */
export function splitMinutes(total: number): { hours: string; minutes: string } {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  return { hours: hours ? String(hours) : "", minutes: minutes || !hours ? String(minutes) : "" };
}

/** 135 -> "2 Std. 15 Min." (de) / "2 h 15 min" (en): the same units as the API's messages, the CSV and the Nachweis. */
export function formatMinutes(total: number, locale: UiLocale): string {
  return formatDuration(total, locale);
}

/** A number with at most `digits` decimals in the UI language (e.g. eligibility figures). */
export function formatNumber(value: number, locale: UiLocale, digits = 1): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value);
}

// Pure conversions between what people type and what the API stores that only
// the web needs: durations (integer minutes), years and month names in the UI
// language. Dates, Berlin time and cents are shared with the API: @lotse/domain.
import { YEAR_RANGE } from "@lotse/domain/hour-bounds";
import { dateTimeFormat, numberFormat } from "@lotse/domain/intl-cache";
import { intlLocale } from "@lotse/domain/locale";
import type { UiLocale } from "$lib/i18n/locale";

// ---- years and months ----------------------------------------------------------

export function monthName(month: number, locale: UiLocale): string {
  return dateTimeFormat(intlLocale(locale), { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1)));
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

// ---- durations: minutes.ts (the hour form loads that file alone), re-exported here ----------

export { formatMinutes, minutesCell, parseDuration, splitMinutes, type DurationResult } from "./minutes";

/** A number with at most `digits` decimals in the UI language (e.g. eligibility figures). */
export function formatNumber(value: number, locale: UiLocale, digits = 1): string {
  return numberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value);
}

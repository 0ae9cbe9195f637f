// Calendar dates travel as "YYYY-MM-DD" strings and are stored as DATE columns
// (a Date at UTC midnight in JavaScript), so arithmetic on them is plain UTC
// arithmetic and never crosses a time zone. Which day "today" is lives in
// berlin-time.ts.
import { intlLocale, type Locale } from "./locale.ts";

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date as "YYYY-MM-DD" (not "2026-02-30"). */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** "2026-11-22" -> that day at UTC midnight; throws a RangeError for anything else. */
export function parseIsoDate(value: string): Date {
  if (!isIsoDate(value)) throw new RangeError(`not a date: ${value}`);
  return new Date(`${value}T00:00:00.000Z`);
}

export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** The first and last day of a year. */
export function yearBounds(year: number): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year, 11, 31)) };
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let f = dateFormats.get(locale);
  if (!f) {
    const numeric = locale === "de";
    f = new Intl.DateTimeFormat(intlLocale(locale), { day: numeric ? "2-digit" : "numeric", month: numeric ? "2-digit" : "short", year: "numeric", timeZone: "UTC" });
    dateFormats.set(locale, f);
  }
  return f;
}

/** "2026-11-20" -> "20.11.2026" (de) / "20 Nov 2026" (en); anything else is returned unchanged. */
export function formatDate(iso: string, locale: Locale): string {
  return isIsoDate(iso) ? dateFormat(locale).format(new Date(`${iso}T00:00:00.000Z`)) : iso;
}

// Pure conversions between what people type and what the API stores:
// durations (integer minutes), money (integer cents), calendar dates
// ("YYYY-MM-DD") and their display in the UI language.
import type { UiLocale } from "$lib/i18n/locale";

const intlLocale = (locale: UiLocale) => (locale === "de" ? "de-DE" : "en-GB");

// ---- dates -------------------------------------------------------------------

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const berlinDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today in Berlin as "YYYY-MM-DD" (where every organisation using Lotse works). */
export function todayIso(now: Date = new Date()): string {
  return berlinDay.format(now);
}

/** The calendar day (in Berlin) of a moment given as an ISO timestamp, as "YYYY-MM-DD". */
export function dayOf(timestamp: string): string {
  const d = new Date(timestamp);
  return Number.isNaN(d.getTime()) ? timestamp.slice(0, 10) : todayIso(d);
}

export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** "2026-11-20" -> "20.11.2026" (de) / "20 Nov 2026" (en); anything else is returned unchanged. */
export function formatDate(iso: string, locale: UiLocale): string {
  if (!isIsoDate(iso)) return iso;
  const options: Intl.DateTimeFormatOptions =
    locale === "de" ? { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(new Date(`${iso}T00:00:00Z`));
}

/** A moment (ISO timestamp) as date and time in Berlin. */
export function formatDateTime(iso: string, locale: UiLocale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" }).format(d);
}

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
  return year >= 2000 && year <= 2100 ? year : fallback;
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

/** 135 -> "2 Std. 15 Min." (de) / "2 h 15 min" (en). */
export function formatMinutes(total: number, locale: UiLocale): string {
  const sign = total < 0 ? "-" : "";
  const abs = Math.abs(total);
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  const n = new Intl.NumberFormat(intlLocale(locale));
  const [hUnit, mUnit] = locale === "de" ? ["Std.", "Min."] : ["h", "min"];
  const parts: string[] = [];
  if (hours) parts.push(`${n.format(hours)} ${hUnit}`);
  if (minutes || !hours) parts.push(`${n.format(minutes)} ${mUnit}`);
  return sign + parts.join(" ");
}

/** A number with at most `digits` decimals in the UI language (e.g. eligibility figures). */
export function formatNumber(value: number, locale: UiLocale, digits = 1): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value);
}

// ---- money -----------------------------------------------------------------------

/**
 * An amount in euros as typed -> integer cents, or null when it is not an amount.
 * Accepts "12", "12,5", "12,50", "12.50", "1.234,56", "1 234,56", "1,234.56" and a "€" sign.
 * A separator followed by exactly three digits is a thousands separator.
 */
export function parseEuroToCents(input: string): number | null {
  const s = input.replace(/\s|\u00a0|€|EUR/gi, "");
  if (!s) return null;
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const decimal = s.match(/[.,](\d{1,2})$/);
  const integerPart = decimal ? s.slice(0, s.length - decimal[0].length) : s;
  const fraction = decimal ? decimal[1]!.padEnd(2, "0") : "00";
  // The integer part: plain digits, or digits grouped by threes with one kind of separator.
  if (!/^\d+$/.test(integerPart) && !/^\d{1,3}([.,]\d{3})+$/.test(integerPart)) return null;
  const separators = new Set(integerPart.replace(/\d/g, ""));
  if (separators.size > 1) return null;
  if (decimal && separators.has(decimal[0][0]!)) return null;
  const euros = Number(integerPart.replace(/[.,]/g, ""));
  const cents = euros * 100 + Number(fraction);
  return Number.isSafeInteger(cents) ? cents : null;
}

/** 96000 -> "960,00 €" (de) / "€960.00" (en). */
export function formatCents(cents: number, locale: UiLocale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency: "EUR" }).format(cents / 100);
}

/** Cents as the amount field shows it for editing: 1250 -> "12,50" (de) / "12.50" (en). */
export function centsToInput(cents: number, locale: UiLocale): string {
  const s = (cents / 100).toFixed(2);
  return locale === "de" ? s.replace(".", ",") : s;
}

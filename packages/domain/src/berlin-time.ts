// Every organisation using Lotse works in Berlin time: instants are stored in
// UTC and typed, shown and cut into days in Europe/Berlin. This file is the
// only place that converts between the two.
// The subpath, not the package root: the root also loads TZDate, whose module patches Date.prototype
// at load time, so a bundler keeps it in every page that imports this file.
import { tzOffset } from "@date-fns/tz/tzOffset";
import { isIsoDate } from "./calendar-date.ts";
import { intlLocale, type Locale } from "./locale.ts";

export const BERLIN = "Europe/Berlin";

/** A wall-clock time "HH:MM" from 00:00 to 23:59. */
export const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTime(value: string | null | undefined): value is string {
  return !!value && WALL_TIME.test(value);
}

// Instant -> Berlin wall clock is what Intl does natively (the zone rules are the runtime's);
// the reverse (berlinToIso) needs @date-fns/tz's offsets. Using Intl here rather than TZDate keeps
// date-fns' date class out of every page that shows a Berlin day (2 kB gzip of first-load JS).
let wallClock: Intl.DateTimeFormat | undefined;

// The last minute converted: formatToParts costs tens of µs, and a request asks for "today"
// (berlinToday) several times; Berlin's offset is whole hours, so one UTC minute is one wall minute.
let lastMinute = Number.NaN;
let lastWall = { date: "", time: "" };

/** The Berlin wall-clock date ("YYYY-MM-DD") and time ("HH:MM") of an instant. */
export function berlinDateTime(instant: string | Date): { date: string; time: string } {
  const at = typeof instant === "string" ? new Date(instant) : instant;
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute === lastMinute) return { ...lastWall };
  wallClock ??= new Intl.DateTimeFormat("en-CA", { timeZone: BERLIN, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const parts: Record<string, string> = {};
  for (const { type, value } of wallClock.formatToParts(at)) parts[type] = value;
  const wall = { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
  if (!Number.isNaN(minute)) {
    lastMinute = minute;
    lastWall = wall;
  }
  return { ...wall };
}

/** Today in Berlin as "YYYY-MM-DD". */
export function berlinToday(now: Date = new Date()): string {
  return berlinDateTime(now).date;
}

/** The Berlin calendar day of an ISO timestamp; a value that is no timestamp keeps its first ten characters. */
export function berlinDayOf(timestamp: string): string {
  const d = new Date(timestamp);
  return Number.isNaN(d.getTime()) ? timestamp.slice(0, 10) : berlinDateTime(d).date;
}

/**
 * A Berlin wall-clock date and time -> the ISO instant, or null for input that
 * is not a date/time. The offset in force before a clock change wins: the hour
 * skipped in spring is read as winter time (02:30 -> 03:30 summer time), and in
 * the doubled hour in autumn the first (summer time) occurrence is taken.
 */
export function berlinToIso(date: string, time: string): string | null {
  if (!isIsoDate(date) || !isTime(time)) return null;
  const wall = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Number(time.slice(0, 2)), Number(time.slice(3, 5)));
  const before = tzOffset(BERLIN, new Date(wall - 86_400_000));
  const after = tzOffset(BERLIN, new Date(wall + 86_400_000));
  for (const offset of [before, after]) {
    const candidate = wall - offset * 60_000;
    if (tzOffset(BERLIN, new Date(candidate)) === offset) return new Date(candidate).toISOString();
  }
  return new Date(wall - before * 60_000).toISOString();
}

/** The start of a Berlin day as an instant. */
export function startOfBerlinDay(date: string): string | null {
  return berlinToIso(date, "00:00");
}

/** The last millisecond of a Berlin day as an instant. */
export function endOfBerlinDay(date: string): string | null {
  const iso = berlinToIso(date, "23:59");
  return iso ? new Date(new Date(iso).getTime() + 59_999).toISOString() : null;
}

/** A calendar month "YYYY-MM". */
export const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** [start, end) of a Berlin month "YYYY-MM" as instants, or null for anything that is no month. */
export function berlinMonthRange(month: string): { start: Date; end: Date } | null {
  const m = ISO_MONTH.exec(month);
  if (!m) return null;
  const year = Number(m[1]);
  const next = Number(m[2]) + 1;
  const end = next === 13 ? `${year + 1}-01-01` : `${year}-${String(next).padStart(2, "0")}-01`;
  return { start: new Date(startOfBerlinDay(`${month}-01`)!), end: new Date(startOfBerlinDay(end)!) };
}

/** [start, end) of a Berlin calendar year as instants. */
export function berlinYearRange(year: number): { start: Date; end: Date } {
  return { start: new Date(startOfBerlinDay(`${year}-01-01`)!), end: new Date(startOfBerlinDay(`${year + 1}-01-01`)!) };
}

// Display in the UI language. Intl does the wording; the zone is always Berlin.
const cache = new Map<string, Intl.DateTimeFormat>();
function berlinFormat(locale: Locale, kind: "day" | "time" | "dayTime" | "dateTime"): Intl.DateTimeFormat {
  const key = `${locale}:${kind}`;
  let f = cache.get(key);
  if (!f) {
    const day: Intl.DateTimeFormatOptions = { weekday: "short", day: locale === "de" ? "2-digit" : "numeric", month: locale === "de" ? "2-digit" : "short", year: "numeric" };
    const time: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    const options: Intl.DateTimeFormatOptions =
      kind === "day"
        ? day
        : kind === "time"
          ? time
          : kind === "dayTime"
            ? { ...day, ...time }
          : // The 24-hour clock in every language, as the sessions' times ("kind: time") show it:
            // without it, Arabic writes "7:29 ص" beside a session's "09:00–16:00".
            { dateStyle: "medium", timeStyle: "short", hourCycle: "h23" };
    f = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: BERLIN });
    cache.set(key, f);
  }
  return f;
}

function display(instant: string | Date, locale: Locale, kind: "day" | "time" | "dateTime"): string {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) return String(instant);
  return berlinFormat(locale, kind).format(d);
}

/** "Sa., 06.02.2027" (de) / "Sat, 6 Feb 2027" (en). */
export const formatBerlinDay = (instant: string | Date, locale: Locale) => display(instant, locale, "day");

/**
 * A day with a time text where, and with the separator by which, the language writes a time of day
 * after (or before) a date: "Sa., 06.02.2027, 09:00–16:00" (de), "السبت، 6 فبراير 2027، 09:00–16:00"
 * (ar), "6 Şub 2027 Cmt 09:00–16:00" (tr). Intl places the time; `time` replaces its hour and minute.
 */
export function formatBerlinDayWithTime(instant: string | Date, locale: Locale, time: string): string {
  const d = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) return String(instant);
  const parts = berlinFormat(locale, "dayTime").formatToParts(d);
  const first = parts.findIndex((p) => p.type === "hour");
  const last = parts.findLastIndex((p) => p.type === "minute");
  const text = (from: number, to?: number) => parts.slice(from, to).map((p) => p.value).join("");
  return first < 0 || last < first ? `${formatBerlinDay(d, locale)} ${time}` : text(0, first) + time + text(last + 1);
}

/** "09:00". */
export const formatBerlinTime = (instant: string | Date, locale: Locale) => display(instant, locale, "time");

/** "06.02.2027, 09:00" (de) / "6 Feb 2027, 09:00" (en). */
export const formatBerlinDateTime = (instant: string | Date, locale: Locale) => display(instant, locale, "dateTime");

/** A moment as a German document shows it: "22.11.2026 20:29". */
export function germanDateTime(instant: Date): string {
  const { date, time } = berlinDateTime(instant);
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)} ${time}`;
}

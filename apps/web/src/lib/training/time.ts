// Course sessions are typed and shown in Berlin time (where every organisation
// using Lotse works) and stored by the API as UTC instants (ISO strings).
import type { UiLocale } from "$lib/i18n/locale";
import { isIsoDate } from "$lib/volunteers/format";

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const intlLocale = (locale: UiLocale) => (locale === "de" ? "de-DE" : "en-GB");

const berlinParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export function isTime(value: string | null | undefined): value is string {
  return !!value && TIME.test(value);
}

/** The Berlin wall-clock date ("YYYY-MM-DD") and time ("HH:MM") of an instant. */
export function berlinDateTime(iso: string | Date): { date: string; time: string } {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  const parts = Object.fromEntries(berlinParts.formatToParts(d).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Minutes Berlin is ahead of UTC at that instant (60 in winter, 120 in summer). */
function berlinOffsetMinutes(utcMillis: number): number {
  const { date, time } = berlinDateTime(new Date(utcMillis));
  const asUtc = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Number(time.slice(0, 2)), Number(time.slice(3, 5)));
  return Math.round((asUtc - utcMillis) / 60_000);
}

/**
 * A Berlin wall-clock date and time -> the ISO instant, or null for input that
 * is not a date/time. In the hour skipped in spring the time is read as
 * winter time (02:30 -> 03:30 summer time); in the doubled hour in autumn the
 * first (summer time) occurrence is taken.
 */
export function berlinToIso(date: string, time: string): string | null {
  if (!isIsoDate(date) || !isTime(time)) return null;
  const wall = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Number(time.slice(0, 2)), Number(time.slice(3, 5)));
  // Try the summer offset first, then the winter one: the first that reads back as the same wall time wins.
  for (const offset of [120, 60]) {
    const candidate = wall - offset * 60_000;
    if (berlinOffsetMinutes(candidate) === offset) return new Date(candidate).toISOString();
  }
  return new Date(wall - 60 * 60_000).toISOString();
}

/** The start of a Berlin day as an instant (enrolment opens). */
export function startOfBerlinDay(date: string): string | null {
  return berlinToIso(date, "00:00");
}

/** The last minute of a Berlin day as an instant (enrolment closes at the end of that day). */
export function endOfBerlinDay(date: string): string | null {
  const iso = berlinToIso(date, "23:59");
  return iso ? new Date(new Date(iso).getTime() + 59_999).toISOString() : null;
}

/** "Sa., 06.02.2027" (de) / "Sat 6 Feb 2027" (en). */
export function formatDay(iso: string, locale: UiLocale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: "short", day: locale === "de" ? "2-digit" : "numeric", month: locale === "de" ? "2-digit" : "short", year: "numeric", timeZone: "Europe/Berlin" }).format(d);
}

/** "09:00" in Berlin. */
export function formatTime(iso: string, locale: UiLocale): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(locale), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/Berlin" }).format(d);
}

/** A session as one line: "Sa., 06.02.2027, 09:00–16:00" (a session over midnight shows both days). */
export function formatSessionTime(startsAt: string, endsAt: string, locale: UiLocale): string {
  const sameDay = berlinDateTime(startsAt).date === berlinDateTime(endsAt).date;
  const end = sameDay ? formatTime(endsAt, locale) : `${formatDay(endsAt, locale)}, ${formatTime(endsAt, locale)}`;
  return `${formatDay(startsAt, locale)}, ${formatTime(startsAt, locale)}–${end}`;
}

/** First and last day of a cohort's sessions (Berlin dates), or null without sessions. */
export function cohortPeriod(sessions: readonly { startsAt: string; endsAt: string }[]): { from: string; to: string } | null {
  if (sessions.length === 0) return null;
  const starts = sessions.map((s) => s.startsAt).sort();
  const ends = sessions.map((s) => s.endsAt).sort();
  return { from: berlinDateTime(starts[0]!).date, to: berlinDateTime(ends[ends.length - 1]!).date };
}

/** Whether a session has started (attendance can be taken from its start). */
export function hasStarted(session: { startsAt: string }, now: Date = new Date()): boolean {
  return new Date(session.startsAt).getTime() <= now.getTime();
}

// The counsellor's week: Monday to Sunday in Berlin, and the instants that
// bound it for the API (a week with a clock change is 167 or 169 hours long).
import { startOfBerlinDay, berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, isIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";

/** The Monday of the ISO week that holds the day. */
export function mondayOf(date: string): string {
  const d = parseIsoDate(date);
  const weekday = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  return formatIsoDate(addDays(d, 1 - weekday));
}

/** The seven days of the week that starts on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => formatIsoDate(addDays(parseIsoDate(monday), i)));
}

export const shiftDays = (date: string, days: number) => formatIsoDate(addDays(parseIsoDate(date), days));

/** The week asked for by `?week=` or `?day=` (the work queue's link), else this week. */
export function weekFromParams(params: URLSearchParams, now: Date = new Date()): { monday: string; day: string | null } {
  const day = params.get("day");
  const week = params.get("week");
  if (isIsoDate(day)) return { monday: mondayOf(day), day };
  if (isIsoDate(week)) return { monday: mondayOf(week), day: null };
  return { monday: mondayOf(berlinToday(now)), day: null };
}

/** From the week's first Berlin midnight to the next week's. */
export function weekRange(monday: string): { from: string; to: string } {
  return { from: startOfBerlinDay(monday)!, to: startOfBerlinDay(shiftDays(monday, 7))! };
}

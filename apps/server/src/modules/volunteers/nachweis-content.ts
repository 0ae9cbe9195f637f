// What an issued Nachweis states, and the rules that decide it: the time the
// person was active (from approval or the first approved hour, whichever is
// earlier, to the end of the volunteering or today), a requested period
// clipped to it, and the approved hours per year and month with the weekly
// average. Pure functions; the service reads the rows and freezes the result.
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const period = z.object({ from: isoDate, to: isoDate });
export type DatePeriod = z.infer<typeof period>;

export const NachweisContentSchema = z.object({
  volunteerName: z.string(),
  /** Printed only when the person entered it (stored only for this). */
  birthDate: isoDate.nullable(),
  organization: z.object({ name: z.string(), address: z.string(), contactPerson: z.string() }),
  /** The activity in words: the organisation's description and the areas worked in. */
  activityText: z.string(),
  /** Approved minutes per activity in the period, in the organisation's order. */
  activities: z.array(z.object({ name: z.string(), minutes: z.number().int() })),
  /** The start of the activity (approval or first approved hour). */
  activeSince: isoDate,
  /** The day the volunteering ended, if it has. */
  activeUntil: isoDate.nullable(),
  /** What was asked for, and what the Nachweis covers (the asked period clipped to the active time). */
  requested: period,
  period,
  clippedStart: z.boolean(),
  clippedEnd: z.boolean(),
  years: z.array(
    z.object({
      year: z.number().int(),
      from: isoDate,
      to: isoDate,
      minutes: z.number().int(),
      /** Approved minutes per week of the part of the year covered. */
      weeklyAverageMinutes: z.number().int(),
      /** Minutes per calendar month 1–12; null for a month outside the period. */
      months: z.array(z.number().int().nullable()).length(12),
    }),
  ),
  totalMinutes: z.number().int(),
  weeklyAverageMinutes: z.number().int(),
  /** What was paid in the period (the work is otherwise unpaid), by year and kind. */
  allowances: z.array(z.object({ year: z.number().int(), kind: z.string(), amountCents: z.number().int() })),
  issuedOn: isoDate,
  issuer: z.object({ name: z.string(), coordinator: z.boolean() }),
});
export type NachweisContent = z.infer<typeof NachweisContentSchema>;

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * The time the person was active: from the earlier of approval and the first
 * approved hour (an imported earlier volunteering counts) to the end of the
 * volunteering, or today. Null when they were never approved and have no approved hour.
 */
export function activeWindow(facts: { approvedOn: string | null; firstApprovedHour: string | null; endedOn: string | null; today: string }): DatePeriod | null {
  const starts = [facts.approvedOn, facts.firstApprovedHour].filter((d): d is string => d !== null);
  if (starts.length === 0) return null;
  const from = starts.reduce(earlier);
  const to = facts.endedOn ? earlier(facts.endedOn, facts.today) : facts.today;
  return { from, to: later(from, to) };
}

/** The requested period clipped to the active time, saying which ends moved; null when nothing of it is left. */
export function clipToWindow(requested: DatePeriod, window: DatePeriod): { period: DatePeriod; clippedStart: boolean; clippedEnd: boolean } | null {
  const from = later(requested.from, window.from);
  const to = earlier(requested.to, window.to);
  if (from > to) return null;
  return { period: { from, to }, clippedStart: from !== requested.from, clippedEnd: to !== requested.to };
}

const daysBetween = (from: string, to: string) => Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / 86_400_000) + 1;

/** Minutes per week over `days` days (a part week counts as its share of a week). */
export const weeklyAverage = (minutes: number, days: number) => (days > 0 ? Math.round((minutes * 7) / days) : 0);

/** Approved minutes per year and month of the period (months outside it null), with each year's weekly average. */
export function yearsAndMonths(p: DatePeriod, minutesByDay: { date: string; minutes: number }[]): NachweisContent["years"] {
  const firstYear = Number(p.from.slice(0, 4));
  const lastYear = Number(p.to.slice(0, 4));
  const years: NachweisContent["years"] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const from = later(p.from, `${year}-01-01`);
    const to = earlier(p.to, `${year}-12-31`);
    const months: (number | null)[] = Array.from({ length: 12 }, (_, i) => {
      const first = `${year}-${String(i + 1).padStart(2, "0")}-01`;
      const last = formatIsoDate(addDays(parseIsoDate(i === 11 ? `${year + 1}-01-01` : `${year}-${String(i + 2).padStart(2, "0")}-01`), -1));
      return first <= to && last >= from ? 0 : null;
    });
    for (const d of minutesByDay) {
      if (d.date < from || d.date > to) continue;
      const m = Number(d.date.slice(5, 7)) - 1;
      months[m] = (months[m] ?? 0) + d.minutes;
    }
    const minutes = months.reduce<number>((s, m) => s + (m ?? 0), 0);
    years.push({ year, from, to, minutes, weeklyAverageMinutes: weeklyAverage(minutes, daysBetween(from, to)), months });
  }
  return years;
}

/** Days of a period (both ends included). */
export const periodDays = (p: DatePeriod) => daysBetween(p.from, p.to);

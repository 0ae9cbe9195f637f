// Month and year arithmetic on calendar dates (UTC midnight Dates), apart from calendar-date.ts:
// it needs @date-fns/tz's date class, whose module patches Date.prototype when loaded, and pages
// that only format a date should not carry it.
import { tz } from "@date-fns/tz";
import { addMonths as addMonthsIn } from "date-fns";

const UTC = tz("UTC");

/**
 * Calendar months in UTC, clamped to the end of a shorter month: three months
 * before 31 May is 28 February (29 in a leap year), not 3 March, and a year
 * after 29 February is 28 February. date-fns does the clamping; the UTC
 * context keeps it independent of the machine's time zone.
 */
export function addMonths(date: Date, months: number): Date {
  return new Date(addMonthsIn(date, months, { in: UTC }).getTime());
}

export function addYears(date: Date, years: number): Date {
  return addMonths(date, years * 12);
}

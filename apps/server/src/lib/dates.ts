// Calendar dates travel as "YYYY-MM-DD" strings and are stored as DATE columns
// (a Date at UTC midnight in JavaScript). "Today" is today in Berlin, where
// every organisation using Lotse works.
const berlinDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" });

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function todayInBerlin(now: Date = new Date()): string {
  return berlinDay.format(now);
}

export function parseIsoDate(value: string): Date {
  if (!ISO_DATE.test(value)) throw new RangeError(`not a date: ${value}`);
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw new RangeError(`not a date: ${value}`);
  return date;
}

export function isValidIsoDate(value: string): boolean {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

export function addYears(date: Date, years: number): Date {
  return addMonths(date, years * 12);
}

export function yearBounds(year: number): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year, 11, 31)) };
}

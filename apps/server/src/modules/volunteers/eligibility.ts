// Ehrenamtskarte Niedersachsen, read as the card office reads it: in EACH of
// the last N years (N a setting, default 2) at least M approved hours (250) or
// on average H hours a week (5), and active for at least those N years. A year
// is counted back from today: year 1 is the 365 (366) days up to today, year 2
// the ones before, so hours dated on the anniversary day fall in the older year.
// Pure: the caller supplies the approved minutes per year window and the dates,
// and gets the answer together with the numbers and the rule that decided.
import { addDays, formatIsoDate } from "@lotse/domain/calendar-date";
import { addMonths, addYears } from "@lotse/domain/calendar-months";

export interface EligibilityRules {
  hoursPerWeek: number;
  hoursPerYear: number;
  minActiveYears: number;
  /** Whether Kursbesuch entries (credited from attendance or logged by hand) count as volunteering. */
  countsCourseAttendance: boolean;
}

export interface EligibilityFacts {
  /** Approved minutes per year window, the most recent year first (see yearWindows). */
  approvedMinutesByYear: number[];
  /** The earlier of approval and the first approved hour log. */
  activeSince: Date | null;
  today: Date;
}

/** Which alternative a year meets: the yearly hours, else the weekly average, else none. */
export type YearRule = "HOURS_PER_YEAR" | "HOURS_PER_WEEK" | "NONE";

export interface EligibilityYear {
  /** 1 = the year up to today. */
  index: number;
  from: string;
  to: string;
  hours: number;
  averageHoursPerWeek: number;
  /** The same as whole minutes, for the "x Std. y Min." people read (pages, e-mails). */
  minutes: number;
  averageMinutesPerWeek: number;
  meets: boolean;
  decidedBy: YearRule;
}

export interface Eligibility {
  eligible: boolean;
  years: EligibilityYear[];
  /** The most recent year's figures (kept for the summary line). */
  hoursLast12Months: number;
  averageHoursPerWeek: number;
  /** Every one of the N years meets one of the two alternatives. */
  meetsHours: boolean;
  activeSince: Date | null;
  activeYears: number;
  meetsDuration: boolean;
  rules: EligibilityRules;
  /** The card last recorded as issued, if any. */
  card?: CardDates | null;
}

/** The N year windows counted back from today, most recent first (inclusive calendar dates). */
export function yearWindows(today: Date, years: number): { from: Date; to: Date }[] {
  return Array.from({ length: Math.max(1, Math.ceil(years)) }, (_, i) => ({
    from: addDays(addYears(today, -(i + 1)), 1),
    to: addYears(today, -i),
  }));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function ehrenamtskarteEligibility(facts: EligibilityFacts, rules: EligibilityRules): Eligibility {
  const windows = yearWindows(facts.today, rules.minActiveYears);
  const years = windows.map((w, i): EligibilityYear => {
    const minutes = facts.approvedMinutesByYear[i] ?? 0;
    const hours = minutes / 60;
    const weeks = (Math.round((w.to.getTime() - w.from.getTime()) / 86_400_000) + 1) / 7;
    const average = hours / weeks;
    // Compared in minutes: no rounding can move 249:59 h over 250 (and the weekly average shown is
    // rounded down, so it never reads as the threshold while the year misses it).
    const decidedBy: YearRule =
      minutes >= rules.hoursPerYear * 60 ? "HOURS_PER_YEAR" : minutes >= rules.hoursPerWeek * 60 * weeks ? "HOURS_PER_WEEK" : "NONE";
    return { index: i + 1, from: formatIsoDate(w.from), to: formatIsoDate(w.to), hours: round2(hours), averageHoursPerWeek: round2(average), minutes, averageMinutesPerWeek: Math.floor(minutes / weeks), meets: decidedBy !== "NONE", decidedBy };
  });
  const meetsHours = years.every((y) => y.meets);
  const activeYears = facts.activeSince ? Math.max(0, (facts.today.getTime() - facts.activeSince.getTime()) / (365.25 * 86_400_000)) : 0;
  const meetsDuration = facts.activeSince !== null && addYears(facts.activeSince, rules.minActiveYears).getTime() <= facts.today.getTime();
  return {
    eligible: meetsHours && meetsDuration,
    years,
    hoursLast12Months: years[0]!.hours,
    averageHoursPerWeek: years[0]!.averageHoursPerWeek,
    meetsHours,
    activeSince: facts.activeSince,
    activeYears: round2(activeYears),
    meetsDuration,
    rules,
  };
}

/** The rules of an organisation's settings. */
export function eligibilityRules(v: {
  ehrenamtskarteHoursPerWeek: number;
  ehrenamtskarteHoursPerYear: number;
  ehrenamtskarteMinActiveYears: number;
  ehrenamtskarteCountsCourseAttendance: boolean;
}): EligibilityRules {
  return {
    hoursPerWeek: v.ehrenamtskarteHoursPerWeek,
    hoursPerYear: v.ehrenamtskarteHoursPerYear,
    minActiveYears: v.ehrenamtskarteMinActiveYears,
    countsCourseAttendance: v.ehrenamtskarteCountsCourseAttendance,
  };
}

// The card itself

/** How long before expiry the reminder goes out. */
export const REMINDER_MONTHS_BEFORE = 3;

export interface CardDates {
  issuedOn: string;
  /** The last day the card is valid. */
  expiresOn: string;
  remindOn: string;
}

/** A card issued on 2026-01-15 and valid 3 years is valid up to 2029-01-14; the reminder is due on 2028-10-14. */
export function cardDates(issuedOn: Date, validityYears: number): CardDates {
  const expires = addDays(addYears(issuedOn, Math.round(validityYears)), -1);
  return { issuedOn: formatIsoDate(issuedOn), expiresOn: formatIsoDate(expires), remindOn: formatIsoDate(addMonths(expires, -REMINDER_MONTHS_BEFORE)) };
}


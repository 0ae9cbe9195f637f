// Ehrenamtskarte Niedersachsen: at least N hours a week on average or M hours
// in the last 12 months, and active for at least K years (all organisation
// settings). Pure: the caller supplies the approved hours and dates, and gets
// the answer together with the numbers that led to it.
import { addYears } from "@lotse/domain/calendar-date";

export interface EligibilityRules {
  hoursPerWeek: number;
  hoursPerYear: number;
  minActiveYears: number;
}

export interface EligibilityFacts {
  /** Approved minutes with a date in the 12 months up to today. */
  approvedMinutesLast12Months: number;
  /** The earlier of approval and the first approved hour log. */
  activeSince: Date | null;
  today: Date;
}

export interface Eligibility {
  eligible: boolean;
  hoursLast12Months: number;
  averageHoursPerWeek: number;
  meetsHours: boolean;
  activeSince: Date | null;
  activeYears: number;
  meetsDuration: boolean;
  rules: EligibilityRules;
}

const WEEKS_PER_YEAR = 365 / 7;

export function ehrenamtskarteEligibility(facts: EligibilityFacts, rules: EligibilityRules): Eligibility {
  const hours = facts.approvedMinutesLast12Months / 60;
  const average = hours / WEEKS_PER_YEAR;
  const meetsHours = hours >= rules.hoursPerYear || average >= rules.hoursPerWeek;
  const activeYears = facts.activeSince
    ? Math.max(0, (facts.today.getTime() - facts.activeSince.getTime()) / (365.25 * 86_400_000))
    : 0;
  const meetsDuration = facts.activeSince !== null && addYears(facts.activeSince, rules.minActiveYears).getTime() <= facts.today.getTime();
  return {
    eligible: meetsHours && meetsDuration,
    hoursLast12Months: Math.round(hours * 100) / 100,
    averageHoursPerWeek: Math.round(average * 100) / 100,
    meetsHours,
    activeSince: facts.activeSince,
    activeYears: Math.round(activeYears * 100) / 100,
    meetsDuration,
    rules,
  };
}

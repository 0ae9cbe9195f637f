// The pure rules of the volunteers area, at their edges.
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { addYears } from "@lotse/domain/calendar-months";
import { describe, expect, it } from "vitest";
import { assertRecordable, certificateState } from "./conduct.ts";
import { cardDates, ehrenamtskarteEligibility, yearWindows } from "./eligibility.ts";
import { readSettings } from "../organizations/index.ts";
import { pauschaleLimitCents } from "./allowances.service.ts";
import { levelAtLeast } from "./profile-input.ts";

const today = parseIsoDate("2026-11-22");
const rules = { hoursPerWeek: 5, hoursPerYear: 250, minActiveYears: 2, countsCourseAttendance: true };
const facts = (years: number[], activeSince: Date | null = addYears(today, -2)) => ({ approvedMinutesByYear: years.map((h) => h * 60), activeSince, today });

describe("Ehrenamtskarte", () => {
  it("needs 250 hours in EACH of the last two years, and two years of activity", () => {
    expect(ehrenamtskarteEligibility(facts([250, 250]), rules)).toMatchObject({ eligible: true, meetsHours: true, meetsDuration: true, hoursLast12Months: 250 });
    // 249 hours in either year is not enough, however many hours the other year has.
    expect(ehrenamtskarteEligibility(facts([249, 400]), rules)).toMatchObject({ eligible: false, meetsHours: false });
    expect(ehrenamtskarteEligibility(facts([400, 249]), rules)).toMatchObject({ eligible: false, meetsHours: false });
    // One minute short of 250 hours is short.
    expect(ehrenamtskarteEligibility({ ...facts([250, 250]), approvedMinutesByYear: [250 * 60, 250 * 60 - 1] }, rules).eligible).toBe(false);
    expect(ehrenamtskarteEligibility(facts([300, 300], addDays(addYears(today, -2), 1)), rules)).toMatchObject({ eligible: false, meetsHours: true, meetsDuration: false });
    expect(ehrenamtskarteEligibility(facts([300, 300], null), rules).eligible).toBe(false);
  });

  it("shows each year's figure and the rule that decides it", () => {
    const r = ehrenamtskarteEligibility(facts([260, 100]), rules);
    expect(r.years).toEqual([
      { index: 1, from: "2025-11-23", to: "2026-11-22", hours: 260, averageHoursPerWeek: 4.99, minutes: 15_600, averageMinutesPerWeek: 299, meets: true, decidedBy: "HOURS_PER_YEAR" },
      { index: 2, from: "2024-11-23", to: "2025-11-22", hours: 100, averageHoursPerWeek: 1.92, minutes: 6_000, averageMinutesPerWeek: 115, meets: false, decidedBy: "NONE" },
    ]);
  });

  it("accepts 5 hours a week on average where the yearly figure is set higher", () => {
    // 365 days = 52 1/7 weeks: 5 h a week is 260 h 43 min in the year.
    const strict = { ...rules, hoursPerYear: 300 };
    const weekly = ehrenamtskarteEligibility({ ...facts([0, 0]), approvedMinutesByYear: [260 * 60 + 43, 300 * 60] }, strict);
    expect(weekly.years.map((y) => y.decidedBy)).toEqual(["HOURS_PER_WEEK", "HOURS_PER_YEAR"]);
    expect(weekly.eligible).toBe(true);
    const short = ehrenamtskarteEligibility({ ...facts([0, 0]), approvedMinutesByYear: [260 * 60 + 42, 300 * 60] }, strict);
    expect(short.years[0]!.decidedBy).toBe("NONE");
    expect(short.eligible).toBe(false);
  });

  it("counts the years back from today: the anniversary day belongs to the older year", () => {
    expect(yearWindows(today, 2).map((w) => [formatIsoDate(w.from), formatIsoDate(w.to)])).toEqual([
      ["2025-11-23", "2026-11-22"],
      ["2024-11-23", "2025-11-22"],
    ]);
  });

  it("follows the organisation's rule settings (older rule: three years)", () => {
    const r = ehrenamtskarteEligibility(facts([300, 300, 300], addYears(today, -2)), { ...rules, minActiveYears: 3 });
    expect(r.years).toHaveLength(3);
    expect(r.meetsDuration).toBe(false);
  });
});

describe("Ehrenamtskarte validity", () => {
  it("is valid for the set years up to the day before the anniversary, with the reminder three months before", () => {
    expect(cardDates(parseIsoDate("2026-01-15"), 3)).toEqual({ issuedOn: "2026-01-15", expiresOn: "2029-01-14", remindOn: "2028-10-14" });
  });
});

describe("Führungszeugnis", () => {
  it("accepts a certificate issued up to three months before inspection", () => {
    expect(() => assertRecordable({ inspectedOn: today, issuedOn: parseIsoDate("2026-08-22") }, today, 3)).not.toThrow();
    expect(() => assertRecordable({ inspectedOn: today, issuedOn: parseIsoDate("2026-08-21") }, today, 3)).toThrow();
  });

  it("is valid for five years, expiring in the last 90 days", () => {
    expect(certificateState(null, today, 5)).toBe("MISSING");
    expect(certificateState(addDays(addYears(today, -5), 91), today, 5)).toBe("VALID");
    expect(certificateState(addDays(addYears(today, -5), 90), today, 5)).toBe("EXPIRING");
    expect(certificateState(addYears(today, -5), today, 5)).toBe("EXPIRED");
  });
});

describe("language levels", () => {
  it("orders CEFR levels with native speakers on top", () => {
    expect(levelAtLeast("B2", "B2")).toBe(true);
    expect(levelAtLeast("NATIVE", "C2")).toBe(true);
    expect(levelAtLeast("B1", "B2")).toBe(false);
  });
});

describe("Ehrenamtspauschale limit", () => {
  const settings = readSettings({ volunteers: { ehrenamtspauschaleCents: { "2025": 84_000, "2026": 96_000 } } });
  it("uses the year's figure, keeps the latest one for later years, and knows none before the first", () => {
    expect(pauschaleLimitCents(settings, 2025)).toBe(84_000);
    expect(pauschaleLimitCents(settings, 2026)).toBe(96_000);
    expect(pauschaleLimitCents(settings, 2027)).toBe(96_000);
    expect(pauschaleLimitCents(settings, 2024)).toBeNull();
  });
});

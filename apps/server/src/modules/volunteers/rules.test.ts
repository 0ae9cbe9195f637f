// The pure rules of the volunteers area, at their edges.
import { addDays, addYears, parseIsoDate } from "@lotse/domain/calendar-date";
import { describe, expect, it } from "vitest";
import { assertRecordable, certificateState } from "./conduct.ts";
import { ehrenamtskarteEligibility } from "./eligibility.ts";
import { readSettings } from "../organizations/settings.ts";
import { pauschaleLimitCents } from "./allowances.service.ts";
import { levelAtLeast } from "./profile-input.ts";

const today = parseIsoDate("2026-11-22");
const rules = { hoursPerWeek: 5, hoursPerYear: 250, minActiveYears: 2 };

describe("Ehrenamtskarte", () => {
  it("needs both the hours and two years of activity", () => {
    const since = addYears(today, -2);
    expect(ehrenamtskarteEligibility({ approvedMinutesLast12Months: 250 * 60, activeSince: since, today }, rules)).toMatchObject({
      eligible: true,
      meetsHours: true,
      meetsDuration: true,
      hoursLast12Months: 250,
    });
    expect(ehrenamtskarteEligibility({ approvedMinutesLast12Months: 249 * 60, activeSince: since, today }, rules).eligible).toBe(false);
    expect(ehrenamtskarteEligibility({ approvedMinutesLast12Months: 300 * 60, activeSince: addDays(since, 1), today }, rules)).toMatchObject({
      eligible: false,
      meetsHours: true,
      meetsDuration: false,
    });
    expect(ehrenamtskarteEligibility({ approvedMinutesLast12Months: 300 * 60, activeSince: null, today }, rules).eligible).toBe(false);
  });

  it("reports the weekly average that led to the answer", () => {
    const r = ehrenamtskarteEligibility({ approvedMinutesLast12Months: 260 * 60, activeSince: addYears(today, -3), today }, rules);
    expect(r.averageHoursPerWeek).toBeCloseTo(4.99, 2);
    expect(r.meetsHours).toBe(true);
  });

  it("follows the organisation's rule settings (older rule: three years)", () => {
    const r = ehrenamtskarteEligibility({ approvedMinutesLast12Months: 300 * 60, activeSince: addYears(today, -2), today }, { ...rules, minActiveYears: 3 });
    expect(r.meetsDuration).toBe(false);
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

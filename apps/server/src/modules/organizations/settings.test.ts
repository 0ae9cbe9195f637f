import { describe, expect, it } from "vitest";
import { readSettings } from "./settings.ts";
import { applyChange, editableSettings } from "./settings.service.ts";

describe("organisation settings", () => {
  it("fills in the domain defaults for an organisation that set nothing", () => {
    const s = readSettings({});
    expect(s.training.minimumAttendancePercent).toBe(80);
    expect(s.volunteers.ehrenamtspauschaleCents["2026"]).toBe(96_000);
    // Earlier years keep their limits: Ehrenamtspauschale 720 € from 2013, 840 € from 2021; Übungsleiter 3,000 € from 2021, 3,300 € from 2026.
    expect(s.volunteers.ehrenamtspauschaleCents).toEqual({ "2013": 72_000, "2021": 84_000, "2026": 96_000 });
    expect(s.volunteers.uebungsleiterfreibetragCents).toMatchObject({ "2021": 300_000, "2026": 330_000 });
    expect(s.volunteers.mileageCentsPerKm).toBe(30);
    expect(s.training).toMatchObject({ cohortCapacityMin: 13, cohortCapacityMax: 20, admissionInterviewByDefault: true });
    expect(s.volunteers.ehrenamtskarteMinActiveYears).toBe(2);
    expect(s.schoolEntry.appointmentMinutes).toBe(60);
  });

  it("keeps what an organisation configured", () => {
    const s = readSettings({ volunteers: { ehrenamtskarteMinActiveYears: 3 }, training: { minimumAttendancePercent: 75 } });
    expect(s.volunteers.ehrenamtskarteMinActiveYears).toBe(3);
    expect(s.training.minimumAttendancePercent).toBe(75);
    expect(s.volunteers.ehrenamtskarteHoursPerYear).toBe(250);
  });
});

describe("changing settings", () => {
  it("replaces only what changed and keeps the rest of the stored JSON as it was", () => {
    const stored = { training: { minimumAttendancePercent: 75 }, volunteers: { mileageCentsPerKm: 35 }, later: { kept: true } };
    const next = applyChange(stored, { countAttendanceAsHours: true, ehrenamtspauschale: [{ year: 2027, limitCents: 100_000 }, { year: 2026, limitCents: 96_000 }] });
    expect(next).toEqual({
      training: { minimumAttendancePercent: 75, countAttendanceAsHours: true },
      volunteers: { mileageCentsPerKm: 35, ehrenamtspauschaleCents: { "2026": 96_000, "2027": 100_000 } },
      later: { kept: true },
    });
    // Defaults stay defaults: nothing else is written into the JSON.
    expect(applyChange({}, { countAttendanceAsHours: false })).toEqual({ training: { countAttendanceAsHours: false } });
    expect(applyChange(stored, {})).toEqual(stored);
    // Payment and course settings go into their own sections, beside what is there.
    expect(applyChange(stored, { mileageCentsPerKm: 40, cohortCapacityMax: 18, admissionInterviewByDefault: false })).toEqual({
      ...stored,
      training: { minimumAttendancePercent: 75, cohortCapacityMax: 18, admissionInterviewByDefault: false },
      volunteers: { mileageCentsPerKm: 40 },
    });
  });

  it("lists the limits by year", () => {
    const s = readSettings({ volunteers: { ehrenamtspauschaleCents: { "2027": 1, "2025": 3 } } });
    expect(editableSettings(s)).toMatchObject({ countAttendanceAsHours: false, ehrenamtspauschale: [{ year: 2025, limitCents: 3 }, { year: 2027, limitCents: 1 }] });
    expect(editableSettings(s).ehrenamtspauschale).toHaveLength(2);
  });

  it("reads the Ehrenamtskarte settings with their defaults, and changes only what is given", () => {
    expect(editableSettings(readSettings({})).ehrenamtskarte).toEqual({ minActiveYears: 2, validityYears: 3, countsCourseAttendance: true });
    const stored = { volunteers: { ehrenamtskarteValidityYears: 5, mileageCentsPerKm: 35 } };
    const next = applyChange(stored, { ehrenamtskarte: { countsCourseAttendance: false } });
    expect(next).toEqual({ volunteers: { ehrenamtskarteValidityYears: 5, mileageCentsPerKm: 35, ehrenamtskarteCountsCourseAttendance: false } });
  });
});

import { describe, expect, it } from "vitest";
import { readSettings } from "./settings.ts";

describe("organisation settings", () => {
  it("fills in the domain defaults for an organisation that set nothing", () => {
    const s = readSettings({});
    expect(s.training.minimumAttendancePercent).toBe(80);
    expect(s.volunteers.ehrenamtspauschaleCents["2026"]).toBe(96_000);
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

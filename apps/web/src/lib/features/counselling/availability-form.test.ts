import { describe, expect, it } from "vitest";
import { blankException, exceptionPeriod, ruleFields } from "./availability-form";

describe("availability exceptions", () => {
  it("reads an absence without times as whole Berlin days", () => {
    expect(exceptionPeriod({ ...blankException(), startDate: "2026-12-24", endDate: "2026-12-26" })).toEqual({
      startsAt: "2026-12-23T23:00:00.000Z",
      endsAt: "2026-12-26T23:00:00.000Z",
    });
  });

  it("reads extra hours in Berlin time across the clock change", () => {
    expect(exceptionPeriod({ ...blankException(), kind: "EXTRA", startDate: "2026-10-26", startTime: "14:00", endDate: "", endTime: "16:00", room: "R 1" })).toEqual({
      startsAt: "2026-10-26T13:00:00.000Z",
      endsAt: "2026-10-26T15:00:00.000Z",
    });
  });

  it("names the fields it cannot read", () => {
    expect(exceptionPeriod({ ...blankException(), kind: "EXTRA", startDate: "", startTime: "" })).toEqual({ problems: { startsAt: "date", endsAt: "date", startTime: "time", endTime: "time" } });
  });

  it("knows the fields of each rule", () => {
    expect(ruleFields(2)).toContain("rules.1.start");
  });
});

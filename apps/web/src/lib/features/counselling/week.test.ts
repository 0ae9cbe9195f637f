import { describe, expect, it } from "vitest";
import { mondayOf, weekDays, weekFromParams, weekRange } from "./week";

describe("the counsellor's week", () => {
  it("starts on Monday", () => {
    expect(mondayOf("2026-12-03")).toBe("2026-11-30");
    expect(mondayOf("2026-12-06")).toBe("2026-11-30");
    expect(mondayOf("2026-11-30")).toBe("2026-11-30");
    expect(weekDays("2026-11-30")).toEqual(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]);
  });

  it("takes the work queue's day or a week from the address", () => {
    expect(weekFromParams(new URLSearchParams("day=2026-12-02"))).toEqual({ monday: "2026-11-30", day: "2026-12-02" });
    expect(weekFromParams(new URLSearchParams("week=2026-12-09"))).toEqual({ monday: "2026-12-07", day: null });
    expect(weekFromParams(new URLSearchParams("week=bad"), new Date("2026-12-02T10:00:00Z"))).toEqual({ monday: "2026-11-30", day: null });
  });

  it("is bounded by Berlin midnights, an hour shorter across the spring clock change", () => {
    expect(weekRange("2026-11-30")).toEqual({ from: "2026-11-29T23:00:00.000Z", to: "2026-12-06T23:00:00.000Z" });
    const spring = weekRange("2026-03-23");
    expect(spring).toEqual({ from: "2026-03-22T23:00:00.000Z", to: "2026-03-29T22:00:00.000Z" });
  });
});

import { describe, expect, it } from "vitest";
import { addDays, formatDate, formatIsoDate, isIsoDate, parseIsoDate, yearBounds } from "./calendar-date.ts";
import { addMonths, addYears } from "./calendar-months.ts";

describe("calendar dates", () => {
  it("knows real calendar dates", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("26-2-1")).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it("parses to UTC midnight and refuses what is not a date", () => {
    expect(parseIsoDate("2026-11-22").toISOString()).toBe("2026-11-22T00:00:00.000Z");
    expect(() => parseIsoDate("2026-13-01")).toThrow(RangeError);
    expect(formatIsoDate(parseIsoDate("2026-01-05"))).toBe("2026-01-05");
  });

  it("adds days, months and years as calendar steps", () => {
    const d = parseIsoDate("2026-01-31");
    expect(formatIsoDate(addDays(d, 1))).toBe("2026-02-01");
    expect(formatIsoDate(addMonths(parseIsoDate("2026-03-15"), 3))).toBe("2026-06-15");
    expect(formatIsoDate(addYears(parseIsoDate("2026-03-15"), -2))).toBe("2024-03-15");
    // Month ends clamp to the shorter month instead of spilling into the next one.
    expect(formatIsoDate(addMonths(parseIsoDate("2026-05-31"), -3))).toBe("2026-02-28");
    expect(formatIsoDate(addMonths(parseIsoDate("2028-05-31"), -3))).toBe("2028-02-29");
    expect(formatIsoDate(addMonths(parseIsoDate("2026-01-31"), 1))).toBe("2026-02-28");
    expect(formatIsoDate(addYears(parseIsoDate("2028-02-29"), 1))).toBe("2029-02-28");
    // Instants keep their time of day.
    expect(addMonths(new Date("2026-06-15T10:00:00Z"), 3).toISOString()).toBe("2026-09-15T10:00:00.000Z");
    // A clock change in Berlin does not touch calendar arithmetic.
    expect(formatIsoDate(addDays(parseIsoDate("2026-03-28"), 2))).toBe("2026-03-30");
    expect(yearBounds(2026)).toEqual({ from: parseIsoDate("2026-01-01"), to: parseIsoDate("2026-12-31") });
  });

  it("shows dates in the UI language", () => {
    expect(formatDate("2026-11-20", "de")).toBe("20.11.2026");
    expect(formatDate("2026-11-20", "en")).toBe("20 Nov 2026");
    expect(formatDate("garbage", "de")).toBe("garbage");
  });
});

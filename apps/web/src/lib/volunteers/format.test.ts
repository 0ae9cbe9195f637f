import { describe, expect, it } from "vitest";
import {
  centsToInput,
  dayOf,
  formatCents,
  formatDate,
  formatMinutes,
  isIsoDate,
  monthName,
  parseDuration,
  parseEuroToCents,
  parseYear,
  recentYears,
  splitMinutes,
  todayIso,
} from "./format";

describe("durations", () => {
  it("adds hours and minutes", () => {
    expect(parseDuration("2", "15")).toEqual({ ok: true, minutes: 135 });
    expect(parseDuration("", "90")).toEqual({ ok: true, minutes: 90 });
    expect(parseDuration("3", "")).toEqual({ ok: true, minutes: 180 });
    expect(parseDuration(" 1 ", " 5 ")).toEqual({ ok: true, minutes: 65 });
  });

  it("takes hours with a decimal comma or point", () => {
    expect(parseDuration("1,5", "")).toEqual({ ok: true, minutes: 90 });
    expect(parseDuration("0.25", "")).toEqual({ ok: true, minutes: 15 });
    expect(parseDuration("1,33", "")).toEqual({ ok: true, minutes: 80 });
  });

  it("names the field that cannot be read", () => {
    expect(parseDuration("", "")).toEqual({ ok: false, field: "hours", reason: "empty" });
    expect(parseDuration("zwei", "")).toEqual({ ok: false, field: "hours", reason: "format" });
    expect(parseDuration("-1", "")).toEqual({ ok: false, field: "hours", reason: "format" });
    expect(parseDuration("1", "1,5")).toEqual({ ok: false, field: "minutes", reason: "format" });
  });

  it("leaves the range to the API (0 and 25 hours are numbers)", () => {
    expect(parseDuration("0", "0")).toEqual({ ok: true, minutes: 0 });
    expect(parseDuration("25", "")).toEqual({ ok: true, minutes: 1500 });
  });

  it("splits minutes back into the two fields", () => {
    expect(splitMinutes(135)).toEqual({ hours: "2", minutes: "15" });
    expect(splitMinutes(120)).toEqual({ hours: "2", minutes: "" });
    expect(splitMinutes(45)).toEqual({ hours: "", minutes: "45" });
    for (const m of [1, 59, 60, 61, 1440]) {
      const s = splitMinutes(m);
      expect(parseDuration(s.hours, s.minutes)).toEqual({ ok: true, minutes: m });
    }
  });

  it("shows minutes as hours and minutes", () => {
    expect(formatMinutes(135, "de")).toBe("2 Std. 15 Min.");
    expect(formatMinutes(120, "de")).toBe("2 Std.");
    expect(formatMinutes(45, "en")).toBe("45 min");
    expect(formatMinutes(0, "en")).toBe("0 min");
    expect(formatMinutes(60 * 1234 + 5, "de")).toBe("1.234 Std. 5 Min.");
  });
});

describe("money", () => {
  it("reads euros as typed in German or English", () => {
    expect(parseEuroToCents("12")).toBe(1200);
    expect(parseEuroToCents("12,5")).toBe(1250);
    expect(parseEuroToCents("12,50")).toBe(1250);
    expect(parseEuroToCents("12.50")).toBe(1250);
    expect(parseEuroToCents("0,99 €")).toBe(99);
    expect(parseEuroToCents("1.234,56")).toBe(123456);
    expect(parseEuroToCents("1 234,56")).toBe(123456);
    expect(parseEuroToCents("1,234.56")).toBe(123456);
    expect(parseEuroToCents("1.234")).toBe(123400);
    expect(parseEuroToCents("12.505")).toBe(1250500);
    expect(parseEuroToCents("960")).toBe(96000);
  });

  it("refuses what is not an amount", () => {
    for (const bad of ["", " ", "abc", "-5", "12,345,67", "1.2.3", "12,5,0", "1,234,5", "1.234.5"]) {
      expect(parseEuroToCents(bad), bad).toBeNull();
    }
  });

  it("shows cents as euros", () => {
    expect(formatCents(96000, "de")).toBe("960,00\u00a0€");
    expect(formatCents(123456, "de")).toBe("1.234,56\u00a0€");
    expect(formatCents(1250, "en")).toBe("€12.50");
    expect(centsToInput(1250, "de")).toBe("12,50");
    expect(parseEuroToCents(centsToInput(123456, "de"))).toBe(123456);
  });
});

describe("dates", () => {
  it("knows real calendar dates", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("26-2-1")).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it("takes today in Berlin, not UTC", () => {
    // 23:30 UTC on 31 December is already New Year in Berlin.
    expect(todayIso(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(todayIso(new Date("2026-06-30T12:00:00Z"))).toBe("2026-06-30");
    expect(dayOf("2026-03-31T22:30:00.000Z")).toBe("2026-04-01");
  });

  it("shows dates in the UI language", () => {
    expect(formatDate("2026-11-20", "de")).toBe("20.11.2026");
    expect(formatDate("2026-11-20", "en")).toBe("20 Nov 2026");
    expect(formatDate("garbage", "de")).toBe("garbage");
    expect(monthName(3, "de")).toBe("März");
    expect(monthName(12, "en")).toBe("December");
  });

  it("reads years within bounds", () => {
    expect(parseYear("2025", 2026)).toBe(2025);
    expect(parseYear("1999", 2026)).toBe(2026);
    expect(parseYear("20x5", 2026)).toBe(2026);
    expect(parseYear(null, 2026)).toBe(2026);
    expect(recentYears(2026, 3)).toEqual([2026, 2025, 2024]);
  });
});

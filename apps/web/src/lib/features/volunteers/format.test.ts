import { describe, expect, it } from "vitest";
// Dates, Berlin time and cents are tested in @lotse/domain.
import { formatMinutes, minutesCell, monthName, parseDuration, parseYear, recentYears, splitMinutes } from "./format";

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

  it("writes an empty table cell the same way in every table of the hours overview", () => {
    expect(minutesCell(0, "de", "–")).toBe("–");
    expect(minutesCell(90, "de", "–")).toBe("1 Std. 30 Min.");
    expect(minutesCell(0, "tr", "–")).toBe("–");
  });
});

describe("years and months", () => {
  it("names months in the UI language", () => {
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

import { describe, expect, it } from "vitest";
import {
  berlinDateTime,
  berlinDayOf,
  berlinToIso,
  berlinToday,
  endOfBerlinDay,
  formatBerlinDateTime,
  formatBerlinDay,
  formatBerlinDayWithTime,
  formatBerlinTime,
  germanDateTime,
  isTime,
  startOfBerlinDay,
  berlinMonthRange,
  berlinYearRange,
} from "./berlin-time.ts";
import { LOCALES } from "./locale.ts";

describe("today and days in Berlin", () => {
  it("takes today in Berlin, not UTC", () => {
    // 23:30 UTC on 31 December is already New Year in Berlin.
    expect(berlinToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(berlinToday(new Date("2026-06-30T12:00:00Z"))).toBe("2026-06-30");
    expect(berlinToday(new Date("2026-06-30T22:00:00Z"))).toBe("2026-07-01");
    expect(berlinDayOf("2026-03-31T22:30:00.000Z")).toBe("2026-04-01");
    expect(berlinDayOf("2026-03-31")).toBe("2026-03-31");
  });

  it("reads the wall clock on both sides of the 2026 clock changes", () => {
    // 29 March: 00:59 UTC is 01:59 winter time, a minute later (01:00 UTC) it is 03:00 summer time.
    expect(berlinDateTime("2026-03-29T00:59:00.000Z")).toEqual({ date: "2026-03-29", time: "01:59" });
    expect(berlinDateTime("2026-03-29T01:00:00.000Z")).toEqual({ date: "2026-03-29", time: "03:00" });
    // 25 October: 02:30 happens twice, at 00:30 UTC (summer time) and 01:30 UTC (winter time).
    expect(berlinDateTime("2026-10-25T00:30:00.000Z")).toEqual({ date: "2026-10-25", time: "02:30" });
    expect(berlinDateTime("2026-10-25T01:30:00.000Z")).toEqual({ date: "2026-10-25", time: "02:30" });
    expect(berlinDateTime(new Date("2026-10-24T22:00:00.000Z"))).toEqual({ date: "2026-10-25", time: "00:00" });
  });

  it("answers a second instant of the same minute like the first, whatever a caller did with the first answer", () => {
    const first = berlinDateTime("2026-03-29T00:59:10.000Z");
    first.date = "changed";
    expect(berlinDateTime("2026-03-29T00:59:50.000Z")).toEqual({ date: "2026-03-29", time: "01:59" });
    expect(berlinDateTime("2026-03-29T01:00:00.000Z")).toEqual({ date: "2026-03-29", time: "03:00" });
    expect(() => berlinDateTime("no date")).toThrow(RangeError);
    expect(berlinDateTime("2026-03-29T01:00:30.000Z")).toEqual({ date: "2026-03-29", time: "03:00" });
  });
});

describe("berlinToIso", () => {
  it("reads winter and summer wall-clock times in Berlin", () => {
    expect(berlinToIso("2027-02-06", "09:00")).toBe("2027-02-06T08:00:00.000Z");
    expect(berlinToIso("2026-07-04", "09:00")).toBe("2026-07-04T07:00:00.000Z");
  });

  it("handles the days the clocks change", () => {
    // 29 March 2026: 02:00 -> 03:00; the skipped 02:30 is read as winter time.
    expect(berlinToIso("2026-03-29", "01:30")).toBe("2026-03-29T00:30:00.000Z");
    expect(berlinToIso("2026-03-29", "03:30")).toBe("2026-03-29T01:30:00.000Z");
    expect(berlinToIso("2026-03-29", "02:30")).toBe("2026-03-29T01:30:00.000Z");
    // 25 October 2026: 03:00 -> 02:00; the doubled 02:30 is the first (summer) one.
    expect(berlinToIso("2026-10-25", "01:30")).toBe("2026-10-24T23:30:00.000Z");
    expect(berlinToIso("2026-10-25", "02:30")).toBe("2026-10-25T00:30:00.000Z");
    expect(berlinToIso("2026-10-25", "03:00")).toBe("2026-10-25T02:00:00.000Z");
    expect(berlinToIso("2026-10-25", "04:00")).toBe("2026-10-25T03:00:00.000Z");
  });

  it("refuses what is not a date and time", () => {
    expect(berlinToIso("2026-02-30", "09:00")).toBeNull();
    expect(berlinToIso("2026-02-03", "24:00")).toBeNull();
    expect(berlinToIso("", "09:00")).toBeNull();
    expect(isTime("9:00")).toBe(false);
    expect(isTime("09:05")).toBe(true);
  });

  it("round-trips with berlinDateTime", () => {
    for (const [date, time] of [["2027-02-06", "09:00"], ["2026-07-04", "23:45"], ["2026-12-31", "00:00"], ["2026-03-29", "03:00"]] as const) {
      expect(berlinDateTime(berlinToIso(date, time)!)).toEqual({ date, time });
    }
  });

  it("opens at the start and closes at the end of a Berlin day", () => {
    expect(startOfBerlinDay("2026-12-01")).toBe("2026-11-30T23:00:00.000Z");
    expect(endOfBerlinDay("2026-12-01")).toBe("2026-12-01T22:59:59.999Z");
    expect(endOfBerlinDay("2026-07-01")).toBe("2026-07-01T21:59:59.999Z");
    expect(endOfBerlinDay("nope")).toBeNull();
  });

  it("cuts Berlin months and years into [start, end) instants, across the clock change and the year's end", () => {
    expect(berlinMonthRange("2026-03")).toEqual({ start: new Date("2026-02-28T23:00:00.000Z"), end: new Date("2026-03-31T22:00:00.000Z") });
    expect(berlinMonthRange("2026-12")).toEqual({ start: new Date("2026-11-30T23:00:00.000Z"), end: new Date("2026-12-31T23:00:00.000Z") });
    expect(berlinMonthRange("2026-13")).toBeNull();
    expect(berlinMonthRange("2026-3")).toBeNull();
    expect(berlinYearRange(2027)).toEqual({ start: new Date("2026-12-31T23:00:00.000Z"), end: new Date("2027-12-31T23:00:00.000Z") });
  });
});

describe("display", () => {
  it("shows days, times and moments in Berlin in the UI language", () => {
    expect(formatBerlinDay("2027-02-06T08:00:00.000Z", "de")).toBe("Sa., 06.02.2027");
    expect(formatBerlinDay("2027-02-06T08:00:00.000Z", "en")).toBe("Sat, 6 Feb 2027");
    expect(formatBerlinTime("2026-07-04T07:00:00.000Z", "de")).toBe("09:00");
    expect(formatBerlinDateTime("2026-11-22T19:29:00.000Z", "de")).toBe("22.11.2026, 20:29");
    expect(formatBerlinDateTime("garbage", "de")).toBe("garbage");
  });

  it("writes a moment's time on the 24-hour clock in every language, as a session's time", () => {
    for (const locale of LOCALES) {
      // 19:05 in Berlin: no "7:05 م" / "7:05 PM" beside a session's "09:00–16:00".
      expect(formatBerlinDateTime("2027-01-31T18:05:00.000Z", locale), locale).toContain(formatBerlinTime("2027-01-31T18:05:00.000Z", locale));
      expect(formatBerlinDateTime("2027-01-31T06:29:00.000Z", locale), locale).toMatch(/(^|[^\d])0?7:29$/);
    }
  });

  it("puts a time after a day as each language does, with its own separator and order", () => {
    const at = "2026-12-05T17:00:00.000Z"; // Saturday 18:00 in Berlin
    expect(formatBerlinDayWithTime(at, "de", "18:00–21:00")).toBe("Sa., 05.12.2026, 18:00–21:00");
    expect(formatBerlinDayWithTime(at, "en", "18:00–21:00")).toBe("Sat, 5 Dec 2026, 18:00–21:00");
    // Arabic and Farsi join with the Arabic comma, not a Latin ", ".
    expect(formatBerlinDayWithTime(at, "ar", "18:00–21:00")).toBe("السبت، 5 ديسمبر 2026، 18:00–21:00");
    expect(formatBerlinDayWithTime(at, "fa", "18:00–21:00")).toBe("شنبه 5 دسامبر 2026، 18:00–21:00");
    expect(formatBerlinDayWithTime(at, "uk", "18:00–21:00")).toBe("сб, 5 груд. 2026\u202fр., 18:00–21:00");
    // Turkish writes the weekday after the year, and the time after it without a comma.
    expect(formatBerlinDayWithTime(at, "tr", "18:00–21:00")).toBe("5 Ara 2026 Cmt 18:00–21:00");
    for (const locale of ["ar", "fa"] as const) expect(formatBerlinDayWithTime(at, locale, "18:00–21:00"), locale).not.toContain(", ");
    expect(formatBerlinDayWithTime("garbage", "de", "18:00")).toBe("garbage");
  });

  it("writes moments as German documents show them", () => {
    expect(germanDateTime(new Date("2026-11-22T19:29:00.000Z"))).toBe("22.11.2026 20:29");
    expect(germanDateTime(new Date("2026-07-31T22:05:00.000Z"))).toBe("01.08.2026 00:05");
  });
});

import { describe, expect, it } from "vitest";
import { berlinDateTime, berlinToIso, cohortPeriod, endOfBerlinDay, formatSessionTime, hasStarted, isTime, startOfBerlinDay } from "./time";

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
    expect(berlinToIso("2026-10-25", "02:30")).toBe("2026-10-25T00:30:00.000Z");
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
    for (const [date, time] of [["2027-02-06", "09:00"], ["2026-07-04", "23:45"], ["2026-12-31", "00:00"]] as const) {
      expect(berlinDateTime(berlinToIso(date, time)!)).toEqual({ date, time });
    }
  });
});

describe("enrolment window days", () => {
  it("opens at the start and closes at the end of a Berlin day", () => {
    expect(startOfBerlinDay("2026-12-01")).toBe("2026-11-30T23:00:00.000Z");
    expect(endOfBerlinDay("2026-12-01")).toBe("2026-12-01T22:59:59.999Z");
    expect(endOfBerlinDay("nope")).toBeNull();
  });
});

describe("display", () => {
  it("shows a session as day and times in Berlin", () => {
    expect(formatSessionTime("2027-02-06T08:00:00.000Z", "2027-02-06T15:00:00.000Z", "de")).toBe("Sa., 06.02.2027, 09:00–16:00");
    expect(formatSessionTime("2027-02-06T08:00:00.000Z", "2027-02-06T15:00:00.000Z", "en")).toBe("Sat, 6 Feb 2027, 09:00–16:00");
  });

  it("gives the period of a cohort from its sessions", () => {
    expect(cohortPeriod([])).toBeNull();
    expect(
      cohortPeriod([
        { startsAt: "2027-02-13T08:00:00.000Z", endsAt: "2027-02-13T15:00:00.000Z" },
        { startsAt: "2027-02-05T23:30:00.000Z", endsAt: "2027-02-06T01:00:00.000Z" },
      ]),
    ).toEqual({ from: "2027-02-06", to: "2027-02-13" });
  });

  it("knows whether a session has started", () => {
    const now = new Date("2027-02-06T08:00:00.000Z");
    expect(hasStarted({ startsAt: "2027-02-06T08:00:00.000Z" }, now)).toBe(true);
    expect(hasStarted({ startsAt: "2027-02-06T08:01:00.000Z" }, now)).toBe(false);
  });
});

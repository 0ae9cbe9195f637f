import { describe, expect, it } from "vitest";
// Berlin wall-clock conversion itself is tested in @lotse/domain (berlin-time.test.ts).
import { cohortPeriod, enrolmentOpensAfterStart, formatSessionTime, hasStarted, sessionInPast } from "./time";

describe("display", () => {
  it("shows a session as day and times in Berlin", () => {
    expect(formatSessionTime("2027-02-06T08:00:00.000Z", "2027-02-06T15:00:00.000Z", "de")).toBe("Sa., 06.02.2027, 09:00–16:00");
    expect(formatSessionTime("2027-02-06T08:00:00.000Z", "2027-02-06T15:00:00.000Z", "en")).toBe("Sat, 6 Feb 2027, 09:00–16:00");
  });

  it("joins day and times as each volunteer language does (no Latin \", \" in Arabic; Turkish's own order)", () => {
    const [starts, ends] = ["2026-12-05T17:00:00.000Z", "2026-12-05T20:00:00.000Z"];
    expect(formatSessionTime(starts, ends, "ar")).toBe("السبت، 5 ديسمبر 2026، 18:00–21:00");
    expect(formatSessionTime(starts, ends, "fa")).toBe("شنبه 5 دسامبر 2026، 18:00–21:00");
    expect(formatSessionTime(starts, ends, "uk")).toBe("сб, 5 груд. 2026\u202fр., 18:00–21:00");
    expect(formatSessionTime(starts, ends, "tr")).toBe("5 Ara 2026 Cmt 18:00–21:00");
  });

  it("shows both days of a session over midnight, each joined to its time", () => {
    const [starts, ends] = ["2027-02-06T21:00:00.000Z", "2027-02-07T01:00:00.000Z"];
    expect(formatSessionTime(starts, ends, "de")).toBe("Sa., 06.02.2027, 22:00 – So., 07.02.2027, 02:00");
    expect(formatSessionTime(starts, ends, "tr")).toBe("6 Şub 2027 Cmt 22:00 – 7 Şub 2027 Paz 02:00");
    expect(formatSessionTime(starts, ends, "ar")).toBe("السبت، 6 فبراير 2027، 22:00 – الأحد، 7 فبراير 2027، 02:00");
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

describe("warnings for the trainer", () => {
  const now = new Date("2027-02-06T10:30:00.000Z"); // 11:30 in Berlin

  it("flags a session whose day or start time has passed", () => {
    expect(sessionInPast("2027-02-05", "18:00", now)).toBe(true);
    expect(sessionInPast("2027-02-06", "09:00", now)).toBe(true);
    expect(sessionInPast("2027-02-06", "12:00", now)).toBe(false);
    expect(sessionInPast("2027-02-07", "09:00", now)).toBe(false);
    expect(sessionInPast("", "09:00", now)).toBe(false);
  });

  it("flags an enrolment that would open after the first session began", () => {
    const sessions = [{ startsAt: "2027-03-13T08:00:00.000Z" }, { startsAt: "2027-03-06T08:00:00.000Z" }];
    expect(enrolmentOpensAfterStart("2027-03-07", sessions)).toBe(true);
    expect(enrolmentOpensAfterStart("2027-03-06", sessions)).toBe(false);
    expect(enrolmentOpensAfterStart("2027-02-01", sessions)).toBe(false);
    expect(enrolmentOpensAfterStart("", sessions)).toBe(false);
    expect(enrolmentOpensAfterStart("2027-03-07", [])).toBe(false);
  });
});

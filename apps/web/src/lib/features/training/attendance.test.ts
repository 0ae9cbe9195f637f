import { describe, expect, it } from "vitest";
import { attendanceEntries, attendanceRate, initialAttendance, recordedCount } from "./attendance";

const sessions = [
  { id: "s1", startsAt: "2027-02-06T08:00:00.000Z", endsAt: "2027-02-06T14:00:00.000Z" }, // 6 h
  { id: "s2", startsAt: "2027-02-10T17:00:00.000Z", endsAt: "2027-02-10T19:00:00.000Z" }, // 2 h
  { id: "s3", startsAt: "2027-02-13T08:00:00.000Z", endsAt: "2027-02-13T14:00:00.000Z" }, // future
];
const now = new Date("2027-02-11T12:00:00.000Z");
const rec = (id: string, status: "PRESENT" | "EXCUSED" | "ABSENT") => ({ status, session: { id } });

describe("attendanceRate", () => {
  it("weights the started sessions by length", () => {
    expect(attendanceRate(sessions, [rec("s1", "PRESENT"), rec("s2", "ABSENT")], now)).toBe(75);
    expect(attendanceRate(sessions, [rec("s1", "EXCUSED"), rec("s2", "PRESENT")], now)).toBe(25);
    expect(attendanceRate(sessions, [rec("s1", "PRESENT"), rec("s2", "PRESENT")], now)).toBe(100);
  });

  it("counts a started session without a record as not attended", () => {
    expect(attendanceRate(sessions, [rec("s2", "PRESENT")], now)).toBe(25);
  });

  it("rounds down like the API", () => {
    const three = [
      { id: "a", startsAt: "2027-01-01T08:00:00.000Z", endsAt: "2027-01-01T09:00:00.000Z" },
      { id: "b", startsAt: "2027-01-02T08:00:00.000Z", endsAt: "2027-01-02T09:00:00.000Z" },
      { id: "c", startsAt: "2027-01-03T08:00:00.000Z", endsAt: "2027-01-03T09:00:00.000Z" },
    ];
    expect(attendanceRate(three, [rec("a", "PRESENT"), rec("b", "PRESENT")], now)).toBe(66);
  });

  it("has no rate before the first session", () => {
    expect(attendanceRate(sessions, [], new Date("2027-01-01T00:00:00.000Z"))).toBeNull();
  });
});

describe("attendance form", () => {
  it("starts with what was recorded and PRESENT for the rest", () => {
    const participants = [
      { id: "e1", attendances: [rec("s1", "ABSENT")] },
      { id: "e2", attendances: [] },
    ];
    expect(initialAttendance(participants, "s1")).toEqual({ e1: "ABSENT", e2: "PRESENT" });
    expect(recordedCount(participants, "s1")).toBe(1);
    expect(recordedCount(participants, "s2")).toBe(0);
  });
});

describe("the attendance form's posted rows", () => {
  it("become the API's entries in row order, a missing or unknown status counting as present", () => {
    const posted: Record<string, string>[] = [
      { enrolmentId: "e1", status: "ABSENT" },
      { enrolmentId: "e2" },
      { enrolmentId: "e3", status: "LATE" },
      { status: "EXCUSED" },
    ];
    expect(attendanceEntries(posted)).toEqual([
      { enrolmentId: "e1", status: "ABSENT" },
      { enrolmentId: "e2", status: "PRESENT" },
      { enrolmentId: "e3", status: "PRESENT" },
    ]);
  });
});

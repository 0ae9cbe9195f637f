import { describe, expect, it } from "vitest";
import { monthMinutes, nextSession } from "./home-queue";

describe("the volunteer home's work queue", () => {
  it("adds a month's approved and open minutes, none for a month without entries", () => {
    const months = [
      { month: 1, approvedMinutes: 60, pendingMinutes: 30 },
      { month: 2, approvedMinutes: 0, pendingMinutes: 0 },
    ];
    expect(monthMinutes(months, 1)).toBe(90);
    expect(monthMinutes(months, 3)).toBe(0);
  });

  it("finds the earliest session not yet over of an admitted course only", () => {
    const session = (id: string, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt });
    const enrolments = [
      { status: "WAITLISTED", cohort: { id: "w", title: "Warteliste", sessions: [session("w1", "2026-03-02T09:00:00Z", "2026-03-02T11:00:00Z")] } },
      {
        status: "ADMITTED",
        cohort: {
          id: "a",
          title: "Grundkurs",
          sessions: [session("a1", "2026-03-01T09:00:00Z", "2026-03-01T11:00:00Z"), session("a3", "2026-03-09T09:00:00Z", "2026-03-09T11:00:00Z")],
        },
      },
      { status: "ADMITTED", cohort: { id: "b", title: "Aufbaukurs", sessions: [session("b1", "2026-03-05T09:00:00Z", "2026-03-05T11:00:00Z")] } },
    ];
    expect(nextSession(enrolments, new Date("2026-03-01T10:00:00Z"))).toEqual({
      cohortId: "a",
      title: "Grundkurs",
      startsAt: "2026-03-01T09:00:00Z",
      endsAt: "2026-03-01T11:00:00Z",
    });
    expect(nextSession(enrolments, new Date("2026-03-02T00:00:00Z"))?.cohortId).toBe("b");
    expect(nextSession(enrolments, new Date("2026-04-01T00:00:00Z"))).toBeNull();
  });
});

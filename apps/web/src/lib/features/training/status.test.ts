import { describe, expect, it } from "vitest";
import { cohortTone, enrolmentTone, groupEnrolments, isCohortFinished, placesFree } from "./status";

describe("tones", () => {
  it("marks places green, waiting amber and refusals red", () => {
    expect(enrolmentTone("ADMITTED")).toBe("ok");
    expect(enrolmentTone("WAITLISTED")).toBe("wait");
    expect(enrolmentTone("OFFERED")).toBe("wait");
    expect(enrolmentTone("REMOVED")).toBe("bad");
    expect(enrolmentTone("WITHDRAWN")).toBe("off");
    expect(cohortTone("OPEN")).toBe("ok");
    expect(cohortTone("CANCELLED")).toBe("bad");
  });

  it("knows finished cohorts", () => {
    expect(isCohortFinished("COMPLETED")).toBe(true);
    expect(isCohortFinished("CANCELLED")).toBe(true);
    expect(isCohortFinished("RUNNING")).toBe(false);
  });

  it("never shows negative free places", () => {
    expect(placesFree({ capacity: 2, placesTaken: 1 })).toBe(1);
    expect(placesFree({ capacity: 2, placesTaken: 3 })).toBe(0);
  });
});

describe("groupEnrolments", () => {
  it("sorts the enrolments into what the trainer works with", () => {
    const e = (volunteerName: string, status: Parameters<typeof enrolmentTone>[0], appliedAt: string, waitlistPosition: number | null = null) => ({
      volunteerName,
      status,
      appliedAt,
      waitlistPosition,
    });
    const groups = groupEnrolments([
      e("Zora", "ADMITTED", "2026-01-01"),
      e("Anna", "ADMITTED", "2026-01-02"),
      e("Bert", "WAITLISTED", "2026-01-03", 2),
      e("Cem", "WAITLISTED", "2026-01-04", 1),
      e("Dana", "APPLIED", "2026-01-05"),
      e("Emil", "OFFERED", "2026-01-06"),
      e("Fritz", "WITHDRAWN", "2026-01-07"),
    ]);
    expect(groups.participants.map((x) => x.volunteerName)).toEqual(["Anna", "Zora"]);
    expect(groups.waitlist.map((x) => x.volunteerName)).toEqual(["Cem", "Bert"]);
    expect(groups.applications.map((x) => x.volunteerName)).toEqual(["Dana"]);
    expect(groups.offers.map((x) => x.volunteerName)).toEqual(["Emil"]);
    expect(groups.former.map((x) => x.volunteerName)).toEqual(["Fritz"]);
  });
});

// Badge tones (see .badge-ok/-wait/-bad/-off in app.css) and groupings of the training statuses.
import type { CohortStatus, EnrolmentStatus } from "$lib/graphql/types";
import type { Tone } from "$lib/features/volunteers/status";

export function cohortTone(status: CohortStatus): Tone {
  return ({ PLANNED: "off", OPEN: "ok", RUNNING: "ok", COMPLETED: "off", CANCELLED: "bad" } as const)[status];
}

export function enrolmentTone(status: EnrolmentStatus): Tone {
  return (
    {
      ADMITTED: "ok",
      OFFERED: "wait",
      APPLIED: "wait",
      WAITLISTED: "wait",
      WITHDRAWN: "off",
      DECLINED: "off",
      EXPIRED: "off",
      REMOVED: "bad",
      NOT_ADMITTED: "bad",
    } as const
  )[status];
}

/** Someone still in the running: applied, admitted, waiting or holding an offer. */
export const ACTIVE_ENROLMENT: readonly EnrolmentStatus[] = ["APPLIED", "ADMITTED", "WAITLISTED", "OFFERED"];

export function isActiveEnrolment(status: EnrolmentStatus): boolean {
  return ACTIVE_ENROLMENT.includes(status);
}

/** Whether the cohort can still be changed (sessions, participants, details). */
export function isCohortFinished(status: CohortStatus): boolean {
  return status === "COMPLETED" || status === "CANCELLED";
}

export interface EnrolmentGroups<E> {
  participants: E[];
  offers: E[];
  applications: E[];
  waitlist: E[];
  former: E[];
}

/**
 * The cohort's enrolments as the trainer works with them: participants (by
 * name), open offers, applications awaiting the interview (in application
 * order), the waiting list (in offer order) and everyone who left.
 */
export function groupEnrolments<E extends { status: EnrolmentStatus; volunteerName: string; appliedAt: string; waitlistPosition?: number | null }>(
  enrolments: readonly E[],
): EnrolmentGroups<E> {
  const byName = (a: E, b: E) => a.volunteerName.localeCompare(b.volunteerName, "de");
  const byApplied = (a: E, b: E) => a.appliedAt.localeCompare(b.appliedAt);
  return {
    participants: enrolments.filter((e) => e.status === "ADMITTED").sort(byName),
    offers: enrolments.filter((e) => e.status === "OFFERED").sort(byApplied),
    applications: enrolments.filter((e) => e.status === "APPLIED").sort(byApplied),
    waitlist: enrolments.filter((e) => e.status === "WAITLISTED").sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0)),
    former: enrolments.filter((e) => !isActiveEnrolment(e.status)).sort(byName),
  };
}

/** Places left (never negative). */
export function placesFree(cohort: { capacity: number; placesTaken: number }): number {
  return Math.max(0, cohort.capacity - cohort.placesTaken);
}

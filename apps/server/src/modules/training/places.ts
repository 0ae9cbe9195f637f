// Places in a cohort, written once. Which enrolments hold a place, which are
// still in the running, and the waiting list's order: higher priority first
// (a trainer's decision, with a reason), then application order. Offers follow
// it (enrolment.service.ts fillPlaces), and so do the positions and lists shown.
import type { EnrolmentStatus, Prisma } from "../../generated/prisma/client.ts";

/** Statuses that hold a place (an open offer reserves it). */
export const HOLDS_PLACE: EnrolmentStatus[] = ["ADMITTED", "OFFERED"];
/** Statuses of someone still in the running. */
export const ACTIVE: EnrolmentStatus[] = ["APPLIED", "ADMITTED", "WAITLISTED", "OFFERED"];

export const WAITLIST_ORDER = [{ priority: "desc" }, { position: "asc" }] satisfies Prisma.EnrolmentOrderByWithRelationInput[];

/** The waiting-list entries before `e` in WAITLIST_ORDER. */
export function aheadOnWaitlist(e: { cohortId: string; priority: number; position: number }): Prisma.EnrolmentWhereInput {
  return {
    cohortId: e.cohortId,
    status: "WAITLISTED",
    OR: [{ priority: { gt: e.priority } }, { priority: e.priority, position: { lt: e.position } }],
  };
}

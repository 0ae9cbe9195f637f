// What a trainer's cohort needs now: the one condition behind the trainers'
// start-page counts and the cohort list they link to (`needs` filter), so the
// number on the card is the number of rows on the list.
import type { Prisma } from "../../generated/prisma/client.ts";
import { endOfBerlinDay, startOfBerlinDay, berlinToday } from "@lotse/domain/berlin-time";

export const COHORT_NEEDS = ["APPLICATIONS", "SESSION_TODAY", "ATTENDANCE"] as const;
export type CohortNeed = (typeof COHORT_NEEDS)[number];

/**
 * - APPLICATIONS: applications waiting for the admission interview and its decision (APPLIED).
 * - SESSION_TODAY: a session of the cohort takes place today (Berlin).
 * - ATTENDANCE: a session that has ended has no attendance recorded, while someone holds a place.
 */
export function cohortNeedsWhere(need: CohortNeed, now: Date): Prisma.CohortWhereInput {
  switch (need) {
    case "APPLICATIONS":
      return { status: { not: "CANCELLED" }, enrolments: { some: { status: "APPLIED" } } };
    case "SESSION_TODAY": {
      const today = berlinToday(now);
      return { status: { not: "CANCELLED" }, sessions: { some: { startsAt: { gte: new Date(startOfBerlinDay(today)!), lte: new Date(endOfBerlinDay(today)!) } } } };
    }
    case "ATTENDANCE":
      return {
        status: { in: ["RUNNING", "COMPLETED", "OPEN"] },
        enrolments: { some: { status: "ADMITTED" } },
        sessions: { some: { endsAt: { lt: now }, attendances: { none: {} } } },
      };
  }
}

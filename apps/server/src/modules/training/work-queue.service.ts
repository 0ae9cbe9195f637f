// The training area's counts on the start pages. A volunteer: places offered
// from the waiting list that wait for their answer before the offer expires (the
// same condition as the offers shown on the volunteering page it links to),
// shown only while an offer waits. A trainer: their cohorts with applications
// to decide, with a session today, and with attendance not taken, each the
// number of rows on the cohort list it links to (cohort-needs.ts).
import { PATHS } from "@lotse/domain/paths";
import type { WorkQueueItem, WorkQueueWork } from "../module.ts";
import { countInOrganization } from "../organization-row.ts";
import { nowOf, signedIn, type ServiceCtx } from "../service-context.ts";
import { mayTakePartInCourses, mayTeach } from "./access.ts";
import { readOwnProfile } from "../volunteers/index.ts";
import { cohortNeedsWhere, type CohortNeed } from "./cohort-needs.ts";

const trainerList = (need: CohortNeed) => `${PATHS.training}?mine=1&needs=${need}`;

/** Counted here and notified when a place is offered (enrolment.service.ts, fillPlaces). */
export const TRAINING_WORK = {
  offersToAnswer: { key: "training.offersToAnswer", role: "VOLUNTEER", href: PATHS.volunteerCourses },
  applicationsToDecide: { key: "training.applicationsToDecide", role: "TRAINER", href: trainerList("APPLICATIONS") },
  sessionsToday: { key: "training.sessionsToday", role: "TRAINER", href: trainerList("SESSION_TODAY") },
  attendanceMissing: { key: "training.attendanceMissing", role: "TRAINER", href: trainerList("ATTENDANCE") },
} as const satisfies Record<string, WorkQueueWork>;

const TRAINER_NEEDS: [CohortNeed, WorkQueueWork][] = [
  ["APPLICATIONS", TRAINING_WORK.applicationsToDecide],
  ["SESSION_TODAY", TRAINING_WORK.sessionsToday],
  ["ATTENDANCE", TRAINING_WORK.attendanceMissing],
];

export async function trainingWorkQueue(ctx: ServiceCtx): Promise<WorkQueueItem[]> {
  const [volunteer, trainer] = await Promise.all([volunteerWork(ctx), trainerWork(ctx)]);
  return [...volunteer, ...trainer];
}

async function trainerWork(ctx: ServiceCtx): Promise<WorkQueueItem[]> {
  const viewer = signedIn(ctx);
  if (!mayTeach(viewer)) return [];
  const mine = { trainers: { some: { userId: viewer.userId } } };
  const counts = await Promise.all(TRAINER_NEEDS.map(([need]) => countInOrganization(ctx, "cohorts", { AND: [mine, cohortNeedsWhere(need, nowOf(ctx))] })));
  return TRAINER_NEEDS.map(([, work], i) => ({ ...work, count: counts[i]! }));
}

async function volunteerWork(ctx: ServiceCtx): Promise<WorkQueueItem[]> {
  const viewer = signedIn(ctx);
  if (!mayTakePartInCourses(viewer) || !viewer.volunteerProfileId) return [];
  // With the other areas' counts on the caller's profile: one statement (volunteers' own-profile.ts).
  const profile = await readOwnProfile(ctx, { _count: { select: { enrolments: { where: { status: "OFFERED", offerExpiresAt: { gt: nowOf(ctx) } } } } } });
  const offers = (profile?._count as { enrolments: number } | undefined)?.enrolments ?? 0;
  return offers > 0 ? [{ ...TRAINING_WORK.offersToAnswer, count: offers }] : [];
}

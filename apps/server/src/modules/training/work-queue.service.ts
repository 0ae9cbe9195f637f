// The training area's count on a volunteer's start page: places offered from
// the waiting list that wait for their answer before the offer expires (the
// same condition as the offers shown on the volunteering page it links to).
// Shown only while an offer waits.
import { PATHS } from "@lotse/domain/paths";
import type { WorkQueueItem, WorkQueueWork } from "../module.ts";
import { nowOf, signedIn, type ServiceCtx } from "../service-context.ts";
import { readOwnProfile } from "../volunteers/index.ts";

/** Counted here and notified when a place is offered (enrolment.service.ts, fillPlaces). */
export const TRAINING_WORK = {
  offersToAnswer: { key: "training.offersToAnswer", role: "VOLUNTEER", href: PATHS.volunteering },
} as const satisfies Record<string, WorkQueueWork>;

export async function trainingWorkQueue(ctx: ServiceCtx): Promise<WorkQueueItem[]> {
  const viewer = signedIn(ctx);
  if (!viewer.roles.includes("VOLUNTEER") || !viewer.volunteerProfileId) return [];
  // With the other areas' counts on the caller's profile: one statement (volunteers' own-profile.ts).
  const profile = await readOwnProfile(ctx, { _count: { select: { enrolments: { where: { status: "OFFERED", offerExpiresAt: { gt: nowOf(ctx) } } } } } });
  const offers = (profile?._count as { enrolments: number } | undefined)?.enrolments ?? 0;
  return offers > 0 ? [{ ...TRAINING_WORK.offersToAnswer, count: offers }] : [];
}

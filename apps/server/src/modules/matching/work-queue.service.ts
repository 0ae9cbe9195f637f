// The tandems area's counts on the start pages (module.ts, WorkQueueItem),
// each with the condition of the list its link opens: coordinators see the
// ACTIVE tandems without contact for the alert days and the waiting families;
// a volunteer sees the proposals waiting for their answer. A count is given
// only when there is something to do (a volunteer without proposals, an office
// without tandems, gets no empty card).
import { PATHS } from "@lotse/domain/paths";
import type { WorkQueueItem, WorkQueueWork } from "../module.ts";
import { countInOrganization } from "../organization-row.ts";
import { nowOf, signedIn, type ServiceCtx } from "../service-context.ts";
import { mayCoordinateMatching, mayHaveTandems } from "./access.ts";
import { familiesWhere } from "./families.service.ts";
import { noContactAlertDaysOf } from "./settings.service.ts";
import { matchesWhere } from "./tandems-where.ts";
import { readOwnProfile } from "../volunteers/index.ts";

/** The area's work-queue entries: counted here, and notified when such work arrives (alerts.service.ts). */
export const MATCHING_WORK = {
  tandemsWithoutContact: { key: "matching.tandemsWithoutContact", role: "COORDINATOR", href: `${PATHS.tandems}?needsContact=1` },
  familiesWaiting: { key: "matching.familiesWaiting", role: "COORDINATOR", href: `${PATHS.families}?status=WAITING` },
  proposalsToAnswer: { key: "matching.proposalsToAnswer", role: "VOLUNTEER", href: PATHS.myTandems },
} as const satisfies Record<string, WorkQueueWork>;

export async function matchingWorkQueue(ctx: ServiceCtx): Promise<WorkQueueItem[]> {
  const viewer = signedIn(ctx);
  const items: WorkQueueItem[] = [];
  if (mayCoordinateMatching(viewer)) {
    // The alert days come with the session (no statement, no turn of their
    // own), so both counts join the other areas' in one statement.
    const [withoutContact, waiting] = await Promise.all([
      countInOrganization(ctx, "tandems", matchesWhere({ needsContact: true }, noContactAlertDaysOf(viewer), nowOf(ctx))),
      countInOrganization(ctx, "families", familiesWhere({ status: "WAITING" })),
    ]);
    items.push({ ...MATCHING_WORK.tandemsWithoutContact, count: withoutContact }, { ...MATCHING_WORK.familiesWaiting, count: waiting });
  }
  if (mayHaveTandems(viewer) && viewer.volunteerProfileId) {
    // With the other areas' counts on the caller's profile: one statement (own-profile.ts).
    const profile = await readOwnProfile(ctx, { _count: { select: { tandems: { where: { status: "PROPOSED" } } } } });
    const proposals = (profile?._count as { tandems: number } | undefined)?.tandems ?? 0;
    items.push({ ...MATCHING_WORK.proposalsToAnswer, count: proposals });
  }
  return items.filter((item) => item.count > 0);
}

// The donations area's count on the coordinator's start page: donations
// waiting for their accepting body, the same condition as the acceptance
// queue its link opens (every body's pending donations). Shown only while
// something waits, like the tandems area's cards.
import { PATHS } from "@lotse/domain/paths";
import type { WorkQueueItem, WorkQueueWork } from "../module.ts";
import { countInOrganization } from "../organization-row.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";
import { mayManageDonations } from "./access.ts";

/** The acceptance queue: counted here and notified when a donation joins it (donations.service.ts). */
export const DONATION_WORK = {
  awaitingAcceptance: { key: "donations.awaitingAcceptance", role: "COORDINATOR", href: `${PATHS.donations}/annahme` },
} as const satisfies Record<string, WorkQueueWork>;

export async function donationsWorkQueue(ctx: ServiceCtx): Promise<WorkQueueItem[]> {
  const viewer = signedIn(ctx);
  if (!mayManageDonations(viewer)) return [];
  const waiting = await countInOrganization(ctx, "donations", { status: "PENDING" });
  if (waiting === 0) return [];
  return [{ ...DONATION_WORK.awaitingAcceptance, count: waiting }];
}

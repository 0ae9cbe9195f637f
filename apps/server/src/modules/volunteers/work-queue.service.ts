// The volunteers area's counts on the start pages (module.ts, WorkQueueItem):
// each count uses the same condition as the list its link opens, so the
// number on the card is the number of rows on the list.
import { PATHS } from "@lotse/domain/paths";
import type { WorkQueueItem, WorkQueueWork } from "../module.ts";
import { countInOrganization } from "../organization-row.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";
import { volunteersWhere } from "./volunteers.service.ts";

/** The area's work-queue entries: counted here, and notified by the services when such work arrives. */
export const VOLUNTEER_WORK = {
  signUpsWaiting: { key: "volunteers.signUpsWaiting", role: "COORDINATOR", href: `${PATHS.volunteers}?status=PENDING` },
  hoursToReview: { key: "volunteers.hoursToReview", role: "COORDINATOR", href: PATHS.hourReview },
  certificatesExpiring: { key: "volunteers.certificatesExpiring", role: "COORDINATOR", href: `${PATHS.volunteers}?status=APPROVED&certificate=EXPIRING` },
} as const satisfies Record<string, WorkQueueWork>;

export async function volunteersWorkQueue(ctx: ServiceCtx): Promise<WorkQueueItem[]> {
  const viewer = signedIn(ctx);
  const items: WorkQueueItem[] = [];
  if (viewer.roles.includes("COORDINATOR")) {
    const revalidateYears = viewer.organization.parsedSettings.volunteers.conductCertificateRevalidateYears;
    const expiring = volunteersWhere({ status: "APPROVED", certificateState: "EXPIRING" }, revalidateYears);
    const [signUps, hours, certificates] = await Promise.all([
      countInOrganization(ctx, "volunteers", { status: "PENDING" }),
      // The per-month totals the triggers keep: one small sum instead of counting every entry.
      ctx.db.hourMonthTotal.aggregate({ where: { status: "PENDING" }, _sum: { entries: true } }),
      countInOrganization(ctx, "volunteers", expiring),
    ]);
    items.push(
      { ...VOLUNTEER_WORK.signUpsWaiting, count: signUps },
      { ...VOLUNTEER_WORK.hoursToReview, count: hours._sum.entries ?? 0 },
      { ...VOLUNTEER_WORK.certificatesExpiring, count: certificates },
    );
  }
  return items;
}

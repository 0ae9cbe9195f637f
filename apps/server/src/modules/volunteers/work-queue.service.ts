// The volunteers area's counts on the start pages (module.ts, WorkQueueItem):
// each count uses the same condition as the list its link opens, so the
// number on the card is the number of rows on the list.
import { PATHS } from "@lotse/domain/paths";
import type { WorkQueueItem } from "../module.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";
import { volunteersWhere } from "./volunteers.service.ts";

export async function volunteersWorkQueue(ctx: ServiceCtx): Promise<WorkQueueItem[]> {
  const viewer = signedIn(ctx);
  const items: WorkQueueItem[] = [];
  if (viewer.roles.includes("COORDINATOR")) {
    const revalidateYears = viewer.organization.parsedSettings.volunteers.conductCertificateRevalidateYears;
    const expiring = volunteersWhere({ status: "APPROVED", certificateState: "EXPIRING" }, revalidateYears);
    const [signUps, hours, certificates] = await Promise.all([
      ctx.db.volunteerProfile.count({ where: { status: "PENDING" } }),
      // The per-month totals the triggers keep: one small sum instead of counting every entry.
      ctx.db.hourMonthTotal.aggregate({ where: { status: "PENDING" }, _sum: { entries: true } }),
      ctx.db.volunteerProfile.count({ where: expiring }),
    ]);
    items.push(
      { key: "volunteers.signUpsWaiting", role: "COORDINATOR", count: signUps, href: `${PATHS.volunteers}?status=PENDING` },
      { key: "volunteers.hoursToReview", role: "COORDINATOR", count: hours._sum.entries ?? 0, href: PATHS.hourReview },
      {
        key: "volunteers.certificatesExpiring",
        role: "COORDINATOR",
        count: certificates,
        href: `${PATHS.volunteers}?status=APPROVED&certificate=EXPIRING`,
      },
    );
  }
  return items;
}

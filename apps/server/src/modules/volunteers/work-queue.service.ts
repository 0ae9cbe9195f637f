// The volunteers area's counts on the start pages (module.ts, WorkQueueItem):
// each count uses the same condition as the list its link opens, so the
// number on the card is the number of rows on the list.
import { PATHS } from "@lotse/domain/paths";
import type { WorkQueueItem, WorkQueueWork } from "../module.ts";
import { countInOrganization, listInOrganization } from "../organization-row.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";
import { mayCoordinateVolunteers } from "./access.ts";
import { hourLogsWhere } from "./hours.service.ts";
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
  if (mayCoordinateVolunteers(viewer)) {
    const revalidateYears = viewer.organization.parsedSettings.volunteers.conductCertificateRevalidateYears;
    const expiring = volunteersWhere({ status: "APPROVED", certificateState: "EXPIRING" }, revalidateYears);
    // All three are parts of the organisation's row, read with the other
    // areas' counts of this turn in one statement (organization-row.ts).
    const [signUps, hours, certificates] = await Promise.all([
      // Prisma counts a relation once per statement, and the certificates
      // take the volunteers' count: the waiting sign-ups come as their ids
      // (few: each is work to do, and approving or declining ends it), so no
      // statement of their own.
      listInOrganization(ctx, "volunteers", { where: volunteersWhere({ status: "PENDING" }, revalidateYears), select: { id: true } }),
      // The review list's condition, counted on (organizationId, status, createdAt):
      // an index range of the pending entries, in the same statement, instead
      // of a statement of its own summing the triggers' per-month totals.
      countInOrganization(ctx, "hourLogs", hourLogsWhere({ status: "PENDING" })),
      countInOrganization(ctx, "volunteers", expiring),
    ]);
    items.push(
      { ...VOLUNTEER_WORK.signUpsWaiting, count: signUps.length },
      { ...VOLUNTEER_WORK.hoursToReview, count: hours },
      { ...VOLUNTEER_WORK.certificatesExpiring, count: certificates },
    );
  }
  return items;
}

// The appointments area's counts on the start pages: each count uses the
// same condition as the list its link opens.
import { endOfBerlinDay, startOfBerlinDay, berlinToday } from "@lotse/domain/berlin-time";
import type { WorkQueueItem, WorkQueueWork } from "../module.ts";
import { countInOrganization } from "../organization-row.ts";
import { nowOf, signedIn, type ServiceCtx } from "../service-context.ts";
import { coordinatesInterpreting, counselsOwnAppointments, mayInterpret } from "./access.ts";
import { APPOINTMENT_PATHS } from "./paths.ts";
import { readOwnProfile } from "../volunteers/index.ts";

/** Entries counted here and notified when such work arrives (booking and interpreter services). */
export const APPOINTMENT_WORK = {
  interpreterRequestsOpen: { key: "appointments.interpreterRequestsOpen", role: "COORDINATOR", href: `${APPOINTMENT_PATHS.pool}?status=OPEN` },
  interpreterRequestsToAnswer: { key: "appointments.interpreterRequestsToAnswer", role: "VOLUNTEER", href: APPOINTMENT_PATHS.interpreting },
} as const satisfies Record<string, WorkQueueWork>;

export async function appointmentsWorkQueue(ctx: ServiceCtx): Promise<WorkQueueItem[]> {
  const viewer = signedIn(ctx);
  const now = nowOf(ctx);
  const items: WorkQueueItem[] = [];
  const counts: Promise<void>[] = [];
  if (counselsOwnAppointments(viewer)) {
    const today = berlinToday(now);
    counts.push(
      Promise.all([
        countInOrganization(ctx, "appointments", {
          counsellorId: viewer.userId,
          status: "BOOKED",
          startsAt: { gte: new Date(startOfBerlinDay(today)!), lte: new Date(endOfBerlinDay(today)!) },
        }),
        countInOrganization(ctx, "appointments", { counsellorId: viewer.userId, status: "BOOKED", endsAt: { lte: now }, outcome: { is: null } }),
      ]).then(([todayCount, missing]) => {
        items.push(
          { key: "appointments.today", role: "COUNSELLOR", count: todayCount, href: `${APPOINTMENT_PATHS.counselling}?day=${today}` },
          { key: "appointments.outcomesMissing", role: "COUNSELLOR", count: missing, href: `${APPOINTMENT_PATHS.counselling}?outcome=missing` },
        );
      }),
    );
  }
  if (coordinatesInterpreting(viewer)) {
    counts.push(
      countInOrganization(ctx, "interpreterRequests", { status: "OPEN", startsAt: { gt: now } }).then((open) => {
        items.push({ ...APPOINTMENT_WORK.interpreterRequestsOpen, count: open });
      }),
    );
  }
  if (mayInterpret(viewer) && viewer.volunteerProfileId) {
    // Only for volunteers who offer interpreting: the flag and the count together, read with the
    // other areas' counts on the caller's profile (one statement, own-profile.ts).
    counts.push(
      readOwnProfile(ctx, { offersInterpreting: true, _count: { select: { interpreterRequests: { where: { status: "ASSIGNED" } } } } }).then((p) => {
        if (p?.offersInterpreting) {
          items.push({ ...APPOINTMENT_WORK.interpreterRequestsToAnswer, count: (p._count as { interpreterRequests: number }).interpreterRequests });
        }
      }),
    );
  }
  await Promise.all(counts);
  const order = ["appointments.today", "appointments.outcomesMissing", "appointments.interpreterRequestsOpen", "appointments.interpreterRequestsToAnswer"];
  return items.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

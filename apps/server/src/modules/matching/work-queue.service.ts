// The tandems area's counts on the start pages (module.ts, WorkQueueItem),
// each with the condition of the list its link opens: coordinators see the
// ACTIVE tandems without contact for the alert days and the waiting families;
// a volunteer sees the proposals waiting for their answer. A count is given
// only when there is something to do (a volunteer without proposals, an office
// without tandems, gets no empty card).
import { PATHS } from "@lotse/domain/paths";
import type { WorkQueueItem } from "../module.ts";
import { nowOf, signedIn, type ServiceCtx } from "../service-context.ts";
import { familiesWhere } from "./families.service.ts";
import { readMatchingSettings } from "./settings.service.ts";
import { matchesWhere } from "./tandems-where.ts";

export async function matchingWorkQueue(ctx: ServiceCtx): Promise<WorkQueueItem[]> {
  const viewer = signedIn(ctx);
  const items: WorkQueueItem[] = [];
  if (viewer.roles.includes("COORDINATOR")) {
    const settings = await readMatchingSettings(ctx.db);
    const [withoutContact, waiting] = await Promise.all([
      ctx.db.tandem.count({ where: matchesWhere({ needsContact: true }, settings.noContactAlertDays, nowOf(ctx)) }),
      ctx.db.family.count({ where: familiesWhere({ status: "WAITING" }) }),
    ]);
    items.push(
      { key: "matching.tandemsWithoutContact", role: "COORDINATOR", count: withoutContact, href: `${PATHS.tandems}?needsContact=1` },
      { key: "matching.familiesWaiting", role: "COORDINATOR", count: waiting, href: `${PATHS.families}?status=WAITING` },
    );
  }
  if (viewer.roles.includes("VOLUNTEER") && viewer.volunteerProfileId) {
    const proposals = await ctx.db.tandem.count({ where: { volunteerId: viewer.volunteerProfileId, status: "PROPOSED" } });
    items.push({ key: "matching.proposalsToAnswer", role: "VOLUNTEER", count: proposals, href: PATHS.myTandems });
  }
  return items.filter((item) => item.count > 0);
}

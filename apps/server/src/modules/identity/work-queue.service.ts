// The identity area's count on an admin's start page: invitations not yet
// accepted, the same condition as the user list it links to (status=INVITED).
import { PATHS } from "@lotse/domain/paths";
import type { WorkQueueItem, WorkQueueWork } from "../module.ts";
import { countInOrganization } from "../organization-row.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";
import { mayAdministerUsers } from "./access.ts";
import { membershipWhere } from "./users.service.ts";

export const IDENTITY_WORK = {
  invitationsPending: { key: "identity.invitationsPending", role: "ADMIN", href: `${PATHS.users}?status=INVITED` },
} as const satisfies Record<string, WorkQueueWork>;

export async function identityWorkQueue(ctx: ServiceCtx): Promise<WorkQueueItem[]> {
  if (!mayAdministerUsers(signedIn(ctx))) return [];
  const count = await countInOrganization(ctx, "memberships", membershipWhere({ status: "INVITED" }));
  return [{ ...IDENTITY_WORK.invitationsPending, count }];
}

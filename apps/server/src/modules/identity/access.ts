// Who may manage people: admins invite, change roles and (de)activate members
// of their organisation; everyone else sees their own account only.
// The GraphQL auth rules use these; a plain route would too.
import { holdsAnyRole } from "../access-rule.ts";
import type { Viewer } from "./sessions.ts";

/** Inviting, changing roles, (de)activating, listing the members: admins. */
export const mayAdministerUsers = (viewer: Pick<Viewer, "roles"> | null | undefined) => holdsAnyRole(viewer, "ADMIN");

/** One account (a membership): its person, or an admin of the organisation. */
export const seesOwnAccount = (viewer: Pick<Viewer, "userId"> | null, membership: { userId: string }) => membership.userId === viewer?.userId;

export const maySeeAccount = (viewer: Viewer | null, membership: { userId: string }) => seesOwnAccount(viewer, membership) || mayAdministerUsers(viewer);

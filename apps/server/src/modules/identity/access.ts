// Who may manage people: admins invite, change roles and (de)activate members
// of their organisation; everyone else sees their own account only.
// The GraphQL auth rules use these; a plain route would too.
import type { Role } from "../../generated/prisma/client.ts";
import type { Viewer } from "./sessions.ts";

export const USER_ADMIN = "ADMIN" satisfies Role;

/** One account (a membership): its person, or an admin of the organisation. */
export const seesOwnAccount = (viewer: Pick<Viewer, "userId"> | null, membership: { userId: string }) => membership.userId === viewer?.userId;

// Who may read and change an organisation's settings: admins change them;
// coordinators read them too (their pages show the limits the settings set).
// The GraphQL auth rules use these; a plain route would too.
import type { Role } from "../../generated/prisma/client.ts";

export const SETTINGS_READERS = ["ADMIN", "COORDINATOR"] as const satisfies readonly Role[];
export const SETTINGS_EDITOR = "ADMIN" satisfies Role;

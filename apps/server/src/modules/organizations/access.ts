// Who may read and change an organisation's settings: admins change them;
// coordinators read them too (their pages show the limits the settings set).
// The GraphQL auth rules use these; a plain route would too.
import { holdsAnyRole } from "../access-rule.ts";
import type { Viewer } from "../identity/index.ts";

type Who = Pick<Viewer, "roles"> | null | undefined;

export const mayReadSettings = (viewer: Who) => holdsAnyRole(viewer, "ADMIN", "COORDINATOR");
export const mayChangeSettings = (viewer: Who) => holdsAnyRole(viewer, "ADMIN");

// Who sees the retention jobs' reports and sets the retention periods: admins
// (organisation settings and data protection are theirs, domain.md).
import { holdsAnyRole } from "../access-rule.ts";
import type { Viewer } from "../identity/index.ts";

export const mayManageRetention = (viewer: Pick<Viewer, "roles"> | null | undefined) => holdsAnyRole(viewer, "ADMIN");

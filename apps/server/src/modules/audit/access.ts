// Who reads the audit log and checks its chain: admins (the data protection
// officer works through an admin account). Coordinators, whose changes the log
// records, do not read it. The GraphQL fields and the CSV route use this.
import { holdsAnyRole } from "../access-rule.ts";
import type { Viewer } from "../identity/index.ts";
import type { ServiceCtx } from "../service-context.ts";

export const mayReadAuditLog = (viewer: Pick<Viewer, "roles"> | null | undefined) => holdsAnyRole(viewer, "ADMIN");

export const canReadAuditLog = (ctx: Pick<ServiceCtx, "viewer">) => mayReadAuditLog(ctx.viewer);

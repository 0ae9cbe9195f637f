// Who reads the audit log and checks its chain: admins (the data protection
// officer works through an admin account). Coordinators, whose changes the log
// records, do not read it. The GraphQL fields and the CSV route use this.
import type { Role } from "../../generated/prisma/client.ts";
import type { ServiceCtx } from "../service-context.ts";

export const AUDIT_READER = "ADMIN" satisfies Role;

export const canReadAuditLog = (ctx: ServiceCtx) => ctx.viewer?.roles.includes(AUDIT_READER) ?? false;

// Who handles data protection requests (access, erasure): admins, as the
// domain's roles table says; the data protection officer works through an
// admin account. GraphQL's auth rules and the download routes both use this.
import type { Role } from "../../generated/prisma/client.ts";
import type { ServiceCtx } from "../service-context.ts";

export const PRIVACY_HANDLER = "ADMIN" satisfies Role;

export const canHandlePrivacyRequests = (ctx: Pick<ServiceCtx, "viewer">) => ctx.viewer?.roles.includes(PRIVACY_HANDLER) ?? false;

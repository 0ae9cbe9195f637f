// Who handles data protection requests (access, erasure): admins, as the
// domain's roles table says; the data protection officer works through an
// admin account. GraphQL's auth rules and the download routes both use this.
import { holdsAnyRole } from "../access-rule.ts";
import type { Viewer } from "../identity/index.ts";
import type { ServiceCtx } from "../service-context.ts";

export const mayHandlePrivacyRequests = (viewer: Pick<Viewer, "roles"> | null | undefined) => holdsAnyRole(viewer, "ADMIN");

export const canHandlePrivacyRequests = (ctx: Pick<ServiceCtx, "viewer">) => mayHandlePrivacyRequests(ctx.viewer);

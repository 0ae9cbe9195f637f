// The right-of-access downloads:
//   GET /exports/personal-data/<id>.json   everything stored about the person, as JSON
//   GET /exports/personal-data/<id>.pdf    the same as a readable PDF
// <id> is the Relay global ID of the person (User, Volunteer, Family, Child,
// Donor); admins only (access.ts). Each download is audited (export.service.ts).
import { personSlug } from "@lotse/domain/file-names";
import { DomainError } from "../../../errors.ts";
import { attachment } from "../../../http/responses.ts";
import type { Route, RouteRequest } from "../../../http/routes.ts";
import { signedIn } from "../../service-context.ts";
import { canHandlePrivacyRequests } from "../access.ts";
import { exportJson, exportPersonalData } from "../export.service.ts";
import { renderPersonalDataPdf } from "../render/personal-data-pdf.ts";

const fileName = (name: string, extension: string) => `auskunft-${personSlug(name) || "person"}.${extension}`;

function personalDataRoute(format: "json" | "pdf"): Route {
  return {
    name: `personal-data.${format}`,
    path: new RegExp(`^/exports/personal-data/([^/]+)\\.${format}$`),
    auth: "session",
    async handle(r: RouteRequest) {
      const viewer = signedIn(r.ctx);
      const who = { userId: viewer.userId, organizationId: viewer.organizationId, export: `personal-data.${format}` };
      if (!canHandlePrivacyRequests(r.ctx)) {
        r.log.warn(who, "export refused: not an admin");
        return r.fail(403, "FORBIDDEN", "error.forbidden");
      }
      let data;
      try {
        data = await exportPersonalData(r.ctx, r.params[0]!, format);
      } catch (error) {
        if (error instanceof DomainError && error.code === "NOT_FOUND") return r.fail(404, "NOT_FOUND", "error.notFound", "id");
        throw error;
      }
      const body = format === "json" ? new TextEncoder().encode(exportJson(data)) : await renderPersonalDataPdf(data);
      r.log.info({ ...who, kind: data.person.kind, bytes: body.byteLength }, "personal data exported");
      return new r.fetchAPI.Response(body, {
        status: 200,
        headers: r.respond().headers({
          "content-type": format === "json" ? "application/json; charset=utf-8" : "application/pdf",
          "content-length": String(body.byteLength),
          "content-disposition": attachment(fileName(data.person.name, format)),
        }),
      });
    },
  };
}

export const dataProtectionRoutes: Route[] = [personalDataRoute("json"), personalDataRoute("pdf")];

// The volunteers area's plain routes, both downloads:
//   GET /exports/hours.csv?from&to               coordinators: every hour log of the period
//   GET /volunteers/:id/nachweis.pdf?from&to     the volunteer or a coordinator: approved hours
// The platform (http/routes.ts) has resolved the caller and refused anonymous
// ones (401). Here: 403 when access.ts says no, 404 for an unknown id (or one
// of another organisation), 400 for a bad period.
import { hoursCsvFileName, nachweisFileName } from "@lotse/domain/file-names";
import { parsePeriod, PeriodError, type Period } from "../../../formats/period.ts";
import { attachment } from "../../../http/responses.ts";
import type { Route, RouteRequest } from "../../../http/routes.ts";
import { idFromPathSegment } from "../../../http/route-ids.ts";
import { signedIn } from "../../service-context.ts";
import { canExportHours, canSeeVolunteer } from "../access.ts";
import { CSV_BATCH_SIZE, hourLogBatch, nachweisData } from "../exports.service.ts";
import { hoursCsvStream } from "../render/hours-csv.ts";
import { renderNachweisPdf } from "../render/nachweis.ts";

/** The period of the query string, or the 400 answer naming the field. */
function periodOf(r: RouteRequest): { period: Period; refused?: never } | { period?: never; refused: Response } {
  try {
    return { period: parsePeriod(r.url.searchParams) };
  } catch (error) {
    if (!(error instanceof PeriodError)) throw error;
    return { refused: r.failWith(400, "BAD_REQUEST", error.text[r.caller.locale] ?? error.text.de, error.field) };
  }
}

const hoursCsv: Route = {
  name: "hours.csv",
  path: /^\/exports\/hours\.csv$/,
  auth: "session",
  async handle(r) {
    const viewer = signedIn(r.ctx);
    const who = { userId: viewer.userId, organizationId: viewer.organizationId, export: "hours.csv" };
    if (!canExportHours(r.ctx)) {
      r.log.warn(who, "export refused: not a coordinator");
      return r.fail(403, "FORBIDDEN", "error.forbidden");
    }
    const { period, refused } = periodOf(r);
    if (refused) return refused;
    const started = Date.now();
    r.log.info({ ...who, ...period }, "hours export started");
    const body = hoursCsvStream(r.fetchAPI, (after) => hourLogBatch(r.ctx, { period, after }), CSV_BATCH_SIZE, {
      done: (rows) => r.log.info({ ...who, ...period, rows, ms: Date.now() - started }, "hours exported"),
      failed: (err, rows) => r.log.error({ ...who, ...period, rows, err }, "hours export failed"),
      cancelled: (rows) => r.log.info({ ...who, ...period, rows }, "hours export cancelled by the client"),
    });
    return new r.fetchAPI.Response(body, {
      status: 200,
      headers: r.respond().headers({
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": attachment(hoursCsvFileName(period)),
      }),
    });
  },
};

const nachweisPdf: Route = {
  name: "nachweis.pdf",
  path: /^\/volunteers\/(.+)\/nachweis\.pdf$/,
  auth: "session",
  async handle(r) {
    const viewer = signedIn(r.ctx);
    const who = { userId: viewer.userId, organizationId: viewer.organizationId, export: "nachweis.pdf" };
    // The id is the Volunteer's global ID (or its UUID).
    const volunteerId = idFromPathSegment(r.params[0]!, "Volunteer");
    const profile = volunteerId ? await r.ctx.db.volunteerProfile.findUnique({ where: { id: volunteerId }, select: { id: true, userId: true } }) : null;
    if (!profile) return r.fail(404, "NOT_FOUND", "error.notFound", "id");
    if (!canSeeVolunteer(r.ctx, profile)) {
      r.log.warn({ ...who, volunteerId: profile.id }, "export refused: not their own Nachweis");
      return r.fail(403, "FORBIDDEN", "error.forbidden", "id");
    }
    const { period, refused } = periodOf(r);
    if (refused) return refused;
    const data = await nachweisData(r.ctx, { volunteerId: profile.id, period });
    const pdf = await renderNachweisPdf(data);
    r.log.info({ ...who, volunteerId: profile.id, ...period, approvedMinutes: data.totalMinutes }, "Nachweis issued");
    return new r.fetchAPI.Response(pdf, {
      status: 200,
      headers: r.respond().headers({
        "content-type": "application/pdf",
        "content-length": String(pdf.byteLength),
        "content-disposition": attachment(nachweisFileName(period)),
      }),
    });
  },
};

export const volunteerRoutes: Route[] = [hoursCsv, nachweisPdf];

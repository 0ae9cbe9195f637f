// The volunteers area's plain routes, both downloads:
//   GET /exports/hours.csv?from&to               coordinators: every hour log of the period
//   GET /nachweise/:id.pdf                       an issued Nachweis: the volunteer or a coordinator (410 once withdrawn)
// The platform (http/routes.ts) has resolved the caller and refused anonymous
// ones (401). Here: 403 when access.ts says no, 404 for an unknown id (or one
// of another organisation), 400 for a bad period.
import { berlinToday } from "@lotse/domain/berlin-time";
import { formatDate } from "@lotse/domain/calendar-date";
import { hoursCsvFileName, nachweisFileName } from "@lotse/domain/file-names";
import { translate } from "../../../i18n/messages.ts";
import { parsePeriod, PeriodError, type Period } from "../../../formats/period.ts";
import { attachment } from "../../../http/responses.ts";
import type { Route, RouteRequest } from "../../../http/routes.ts";
import { idFromPathSegment } from "../../../http/route-ids.ts";
import { signedIn } from "../../service-context.ts";
import { canExportHours, canSeeVolunteer } from "../access.ts";
import { CSV_BATCH_SIZE, hourLogBatch } from "../exports.service.ts";
import { findNachweis, verificationUrl } from "../nachweise.service.ts";
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
  path: /^\/nachweise\/([^/]+)\.pdf$/,
  auth: "session",
  async handle(r) {
    const viewer = signedIn(r.ctx);
    const who = { userId: viewer.userId, organizationId: viewer.organizationId, export: "nachweis.pdf" };
    // The id is the Nachweis' global ID (or its UUID).
    const nachweisId = idFromPathSegment(r.params[0]!, "Nachweis");
    const nachweis = nachweisId ? await findNachweis(r.ctx, nachweisId) : null;
    if (!nachweis) return r.fail(404, "NOT_FOUND", "error.notFound", "id");
    if (!canSeeVolunteer(r.ctx, nachweis.volunteer)) {
      r.log.warn({ ...who, nachweisId: nachweis.id }, "download refused: not their own Nachweis");
      return r.fail(403, "FORBIDDEN", "error.forbidden", "id");
    }
    if (nachweis.withdrawnAt) return r.failWith(410, "GONE", translate(r.caller.locale, "nachweis.withdrawnOn", { date: formatDate(berlinToday(nachweis.withdrawnAt), r.caller.locale) }), "id");
    const pdf = await renderNachweisPdf({ number: nachweis.number, code: nachweis.verificationCode, verificationUrl: verificationUrl(r.ctx, nachweis.verificationCode), content: nachweis.content });
    r.log.info({ ...who, nachweisId: nachweis.id, number: nachweis.number }, "Nachweis downloaded");
    return new r.fetchAPI.Response(pdf, {
      status: 200,
      headers: r.respond().headers({
        "content-type": "application/pdf",
        "content-length": String(pdf.byteLength),
        "content-disposition": attachment(nachweisFileName(nachweis.number, nachweis.content.volunteerName)),
      }),
    });
  },
};

export const volunteerRoutes: Route[] = [hoursCsv, nachweisPdf];

// The appointments area's plain routes:
//   GET /calendar/appointments/:id.ics           counsellors and admins, and the appointment's interpreter
//   GET /calendar/appointments/feed/:token.ics   public by secret: a counsellor's or interpreter's private feed
//   GET /exports/interpreter-statement.csv|pdf?month=YYYY-MM&interpreterId=…|institution=…
//                                                 the pool's staff; an interpreter their own
// 404 for an unknown id (or one of another organisation), 403 when access.ts
// says no, 400 for bad parameters (with the field).
import { appointmentIcsFileName, interpreterStatementFileName } from "@lotse/domain/file-names";
import { attachment } from "../../../http/responses.ts";
import type { Route } from "../../../http/routes.ts";
import { idFromPathSegment } from "../../../http/route-ids.ts";
import { renderCalendar } from "../../../formats/ics.ts";
import { DomainError } from "../../../errors.ts";
import { translate } from "../../../i18n/messages.ts";
import { signedIn } from "../../service-context.ts";
import { canCounsel, canReadAppointmentCalendar } from "../access.ts";
import { appointmentCalendar, feedByToken } from "../calendar.service.ts";
import { APPOINTMENT_PATHS } from "../paths.ts";
import { appointmentEvent, assignmentEvent } from "../render/calendar.ts";
import { statementCsv, statementPdf } from "../render/statement.ts";
import { interpreterStatement } from "../statements.service.ts";

const ICS = "text/calendar; charset=utf-8";
const FEED_MAX_AGE_SECONDS = 300;

const appointmentIcs: Route = {
  name: "calendar.appointment",
  path: /^\/calendar\/appointments\/([^/]+)\.ics$/,
  auth: "session",
  async handle(r) {
    const viewer = signedIn(r.ctx);
    const id = idFromPathSegment(r.params[0]!, "Appointment");
    const found = id ? await appointmentCalendar(r.ctx, { appointmentId: id }) : null;
    if (!found) return r.fail(404, "NOT_FOUND", "error.notFound", "id");
    if (!canReadAppointmentCalendar(viewer, found)) {
      r.log.warn({ userId: viewer.userId, appointmentId: found.appointment.id }, "appointment calendar refused");
      return r.fail(403, "FORBIDDEN", "error.forbidden", "id");
    }
    const a = found.appointment;
    // The interpreter's link goes to their own page, the counsellor's to the calendar.
    const page = canCounsel(viewer) ? APPOINTMENT_PATHS.counselling : APPOINTMENT_PATHS.interpreting;
    const event = appointmentEvent(a, `${r.ctx.config.PUBLIC_URL}${page}`);
    // An invitation (REQUEST) while it stands; CANCEL once it is off, so calendars remove it.
    const body = renderCalendar({ name: "Lotse: Schuleinstiegsberatung", events: [event], method: a.status === "CANCELLED" ? "CANCEL" : "REQUEST" });
    r.log.info({ userId: viewer.userId, appointmentId: a.id }, "appointment calendar fetched");
    return new r.fetchAPI.Response(body, {
      status: 200,
      headers: r.respond().headers({ "content-type": ICS, "content-disposition": attachment(appointmentIcsFileName(a.startsAt)) }),
    });
  },
};

const feedIcs: Route = {
  name: "calendar.appointmentFeed",
  path: /^\/calendar\/appointments\/feed\/([^/]+)\.ics$/,
  auth: "public",
  loggedAs: "/calendar/appointments/feed/[secret].ics",
  async handle(r) {
    const feed = await feedByToken(r.ctx, { token: r.params[0]! });
    if (!feed) return r.fail(404, "NOT_FOUND", "error.notFound");
    const base = r.ctx.config.PUBLIC_URL;
    const events =
      feed.kind === "COUNSELLOR"
        ? feed.appointments.map((a) => appointmentEvent(a, `${base}${APPOINTMENT_PATHS.counselling}`))
        : feed.assignments.map((a) => assignmentEvent(a, `${base}${APPOINTMENT_PATHS.interpreting}`));
    r.log.info({ organizationId: feed.organizationId, userId: feed.userId, kind: feed.kind, events: events.length }, "appointment feed fetched");
    const name = feed.kind === "COUNSELLOR" ? "Lotse: Beratungstermine" : "Lotse: Sprachmittlung";
    return new r.fetchAPI.Response(renderCalendar({ name, events, refreshMinutes: 60 }), {
      status: 200,
      headers: r.respond({ cacheControl: `private, max-age=${FEED_MAX_AGE_SECONDS}` }).headers({ "content-type": ICS, "content-disposition": `inline; filename="lotse-termine.ics"` }),
    });
  },
};

const statementExport: Route = {
  name: "exports.interpreterStatement",
  path: /^\/exports\/interpreter-statement\.(csv|pdf)$/,
  auth: "session",
  async handle(r) {
    const viewer = signedIn(r.ctx);
    const format = r.params[0]!;
    const q = r.url.searchParams;
    const interpreterParam = q.get("interpreterId");
    const interpreterId = interpreterParam ? idFromPathSegment(interpreterParam, "Volunteer") : null;
    if (interpreterParam && !interpreterId) return r.fail(400, "BAD_REQUEST", "error.invalidId", "interpreterId");
    let statement;
    try {
      statement = await interpreterStatement(r.ctx, { month: q.get("month") ?? "", interpreterId, institution: q.get("institution") });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const status = error.code === "FORBIDDEN" ? 403 : error.code === "NOT_FOUND" ? 404 : 400;
      return r.failWith(status, status === 400 ? "BAD_REQUEST" : error.code, translate(r.caller.locale, error.messageKey, error.params), error.field ?? undefined);
    }
    const fileName = interpreterStatementFileName(statement.month, statement.interpreterName ?? statement.institution, format === "csv" ? "csv" : "pdf");
    r.log.info({ userId: viewer.userId, organizationId: viewer.organizationId, month: statement.month, lines: statement.lines.length, format }, "interpreter statement exported");
    if (format === "csv") {
      return new r.fetchAPI.Response(statementCsv(statement), { status: 200, headers: r.respond().headers({ "content-type": "text/csv; charset=utf-8", "content-disposition": attachment(fileName) }) });
    }
    const pdf = await statementPdf(statement, viewer.organization.name);
    return new r.fetchAPI.Response(pdf, {
      status: 200,
      headers: r.respond().headers({ "content-type": "application/pdf", "content-length": String(pdf.byteLength), "content-disposition": attachment(fileName) }),
    });
  },
};

export const appointmentRoutes: Route[] = [feedIcs, appointmentIcs, statementExport];

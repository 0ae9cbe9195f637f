// The training area's plain routes:
//   GET /calendar/cohorts/:id.ics   every member; online links as in GraphQL (access.ts)
//   GET /calendar/feed/:token.ics   public by secret: the volunteer's private feed
//   GET /certificates/:id.pdf       the participant, or trainers and coordinators
// Signed-in routes: 404 for an unknown id (or one of another organisation),
// 403 when access.ts says no, 410 for a revoked certificate. The feed's path
// is its secret: it is logged as its shape only (loggedAs).
import { berlinToday } from "@lotse/domain/berlin-time";
import { formatDate } from "@lotse/domain/calendar-date";
import { CALENDAR_FEED_FILE_NAME, certificateFileName, cohortIcsFileName } from "@lotse/domain/file-names";
import { attachment } from "../../../http/responses.ts";
import type { Route } from "../../../http/routes.ts";
import { idFromPathSegment } from "../../../http/route-ids.ts";
import type { ApiLocale } from "../../../i18n/messages.ts";
import { renderCalendar } from "../../../formats/ics.ts";
import { signedIn } from "../../service-context.ts";
import { canDownloadCertificate, canReadCohortSchedule, holdsPlace, seesOnlineLinks } from "../access.ts";
import { cohortCalendar, feedByToken } from "../calendar.service.ts";
import { certificateData, findCertificate } from "../certificates.service.ts";
import { cohortEvents, feedEvents, withoutOnlineLinks } from "../render/calendar.ts";
import { calendarTexts } from "../render/calendar-texts.ts";
import { localizedText } from "../translated-texts.ts";
import { renderCertificatePdf } from "../render/certificate.ts";

/** How long calendar apps and proxies may keep the private feed. */
export const FEED_MAX_AGE_SECONDS = 300;
export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8";

const revokedMessage = (revokedAt: Date): Record<"de" | "en", string> & Partial<Record<ApiLocale, string>> => ({
  de: `Dieses Zertifikat wurde am ${formatDate(berlinToday(revokedAt), "de")} widerrufen und ist nicht mehr gültig.`,
  en: `This certificate was revoked on ${berlinToday(revokedAt)} and is no longer valid.`,
});

const cohortIcs: Route = {
  name: "calendar.cohort",
  path: /^\/calendar\/cohorts\/([^/]+)\.ics$/,
  auth: "session",
  async handle(r) {
    const viewer = signedIn(r.ctx);
    const who = { userId: viewer.userId, organizationId: viewer.organizationId };
    const cohortId = idFromPathSegment(r.params[0]!, "Cohort");
    const cohort = cohortId ? await cohortCalendar(r.ctx, { cohortId }) : null;
    if (!cohort) return r.fail(404, "NOT_FOUND", "error.notFound", "id");
    if (!canReadCohortSchedule(viewer)) return r.fail(403, "FORBIDDEN", "error.forbidden", "id");
    const links = await seesOnlineLinks(r.ctx, cohort.id);
    const events = cohortEvents(links ? cohort : withoutOnlineLinks(cohort), r.ctx.locale);
    r.log.info({ ...who, cohortId: cohort.id, events: events.length, links }, "cohort calendar fetched");
    return new r.fetchAPI.Response(renderCalendar({ name: localizedText(cohort.title, cohort.titleTranslations, r.ctx.locale), events }), {
      status: 200,
      headers: r.respond().headers({ "content-type": ICS_CONTENT_TYPE, "content-disposition": attachment(cohortIcsFileName(cohort.title)) }),
    });
  },
};

const feedIcs: Route = {
  name: "calendar.feed",
  path: /^\/calendar\/feed\/([^/]+)\.ics$/,
  auth: "public",
  loggedAs: "/calendar/feed/[secret].ics",
  async handle(r) {
    const feed = await feedByToken(r.ctx, { token: r.params[0]! });
    if (!feed) {
      r.log.info("calendar feed refused: unknown address");
      return r.fail(404, "NOT_FOUND", "error.notFound");
    }
    // Links only while the enrolment holds a place or an offer (access.ts).
    const events = feedEvents(
      feed.enrolments.map((e) => (holdsPlace(e.status) ? e : { ...e, cohort: withoutOnlineLinks(e.cohort) })),
      feed.locale,
    );
    r.log.info({ organizationId: feed.volunteer.organizationId, volunteerId: feed.volunteer.id, events: events.length }, "calendar feed fetched");
    return new r.fetchAPI.Response(renderCalendar({ name: calendarTexts(feed.locale).feedName, events, refreshMinutes: 60 }), {
      status: 200,
      headers: r
        .respond({ cacheControl: `private, max-age=${FEED_MAX_AGE_SECONDS}` })
        .headers({ "content-type": ICS_CONTENT_TYPE, "content-disposition": `inline; filename="${CALENDAR_FEED_FILE_NAME}"` }),
    });
  },
};

const certificatePdf: Route = {
  name: "certificate.pdf",
  path: /^\/certificates\/([^/]+)\.pdf$/,
  auth: "session",
  async handle(r) {
    const viewer = signedIn(r.ctx);
    const who = { userId: viewer.userId, organizationId: viewer.organizationId };
    const certificateId = idFromPathSegment(r.params[0]!, "Certificate");
    const certificate = certificateId ? await findCertificate(r.ctx, { certificateId }) : null;
    if (!certificate) return r.fail(404, "NOT_FOUND", "error.notFound", "id");
    if (!canDownloadCertificate(viewer, certificate)) {
      r.log.warn({ ...who, certificateId: certificate.id }, "certificate refused: not the participant and not staff");
      return r.fail(403, "FORBIDDEN", "error.forbidden", "id");
    }
    if (certificate.revokedAt) {
      r.log.info({ ...who, certificateId: certificate.id }, "certificate refused: revoked");
      return r.failWith(410, "GONE", (revokedMessage(certificate.revokedAt)[r.caller.locale] ?? revokedMessage(certificate.revokedAt).de), "id");
    }
    const data = certificateData(certificate);
    const pdf = await renderCertificatePdf(data);
    r.log.info({ ...who, certificateId: certificate.id, volunteerId: certificate.volunteerId, number: certificate.number }, "certificate downloaded");
    return new r.fetchAPI.Response(pdf, {
      status: 200,
      headers: r.respond().headers({
        "content-type": "application/pdf",
        "content-length": String(pdf.byteLength),
        "content-disposition": attachment(certificateFileName(certificate.number, data.participantName)),
      }),
    });
  },
};

export const trainingRoutes: Route[] = [cohortIcs, feedIcs, certificatePdf];

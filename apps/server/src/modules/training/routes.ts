// The training area's plain (non-GraphQL) routes:
//   GET /calendar/cohorts/:id.ics   trainers and coordinators of the organisation,
//                                   or a volunteer who applied to the cohort
//   GET /calendar/feed/:token.ics   public by secret: the volunteer's private feed
//   GET /certificates/:id.pdf       the participant, or trainers and coordinators
// Signed-in routes resolve the caller from the session cookie like the GraphQL
// context and read through the organisation-scoped client: 401 without a
// session, 404 for an unknown id (or one of another organisation), 403 when
// the caller may not see it, 410 for a revoked certificate. The feed finds
// its volunteer by the digest of the secret (system client, one unique
// lookup), then reads everything else through that organisation's scoped client.
import type { Plugin } from "graphql-yoga";
import PDFDocument from "pdfkit";
import type { Config } from "../../config.ts";
import { scopedClientFor, type ScopedDb } from "../../db/tenancy.ts";
import type { EnrolmentStatus, Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import { asciiFileName, attachment, responder } from "../../http/responses.ts";
import { requestLocale, routeCallerResolver } from "../../http/route-auth.ts";
import { idFromPathSegment } from "../../http/route-ids.ts";
import { translate, type ApiLocale } from "../../i18n/messages.ts";
import { todayInBerlin } from "../../lib/dates.ts";
import { germanDate } from "../../lib/german-format.ts";
import { renderCalendar, type IcsEvent, type IcsEventStatus } from "../../lib/ics.ts";
import { FONT, pdfBytes, rtlOptions, useLotseFonts } from "../../lib/pdf.ts";
import type { Logger } from "../../logger.ts";
import { digest } from "../identity/tokens.ts";
import { STAFF } from "./types.ts";
import { CertificateContentSchema, contentOf, type CertificateContent } from "./certificate-content.ts";

const COHORT_PATH = /^\/calendar\/cohorts\/([^/]+)\.ics$/;
const FEED_PATH = /^\/calendar\/feed\/([^/]+)\.ics$/;
const CERTIFICATE_PATH = /^\/certificates\/([^/]+)\.pdf$/;
/** newSecret(): 32 random bytes in base64url. Anything else cannot be a feed token. */
const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The path as it may be logged: the feed's secret replaced. (The request log
 * in app.ts writes every path; the feed's path is a credential.)
 */
export function loggablePath(pathname: string): string {
  return FEED_PATH.test(pathname) ? "/calendar/feed/[secret].ics" : pathname;
}

/** How long calendar apps and proxies may keep the private feed. */
export const FEED_MAX_AGE_SECONDS = 300;
export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8";

export interface TrainingRouteDeps {
  config: Config;
  logger: Logger;
  prisma: PrismaClient;
}

type Bilingual = Record<ApiLocale, string>;

// ---- calendar events -----------------------------------------------------------------

const calendarCohortSelect = {
  id: true,
  title: true,
  location: true,
  status: true,
  cancelledAt: true,
  cancelReason: true,
  course: { select: { title: true } },
  sessions: {
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { id: true, startsAt: true, endsAt: true, topic: true, room: true, onlineUrl: true, sequence: true, updatedAt: true },
  },
} satisfies Prisma.CohortSelect;

interface CalendarSession {
  id: string;
  startsAt: Date;
  endsAt: Date;
  topic: string;
  room: string | null;
  onlineUrl: string | null;
  sequence: number;
  updatedAt: Date;
}

interface CalendarCohort {
  id: string;
  title: string;
  location: string;
  status: string;
  cancelledAt: Date | null;
  cancelReason: string | null;
  course: { title: string };
  sessions: CalendarSession[];
}

/** The event's UID: the session's id, the same in the cohort file and in every feed, for life. */
export const sessionUid = (sessionId: string) => `${sessionId}@lotse`;

/** From when on the cohort's sessions are off: its cancellation (all of them if the time is unknown). */
function cohortCancelledFrom(cohort: CalendarCohort): Date | null {
  return cohort.status === "CANCELLED" ? (cohort.cancelledAt ?? new Date(0)) : null;
}

function sessionEvent(cohort: CalendarCohort, session: CalendarSession, status: IcsEventStatus, options: { sequenceBump?: number; note?: string | null } = {}): IcsEvent {
  const place = [session.room, cohort.location].filter((part) => part?.trim()).join(", ");
  const description = [
    `Kurs: ${cohort.course.title}`,
    session.onlineUrl ? `Online: ${session.onlineUrl}` : null,
    status === "CANCELLED" && cohort.status === "CANCELLED" ? `Der Kurs wurde abgesagt${cohort.cancelReason ? `: ${cohort.cancelReason}` : "."}` : null,
    options.note ?? null,
  ].filter(Boolean);
  return {
    uid: sessionUid(session.id),
    start: session.startsAt,
    end: session.endsAt,
    sequence: session.sequence + (options.sequenceBump ?? 0),
    status,
    summary: `${cohort.title}: ${session.topic}`,
    location: session.onlineUrl ?? (place || null),
    description: description.join("\n"),
    url: session.onlineUrl,
    lastModified: session.updatedAt,
  };
}

/**
 * The cohort's calendar: every session; those from a cancellation on are
 * CANCELLED (cancelCohort raised their SEQUENCE), sessions held before stay.
 */
export function cohortEvents(cohort: CalendarCohort): IcsEvent[] {
  const cancelledFrom = cohortCancelledFrom(cohort);
  return cohort.sessions.map((s) => sessionEvent(cohort, s, cancelledFrom && s.startsAt >= cancelledFrom ? "CANCELLED" : "CONFIRMED"));
}

/** Enrolments that ended; their events are taken back if the person held a place or an offer. */
const ENDED: EnrolmentStatus[] = ["WITHDRAWN", "REMOVED", "DECLINED", "EXPIRED", "NOT_ADMITTED"];

export interface FeedEnrolment {
  status: EnrolmentStatus;
  admittedAt: Date | null;
  offeredAt: Date | null;
  endedAt: Date | null;
  cohort: CalendarCohort;
}

/**
 * A participant's private feed. ADMITTED: the sessions, CONFIRMED. OFFERED:
 * TENTATIVE until the offer is accepted. An enrolment that ended after
 * holding a place or an offer (withdrawn, removed, declined or expired offer,
 * the cohort cancelled): sessions from the end on are CANCELLED so calendars
 * take them out, with SEQUENCE one above the session's (the session row did
 * not change, the person's event did); sessions held before stay for someone
 * who had been admitted. Nobody else's cohorts appear.
 */
export function feedEvents(enrolments: FeedEnrolment[]): IcsEvent[] {
  const events: IcsEvent[] = [];
  for (const e of enrolments) {
    const cohortOff = cohortCancelledFrom(e.cohort);
    if (e.status === "ADMITTED" || e.status === "OFFERED") {
      const live: IcsEventStatus = e.status === "ADMITTED" ? "CONFIRMED" : "TENTATIVE";
      const note = e.status === "OFFERED" ? "Ihnen ist ein Platz angeboten. Bitte nehmen Sie das Angebot in Lotse an." : null;
      for (const s of e.cohort.sessions) {
        events.push(sessionEvent(e.cohort, s, cohortOff && s.startsAt >= cohortOff ? "CANCELLED" : live, { note }));
      }
      continue;
    }
    if (!ENDED.includes(e.status) || !(e.admittedAt || e.offeredAt)) continue;
    const endedAt = e.endedAt ?? new Date(0);
    const off = cohortOff && cohortOff < endedAt ? cohortOff : endedAt;
    for (const s of e.cohort.sessions) {
      if (s.startsAt >= off) {
        const note = e.cohort.status === "CANCELLED" ? null : "Sie nehmen an diesem Kurs nicht mehr teil.";
        events.push(sessionEvent(e.cohort, s, "CANCELLED", { sequenceBump: 1, note }));
      } else if (e.admittedAt) {
        events.push(sessionEvent(e.cohort, s, "CONFIRMED"));
      }
    }
  }
  return events.sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
}

async function feedEnrolments(db: ScopedDb, volunteerId: string): Promise<FeedEnrolment[]> {
  return db.enrolment.findMany({
    where: {
      volunteerId,
      OR: [{ status: { in: ["ADMITTED", "OFFERED"] } }, { status: { in: ENDED }, OR: [{ admittedAt: { not: null } }, { offeredAt: { not: null } }] }],
    },
    orderBy: { appliedAt: "asc" },
    select: { status: true, admittedAt: true, offeredAt: true, endedAt: true, cohort: { select: calendarCohortSelect } },
  });
}

// ---- certificate -------------------------------------------------------------------------

export interface CertificateData extends CertificateContent {
  number: number;
  attendancePercent: number;
  /** YYYY-MM-DD in Berlin */
  issuedOn: string;
}

/** "Nr. 7": the consecutive number of the organisation's certificates. */
export const certificateNumber = (n: number) => `Nr. ${n}`;

const CERTIFICATE_FOOTER = "Die Teilnahme wurde anhand der Anwesenheitsliste des Kurses geprüft. Erstellt mit Lotse.";

/**
 * The one-page A4 certificate, in the embedded Unicode fonts (names as typed,
 * in any script). Every block has a fixed room and is cut with an ellipsis
 * rather than running onto a second page.
 */
export function renderCertificatePdf(data: CertificateData, options: { compress?: boolean } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 64, bottom: 56, left: 72, right: 72 },
    compress: options.compress ?? true,
    lang: "de-DE",
    info: { Title: `Zertifikat ${certificateNumber(data.number)}`, Author: data.organizationName, Subject: `${data.participantName}, ${data.courseTitle}`, Creator: "Lotse" },
  });
  const finished = pdfBytes(doc);
  useLotseFonts(doc);

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = doc.page.height - doc.page.margins.bottom;
  const signatureLineY = bottom - 60;
  const black = "#000000";
  const grey = "#444444";

  /** A block of text that never passes `maxHeight` points (cut with an ellipsis). */
  const block = (text: string, font: string, size: number, maxHeight: number, extra: PDFKit.Mixins.TextOptions = {}) => {
    doc.font(font).fontSize(size);
    const opts = { width, lineGap: 2, ...rtlOptions(text), ...extra };
    const fits = doc.heightOfString(text, opts) <= maxHeight;
    doc.text(text, left, doc.y, fits ? opts : { ...opts, height: maxHeight, ellipsis: "…" });
    doc.x = left;
  };

  doc.fillColor(grey);
  block(data.organizationName, FONT.bold, 11, 30);
  doc.y = 150;
  doc.fillColor(black);
  block("Zertifikat", FONT.bold, 30, 40, { align: "center" });
  doc.fillColor(grey);
  block(certificateNumber(data.number), FONT.body, 11, 16, { align: "center" });
  doc.moveDown(2.2);

  doc.fillColor(black);
  block("Hiermit wird bescheinigt, dass", FONT.body, 12, 18, { align: "center" });
  doc.moveDown(0.6);
  block(data.participantName, FONT.bold, 20, 52, { align: "center" });
  doc.moveDown(0.6);
  const text = data.certificateText.trim() || `am Kurs „${data.courseTitle}“ teilgenommen hat.`;
  block(text, FONT.body, 12, 80, { align: "center" });
  doc.moveDown(1.6);

  // The facts, as label and value.
  const labelWidth = 120;
  const fact = (label: string, value: string, maxHeight = 16) => {
    const y = doc.y;
    doc.font(FONT.bold).fontSize(11).fillColor(black).text(label, left, y, { width: labelWidth, lineBreak: false });
    doc.font(FONT.body).fontSize(11);
    const opts = { width: width - labelWidth, lineGap: 1, ...rtlOptions(value) };
    const fits = doc.heightOfString(value, opts) <= maxHeight;
    doc.text(value, left + labelWidth, y, fits ? opts : { ...opts, height: maxHeight, ellipsis: "…" });
    doc.x = left;
    doc.y = Math.max(doc.y, y + 16) + 4;
  };
  fact("Kurs", data.courseTitle, 30);
  if (data.cohortTitle && data.cohortTitle !== data.courseTitle) fact("Kursdurchgang", data.cohortTitle, 30);
  if (data.period) {
    fact("Zeitraum", data.period.from === data.period.to ? `am ${germanDate(data.period.from)}` : `${germanDate(data.period.from)} bis ${germanDate(data.period.to)}`);
  }
  fact("Umfang", `${data.teachingHours} Unterrichtsstunden`);
  fact("Anwesenheit", `${data.attendancePercent} %`);

  if (data.topics.length) {
    doc.moveDown(0.6);
    doc.font(FONT.bold).fontSize(11).text("Inhalte", left, doc.y, { width });
    doc.moveDown(0.2);
    const room = Math.max(14, signatureLineY - 90 - doc.y);
    block(data.topics.map((topic) => `•  ${topic}`).join("\n"), FONT.body, 10.5, room, { lineGap: 1.5 });
  }

  doc.font(FONT.body).fontSize(11).fillColor(black).text(`Ausgestellt am ${germanDate(data.issuedOn)}`, left, signatureLineY - 48, { width, lineBreak: false });

  // One signature line per trainer (up to three), at a fixed place at the bottom.
  const names = data.trainerNames.length ? data.trainerNames.slice(0, 3) : [""];
  const gap = 24;
  const lineWidth = (width - gap * (names.length - 1)) / names.length;
  names.forEach((name, i) => {
    const x = left + i * (lineWidth + gap);
    doc.moveTo(x, signatureLineY).lineTo(x + lineWidth, signatureLineY).lineWidth(0.7).strokeColor(black).stroke();
    doc.font(FONT.body).fontSize(9).fillColor(grey);
    const label = name ? `${name}, Kursleitung` : "Kursleitung";
    doc.text(label, x, signatureLineY + 5, { width: lineWidth, height: 12, ellipsis: "…", lineBreak: false });
  });
  doc.fontSize(8).fillColor("#666666").text(CERTIFICATE_FOOTER, left, bottom - 12, { width, lineBreak: false });
  doc.end();
  return finished;
}

const certificateSelect = {
  id: true,
  number: true,
  issuedAt: true,
  attendancePercent: true,
  content: true,
  revokedAt: true,
  volunteerId: true,
  organization: { select: { name: true } },
  volunteer: { select: { userId: true, user: { select: { name: true } } } },
  cohort: {
    select: {
      id: true,
      title: true,
      course: { select: { title: true, teachingHours: true, topics: true, certificateText: true } },
      trainers: { select: { user: { select: { name: true } } } },
      sessions: { select: { startsAt: true }, orderBy: { startsAt: "asc" } },
    },
  },
} satisfies Prisma.CertificateSelect;

type CertificateRow = NonNullable<Awaited<ReturnType<typeof findCertificate>>>;

function findCertificate(db: ScopedDb, id: string) {
  return db.certificate.findUnique({ where: { id }, select: certificateSelect });
}

/** The certificate as issued (its frozen content), or built from the live rows for one issued before content was kept. */
export function certificateData(c: CertificateRow): CertificateData {
  // Stored content is authoritative (a malformed one is an error, never silently replaced by today's data).
  const content =
    c.content !== null
      ? CertificateContentSchema.parse(c.content)
      : { ...contentOf({ ...c.cohort, organizationName: c.organization.name }), participantName: c.volunteer.user.name };
  return { ...content, number: c.number, attendancePercent: c.attendancePercent, issuedOn: todayInBerlin(c.issuedAt) };
}

const revokedMessage = (revokedAt: Date): Bilingual => ({
  de: `Dieses Zertifikat wurde am ${germanDate(todayInBerlin(revokedAt))} widerrufen und ist nicht mehr gültig.`,
  en: `This certificate was revoked on ${todayInBerlin(revokedAt)} and is no longer valid.`,
});

// ---- the plugin --------------------------------------------------------------------------------

export function useTrainingRoutes({ config, logger, prisma }: TrainingRouteDeps): Plugin {
  const log = logger.child({ module: "training.routes" });
  const caller = routeCallerResolver({ config, prisma });

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const cohortMatch = COHORT_PATH.exec(url.pathname);
      const feedMatch = cohortMatch ? null : FEED_PATH.exec(url.pathname);
      const certificateMatch = cohortMatch || feedMatch ? null : CERTIFICATE_PATH.exec(url.pathname);
      if (!cohortMatch && !feedMatch && !certificateMatch) return;
      if (request.method !== "GET") return endResponse(responder(fetchAPI).error(405, "METHOD_NOT_ALLOWED", "Method not allowed."));

      // The private feed: no session, the secret in the path is the key; it is never logged here
      // (the request log in app.ts should write loggablePath(path)).
      if (feedMatch) {
        const answer = responder(fetchAPI, { cacheControl: `private, max-age=${FEED_MAX_AGE_SECONDS}` });
        const token = feedMatch[1]!;
        const profile = FEED_TOKEN.test(token)
          ? await prisma.volunteerProfile.findUnique({ where: { calendarTokenHash: digest(token) }, select: { id: true, organizationId: true } })
          : null;
        if (!profile) {
          log.info({ route: "calendar.feed" }, "calendar feed refused: unknown address");
          return endResponse(responder(fetchAPI).error(404, "NOT_FOUND", translate(requestLocale(request), "error.notFound")));
        }
        const db = scopedClientFor(prisma, profile.organizationId);
        const events = feedEvents(await feedEnrolments(db, profile.id));
        log.info({ route: "calendar.feed", organizationId: profile.organizationId, volunteerId: profile.id, events: events.length }, "calendar feed fetched");
        const body = renderCalendar({ name: "Lotse: Meine Kurstermine", events, refreshMinutes: 60 });
        return endResponse(
          new fetchAPI.Response(body, {
            status: 200,
            headers: answer.headers({ "content-type": ICS_CONTENT_TYPE, "content-disposition": `inline; filename="lotse-kurstermine.ics"` }),
          }),
        );
      }

      const state = await caller(request);
      const { viewer, locale } = state;
      const answer = responder(fetchAPI, { cookies: state.cookies });
      const fail = (status: number, code: string, message: string, field: string | null = null) => endResponse(answer.error(status, code, message, field));
      const route = cohortMatch ? "calendar.cohort" : "certificate.pdf";
      if (!viewer) return fail(401, "UNAUTHENTICATED", translate(locale, "error.unauthenticated"));
      const db = scopedClientFor(prisma, viewer.organizationId);
      const who = { route, userId: viewer.userId, organizationId: viewer.organizationId };
      const isStaff = STAFF.some((role) => viewer.roles.includes(role));

      if (cohortMatch) {
        const cohortId = idFromPathSegment(cohortMatch[1]!, "Cohort");
        const cohort = cohortId ? await db.cohort.findUnique({ where: { id: cohortId }, select: calendarCohortSelect }) : null;
        if (!cohort) return fail(404, "NOT_FOUND", translate(locale, "error.notFound"), "id");
        if (!isStaff) {
          const own = await db.enrolment.findFirst({ where: { cohortId: cohort.id, volunteer: { userId: viewer.userId } }, select: { id: true } });
          if (!own) {
            log.warn({ ...who, cohortId: cohort.id }, "cohort calendar refused: not staff and not enrolled");
            return fail(403, "FORBIDDEN", translate(locale, "error.forbidden"), "id");
          }
        }
        const events = cohortEvents(cohort);
        log.info({ ...who, cohortId: cohort.id, events: events.length }, "cohort calendar fetched");
        return endResponse(
          new fetchAPI.Response(renderCalendar({ name: cohort.title, events }), {
            status: 200,
            headers: answer.headers({ "content-type": ICS_CONTENT_TYPE, "content-disposition": attachment(`${asciiFileName(cohort.title)}.ics`) }),
          }),
        );
      }

      const certificateId = idFromPathSegment(certificateMatch![1]!, "Certificate");
      const certificate = certificateId ? await findCertificate(db, certificateId) : null;
      if (!certificate) return fail(404, "NOT_FOUND", translate(locale, "error.notFound"), "id");
      if (!isStaff && certificate.volunteer.userId !== viewer.userId) {
        log.warn({ ...who, certificateId: certificate.id }, "certificate refused: not the participant and not staff");
        return fail(403, "FORBIDDEN", translate(locale, "error.forbidden"), "id");
      }
      if (certificate.revokedAt) {
        log.info({ ...who, certificateId: certificate.id }, "certificate refused: revoked");
        return fail(410, "GONE", revokedMessage(certificate.revokedAt)[locale], "id");
      }
      const pdf = await renderCertificatePdf(certificateData(certificate));
      log.info({ ...who, certificateId: certificate.id, volunteerId: certificate.volunteerId, number: certificate.number }, "certificate downloaded");
      return endResponse(
        new fetchAPI.Response(pdf, {
          status: 200,
          headers: answer.headers({
            "content-type": "application/pdf",
            "content-length": String(pdf.byteLength),
            "content-disposition": attachment(`zertifikat-${certificate.number}.pdf`),
          }),
        }),
      );
    },
  };
}

// The volunteers area's plain (non-GraphQL) routes, both downloads:
//   GET /exports/hours.csv?from&to               coordinators: every hour log of the period
//   GET /volunteers/:id/nachweis.pdf?from&to     the volunteer or a coordinator: approved hours
// The caller comes from the session cookie like in the GraphQL context, and
// every read of organisation data goes through the organisation-scoped client.
// Answers: 401 without a session, 403 when the role does not allow it, 404 for
// an unknown id (or one of another organisation), 400 for a bad period.
import type { Plugin } from "graphql-yoga";
import PDFDocument from "pdfkit";
import type { Config } from "../../config.ts";
import { scopedClientFor, type ScopedDb } from "../../db/tenancy.ts";
import type { PrismaClient, ReviewStatus } from "../../generated/prisma/client.ts";
import { responder, type FetchAPI } from "../../http/responses.ts";
import { routeCallerResolver } from "../../http/route-auth.ts";
import { idFromPathSegment } from "../../http/route-ids.ts";
import { translate, type ApiLocale } from "../../i18n/messages.ts";
import { addYears, formatIsoDate, isValidIsoDate, parseIsoDate, todayInBerlin } from "../../lib/dates.ts";
import { germanDate, germanDateTime } from "../../lib/german-format.ts";
import { FONT, pdfBytes, rtlOptions, useLotseFonts } from "../../lib/pdf.ts";
import type { Logger } from "../../logger.ts";
import { canSeeVolunteer } from "./access.ts";

/** Rows fetched per query while streaming the CSV; memory stays flat however long the period. */
export const CSV_BATCH_SIZE = 1000;
export const MAX_PERIOD_YEARS = 5;

const CSV_PATH = "/exports/hours.csv";
const NACHWEIS_PATH = /^\/volunteers\/(.+)\/nachweis\.pdf$/;

export interface ExportRouteDeps {
  config: Config;
  logger: Logger;
  prisma: PrismaClient;
}

// ---- period ---------------------------------------------------------------------

export interface Period {
  from: string;
  to: string;
}

type Bilingual = Record<ApiLocale, string>;

export class PeriodError extends Error {
  constructor(
    readonly field: "from" | "to",
    readonly text: Bilingual,
  ) {
    super(text.en);
  }
}

/** Both ends required, YYYY-MM-DD, from ≤ to, at most five years apart. */
export function parsePeriod(params: URLSearchParams): Period {
  const from = params.get("from")?.trim() ?? "";
  const to = params.get("to")?.trim() ?? "";
  for (const [field, value] of [["from", from], ["to", to]] as const) {
    if (!value) {
      throw new PeriodError(field, {
        de: `Bitte den Zeitraum mit „from“ und „to“ angeben (Datum im Format JJJJ-MM-TT); „${field}“ fehlt.`,
        en: `Please give the period as "from" and "to" (dates as YYYY-MM-DD); "${field}" is missing.`,
      });
    }
    if (!isValidIsoDate(value)) {
      throw new PeriodError(field, {
        de: `„${field}“ ist kein gültiges Datum im Format JJJJ-MM-TT.`,
        en: `"${field}" is not a valid date in the format YYYY-MM-DD.`,
      });
    }
  }
  if (from > to) {
    throw new PeriodError("to", { de: "„to“ darf nicht vor „from“ liegen.", en: `"to" must not be before "from".` });
  }
  if (parseIsoDate(to) > addYears(parseIsoDate(from), MAX_PERIOD_YEARS)) {
    throw new PeriodError("to", {
      de: `Der Zeitraum darf höchstens ${MAX_PERIOD_YEARS} Jahre umfassen.`,
      en: `The period can be at most ${MAX_PERIOD_YEARS} years long.`,
    });
  }
  return { from, to };
}

// ---- formatting ---------------------------------------------------------------------

/** Minutes as decimal hours with a comma: 90 -> "1,50". */
export function decimalHours(minutes: number): string {
  return (minutes / 60).toFixed(2).replace(".", ",");
}

const groupedHours = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const STATUS_DE: Record<ReviewStatus, string> = { PENDING: "Offen", APPROVED: "Bestätigt", REJECTED: "Abgelehnt" };

// ---- CSV -----------------------------------------------------------------------------

export const CSV_HEADER = ["Datum", "Ehrenamtliche/r", "E-Mail", "Tätigkeit", "Kurs", "Minuten", "Stunden", "Status", "Geprüft am", "Notiz"];

/**
 * Characters that make a spreadsheet read a cell as a formula when they come
 * first: = + - @, a tab or carriage return, and the full-width forms
 * ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20), which Excel and LibreOffice
 * (with East Asian input) also take as the start of a formula.
 */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One cell for German Excel: a cell a spreadsheet would read as a formula
 * (FORMULA_START) gets a leading apostrophe, and a cell holding the
 * separator, a quote or a line break is quoted.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value == null ? "" : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (cells: (string | number | null | undefined)[]) => `${cells.map(csvCell).join(";")}\r\n`;

const csvRowSelect = {
  id: true,
  date: true,
  createdAt: true,
  minutes: true,
  status: true,
  reviewedAt: true,
  note: true,
  volunteer: { select: { user: { select: { name: true, email: true } } } },
  activityType: { select: { name: true } },
  cohort: { select: { title: true } },
} as const;

interface CsvCursor {
  date: Date;
  createdAt: Date;
  id: string;
}

/** The next batch after `cursor` in (date, createdAt, id) order: keyset pagination, no OFFSET. */
function hourLogBatch(db: ScopedDb, period: Period, cursor: CsvCursor | null) {
  return db.hourLog.findMany({
    where: {
      // The lower bound moves with the cursor so an index on the date can start there.
      date: { gte: cursor?.date ?? parseIsoDate(period.from), lte: parseIsoDate(period.to) },
      ...(cursor
        ? {
            OR: [
              { date: { gt: cursor.date } },
              { date: cursor.date, createdAt: { gt: cursor.createdAt } },
              { date: cursor.date, createdAt: cursor.createdAt, id: { gt: cursor.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    take: CSV_BATCH_SIZE,
    select: csvRowSelect,
  });
}

/**
 * The CSV as a stream: UTF-8 with BOM, `;`-separated, CRLF. The next batch is
 * read only when the client has taken the previous one (pull), so neither
 * the server nor the database holds the whole period at once.
 */
export function hoursCsvStream(
  fetchAPI: FetchAPI,
  db: ScopedDb,
  period: Period,
  events: { done(rows: number): void; failed(error: unknown, rows: number): void; cancelled(rows: number): void },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: CsvCursor | null = null;
  let header = true;
  let rows = 0;
  let finished = false;
  return new fetchAPI.ReadableStream<Uint8Array>({
    async pull(controller) {
      if (header) {
        header = false;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(CSV_HEADER)}`));
        return;
      }
      try {
        // Let other requests and socket writes run between batches: the embedded
        // PGlite answers without I/O, so a long export would otherwise hold the event loop.
        await new Promise((resolve) => setImmediate(resolve));
        const batch = await hourLogBatch(db, period, cursor);
        if (batch.length > 0) {
          let chunk = "";
          for (const log of batch) {
            chunk += csvLine([
              germanDate(formatIsoDate(log.date)),
              log.volunteer.user.name,
              log.volunteer.user.email,
              log.activityType.name,
              log.cohort?.title,
              log.minutes,
              decimalHours(log.minutes),
              STATUS_DE[log.status],
              log.reviewedAt ? germanDateTime(log.reviewedAt) : "",
              log.note,
            ]);
          }
          rows += batch.length;
          const last = batch[batch.length - 1]!;
          cursor = { date: last.date, createdAt: last.createdAt, id: last.id };
          controller.enqueue(encoder.encode(chunk));
        }
        if (batch.length < CSV_BATCH_SIZE) {
          finished = true;
          controller.close();
          events.done(rows);
        }
      } catch (error) {
        finished = true;
        events.failed(error, rows);
        controller.error(error);
      }
    },
    cancel() {
      // Some stream wrappers cancel after the end too; only an unfinished export was cut short.
      if (!finished) events.cancelled(rows);
    },
  });
}

// ---- Nachweis ----------------------------------------------------------------------------

export interface NachweisData {
  organizationName: string;
  volunteerName: string;
  period: Period;
  /** Approved minutes per activity, in the organisation's order of activities. */
  activities: { name: string; minutes: number }[];
  totalMinutes: number;
  issuedOn: string;
}

/** Approved hours of one volunteer in the period, by activity: one grouped query and the names. */
export async function nachweisData(db: ScopedDb, organizationId: string, profile: { id: string; userId: string }, period: Period): Promise<NachweisData> {
  const [organization, user, sums] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } }),
    db.volunteerProfile.findUniqueOrThrow({ where: { id: profile.id }, select: { user: { select: { name: true } } } }),
    db.hourLog.groupBy({
      by: ["activityTypeId"],
      where: { volunteerId: profile.id, status: "APPROVED", date: { gte: parseIsoDate(period.from), lte: parseIsoDate(period.to) } },
      _sum: { minutes: true },
    }),
  ]);
  const types = sums.length
    ? await db.activityType.findMany({
        where: { id: { in: sums.map((s) => s.activityTypeId) } },
        select: { id: true, name: true, sortOrder: true },
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      })
    : [];
  const minutesOf = new Map(sums.map((s) => [s.activityTypeId, s._sum.minutes ?? 0]));
  const activities = types.map((t) => ({ name: t.name, minutes: minutesOf.get(t.id) ?? 0 })).filter((a) => a.minutes > 0);
  return {
    organizationName: organization.name,
    volunteerName: user.user.name,
    period,
    activities,
    totalMinutes: activities.reduce((sum, a) => sum + a.minutes, 0),
    issuedOn: todayInBerlin(),
  };
}

const hoursText = (minutes: number) => `${groupedHours.format(minutes / 60)} Std.`;

/**
 * The one-page A4 Nachweis. The embedded Unicode fonts (names as typed, in
 * any script), fixed positions, and a table that folds its tail into one row
 * rather than ever running onto a second page.
 */
export function renderNachweisPdf(data: NachweisData, options: { compress?: boolean } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const title = "Nachweis über ehrenamtliche Tätigkeit";
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 64, bottom: 56, left: 64, right: 64 },
    compress: options.compress ?? true,
    lang: "de-DE",
    info: { Title: title, Author: data.organizationName, Subject: `${data.volunteerName}, ${germanDate(data.period.from)} – ${germanDate(data.period.to)}`, Creator: "Lotse" },
  });
  const finished = pdfBytes(doc);
  useLotseFonts(doc);

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = doc.page.height - doc.page.margins.bottom;
  const hoursColumn = 130;

  doc.font(FONT.bold).fontSize(11).fillColor("#333333").text(data.organizationName, left, doc.page.margins.top, { width, ...rtlOptions(data.organizationName) });
  doc.moveDown(2.5);
  doc.font(FONT.bold).fontSize(18).fillColor("#000000").text(title, { width });
  doc.font(FONT.body).fontSize(11).fillColor("#333333").text("zur Vorlage bei der Beantragung der Ehrenamtskarte", { width });
  doc.moveDown(2);

  doc.font(FONT.body).fontSize(11).fillColor("#000000");
  doc.text("Hiermit bestätigen wir, dass", { width });
  doc.moveDown(0.6);
  doc.font(FONT.bold).fontSize(14).text(data.volunteerName, { width, ...rtlOptions(data.volunteerName) });
  doc.moveDown(0.6);
  doc.font(FONT.body).fontSize(11);
  doc.text(
    `im Zeitraum vom ${germanDate(data.period.from)} bis zum ${germanDate(data.period.to)} ehrenamtlich für unsere Organisation tätig war. ` +
      "Von uns geprüft und bestätigt wurden die folgenden Stunden:",
    { width, lineGap: 2 },
  );
  doc.moveDown(1.2);

  // Table: activity | hours, a rule under the header and above the total.
  const rowHeight = 20;
  const signatureTop = bottom - 150;
  /** The text cut to one line of `room` points (in the current font), with an ellipsis. */
  const fit = (text: string, room: number) => {
    if (doc.widthOfString(text, rtlOptions(text)) <= room) return text;
    let cut = [...text];
    while (cut.length && doc.widthOfString(`${cut.join("")}…`, rtlOptions(text)) > room) cut = cut.slice(0, -1);
    return `${cut.join("").trimEnd()}…`;
  };
  const drawRow = (name: string, hours: string, bold = false) => {
    const y = doc.y;
    doc.font(bold ? FONT.bold : FONT.body).fontSize(11);
    doc.text(fit(name, width - hoursColumn - 10), left, y, { lineBreak: false, ...rtlOptions(name) });
    doc.text(hours, left + width - hoursColumn, y, { width: hoursColumn, align: "right", lineBreak: false });
    doc.x = left;
    doc.y = y + rowHeight;
  };
  const rule = () => {
    doc.moveTo(left, doc.y - 5).lineTo(left + width, doc.y - 5).lineWidth(0.7).strokeColor("#555555").stroke();
  };
  drawRow("Tätigkeit", "Stunden", true);
  rule();
  doc.y += 3;

  let rows = data.activities.map((a) => ({ name: a.name, hours: hoursText(a.minutes) }));
  const room = Math.max(1, Math.floor((signatureTop - 70 - doc.y) / rowHeight));
  if (rows.length > room) {
    const rest = data.activities.slice(room - 1);
    rows = [
      ...rows.slice(0, room - 1),
      { name: `Weitere Tätigkeiten (${rest.length})`, hours: hoursText(rest.reduce((s, a) => s + a.minutes, 0)) },
    ];
  }
  if (rows.length === 0) {
    doc.font(FONT.italic).fontSize(11).text("Im Zeitraum wurden keine bestätigten Stunden erfasst.", left, doc.y, { width, lineBreak: false });
    doc.x = left;
    doc.y += rowHeight;
  }
  for (const row of rows) drawRow(row.name, row.hours);
  doc.y += 4;
  rule();
  doc.y += 3;
  drawRow("Gesamt", hoursText(data.totalMinutes), true);

  doc.moveDown(1);
  doc.font(FONT.body).fontSize(11).text(`Ausgestellt am ${germanDate(data.issuedOn)}`, left, doc.y, { width, lineBreak: false });

  // Signature and stamp at a fixed place at the bottom of the page.
  const lineY = signatureTop + 70;
  doc.moveTo(left, lineY).lineTo(left + 200, lineY).lineWidth(0.7).strokeColor("#000000").stroke();
  doc.moveTo(left + width - 230, lineY).lineTo(left + width, lineY).stroke();
  doc.font(FONT.body).fontSize(9).fillColor("#333333");
  doc.text("Ort, Datum", left, lineY + 5, { width: 200, lineBreak: false });
  doc.text("Unterschrift und Stempel der Organisation", left + width - 230, lineY + 5, { width: 230, lineBreak: false });
  doc.fontSize(8).fillColor("#666666").text(
    "Berücksichtigt sind nur Stunden, die die Organisation geprüft und bestätigt hat. Erstellt mit Lotse.",
    left,
    bottom - 12,
    { width, lineBreak: false },
  );
  doc.end();
  return finished;
}

// ---- the plugin -------------------------------------------------------------------------------

export function useVolunteerExportRoutes({ config, logger, prisma }: ExportRouteDeps): Plugin {
  const log = logger.child({ module: "volunteers.exports" });
  const caller = routeCallerResolver({ config, prisma });

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const isCsv = url.pathname === CSV_PATH;
      const nachweis = isCsv ? null : NACHWEIS_PATH.exec(url.pathname);
      if (!isCsv && !nachweis) return;

      if (request.method !== "GET") return endResponse(responder(fetchAPI).error(405, "METHOD_NOT_ALLOWED", "Method not allowed."));
      const state = await caller(request);
      const { viewer, locale } = state;
      const answer = responder(fetchAPI, { cookies: state.cookies });
      const fail = (status: number, code: string, message: string, field: string | null = null) => endResponse(answer.error(status, code, message, field));
      if (!viewer) return fail(401, "UNAUTHENTICATED", translate(locale, "error.unauthenticated"));
      const periodOrFail = (): Period | null => {
        try {
          return parsePeriod(url.searchParams);
        } catch (error) {
          if (!(error instanceof PeriodError)) throw error;
          fail(400, "BAD_REQUEST", error.text[locale], error.field);
          return null;
        }
      };
      const db = scopedClientFor(prisma, viewer.organizationId);
      const who = { userId: viewer.userId, organizationId: viewer.organizationId };

      if (isCsv) {
        if (!viewer.roles.includes("COORDINATOR")) {
          log.warn({ ...who, export: "hours.csv" }, "export refused: not a coordinator");
          return fail(403, "FORBIDDEN", translate(locale, "error.forbidden"));
        }
        const period = periodOrFail();
        if (!period) return;
        const started = Date.now();
        log.info({ ...who, export: "hours.csv", ...period }, "hours export started");
        const body = hoursCsvStream(fetchAPI, db, period, {
          done: (rows) => log.info({ ...who, export: "hours.csv", ...period, rows, ms: Date.now() - started }, "hours exported"),
          failed: (err, rows) => log.error({ ...who, export: "hours.csv", ...period, rows, err }, "hours export failed"),
          cancelled: (rows) => log.info({ ...who, export: "hours.csv", ...period, rows }, "hours export cancelled by the client"),
        });
        return endResponse(
          new fetchAPI.Response(body, {
            status: 200,
            headers: answer.headers({
              "content-type": "text/csv; charset=utf-8",
              "content-disposition": `attachment; filename="stunden-${period.from}-${period.to}.csv"`,
            }),
          }),
        );
      }

      // The Nachweis: the id is the Volunteer's global ID (or its UUID).
      const volunteerId = idFromPathSegment(nachweis![1]!, "Volunteer");
      const profile = volunteerId ? await db.volunteerProfile.findUnique({ where: { id: volunteerId }, select: { id: true, userId: true } }) : null;
      if (!profile) return fail(404, "NOT_FOUND", translate(locale, "error.notFound"), "id");
      if (!canSeeVolunteer({ viewer }, profile)) {
        log.warn({ ...who, export: "nachweis.pdf", volunteerId: profile.id }, "export refused: not their own Nachweis");
        return fail(403, "FORBIDDEN", translate(locale, "error.forbidden"), "id");
      }
      const period = periodOrFail();
      if (!period) return;
      const data = await nachweisData(db, viewer.organizationId, profile, period);
      const pdf = await renderNachweisPdf(data);
      log.info({ ...who, export: "nachweis.pdf", volunteerId: profile.id, ...period, approvedMinutes: data.totalMinutes }, "Nachweis issued");
      return endResponse(
        new fetchAPI.Response(pdf, {
          status: 200,
          headers: answer.headers({
            "content-type": "application/pdf",
            "content-length": String(pdf.byteLength),
            "content-disposition": `attachment; filename="nachweis-${period.from}-${period.to}.pdf"`,
          }),
        }),
      );
    },
  };
}

// The donations area's plain routes (coordinators only):
//   GET /receipts/:id.pdf                    one issued receipt (marked STORNIERT once cancelled)
//   GET /receipts/:year.zip                  every receipt issued in the year, one PDF each
//   GET /exports/donations-report.csv?year   the yearly report to the Kommunalaufsicht
//   GET /exports/donations-report.pdf?year   the same report as a PDF (for filing and signing)
// The platform (http/routes.ts) has refused anonymous callers (401). Here: 403
// when access.ts says no, 404 for an unknown id (or one of another
// organisation), 400 for a bad year.
import { berlinToday } from "@lotse/domain/berlin-time";
import { YEAR_RANGE } from "@lotse/domain/bounds";
import { donationsReportFileName, receiptFileName, receiptsZipFileName } from "@lotse/domain/file-names";
import { zipSync, type Zippable } from "fflate";
import { CSV_BOM, csvEuros, csvLine } from "../../../formats/csv.ts";
import { attachment } from "../../../http/responses.ts";
import type { Route, RouteRequest } from "../../../http/routes.ts";
import { idFromPathSegment } from "../../../http/route-ids.ts";
import { signedIn } from "../../service-context.ts";
import { canManageDonations } from "../access.ts";
import { findReceipt, receiptsOfYear } from "../receipts.service.ts";
import { renderReceiptPdf } from "../render/receipt.ts";
import { renderDonationsReportPdf } from "../render/report.ts";
import { BODY_NAMES, reportRows, type ReportRow } from "../reports.service.ts";

function refuse(r: RouteRequest, what: string): Response | null {
  if (canManageDonations(r.ctx)) return null;
  const viewer = signedIn(r.ctx);
  r.log.warn({ userId: viewer.userId, organizationId: viewer.organizationId, export: what }, "download refused: not a coordinator");
  return r.fail(403, "FORBIDDEN", "error.forbidden");
}

const cancelledOf = (row: { cancelledAt: Date | null; cancelReason: string | null }) =>
  row.cancelledAt ? { on: berlinToday(row.cancelledAt), reason: row.cancelReason ?? "" } : null;

const receiptPdf: Route = {
  name: "receipt.pdf",
  path: /^\/receipts\/([^/]+)\.pdf$/,
  auth: "session",
  async handle(r) {
    const refused = refuse(r, "receipt.pdf");
    if (refused) return refused;
    const receiptId = idFromPathSegment(r.params[0]!, "DonationReceipt");
    const receipt = receiptId ? await findReceipt(r.ctx, receiptId) : null;
    if (!receipt) return r.fail(404, "NOT_FOUND", "error.notFound", "id");
    const pdf = await renderReceiptPdf({ content: receipt.content, cancelled: cancelledOf(receipt) });
    r.log.info({ receiptId: receipt.id, number: receipt.number }, "receipt downloaded");
    return new r.fetchAPI.Response(pdf, {
      status: 200,
      headers: r.respond().headers({
        "content-type": "application/pdf",
        "content-length": String(pdf.byteLength),
        "content-disposition": attachment(receiptFileName(receipt.number, receipt.content.donor.name)),
      }),
    });
  },
};

/** A year from the path or query, or null when it is not one. */
function yearOf(text: string | null): number | null {
  if (!text || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : null;
}

const receiptsZip: Route = {
  name: "receipts.zip",
  path: /^\/receipts\/(\d+)\.zip$/,
  auth: "session",
  async handle(r) {
    const refused = refuse(r, "receipts.zip");
    if (refused) return refused;
    const year = yearOf(r.params[0]!);
    if (!year) return r.fail(400, "BAD_REQUEST", "validation.range", "year");
    const started = Date.now();
    const files: Zippable = {};
    let after = 0;
    for (;;) {
      const page = await receiptsOfYear(r.ctx, year, after);
      for (const receipt of page) {
        // PDFs are compressed already: stored, not deflated again (level 0).
        files[receiptFileName(receipt.number, receipt.content.donor.name)] = [await renderReceiptPdf({ content: receipt.content, cancelled: cancelledOf(receipt) }), { level: 0 }];
      }
      if (page.length < 200) break;
      after = page[page.length - 1]!.sequence;
    }
    // A copy on its own ArrayBuffer: the Response body wants a plain ArrayBuffer view.
    const zip = new Uint8Array(zipSync(files));
    r.log.info({ year, receipts: Object.keys(files).length, bytes: zip.byteLength, ms: Date.now() - started }, "receipts zipped");
    return new r.fetchAPI.Response(zip, {
      status: 200,
      headers: r.respond().headers({
        "content-type": "application/zip",
        "content-length": String(zip.byteLength),
        "content-disposition": attachment(receiptsZipFileName(year)),
      }),
    });
  },
};

export const REPORT_HEADER = ["Zuwendende/r", "Art", "Eingang", "Betrag bzw. Wert (EUR)", "Zweck", "Annehmendes Organ", "Status", "Entscheidung am", "Beschluss/Aktenzeichen"];
const STATUS_DE = { PENDING: "offen", ACCEPTED: "angenommen", REFUSED: "abgelehnt (Rückgabe)" } as const;
const KIND_DE = { MONEY: "Geld", GOODS: "Sachspende" } as const;

/** Every row of the year's report, read in pages. */
async function allReportRows(r: RouteRequest, year: number): Promise<ReportRow[]> {
  const all: ReportRow[] = [];
  let after: Parameters<typeof reportRows>[2] = null;
  for (;;) {
    const { rows, last } = await reportRows(r.ctx, year, after);
    all.push(...rows);
    if (!last || rows.length < 500) return all;
    after = last;
  }
}

const donationsReport: Route = {
  name: "donations-report.csv",
  path: /^\/exports\/donations-report\.csv$/,
  auth: "session",
  async handle(r) {
    const refused = refuse(r, "donations-report.csv");
    if (refused) return refused;
    const year = yearOf(r.url.searchParams.get("year"));
    if (!year) return r.fail(400, "BAD_REQUEST", "validation.range", "year");
    let csv = CSV_BOM + csvLine(REPORT_HEADER);
    for (const row of await allReportRows(r, year)) {
      csv += csvLine([row.donor, KIND_DE[row.kind], row.receivedOn, csvEuros(row.amountCents), row.purpose, BODY_NAMES[row.body], STATUS_DE[row.status], row.decidedOn ?? "", row.reference ?? ""]);
    }
    return new r.fetchAPI.Response(csv, {
      status: 200,
      headers: r.respond().headers({ "content-type": "text/csv; charset=utf-8", "content-disposition": attachment(donationsReportFileName(year)) }),
    });
  },
};

const donationsReportPdf: Route = {
  name: "donations-report.pdf",
  path: /^\/exports\/donations-report\.pdf$/,
  auth: "session",
  async handle(r) {
    const refused = refuse(r, "donations-report.pdf");
    if (refused) return refused;
    const year = yearOf(r.url.searchParams.get("year"));
    if (!year) return r.fail(400, "BAD_REQUEST", "validation.range", "year");
    const viewer = signedIn(r.ctx);
    const pdf = await renderDonationsReportPdf({
      year,
      organization: viewer.organization.name,
      createdOn: berlinToday(),
      rows: await allReportRows(r, year),
      bodyNames: BODY_NAMES,
      statusNames: STATUS_DE,
      kindNames: KIND_DE,
    });
    return new r.fetchAPI.Response(pdf, {
      status: 200,
      headers: r.respond().headers({
        "content-type": "application/pdf",
        "content-length": String(pdf.byteLength),
        "content-disposition": attachment(donationsReportFileName(year, "pdf")),
      }),
    });
  },
};

export const donationRoutes: Route[] = [receiptPdf, receiptsZip, donationsReport, donationsReportPdf];

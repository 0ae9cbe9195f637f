// The yearly report to the Kommunalaufsicht as a PDF (the CSV's rows, for
// filing and signing): A4 landscape, one line per donation of the budget year
// with donor, type, date, amount or value, purpose, accepting body, status,
// decision date and reference; the header repeats on every page; totals by
// status at the end. Layout only: the rows come from reports.service.ts.
import { formatDate } from "@lotse/domain/calendar-date";
import PDFDocument from "pdfkit";
import { FONT, pdfBytes, rtlOptions, useLotseFonts } from "../../../formats/pdf.ts";
import type { ReportRow } from "../reports.service.ts";
import { figures } from "./receipt.ts";

export interface ReportPrint {
  year: number;
  organization: string;
  createdOn: string;
  rows: ReportRow[];
  bodyNames: Record<ReportRow["body"], string>;
  statusNames: Record<ReportRow["status"], string>;
  kindNames: Record<ReportRow["kind"], string>;
}

const de = (iso: string) => formatDate(iso, "de");

export const REPORT_TITLE = "Bericht über die Annahme von Spenden, Schenkungen und ähnlichen Zuwendungen";

/** Column titles and their share of the line's width. */
const COLUMNS: [string, number][] = [
  ["Zuwendende/r", 0.17],
  ["Art", 0.07],
  ["Eingang", 0.08],
  ["Betrag bzw. Wert", 0.1],
  ["Zweck", 0.17],
  ["Annehmendes Organ", 0.13],
  ["Status", 0.09],
  ["Entscheidung am", 0.08],
  ["Beschluss/Aktenzeichen", 0.11],
];

export async function renderDonationsReportPdf(print: ReportPrint): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margins: { top: 36, bottom: 36, left: 36, right: 36 },
    lang: "de-DE",
    info: { Title: `${REPORT_TITLE} ${print.year}`, Author: print.organization, Creator: "Lotse" },
    bufferPages: true,
  });
  const finished = pdfBytes(doc);
  useLotseFonts(doc);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const xs = COLUMNS.reduce<number[]>((acc, [, share], i) => [...acc, (acc[i] ?? left) + share * width], [left]);

  const line = (cells: string[], font: string, size: number) => {
    doc.font(font).fontSize(size);
    const heights = cells.map((text, i) => doc.heightOfString(text, { width: COLUMNS[i]![1] * width - 4 }));
    const height = Math.max(...heights) + 4;
    if (doc.y + height > bottom()) {
      doc.addPage();
      header();
      doc.font(font).fontSize(size);
    }
    const y = doc.y;
    cells.forEach((text, i) => doc.text(text, xs[i]!, y, { width: COLUMNS[i]![1] * width - 4, align: i === 3 ? "right" : "left", ...rtlOptions(text) }));
    doc.y = y + height;
    doc.moveTo(left, doc.y - 1).lineTo(left + width, doc.y - 1).lineWidth(0.3).strokeColor("#999999").stroke();
  };
  const header = () => line(COLUMNS.map(([title]) => title), FONT.bold, 8);

  doc.font(FONT.bold).fontSize(13).fillColor("#000000").text(`${REPORT_TITLE} im Haushaltsjahr ${print.year}`, left, doc.y, { width });
  doc.font(FONT.body).fontSize(9.5).text(`${print.organization} · erstellt am ${de(print.createdOn)} · an die Kommunalaufsicht`, left, doc.y + 2, { width });
  doc.moveDown(0.8);
  header();
  for (const row of print.rows) {
    line(
      [row.donor, print.kindNames[row.kind], de(row.receivedOn), figures(row.amountCents), row.purpose, print.bodyNames[row.body], print.statusNames[row.status], row.decidedOn ? de(row.decidedOn) : "", row.reference ?? ""],
      FONT.body,
      8,
    );
  }
  if (print.rows.length === 0) line(["Keine Zuwendungen im Haushaltsjahr.", "", "", "", "", "", "", "", ""], FONT.body, 8);

  doc.moveDown(0.8);
  const total = (status: ReportRow["status"]) => print.rows.filter((r) => r.status === status).reduce((s, r) => s + r.amountCents, 0);
  const count = (status: ReportRow["status"]) => print.rows.filter((r) => r.status === status).length;
  if (doc.y + 60 > bottom()) doc.addPage();
  doc.font(FONT.bold).fontSize(9.5).text("Summen", left, doc.y, { width });
  for (const status of ["ACCEPTED", "PENDING", "REFUSED"] as const) {
    doc.font(FONT.body).fontSize(9.5).text(`${print.statusNames[status]}: ${count(status)} Zuwendungen, ${figures(total(status))}`, left, doc.y, { width });
  }

  // Page numbers once the page count is known.
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.font(FONT.body).fontSize(7.5).fillColor("#444444").text(`Seite ${i + 1} von ${range.count}`, left, doc.page.height - 28, { width, align: "right", lineBreak: false });
  }
  doc.end();
  return finished;
}

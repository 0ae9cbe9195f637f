// An interpreter statement as CSV (semicolons, BOM, formula-safe cells: the
// formats/csv.ts rules) and as a one-or-more-page A4 PDF (pdfkit with the
// embedded fonts, formats/pdf.ts). German, the office's working language.
import { formatBerlinDateTime } from "@lotse/domain/berlin-time";
import { formatCents } from "@lotse/domain/cents";
import { formatDuration } from "@lotse/domain/duration";
import PDFDocument from "pdfkit";
import { CSV_BOM, csvEuros, csvLine } from "../../../formats/csv.ts";
import { FONT, pdfBytes, useLotseFonts } from "../../../formats/pdf.ts";
import type { Statement } from "../statements.service.ts";

// CSV for spreadsheets: the duration as a number of minutes, as in the hours export; the PDF
// writes it as people read it everywhere in Lotse ("1 Std. 30 Min.").

export function statementCsv(s: Statement): string {
  let out = CSV_BOM + csvLine(["Datum/Uhrzeit", "Dauer (Minuten)", "Sprache", "Einrichtung", "Sprachmittler/in", "km", "Honorar (EUR)", "Fahrtkosten (EUR)", "Ausfallgebühr (EUR)", "Summe (EUR)"]);
  for (const l of s.lines) {
    out += csvLine([
      formatBerlinDateTime(l.startsAt, "de"),
      l.minutes,
      l.language,
      l.institution,
      l.interpreterName,
      l.kilometres,
      csvEuros(l.fee.serviceCents),
      csvEuros(l.fee.travelCents),
      csvEuros(l.fee.cancellationCents),
      csvEuros(l.fee.totalCents),
    ]);
  }
  out += csvLine(["Summe", "", "", "", "", "", "", "", "", csvEuros(s.totalCents)]);
  return out;
}

export async function statementPdf(s: Statement, organization: string): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({ size: "A4", margins: { top: 56, bottom: 56, left: 56, right: 56 }, info: { Title: `Abrechnung Sprachmittlung ${s.month}` } });
  const finished = pdfBytes(doc);
  useLotseFonts(doc);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font(FONT.bold).fontSize(15).text("Abrechnung Sprachmittlung", left, doc.y);
  doc.font(FONT.body).fontSize(10).text(organization);
  doc.moveDown(0.5);
  doc.text(`Monat: ${s.month}`);
  if (s.interpreterName) doc.text(`Sprachmittler/in: ${s.interpreterName}`);
  if (s.institution) doc.text(`Einrichtung: ${s.institution}`);
  doc.moveDown(1);
  const cols = [0, 100, 175, 225, 340, 425];
  const header = ["Termin", "Dauer", "Sprache", s.institution ? "Sprachmittler/in" : "Einrichtung", "Posten", "Betrag"];
  const row = (cells: string[], bold = false) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 30) doc.addPage();
    const y = doc.y;
    doc.font(bold ? FONT.bold : FONT.body).fontSize(9);
    cells.forEach((c, i) => doc.text(c, left + cols[i]!, y, { width: (cols[i + 1] ?? width) - cols[i]! - 4, lineBreak: false, ellipsis: "…" }));
    doc.moveDown(0.4);
    doc.x = left;
  };
  row(header, true);
  for (const l of s.lines) {
    const item = l.cancelledLate ? "Ausfallgebühr" : l.fee.travelCents ? `Honorar + ${l.kilometres} km` : "Honorar";
    row([formatBerlinDateTime(l.startsAt, "de"), formatDuration(l.minutes, "de"), l.language, s.institution ? l.interpreterName : l.institution, item, formatCents(l.fee.totalCents, "de")]);
  }
  doc.moveDown(0.5);
  row(["Summe", "", "", "", "", formatCents(s.totalCents, "de")], true);
  if (s.pauschale && s.pauschale.limitCents !== null) {
    doc.moveDown(1);
    doc.font(FONT.body).fontSize(9).text(
      `Ehrenamtspauschale ${s.pauschale.year}: ${formatCents(s.pauschale.usedCents, "de")} von ${formatCents(s.pauschale.limitCents, "de")} (davon Sprachmittlung ${formatCents(s.pauschale.feesCents, "de")}).` +
        (s.pauschale.exceeded ? " Die Grenze ist überschritten: Beträge darüber sind steuerpflichtig." : ""),
      left,
      doc.y,
      { width },
    );
  }
  doc.end();
  return finished;
}

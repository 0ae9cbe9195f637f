// The Nachweis über ehrenamtliche Tätigkeit: a one-page A4 PDF of a
// volunteer's approved hours in a period, for the Ehrenamtskarte application.
// Layout only; the figures come from exports.service.ts.
import { formatDate } from "@lotse/domain/calendar-date";
import PDFDocument from "pdfkit";
import { hoursText } from "../../../formats/hours.ts";
import { FONT, pdfBytes, rtlOptions, useLotseFonts } from "../../../formats/pdf.ts";
import type { Period } from "../../../formats/period.ts";

export interface NachweisData {
  organizationName: string;
  volunteerName: string;
  period: Period;
  /** Approved minutes per activity, in the organisation's order of activities. */
  activities: { name: string; minutes: number }[];
  totalMinutes: number;
  issuedOn: string;
}

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
    info: { Title: title, Author: data.organizationName, Subject: `${data.volunteerName}, ${formatDate(data.period.from, "de")} – ${formatDate(data.period.to, "de")}`, Creator: "Lotse" },
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
    `im Zeitraum vom ${formatDate(data.period.from, "de")} bis zum ${formatDate(data.period.to, "de")} ehrenamtlich für unsere Organisation tätig war. ` +
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
  doc.font(FONT.body).fontSize(11).text(`Ausgestellt am ${formatDate(data.issuedOn, "de")}`, left, doc.y, { width, lineBreak: false });

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

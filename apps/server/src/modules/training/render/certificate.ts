// The training certificate: a one-page A4 PDF. Layout only; the content comes
// from certificates.service.ts (frozen at issue, see certificate-content.ts).
import { formatDate } from "@lotse/domain/calendar-date";
import PDFDocument from "pdfkit";
import { FONT, pdfBytes, rtlOptions, useLotseFonts } from "../../../formats/pdf.ts";
import type { CertificateContent } from "../certificate-content.ts";

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
    fact("Zeitraum", data.period.from === data.period.to ? `am ${formatDate(data.period.from, "de")}` : `${formatDate(data.period.from, "de")} bis ${formatDate(data.period.to, "de")}`);
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

  doc.font(FONT.body).fontSize(11).fillColor(black).text(`Ausgestellt am ${formatDate(data.issuedOn, "de")}`, left, signatureLineY - 48, { width, lineBreak: false });

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


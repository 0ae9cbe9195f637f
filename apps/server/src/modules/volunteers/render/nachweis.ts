// The Nachweis über ehrenamtliche Tätigkeit: a one-page A4 PDF of an issued
// Nachweis, for the Ehrenamtskarte application. It prints the frozen content
// (nachweis-content.ts), the number, the verification code and a QR code of
// the public verification page, so an office needs no stamp to trust it.
// Layout only.
import { formatDate } from "@lotse/domain/calendar-date";
import { formatCents } from "@lotse/domain/cents";
import { durationParts, formatDuration } from "@lotse/domain/duration";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { FONT, pdfBytes, rtlOptions, useLotseFonts } from "../../../formats/pdf.ts";
import type { NachweisContent } from "../nachweis-content.ts";

export interface NachweisPrint {
  number: number;
  code: string;
  verificationUrl: string;
  content: NachweisContent;
}

const MONTHS = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];
const KIND_NAMES: Record<string, string> = {
  EHRENAMTSPAUSCHALE: "Ehrenamtspauschale",
  UEBUNGSLEITERFREIBETRAG: "Übungsleiterfreibetrag",
  EXPENSE_REIMBURSEMENT: "Auslagenersatz gegen Beleg",
  MILEAGE: "Fahrtkosten",
};
/** A duration as everywhere else in Lotse (UI, e-mails): 90 -> "1 Std. 30 Min.". */
const hours = (minutes: number) => formatDuration(minutes, "de");
const de = (iso: string) => formatDate(iso, "de");

/** The sentence about pay: unpaid, apart from the allowances recorded in the period. */
export function paySentence(allowances: NachweisContent["allowances"]): string {
  if (allowances.length === 0) return "Die Tätigkeit wird unentgeltlich ausgeübt; im Zeitraum wurden keine Aufwandsentschädigungen oder Auslagen gezahlt.";
  const paid = allowances.map((a) => `${KIND_NAMES[a.kind] ?? a.kind} ${a.year}: ${formatCents(a.amountCents, "de")}`).join("; ");
  return `Die Tätigkeit wird unentgeltlich ausgeübt. Gezahlt wurden im Zeitraum nur die erfassten Erstattungen und steuerfreien Pauschalen: ${paid}.`;
}

/** Why the period differs from the one asked for, or null. */
export function clippingSentence(c: NachweisContent): string | null {
  if (!c.clippedStart && !c.clippedEnd) return null;
  const ends = [
    c.clippedStart ? `Beginn der Tätigkeit am ${de(c.period.from)}` : null,
    c.clippedEnd ? (c.activeUntil ? `Ende der Tätigkeit am ${de(c.period.to)}` : `Ausstellungstag ${de(c.period.to)}`) : null,
  ].filter(Boolean);
  return `Angefragt war der Zeitraum vom ${de(c.requested.from)} bis zum ${de(c.requested.to)}. Bescheinigt wird nur die Zeit der Tätigkeit (${ends.join(", ")}).`;
}

export async function renderNachweisPdf(print: NachweisPrint, options: { compress?: boolean } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const c = print.content;
  const title = "Nachweis über ehrenamtliche Tätigkeit";
  const qr = await QRCode.toBuffer(print.verificationUrl, { type: "png", errorCorrectionLevel: "M", margin: 4, scale: 4 });
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 48, bottom: 40, left: 56, right: 56 },
    compress: options.compress ?? true,
    lang: "de-DE",
    info: { Title: `${title} Nr. ${print.number}`, Author: c.organization.name, Subject: `${c.volunteerName}, ${de(c.period.from)} – ${de(c.period.to)}`, Creator: "Lotse" },
  });
  const finished = pdfBytes(doc);
  useLotseFonts(doc);

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = doc.page.height - doc.page.margins.bottom;
  const para = (text: string, size = 10, font: string = FONT.body) => {
    doc.font(font).fontSize(size).fillColor("#000000").text(text, left, doc.y, { width, lineGap: 1.5, ...rtlOptions(text) });
  };

  // Letterhead: the organisation, its address and contact person; the number on the right.
  doc.font(FONT.bold).fontSize(11).fillColor("#000000").text(c.organization.name, left, doc.page.margins.top, { width: width - 150, ...rtlOptions(c.organization.name) });
  doc.font(FONT.body).fontSize(9).fillColor("#333333");
  for (const line of c.organization.address.split(/\r?\n/).filter((l) => l.trim())) doc.text(line.trim(), left, doc.y, { width: width - 150 });
  doc.text(`Ansprechperson: ${c.organization.contactPerson}`, left, doc.y, { width: width - 150 });
  const headBottom = doc.y;
  doc.font(FONT.bold).fontSize(10).fillColor("#000000").text(`Nachweis-Nr. ${print.number}`, left + width - 150, doc.page.margins.top, { width: 150, align: "right" });
  doc.font(FONT.body).fontSize(9).text(`Ausgestellt am ${de(c.issuedOn)}`, left + width - 150, doc.y, { width: 150, align: "right" });
  doc.y = Math.max(headBottom, doc.y) + 18;

  doc.font(FONT.bold).fontSize(16).fillColor("#000000").text(title, left, doc.y, { width });
  doc.font(FONT.body).fontSize(9.5).fillColor("#333333").text("zur Vorlage bei der Beantragung der Ehrenamtskarte", left, doc.y, { width });
  doc.moveDown(1);

  para("Hiermit bestätigen wir, dass");
  doc.moveDown(0.3);
  doc.font(FONT.bold).fontSize(13).text(c.volunteerName, left, doc.y, { width, ...rtlOptions(c.volunteerName) });
  if (c.birthDate) para(`geboren am ${de(c.birthDate)},`);
  doc.moveDown(0.3);
  para(
    c.activeUntil
      ? `vom ${de(c.activeSince)} bis zum ${de(c.activeUntil)} ehrenamtlich für unsere Organisation tätig war.`
      : `seit dem ${de(c.activeSince)} ehrenamtlich für unsere Organisation tätig ist.`,
  );
  doc.moveDown(0.4);
  para(`Tätigkeit: ${c.activityText}`);
  doc.moveDown(0.4);
  para(`Dieser Nachweis umfasst den Zeitraum vom ${de(c.period.from)} bis zum ${de(c.period.to)}.`, 10, FONT.bold);
  const clipping = clippingSentence(c);
  if (clipping) para(clipping, 9);
  doc.moveDown(0.6);

  // Approved hours per year and month, with each year's total and weekly average.
  para("Von uns geprüfte und anerkannte Stunden je Jahr und Monat:", 10);
  doc.moveDown(0.3);
  const yearCol = 34;
  const totalCol = 50;
  const avgCol = 52;
  const monthCol = (width - yearCol - totalCol - avgCol) / 12;
  const lineHeight = 9;
  // A narrow cell stacks hours and minutes ("12 Std." over "30 Min."): the same words as the
  // sentences below and the UI, never decimals; a row whose cells all have one part stays one line.
  const cell = (text: string | string[], x: number, w: number, y: number, bold = false, align: "left" | "right" = "right") => {
    const lines = typeof text === "string" ? [text] : text;
    doc.font(bold ? FONT.bold : FONT.body).fillColor("#000000");
    lines.forEach((line, i) => {
      // A rare wide figure ("100 Std." in a month) is set a little smaller rather than run into the next cell.
      const size = Math.min(7, (7 * (w - 2)) / doc.fontSize(7).widthOfString(line));
      doc.fontSize(size).text(line, x, y + i * lineHeight, { width: w - 2, align, lineBreak: false });
    });
  };
  const rule = (y: number) => doc.moveTo(left, y).lineTo(left + width, y).lineWidth(0.5).strokeColor("#777777").stroke();
  const parts = (minutes: number) => durationParts(minutes, "de");
  let y = doc.y;
  cell("Jahr", left, yearCol, y, true, "left");
  MONTHS.forEach((m, i) => cell(m, left + yearCol + i * monthCol, monthCol, y, true));
  cell("Gesamt", left + yearCol + 12 * monthCol, totalCol, y, true);
  cell("Ø/Woche", left + yearCol + 12 * monthCol + totalCol, avgCol, y, true);
  y += 13;
  rule(y - 3);
  for (const row of c.years) {
    const cells = [...row.months.map((m) => (m === null ? ["–"] : parts(m))), parts(row.minutes), parts(row.weeklyAverageMinutes)];
    cell(String(row.year), left, yearCol, y, false, "left");
    cells.slice(0, 12).forEach((text, i) => cell(text, left + yearCol + i * monthCol, monthCol, y));
    cell(cells[12]!, left + yearCol + 12 * monthCol, totalCol, y, true);
    cell(cells[13]!, left + yearCol + 12 * monthCol + totalCol, avgCol, y);
    y += 4 + lineHeight * Math.max(...cells.map((lines) => lines.length));
  }
  rule(y - 3);
  doc.font(FONT.body).fontSize(7.5).fillColor("#333333").text("„–“: Monat außerhalb des Zeitraums; Ø/Woche: Durchschnitt je Woche des Jahresanteils im Zeitraum.", left, y, { width });
  doc.y += 6;

  para(`Insgesamt ${hours(c.totalMinutes)}, im Durchschnitt ${hours(c.weeklyAverageMinutes)} pro Woche.`, 10, FONT.bold);
  doc.moveDown(0.3);
  if (c.activities.length === 0) {
    para("Im Zeitraum wurden keine anerkannten Stunden erfasst.", 9.5, FONT.italic);
  } else {
    const room = 6;
    const shown = c.activities.length > room ? [...c.activities.slice(0, room - 1), { name: `Weitere Tätigkeiten (${c.activities.length - room + 1})`, minutes: c.activities.slice(room - 1).reduce((s, a) => s + a.minutes, 0) }] : c.activities;
    for (const a of shown) para(`${a.name} ${hours(a.minutes)}`, 9.5);
  }
  doc.moveDown(0.5);
  para(paySentence(c.allowances), 9.5);
  doc.moveDown(0.5);
  para(
    c.issuer.coordinator
      ? `Ausgestellt am ${de(c.issuedOn)} von ${c.issuer.name} (Koordination) für ${c.organization.name}.`
      : `Ausgestellt am ${de(c.issuedOn)} mit Lotse auf Anforderung von ${c.issuer.name}; die Stunden hat die Organisation geprüft und anerkannt.`,
    9.5,
  );

  // Verification at a fixed place at the bottom: QR code, number, code and the address.
  const qrSize = 86;
  const qrTop = bottom - qrSize;
  doc.image(qr, left, qrTop, { width: qrSize, height: qrSize });
  const textLeft = left + qrSize + 12;
  const textWidth = width - qrSize - 12;
  doc.font(FONT.bold).fontSize(9).fillColor("#000000").text(`Nachweis-Nr. ${print.number} · Prüfcode ${print.code}`, textLeft, qrTop + 8, { width: textWidth, lineBreak: false });
  doc.font(FONT.body).fontSize(8.5).text("Echtheit und Gültigkeit prüfen (ohne Anmeldung):", textLeft, doc.y + 3, { width: textWidth, lineBreak: false });
  doc.text(print.verificationUrl, textLeft, doc.y + 1, { width: textWidth, lineBreak: false });
  doc.fontSize(7.5).fillColor("#555555").text(
    "Dieser Nachweis wurde maschinell erstellt und ist ohne Unterschrift gültig. Berücksichtigt sind nur Stunden, die die Organisation geprüft und anerkannt hat.",
    textLeft,
    doc.y + 4,
    { width: textWidth },
  );
  doc.end();
  return finished;
}

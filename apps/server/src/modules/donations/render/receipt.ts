// The Zuwendungsbestätigung as a PDF: the BMF's Muster for "inländische
// juristische Personen des öffentlichen Rechts oder inländische öffentliche
// Dienststellen" (Anlage to the BMF-Schreiben of 7 November 2013, BStBl I
// S. 1333, as amended on 26 March 2014, BStBl I S. 791), money or goods, single
// or collective (Sammelbestätigung with its Anlage on a second page). Wording
// and order of the Muster kept, one A4 page for the receipt, nothing else on
// it (no advertising). Printed from the frozen content alone; a cancelled
// receipt is marked STORNIERT with the date and reason. Layout only.
import { formatDate } from "@lotse/domain/calendar-date";
import { formatCents } from "@lotse/domain/cents";
import PDFDocument from "pdfkit";
import { FONT, pdfBytes, rtlOptions, useLotseFonts } from "../../../formats/pdf.ts";
import type { ReceiptContent } from "../receipt-content.ts";

export interface ReceiptPrint {
  content: ReceiptContent;
  cancelled: { on: string; reason: string } | null;
}

const de = (iso: string) => formatDate(iso, "de");
/** 123456 -> "1.234,56 €" (German, as the Muster writes figures: the unit after, kept on the amount's line). */
export const figures = (cents: number) => formatCents(cents, "de");
const box = (checked: boolean) => (checked ? "☒" : "☐");

const ISSUER_HEADING = "Aussteller (Bezeichnung und Anschrift der inländischen juristischen Person des öffentlichen Rechts oder der inländischen öffentlichen Dienststelle)";
export const LIABILITY_NOTE =
  "Wer vorsätzlich oder grob fahrlässig eine unrichtige Zuwendungsbestätigung erstellt oder veranlasst, dass Zuwendungen nicht zu den in der Zuwendungsbestätigung angegebenen steuerbegünstigten Zwecken verwendet werden, haftet für die entgangene Steuer (§ 10b Absatz 4 EStG, § 9 Absatz 3 KStG, § 9 Nummer 5 GewStG).";
export const COLLECTIVE_SENTENCE =
  "Es wird bestätigt, dass über die in der Gesamtsumme enthaltenen Zuwendungen keine weiteren Bestätigungen, weder formelle Zuwendungsbestätigungen noch Beitragsquittungen oder ähnliches ausgestellt wurden und werden.";
export const VALUATION_SENTENCE = "Geeignete Unterlagen, die zur Wertermittlung gedient haben, z. B. Rechnung, Gutachten, liegen vor.";
export const ORIGIN_SENTENCES = {
  BUSINESS:
    "Die Sachzuwendung stammt nach den Angaben des Zuwendenden aus dem Betriebsvermögen. Die Zuwendung wurde nach dem Wert der Entnahme (ggf. mit dem niedrigeren gemeinen Wert) und nach der Umsatzsteuer, die auf die Entnahme entfällt, bewertet.",
  PRIVATE: "Die Sachzuwendung stammt nach den Angaben des Zuwendenden aus dem Privatvermögen.",
  UNKNOWN: "Der Zuwendende hat trotz Aufforderung keine Angaben zur Herkunft der Sachzuwendung gemacht.",
} as const;

export function titleOf(c: ReceiptContent): string {
  if (c.kind === "COLLECTIVE") return "Sammelbestätigung über Geldzuwendungen";
  return c.donationKind === "GOODS" ? "Bestätigung über Sachzuwendungen" : "Bestätigung über Geldzuwendungen";
}

function itemLine(i: ReceiptContent["goods"] extends infer G ? (G extends { items: (infer I)[] } ? I : never) : never): string {
  const parts = [`${i.quantity} × ${i.description}`, `Kategorie ${i.category}`, `Zustand: ${i.condition}`];
  if (i.age) parts.push(`Alter: ${i.age}`);
  if (i.purchasePriceCents != null) parts.push(`Kaufpreis: ${figures(i.purchasePriceCents)}`);
  parts.push(`Wert je Stück: ${figures(i.valuePerItemCents)} (${i.valuationBasis})`);
  return parts.join(", ");
}

export async function renderReceiptPdf(print: ReceiptPrint, options: { compress?: boolean } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const c = print.content;
  const title = titleOf(c);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 42, bottom: 36, left: 56, right: 56 },
    compress: options.compress ?? true,
    lang: "de-DE",
    info: { Title: `${title} Nr. ${c.number}`, Author: c.issuer.name, Subject: c.donor.name, Creator: "Lotse" },
  });
  const finished = pdfBytes(doc);
  useLotseFonts(doc);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const para = (text: string, size = 9.5, font: string = FONT.body, gap = 0.35) => {
    doc.font(font).fontSize(size).fillColor("#000000").text(text, left, doc.y, { width, lineGap: 1, ...rtlOptions(text) });
    doc.moveDown(gap);
  };
  const label = (text: string) => para(text, 7.5, FONT.body, 0.1);

  const stamp = () => {
    if (!print.cancelled) return;
    doc.save();
    doc.rotate(-30, { origin: [doc.page.width / 2, doc.page.height / 2] });
    doc.font(FONT.bold).fontSize(90).fillColor("#c00000").opacity(0.35).text("STORNIERT", 0, doc.page.height / 2 - 50, { width: doc.page.width, align: "center", lineBreak: false });
    doc.restore();
    doc.opacity(1);
  };

  // The issuer, then the number on the right (numbering is allowed by the Muster).
  label(ISSUER_HEADING);
  para(c.issuer.name, 10, FONT.bold, 0);
  for (const line of c.issuer.address.split(/\r?\n/).filter((l) => l.trim())) para(line.trim(), 9.5, FONT.body, 0);
  doc.font(FONT.body).fontSize(9).text(`Nr. ${c.number}`, left, doc.y + 4, { width, align: "right" });
  doc.moveDown(0.6);

  para(title, 13, FONT.bold, 0.1);
  para("im Sinne des § 10b des Einkommensteuergesetzes an inländische juristische Personen des öffentlichen Rechts oder inländische öffentliche Dienststellen", 9.5, FONT.body, 0.7);

  label("Name und Anschrift des Zuwendenden:");
  para(c.donor.name, 10, FONT.bold, 0);
  for (const line of c.donor.address.split(/\r?\n/).filter((l) => l.trim())) para(line.trim(), 10, FONT.body, 0);
  doc.moveDown(0.6);

  const amountLabel = c.kind === "COLLECTIVE" ? "Gesamtbetrag der Zuwendung" : c.donationKind === "GOODS" ? "Wert der Zuwendung" : "Betrag der Zuwendung";
  const dateLabel = c.kind === "COLLECTIVE" ? "Zeitraum der Sammelbestätigung:" : "Tag der Zuwendung:";
  const dateText = c.kind === "COLLECTIVE" && c.period ? `${de(c.period.from)} – ${de(c.period.to)}` : c.date ? de(c.date) : "";
  const colA = width * 0.22;
  const colC = width * 0.26;
  const colB = width - colA - colC;
  const y0 = doc.y;
  doc.font(FONT.body).fontSize(7.5).text(`${amountLabel} – in Ziffern –`, left, y0, { width: colA - 6 });
  doc.text("– in Buchstaben –", left + colA, y0, { width: colB - 6 });
  doc.text(dateLabel, left + colA + colB, y0, { width: colC });
  const y1 = Math.max(doc.y, y0 + 10) + 2;
  doc.font(FONT.bold).fontSize(10).text(figures(c.totalCents), left, y1, { width: colA - 6 });
  const afterA = doc.y;
  doc.font(FONT.bold).fontSize(10).text(c.totalInWords, left + colA, y1, { width: colB - 6 });
  const afterB = doc.y;
  doc.font(FONT.bold).fontSize(10).text(dateText, left + colA + colB, y1, { width: colC });
  doc.y = Math.max(afterA, afterB, doc.y) + 8;

  if (c.donationKind === "GOODS" && c.goods) {
    label("Genaue Bezeichnung der Sachzuwendung mit Alter, Zustand, Kaufpreis usw.");
    for (const item of c.goods.items) para(itemLine(item), 9, FONT.body, 0.15);
    doc.moveDown(0.3);
    for (const origin of ["BUSINESS", "PRIVATE", "UNKNOWN"] as const) para(`${box(c.goods.origin === origin)} ${ORIGIN_SENTENCES[origin]}`, 9);
    para(`${box(c.goods.valuationDocuments)} ${VALUATION_SENTENCE}`, 9);
  } else if (c.kind === "SINGLE") {
    para(`Es handelt sich um den Verzicht auf Erstattung von Aufwendungen:   Ja ${box(c.waiverOfExpenses === true)}   Nein ${box(c.waiverOfExpenses !== true)}`, 9.5, FONT.body, 0.6);
  }
  doc.moveDown(0.3);

  para(`Es wird bestätigt, dass die Zuwendung nur zur Förderung ${c.purpose} verwendet wird.`, 9.5);
  para(`${box(true)} Die Zuwendung wird von uns unmittelbar für den angegebenen Zweck verwendet.`, 9.5);
  para(
    `${box(false)} Die Zuwendung wurde entsprechend den Angaben des Zuwendenden an ………… weitergeleitet, die/der vom Finanzamt ………… StNr. ………… mit Freistellungsbescheid bzw. nach der Anlage zum Körperschaftsteuerbescheid vom ………… von der Körperschaftsteuer und Gewerbesteuer befreit ist.`,
    9,
  );
  if (c.kind === "COLLECTIVE") {
    para(COLLECTIVE_SENTENCE, 9.5);
    para("Ob es sich um den Verzicht auf Erstattung von Aufwendungen handelt, ist der Anlage zur Sammelbestätigung zu entnehmen.", 9.5);
  }
  doc.moveDown(1.2);

  // Place, date and signature line.
  para(`${c.place}, ${de(c.issuedOn)}`, 10, FONT.body, 1.6);
  const lineY = doc.y;
  doc.moveTo(left, lineY).lineTo(left + width * 0.55, lineY).lineWidth(0.5).strokeColor("#000000").stroke();
  doc.y = lineY + 3;
  para(`(Ort, Datum und Unterschrift des Zuwendungsempfängers) · ${c.issuerPerson}`, 7.5, FONT.body, 1);

  para("Hinweis:", 8, FONT.bold, 0.1);
  para(LIABILITY_NOTE, 8, FONT.body, 0.4);
  if (print.cancelled) para(`STORNIERT am ${de(print.cancelled.on)}. Grund: ${print.cancelled.reason}`, 9, FONT.bold, 0);
  stamp();

  if (c.kind === "COLLECTIVE") {
    doc.addPage();
    para(`Anlage zur Sammelbestätigung Nr. ${c.number}`, 12, FONT.bold, 0.2);
    para(`${c.donor.name} · Zeitraum ${c.period ? `${de(c.period.from)} – ${de(c.period.to)}` : ""}`, 9.5, FONT.body, 0.6);
    const cols = [width * 0.2, width * 0.3, width * 0.28, width * 0.22];
    const xs = cols.map((_, i) => left + cols.slice(0, i).reduce((s, w) => s + w, 0));
    const row = (cells: string[], bold = false) => {
      const y = doc.y;
      cells.forEach((text, i) => doc.font(bold ? FONT.bold : FONT.body).fontSize(9).text(text, xs[i]!, y, { width: cols[i]! - 6, align: i === 3 ? "right" : "left", lineBreak: false }));
      doc.y = y + 14;
    };
    row(["Datum der Zuwendung", "Art der Zuwendung", "Verzicht auf die Erstattung von Aufwendungen (ja/nein)", "Betrag"], true);
    doc.y += 10;
    for (const l of c.lines) {
      if (doc.y > doc.page.height - doc.page.margins.bottom - 30) doc.addPage();
      row([de(l.date), l.type, l.waiverOfExpenses ? "ja" : "nein", figures(l.amountCents)]);
    }
    doc.moveTo(left, doc.y).lineTo(left + width, doc.y).lineWidth(0.5).stroke();
    doc.y += 4;
    row(["Gesamtsumme", "", "", figures(c.totalCents)], true);
    stamp();
  }
  doc.end();
  return finished;
}

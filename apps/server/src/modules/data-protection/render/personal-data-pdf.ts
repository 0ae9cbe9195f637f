// The right-of-access export as a readable PDF (A4): the person, the
// organisation and the date on top, then per area of Lotse each kind of record
// with its rows, every row as its fields and values. The same data as the JSON
// file (export.service.ts), for people who do not read JSON. Layout only.
import { germanDateTime } from "@lotse/domain/berlin-time";
import PDFDocument from "pdfkit";
import { FONT, pdfBytes, rtlOptions, useLotseFonts } from "../../../formats/pdf.ts";
import type { PersonalDataExport } from "../export.service.ts";

/** The areas as the person knows them. */
const AREAS: Record<string, string> = {
  identity: "Zugang und Anmeldung",
  volunteers: "Ehrenamt: Profil, Stunden, Erstattungen",
  training: "Integrationslotsen-Kurse",
  matching: "Tandems und Familien",
  appointments: "Schuleinstiegsberatung und Sprachmittlung",
  donations: "Spenden",
  audit: "Protokoll (Änderungen, die die Person vorgenommen hat)",
};

const KINDS: Record<string, string> = { user: "Person mit Zugang", family: "Familie", child: "Kind", donor: "Spender/in" };

const isIsoDateTime = (v: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v);

/** One value as a person reads it: dates in German, nested values as compact JSON. */
export function readable(value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (value instanceof Date) return value.getUTCHours() === 0 && value.getUTCMinutes() === 0 ? value.toISOString().slice(0, 10) : germanDateTime(value);
  if (typeof value === "string") return isIsoDateTime(value) ? germanDateTime(new Date(value)) : value || "–";
  if (typeof value === "boolean") return value ? "ja" : "nein";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

export async function renderPersonalDataPdf(data: PersonalDataExport, options: { compress?: boolean } = {}): Promise<Uint8Array<ArrayBuffer>> {
  const title = "Auskunft über gespeicherte Daten";
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 48, bottom: 48, left: 56, right: 56 },
    compress: options.compress ?? true,
    lang: "de-DE",
    info: { Title: `${title}: ${data.person.name}`, Author: data.organization, Subject: "Art. 15 DSGVO", Creator: "Lotse" },
  });
  const finished = pdfBytes(doc);
  useLotseFonts(doc);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const text = (value: string, size: number, font: string = FONT.body, color = "#000000", indent = 0) =>
    doc.font(font).fontSize(size).fillColor(color).text(value, left + indent, doc.y, { width: width - indent, lineGap: 1, ...rtlOptions(value) });

  text(data.organization, 10, FONT.bold);
  doc.moveDown(0.8);
  text(title, 16, FONT.bold);
  text("nach Art. 15 DSGVO: alles, was Lotse über die Person speichert", 9.5, FONT.body, "#333333");
  doc.moveDown(0.6);
  text(data.person.name, 13, FONT.bold);
  text(`${KINDS[data.person.kind] ?? data.person.kind} · erstellt am ${germanDateTime(new Date(data.exportedAt))}`, 9.5);
  doc.moveDown(0.6);
  text(
    "Passwörter und Zugangsschlüssel werden nur als nicht umkehrbarer Prüfwert gespeichert und sind hier nicht enthalten. Die gleiche Auskunft gibt es als JSON-Datei zur maschinellen Weiterverarbeitung (Art. 20 DSGVO).",
    8.5,
    FONT.italic,
    "#333333",
  );
  if (data.modules.length === 0) {
    doc.moveDown(1);
    text("Zu dieser Person ist nichts gespeichert.", 10);
  }
  for (const part of data.modules) {
    doc.moveDown(1);
    text(AREAS[part.module] ?? part.module, 12, FONT.bold);
    for (const model of part.models) {
      doc.moveDown(0.5);
      text(`${model.model} (${model.rows.length} ${model.rows.length === 1 ? "Eintrag" : "Einträge"})`, 10, FONT.bold, "#222222");
      model.rows.forEach((row, i) => {
        doc.moveDown(0.2);
        const fields = Object.entries(row).map(([k, v]) => `${k}: ${readable(v)}`);
        text(`${i + 1}. ${fields.join(" · ")}`, 7.5, FONT.body, "#000000", 8);
      });
    }
  }
  doc.end();
  return finished;
}

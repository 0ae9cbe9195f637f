// pdfkit helpers shared by the PDF downloads: the embedded Unicode fonts and
// the document as bytes.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * The fonts of every Lotse PDF: DejaVu Sans (npm package dejavu-fonts-ttf),
 * embedded and subset by pdfkit, so names in Turkish, Polish, Vietnamese,
 * Cyrillic, Greek, Arabic, … letters are printed as typed. No system fonts.
 */
export const FONT = { body: "Body", bold: "Bold", italic: "Italic" } as const;

const FONT_FILES: Record<(typeof FONT)[keyof typeof FONT], string> = {
  Body: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
  Bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
  Italic: "dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf",
};

let fontBytes: [name: string, bytes: Buffer][] | undefined;

/** The font files, read once per process. */
function fonts() {
  if (!fontBytes) {
    const require = createRequire(import.meta.url);
    fontBytes = Object.entries(FONT_FILES).map(([name, file]) => [name, readFileSync(require.resolve(file))]);
  }
  return fontBytes;
}

/** Registers the fonts of FONT on the document and selects the body font. */
export function useLotseFonts(doc: PDFKit.PDFDocument): PDFKit.PDFDocument {
  for (const [name, bytes] of fonts()) doc.registerFont(name, bytes);
  return doc.font(FONT.body);
}

// Right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko, … and their presentation forms.
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const LETTER = /\p{L}/u;
// Digits keep their left-to-right order inside right-to-left text, which a reversed run would break.
const DIGIT = /\p{N}/u;

/**
 * Text options for text that is written right to left. pdfkit lays text out
 * word by word, so a name like "محمد العلي" came out with its words run
 * together; given `features`, it lays the line out as one run, which fontkit
 * shapes (joined letters) and reverses as a whole. That is right for text
 * made of right-to-left words only (a name typed in Arabic or Hebrew script).
 * Text that mixes directions, or holds digits, has no bidi algorithm here:
 * it keeps the word-by-word layout, where each Arabic word is shaped and
 * reads correctly but the spaces and brackets next to it and the order of
 * several such words can be off.
 */
export function rtlOptions(text: string): { features?: [] } {
  if (!RTL_LETTER.test(text)) return {};
  for (const char of text) if (DIGIT.test(char) || (LETTER.test(char) && !RTL_LETTER.test(char))) return {};
  return { features: [] };
}

/**
 * The document as bytes. Call right after creating the document (before
 * drawing), then draw and `doc.end()`; the promise settles with the whole file.
 */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  return new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
}

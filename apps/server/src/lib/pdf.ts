// pdfkit helpers shared by the PDF downloads.

/**
 * WinAnsiEncoding (Windows-1252) at 0x80–0x9F, where it differs from Latin-1.
 * pdfkit's standard fonts (Helvetica) can show exactly Windows-1252.
 */
export const WIN_ANSI_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

const winAnsiExtra = new Set(WIN_ANSI_80_9F);
const inWinAnsi = (char: string) => {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || code === 0x0a || winAnsiExtra.has(char);
};
/** Letters without a decomposition that have an obvious plain Latin stand-in. */
const STAND_INS: Record<string, string> = { ı: "i", İ: "I", ł: "l", Ł: "L", đ: "d", Đ: "D", ħ: "h", Ħ: "H", ŀ: "l", Ŀ: "L", ſ: "s", "\u2212": "-" };

/**
 * Text the standard fonts can show: a character outside Windows-1252 is
 * replaced by its base letter ("Ayşe Yılmaz" -> "Ayse Yilmaz", "Nguyễn" ->
 * "Nguyen") instead of coming out as garbage; what has no Latin form
 * (Arabic, Cyrillic, …) becomes "?".
 */
export function winAnsiSafe(text: string): string {
  let out = "";
  for (const char of text) {
    if (inWinAnsi(char)) {
      out += char;
      continue;
    }
    if (STAND_INS[char]) {
      out += STAND_INS[char];
      continue;
    }
    // Decompose, drop the combining marks, and keep the result if it can be shown.
    const base = char.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    out += base && [...base].every(inWinAnsi) ? base : "?";
  }
  return out;
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

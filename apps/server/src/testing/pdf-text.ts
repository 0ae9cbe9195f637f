// Test helper: the text a PDF made by pdfkit shows, read honestly from the
// file: every content stream inflated (pdfkit compresses them with Flate),
// then the strings of its Tj/TJ operators decoded from WinAnsi.
import { inflateSync } from "node:zlib";
import { WIN_ANSI_80_9F } from "../lib/pdf.ts";

const winAnsi = (bytes: Buffer) => [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? WIN_ANSI_80_9F[b - 0x80] : String.fromCharCode(b))).join("");

/** One line per text-showing operator, in drawing order. */
export function pdfText(pdf: Buffer): string {
  const latin = pdf.toString("latin1");
  const lines: string[] = [];
  const streamRe = /<<([^]*?)>>\s*stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streamRe.exec(latin))) {
    const start = m.index + m[0].length;
    const end = latin.indexOf("endstream", start);
    let body = pdf.subarray(start, end);
    if (m[1]!.includes("/FlateDecode")) {
      try {
        body = inflateSync(body);
      } catch {
        continue; // not a content stream we can read (fonts are standard, so there are none)
      }
    }
    const content = body.toString("latin1");
    for (const op of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexes = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!) : [op[2]!];
      lines.push(hexes.map((h) => winAnsi(Buffer.from(h, "hex"))).join(""));
    }
  }
  return lines.join("\n");
}

/** The number of pages in the file. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;
}

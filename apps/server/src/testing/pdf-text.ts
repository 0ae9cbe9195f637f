// Test helper: the text a PDF made by pdfkit shows, read honestly from the
// file. Every stream is inflated (pdfkit compresses them with Flate); the
// strings of the Tj/TJ operators in the content streams are decoded through
// the ToUnicode CMap of the font selected by the last Tf (embedded fonts
// write glyph ids), or from WinAnsi for a standard font without one.
// Only node:zlib. The API tests read PDFs with PDF.js (@lotse/testing/pdf); the browser
// tests still import this one until they move to it too.
import { inflateSync } from "node:zlib";

/** Windows-1252 at 0x80–0x9F, where it differs from Latin-1. */
const WIN_ANSI_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const winAnsi = (bytes: Buffer) => [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? WIN_ANSI_80_9F[b - 0x80] : String.fromCharCode(b))).join("");

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/** The indirect objects of the file by number, each stream inflated where possible. */
function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const latin = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  for (const m of latin.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b/g)) {
    const start = m.index + m[0].length;
    const end = latin.indexOf("endobj", start);
    const text = latin.slice(start, end);
    const streamAt = /\bstream\r?\n/.exec(text);
    let stream: Buffer | null = null;
    if (streamAt) {
      const from = start + streamAt.index + streamAt[0].length;
      stream = pdf.subarray(from, latin.lastIndexOf("endstream", end));
      if (/\/FlateDecode\b/.test(text.slice(0, streamAt.index))) {
        try {
          stream = inflateSync(stream);
        } catch {
          stream = null;
        }
      }
    }
    objects.set(Number(m[1]), { dict: streamAt ? text.slice(0, streamAt.index) : text, stream });
  }
  return objects;
}

const hexUnits = (hex: string) => [...hex.matchAll(/[0-9a-fA-F]{4}/g)].map((u) => parseInt(u[0], 16));

/**
 * A ToUnicode CMap (bfchar and bfrange, both forms of the latter) as code ->
 * text. A destination may hold several UTF-16 units, space-separated in
 * pdfkit's CMaps (a ligature such as "fi": <0066 0069>).
 */
export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const text = (units: number[]) => String.fromCharCode(...units);
  for (const section of cmap.matchAll(/beginbfchar([^]*?)endbfchar/g)) {
    for (const [, src, dst] of section[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]*)>/g)) map.set(parseInt(src!, 16), text(hexUnits(dst!)));
  }
  for (const section of cmap.matchAll(/beginbfrange([^]*?)endbfrange/g)) {
    for (const [, lo, hi, array, dst] of section[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:\[([^\]]*)\]|<([0-9a-fA-F\s]*)>)/g)) {
      const first = parseInt(lo!, 16);
      const last = parseInt(hi!, 16);
      if (array !== undefined) {
        [...array.matchAll(/<([0-9a-fA-F\s]*)>/g)].forEach((d, i) => first + i <= last && map.set(first + i, text(hexUnits(d[1]!))));
      } else {
        // One destination, its last code unit counting up.
        const units = hexUnits(dst!);
        for (let code = first; code <= last; code++) map.set(code, text([...units.slice(0, -1), units[units.length - 1]! + code - first]));
      }
    }
  }
  return map;
}

/** One line per text-showing operator, in drawing order. */
export function pdfText(pdf: Buffer): string {
  const objects = pdfObjects(pdf);
  // Font resource name (pdfkit: F1, F2, … once per document) -> the font's ToUnicode map, or null.
  const fonts = new Map<string, Map<number, string> | null>();
  for (const { dict } of objects.values()) {
    for (const resources of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const [, name, ref] of resources[1]!.matchAll(/\/([^\s/<>]+)\s+(\d+) 0 R/g)) {
        const cmapRef = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.get(Number(ref))?.dict ?? "");
        const cmap = cmapRef ? objects.get(Number(cmapRef[1]))?.stream : null;
        fonts.set(name!, cmap ? parseToUnicode(cmap.toString("latin1")) : null);
      }
    }
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream) continue;
    const content = stream.toString("latin1");
    if (!/\bBT\b/.test(content)) continue; // not a content stream with text (fonts, CMaps, …)
    let font: Map<number, string> | null = null;
    const decode = (hex: string) => {
      if (!font) return winAnsi(Buffer.from(hex, "hex"));
      // pdfkit's Identity-H codes: two bytes each.
      return hexUnits(hex.padEnd(Math.ceil(hex.length / 4) * 4, "0"))
        .map((code) => font!.get(code) ?? "\uFFFD")
        .join("");
    };
    for (const op of content.matchAll(/\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf\b|\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (op[1] !== undefined) {
        font = fonts.get(op[1]) ?? null;
        continue;
      }
      const hexes = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!) : [op[3]!];
      lines.push(hexes.map(decode).join(""));
    }
  }
  return lines.join("\n");
}

/** The number of pages in the file. */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;
}

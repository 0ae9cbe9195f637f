// The text a PDF shows, read by PDF.js (through unpdf), the reader browsers
// use: a PDF is checked by code that shares none of its writer's (pdfkit's)
// assumptions about fonts, CMaps or streams. Used by the API and browser tests.
import { getDocumentProxy } from "unpdf";

// PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
const open = (pdf: Uint8Array) => getDocumentProxy(new Uint8Array(pdf));

/**
 * The printed lines, pages in order. PDF.js ends an item with `hasEOL` where
 * a line ends; runs on one line (a table row's cells) are joined by the
 * spaces it finds between them, right-to-left runs come back in reading order.
 */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const doc = await open(pdf);
  const lines: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    let line = "";
    for (const item of items) {
      if (!("str" in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = "";
      }
    }
    if (line) lines.push(line);
  }
  return lines.join("\n");
}

export async function pdfPageCount(pdf: Uint8Array): Promise<number> {
  return (await open(pdf)).numPages;
}

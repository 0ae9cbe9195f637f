// The text a PDF shows, read by PDF.js (through unpdf), the reader browsers
// use: a PDF is checked by code that shares none of its writer's (pdfkit's)
// assumptions about fonts, CMaps or streams. Used by the API and browser tests.
import { extractImages, getDocumentProxy } from "unpdf";

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

/**
 * PDF.js decodes a page's images while it reads its embedded fonts, and uses
 * ArrayBuffer.prototype.transferToFixedLength there (Node 21+). On Node 20 it
 * then skips the page's operators; this copy-based stand-in (no detaching)
 * is enough for reading.
 */
function shimTransferToFixedLength() {
  const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (proto.transferToFixedLength) return;
  Object.defineProperty(proto, "transferToFixedLength", {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length?: number) {
      const size = length ?? this.byteLength;
      const copy = new ArrayBuffer(size);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(size, this.byteLength)));
      return copy;
    },
  });
}

/** The images of a page as PDF.js decodes them, as RGBA pixels (e.g. for a QR code reader). */
export async function pdfImages(pdf: Uint8Array, page = 1): Promise<{ width: number; height: number; rgba: Uint8ClampedArray }[]> {
  shimTransferToFixedLength();
  const images = await extractImages(await open(pdf), page);
  return images.map((image) => {
    const { width, height, channels, data } = image;
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      const grey = channels === 1;
      rgba[i * 4] = data[i * channels]!;
      rgba[i * 4 + 1] = grey ? data[i]! : data[i * channels + 1]!;
      rgba[i * 4 + 2] = grey ? data[i]! : data[i * channels + 2]!;
      rgba[i * 4 + 3] = channels === 4 ? data[i * 4 + 3]! : 255;
    }
    return { width, height, rgba };
  });
}

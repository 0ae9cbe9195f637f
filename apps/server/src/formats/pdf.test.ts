// The embedded fonts and the right-to-left option, on small documents.
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { pdfText } from "@lotse/testing/pdf";
import { FONT, pdfBytes, rtlOptions, useLotseFonts } from "./pdf.ts";

async function render(draw: (doc: PDFKit.PDFDocument) => void) {
  const doc = new PDFDocument({ size: "A4" });
  const bytes = pdfBytes(doc);
  useLotseFonts(doc);
  draw(doc);
  doc.end();
  return Buffer.from(await bytes);
}

describe("useLotseFonts", () => {
  it("embeds subsets of DejaVu Sans and prints every line as typed", async () => {
    const lines = ["Ayşe Yılmaz-Łukasz Nguyễn Олена", "Ελένη Παπαδοπούλου", "Ștefan Țurcanu, Françoise Ørsted, Zoë Ñúñez", "Anerkannt: 1.300 Std. 30 Min. – „Zertifikat“"];
    const pdf = await render((doc) => {
      for (const line of lines) doc.font(FONT.body).text(line);
      doc.font(FONT.bold).text(lines[0]!);
      doc.font(FONT.italic).text(lines[3]!);
    });
    expect((await pdfText(pdf)).split("\n")).toEqual([...lines, lines[0], lines[3]]);
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(raw).not.toContain("/Helvetica");
    expect(pdf.byteLength).toBeLessThan(60_000); // subsets, not the 700 kB font files
  });
});

describe("rtlOptions", () => {
  it("lays out text of right-to-left words only as one run", () => {
    expect(rtlOptions("محمد العلي")).toEqual({ features: [] });
    expect(rtlOptions("احمد رضایی")).toEqual({ features: [] });
    expect(rtlOptions("אברהם כהן")).toEqual({ features: [] });
    expect(rtlOptions("•  محمد")).toEqual({ features: [] });
  });

  it("leaves left-to-right, mixed and numbered text to pdfkit's word-by-word layout", () => {
    expect(rtlOptions("Ayşe Yılmaz")).toEqual({});
    expect(rtlOptions("Mohammed محمد Ali")).toEqual({});
    expect(rtlOptions("محمد 12")).toEqual({});
    expect(rtlOptions("محمد ١٢")).toEqual({});
  });

  it("keeps the letters of an Arabic name joined and its words in order (glyphs in visual order)", async () => {
    const pdf = await render((doc) => doc.font(FONT.bold).text("محمد العلي", { width: 300, ...rtlOptions("محمد العلي") }));
    // PDF.js reads the glyphs (drawn in visual order) back in reading order: the name as typed.
    expect(await pdfText(pdf)).toBe("محمد العلي");
  });
});

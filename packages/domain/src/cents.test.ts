import { describe, expect, it } from "vitest";
import { centsToInput, formatCents, parseEuroToCents } from "./cents.ts";

describe("cents", () => {
  it("reads euros as typed in German or English", () => {
    expect(parseEuroToCents("12")).toBe(1200);
    expect(parseEuroToCents("12,5")).toBe(1250);
    expect(parseEuroToCents("12,50")).toBe(1250);
    expect(parseEuroToCents("12.50")).toBe(1250);
    expect(parseEuroToCents("0,99 €")).toBe(99);
    expect(parseEuroToCents("1.234,56")).toBe(123456);
    expect(parseEuroToCents("1 234,56")).toBe(123456);
    expect(parseEuroToCents("1,234.56")).toBe(123456);
    expect(parseEuroToCents("1.234")).toBe(123400);
    expect(parseEuroToCents("12.505")).toBe(1250500);
    expect(parseEuroToCents("960")).toBe(96000);
  });

  it("refuses what is not an amount", () => {
    for (const bad of ["", " ", "abc", "-5", "12,345,67", "1.2.3", "12,5,0", "1,234,5", "1.234.5"]) {
      expect(parseEuroToCents(bad), bad).toBeNull();
    }
  });

  it("shows cents as euros", () => {
    expect(formatCents(96000, "de")).toBe("960,00\u00a0€");
    expect(formatCents(123456, "de")).toBe("1.234,56\u00a0€");
    expect(formatCents(1250, "en")).toBe("€12.50");
    expect(centsToInput(1250, "de")).toBe("12,50");
    expect(centsToInput(5, "en")).toBe("0.05");
    expect(parseEuroToCents(centsToInput(123456, "de"))).toBe(123456);
  });
});

// The CSV rules every download shares (formats/csv.ts): amounts and hours as
// German Excel reads numbers, and cells that cannot run as formulas.
import { describe, expect, it } from "vitest";
import { csvCell, csvDecimal, csvEuros, csvLine } from "./csv.ts";
import { decimalHours } from "./hours.ts";

describe("CSV cells", () => {
  it("write amounts in euros with a decimal comma and no grouping", () => {
    expect(csvEuros(123456)).toBe("1234,56");
    expect(csvEuros(5)).toBe("0,05");
    expect(csvEuros(0)).toBe("0,00");
    expect(csvDecimal(12.25, 1)).toBe("12,3");
    expect(decimalHours(90)).toBe("1,50");
  });

  it("keep a cell from running as a formula and quote separators", () => {
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvLine(["x", 1, null])).toBe("x;1;\r\n");
  });
});

import { describe, expect, it } from "vitest";
import { collator, dateTimeFormat, displayNames, numberFormat } from "./intl-cache.ts";

describe("intl-cache", () => {
  it("makes one formatter per language and options and reuses it", () => {
    expect(numberFormat("de-DE")).toBe(numberFormat("de-DE"));
    expect(numberFormat("de-DE", { maximumFractionDigits: 1 })).toBe(numberFormat("de-DE", { maximumFractionDigits: 1 }));
    expect(numberFormat("de-DE", { maximumFractionDigits: 1 })).not.toBe(numberFormat("de-DE"));
    expect(numberFormat("en-GB")).not.toBe(numberFormat("de-DE"));
    expect(displayNames("de", { type: "language" })).toBe(displayNames("de", { type: "language" }));
    expect(collator("de")).toBe(collator("de"));
  });

  it("formats as a new formatter would", () => {
    expect(numberFormat("de-DE", { maximumFractionDigits: 1 }).format(1234.56)).toBe("1.234,6");
    expect(dateTimeFormat("de-DE", { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, 2, 1))).toBe("März");
    expect(displayNames("de", { type: "language" }).of("uk")).toBe("Ukrainisch");
    expect(["Ä", "Z", "A"].sort(collator("de").compare)).toEqual(["A", "Ä", "Z"]);
  });
});

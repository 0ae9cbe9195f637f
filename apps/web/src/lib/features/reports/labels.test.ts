import { describe, expect, it } from "vitest";
import { valueText } from "./labels";

describe("report values", () => {
  it("writes hours as every page writes a duration, not as decimal hours", () => {
    expect(valueText("MINUTES", { value: 210, text: null, belowThreshold: false }, "de")).toBe("3 Std. 30 Min.");
    expect(valueText("MINUTES", { value: 90_000, text: null, belowThreshold: false }, "de")).toBe("1.500 Std.");
    expect(valueText("MINUTES", { value: 45, text: null, belowThreshold: false }, "en")).toBe("45 min");
    // A hidden small number stays as the API wrote it.
    expect(valueText("MINUTES", { value: null, text: "< 5", belowThreshold: true }, "de")).toBe("< 5");
  });
});

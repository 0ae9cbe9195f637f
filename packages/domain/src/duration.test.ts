import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration.ts";

describe("formatDuration", () => {
  it("writes hours and minutes in the units of the UI, the CSV's readers and the Nachweis", () => {
    expect(formatDuration(210, "de")).toBe("3 Std. 30 Min.");
    expect(formatDuration(60, "de")).toBe("1 Std.");
    expect(formatDuration(45, "de")).toBe("45 Min.");
    expect(formatDuration(0, "de")).toBe("0 Min.");
    expect(formatDuration(90000, "de")).toBe("1.500 Std.");
    expect(formatDuration(210, "en")).toBe("3 h 30 min");
    expect(formatDuration(-75, "de")).toBe("-1 Std. 15 Min.");
  });

  it("uses Intl's short units in the other languages", () => {
    expect(formatDuration(135, "tr")).toMatch(/^2 .+ 15 .+$/);
    expect(formatDuration(135, "ar")).toMatch(/2.*15/);
  });
});

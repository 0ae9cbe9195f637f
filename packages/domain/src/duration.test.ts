import { describe, expect, it } from "vitest";
import { durationParts, formatDuration } from "./duration.ts";

// Each row: 0, under one hour, whole hours, hours and minutes, a large total (1.500 h), and one with minutes.
const MINUTES = [0, 45, 60, 210, 90_000, 90_045];

describe("formatDuration", () => {
  it("writes hours and minutes in the units of the UI, the e-mails and the Nachweis", () => {
    expect(formatDuration(210, "de")).toBe("3 Std. 30 Min.");
    expect(formatDuration(60, "de")).toBe("1 Std.");
    expect(formatDuration(45, "de")).toBe("45 Min.");
    expect(formatDuration(0, "de")).toBe("0 Min.");
    expect(formatDuration(90000, "de")).toBe("1.500 Std.");
    expect(formatDuration(210, "en")).toBe("3 h 30 min");
    expect(formatDuration(-75, "de")).toBe("-1 Std. 15 Min.");
    // The sign of what is shown: a fraction of a minute below zero is no minute at all.
    expect(formatDuration(-0.3, "de")).toBe("0 Min.");
  });

  it.each([
    ["de", ["0 Min.", "45 Min.", "1 Std.", "3 Std. 30 Min.", "1.500 Std.", "1.500 Std. 45 Min."]],
    ["en", ["0 min", "45 min", "1 h", "3 h 30 min", "1,500 h", "1,500 h 45 min"]],
    ["ar", ["0 د", "45 د", "1 س", "3 س 30 د", "1,500 س", "1,500 س 45 د"]],
    ["fa", ["0 دقیقه", "45 دقیقه", "1 ساعت", "3 ساعت 30 دقیقه", "1,500 ساعت", "1,500 ساعت 45 دقیقه"]],
    ["uk", ["0 хв", "45 хв", "1 год", "3 год 30 хв", "1\u00a0500 год", "1\u00a0500 год 45 хв"]],
    ["tr", ["0 dk.", "45 dk.", "1 sa.", "3 sa. 30 dk.", "1.500 sa.", "1.500 sa. 45 dk."]],
  ] as const)("writes 0, under an hour, whole hours, hours and minutes and large totals in %s", (locale, expected) => {
    expect(MINUTES.map((n) => formatDuration(n, locale))).toEqual(expected);
  });

  it("rounds an average to whole minutes, never printing decimals", () => {
    expect(formatDuration(24.4, "de")).toBe("24 Min.");
    expect(formatDuration(89.6, "de")).toBe("1 Std. 30 Min.");
    expect(formatDuration(59.5, "de")).toBe("1 Std.");
  });

  it("gives the same parts it joins, for cells that stack them", () => {
    expect(durationParts(210, "de")).toEqual(["3 Std.", "30 Min."]);
    expect(durationParts(60, "de")).toEqual(["1 Std."]);
    expect(durationParts(0, "de")).toEqual(["0 Min."]);
    expect(durationParts(-75, "de")).toEqual(["-1 Std.", "15 Min."]);
    for (const n of MINUTES) expect(durationParts(n, "tr").join(" ")).toBe(formatDuration(n, "tr"));
  });
});

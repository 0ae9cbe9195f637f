// The Integrationsmonitor's charts as the server draws them: one named image
// per table, a bar per value shown in the table beside it, and none for a
// small number the view for sharing hides ("< 5" in the table).
import { describe, expect, it } from "vitest";
import { chartOf, type ChartTable } from "./report-charts";

const people = (value: number | null, text = value === null ? "< 5" : String(value)) => ({ text, value, belowThreshold: value === null || value < 5 });
const label = (text: string) => ({ text, value: null, belowThreshold: false });

const volunteers = (march: ReturnType<typeof people>[]): ChartTable => ({
  key: "volunteers.byPeriod",
  columns: ["period", "new", "approved", "active", "ended"].map((key, i) => ({ key, kind: i === 0 ? "LABEL" : "PEOPLE" })),
  rows: [
    { cells: [label("2019-02-01"), people(7), people(8), people(9), people(6)] },
    { cells: [label("2019-03-01"), ...march] },
  ],
});

const bars = (svg: string) => svg.match(/<rect\b/g)?.length ?? 0;

describe("chartOf", () => {
  it("draws one named image with a bar for every value of the table, and a legend", () => {
    const chart = chartOf(volunteers([people(5), people(6), people(7), people(8)]), "Ehrenamtliche nach Zeitraum", "MONTH", "de")!;
    expect(chart.svg).toMatch(/^<svg[^>]* role="img"/);
    expect(chart.svg).toContain('aria-label="Ehrenamtliche nach Zeitraum"');
    // No inline style (the content security policy forbids it) and no names on Plot's groups.
    expect(chart.svg).not.toContain("<style");
    expect(chart.svg.match(/aria-label=/g)).toHaveLength(1);
    expect(bars(chart.svg)).toBe(8);
    expect(chart.legend.map((l) => l.label)).toHaveLength(4);
  });

  it("leaves out the small numbers hidden for sharing: the table says “< 5”, the chart draws nothing for them", () => {
    const shared = chartOf(volunteers([people(null), people(6), people(null), people(8)]), "Ehrenamtliche nach Zeitraum", "MONTH", "de")!;
    expect(bars(shared.svg)).toBe(6);
    expect(shared.svg).not.toContain("&lt; 5");
  });

  it("draws no chart for a table without rows or without a chart of its own", () => {
    expect(chartOf({ ...volunteers([]), rows: [] }, "leer", "MONTH", "de")).toBeNull();
    expect(chartOf({ ...volunteers([people(5), people(6), people(7), people(8)]), key: "volunteers.byDistrict" }, "je Stadtteil", "MONTH", "de")).toBeNull();
  });
});

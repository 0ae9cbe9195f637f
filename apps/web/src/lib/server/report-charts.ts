// The Integrationsmonitor's charts, drawn on the server by Observable Plot
// into SVG (a linkedom document stands in for the browser's): the page ships
// the SVG and no chart code, so no page, this one included, loads a chart
// library in the browser. Plot's <style> element is dropped (the content
// security policy allows no inline styles); the page styles `.lotse-chart`.
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { chartValue, columnTitle, labelText, type ReportCell } from "$lib/features/reports/labels";

/** Okabe–Ito: told apart with every common colour-vision deficiency. */
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#999999", "#000000"];

type Spec = { x: string; series: string[] } | { x: string; stackBy: string; value: string };

/** Which tables get a chart, and what it shows; the others are tables only. */
const SPECS: Record<string, Spec> = {
  "volunteers.byPeriod": { x: "period", series: ["new", "approved", "active", "ended"] },
  "hours.byPeriod": { x: "period", stackBy: "activity", value: "minutes" },
  "tandems.byPeriod": { x: "period", series: ["proposed", "activated", "active", "alerted"] },
  "cohorts.byPeriod": { x: "period", series: ["participants", "certified", "waiting"] },
  "donations.moneyByFund": { x: "period", stackBy: "fund", value: "amountCents" },
  "donations.goodsByCategory": { x: "period", stackBy: "category", value: "pieces" },
  "donations.handOvers.byPeriod": { x: "period", series: ["handOvers", "families"] },
  "schoolEntry.byPeriod": { x: "period", series: ["advised", "noShow", "cancelledByFamily", "cancelled", "open"] },
  "schoolEntry.interpreterLanguages": { x: "language", series: ["requests", "accepted"] },
  "languages.demandAndSupply": { x: "language", series: ["families", "children", "volunteers", "interpreters"] },
};

export interface ChartTable {
  key: string;
  columns: { key: string; kind: string }[];
  rows: { cells: ReportCell[] }[];
}

export interface Chart {
  svg: string;
  legend: { label: string; color: string }[];
}

interface Datum {
  x: string;
  s: string;
  v: number;
}

const { document } = parseHTML("<!doctype html><html><body></body></html>");

export function chartOf(table: ChartTable, title: string, granularity: string, locale: string): Chart | null {
  const spec = SPECS[table.key];
  if (!spec || table.rows.length === 0) return null;
  const index = new Map(table.columns.map((c, i) => [c.key, i]));
  const at = (row: { cells: ReportCell[] }, key: string) => row.cells[index.get(key)!]!;
  const xs: string[] = [];
  const data: Datum[] = [];
  let seriesNames: string[];
  for (const row of table.rows) {
    const x = labelText(spec.x, at(row, spec.x).text, granularity, locale);
    if (!xs.includes(x)) xs.push(x);
  }
  if ("series" in spec) {
    seriesNames = spec.series.map(columnTitle);
    for (const row of table.rows) {
      const x = labelText(spec.x, at(row, spec.x).text, granularity, locale);
      spec.series.forEach((key, i) => {
        const cell = at(row, key);
        // A hidden small number is not drawn (the table says "< 5").
        if (cell.value !== null) data.push({ x, s: seriesNames[i]!, v: chartValue(table.columns[index.get(key)!]!.kind, cell.value) });
      });
    }
  } else {
    seriesNames = [];
    const kind = table.columns[index.get(spec.value)!]!.kind;
    for (const row of table.rows) {
      const s = labelText(spec.stackBy, at(row, spec.stackBy).text, granularity, locale);
      if (!seriesNames.includes(s)) seriesNames.push(s);
      const cell = at(row, spec.value);
      if (cell.value !== null) data.push({ x: labelText(spec.x, at(row, spec.x).text, granularity, locale), s, v: chartValue(kind, cell.value) });
    }
  }
  const colors = seriesNames.map((_, i) => PALETTE[i % PALETTE.length]!);
  const color = { domain: seriesNames, range: colors };
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const tip = (d: Datum) => `${d.x}, ${d.s}: ${number.format(d.v)}`;
  const options = {
    document,
    className: "lotse-chart",
    width: 640,
    height: 280,
    marginBottom: 40,
    color,
    y: { grid: true, label: null, tickFormat: (v: number) => number.format(v) },
  };
  const svg =
    "series" in spec
      ? Plot.plot({
          ...options,
          fx: { domain: xs, label: null, tickRotate: xs.length > 8 ? -40 : 0, padding: 0.15 },
          x: { axis: null, domain: seriesNames },
          marks: [Plot.barY(data, { fx: "x", x: "s", y: "v", fill: "s", title: tip }), Plot.ruleY([0])],
        })
      : Plot.plot({
          ...options,
          x: { domain: xs, label: null, tickRotate: xs.length > 8 ? -40 : 0, padding: 0.2 },
          marks: [Plot.barY(data, { x: "x", y: "v", fill: "s", title: tip }), Plot.ruleY([0])],
        });
  for (const style of svg.querySelectorAll("style")) style.remove();
  // Plot names its groups ("rule", "bar"): ARIA forbids names on elements without a role, and inside one image they say nothing.
  for (const named of svg.querySelectorAll("[aria-label], [aria-description]")) {
    named.removeAttribute("aria-label");
    named.removeAttribute("aria-description");
  }
  // One image with a name; the numbers are in the table beside it.
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", title);
  return { svg: svg.outerHTML, legend: seriesNames.map((label, i) => ({ label, color: colors[i]! })) };
}

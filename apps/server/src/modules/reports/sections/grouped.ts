// Turning a GROUPING SETS answer into the two tables every section shows: by
// period (every period of the report, zeros included) and by district (every
// district with figures, "no district" as null).
import type { Column, Table, Section, Value } from "../tables.ts";
import { periodsBetween } from "../tables.ts";
import type { ReportQuery } from "../report-query.ts";

export interface GroupedRow {
  /** 1 in the by-district grouping set, 0 in the by-period one. */
  by_district: number;
  period: Date | string | null;
  district: string | null;
}

export interface Districts {
  /** id -> name */
  names: Map<string, string>;
}

const periodKey = (p: Date | string | null) => (p == null ? null : typeof p === "string" ? p.slice(0, 10) : p.toISOString().slice(0, 10));

/**
 * The by-period and by-district tables of a section whose statement grouped
 * by `GROUPING SETS ((period, …), (district, …))`; `values` reads a row's
 * figures in the order of `columns`.
 */
export function periodAndDistrictTables<R extends GroupedRow>(
  q: ReportQuery,
  section: Section,
  name: string,
  rows: R[],
  columns: Column[],
  values: (row: R | undefined) => Value[],
  districts: Districts,
): Table[] {
  const byPeriod = new Map<string | null, R>();
  const byDistrict = new Map<string | null, R>();
  for (const r of rows) (Number(r.by_district) === 1 ? byDistrict.set(r.district, r) : byPeriod.set(periodKey(r.period), r));
  const districtOrder = [...byDistrict.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : (districts.names.get(a) ?? "").localeCompare(districts.names.get(b) ?? "", "de")));
  return [
    {
      section,
      key: `${name}.byPeriod`,
      columns: [{ key: "period", kind: "LABEL" }, ...columns],
      rows: periodsBetween(q.from, q.to, q.granularity).map((p) => [p, ...values(byPeriod.get(p))]),
      districtApplies: true,
    },
    {
      section,
      key: `${name}.byDistrict`,
      columns: [{ key: "district", kind: "LABEL" }, ...columns],
      rows: districtOrder.map((d) => [d === null ? null : (districts.names.get(d) ?? d), ...values(byDistrict.get(d))]),
      districtApplies: true,
    },
  ];
}

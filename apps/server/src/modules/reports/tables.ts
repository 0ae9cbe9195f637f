// The one shape every Integrationsmonitor figure travels in: a table of label
// columns and value columns. GraphQL, the CSV download and the web's charts
// and tables all read it, so small-number protection is decided once, here.

export { REPORT_SECTIONS as SECTIONS, type ReportSection as Section } from "@lotse/domain/reports";
import type { ReportSection as Section } from "@lotse/domain/reports";

export type Granularity = "MONTH" | "YEAR";

/**
 * LABEL: a period ("YYYY-MM-DD", its first day), a district, an activity, a
 * language code, an enum value. PEOPLE: a count of persons (volunteers,
 * families, children, tandems, participants, donors), the only kind small-number
 * protection hides by itself. The others are hidden when the people count they
 * are made of (`protectedBy`) is small.
 */
export type ValueKind = "LABEL" | "PEOPLE" | "COUNT" | "MINUTES" | "CENTS" | "PERCENT" | "DAYS";

export interface Column {
  key: string;
  kind: ValueKind;
  /** A PEOPLE column of the same row: when it is small, this value is hidden too (a sum or rate over few people reveals them). */
  protectedBy?: string;
}

export type Value = string | number | null;

export interface Table {
  section: Section;
  /** Unique in the report: `<section>.<what>`, e.g. `volunteers.byPeriod`. */
  key: string;
  columns: Column[];
  rows: Value[][];
  /** False where the figures have no district (money by fund): the district filter leaves them as they are. */
  districtApplies: boolean;
}

export interface Cell {
  text: string | null;
  value: number | null;
  /** A people count (or a figure made of one) from 1 to threshold − 1. */
  belowThreshold: boolean;
}

/** "< 5": what a protected cell shows. */
export const hiddenText = (threshold: number) => `< ${threshold}`;

const isSmall = (v: Value, threshold: number) => typeof v === "number" && v > 0 && v < threshold;

/**
 * The cells of a table with the small-number rule applied: counts of people
 * from 1 to threshold − 1, and every value made of such a count, are marked;
 * with `hide` their number is withheld and the text is "< threshold". Zero is
 * shown: an empty cell says nobody, which discloses no one. (No secondary
 * suppression: a total beside hidden cells is shown as it is.)
 */
export function protectedCells(table: Table, threshold: number, hide: boolean): Cell[][] {
  const index = new Map(table.columns.map((c, i) => [c.key, i]));
  return table.rows.map((row) =>
    table.columns.map((column, i) => {
      const v = row[i] ?? null;
      if (column.kind === "LABEL") return { text: v == null ? null : String(v), value: null, belowThreshold: false };
      const guard = column.kind === "PEOPLE" ? i : column.protectedBy ? index.get(column.protectedBy) : undefined;
      const small = guard !== undefined && isSmall(row[guard] ?? null, threshold);
      if (small && hide) return { text: hiddenText(threshold), value: null, belowThreshold: true };
      return { text: v == null ? null : String(v), value: typeof v === "number" ? v : null, belowThreshold: small };
    }),
  );
}

/** Every period (first day, "YYYY-MM-DD") from the one holding `from` to the one holding `to`. */
export function periodsBetween(from: string, to: string, granularity: Granularity): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = granularity === "YEAR" ? 1 : Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = granularity === "YEAR" ? 1 : Number(to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${y}-${String(m).padStart(2, "0")}-01`);
    if (granularity === "YEAR") y++;
    else if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Rows of a grouped query keyed by a label, with a zero row for every key that has none. */
export function fill<R>(keys: readonly (string | null)[], rows: Map<string | null, R>, empty: () => R): [string | null, R][] {
  return keys.map((k) => [k, rows.get(k) ?? empty()]);
}

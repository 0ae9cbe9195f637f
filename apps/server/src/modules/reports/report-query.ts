// What every section's statements are given: the organisation, the period in
// Berlin days, the bucket (month or year) and the district, as SQL fragments.
// Instants are stored as UTC without a zone (Prisma's timestamp(3)); a Berlin
// day or month is cut by converting them to Berlin wall-clock time in SQL.
import { berlinToday } from "@lotse/domain/berlin-time";
import { Prisma } from "../../generated/prisma/client.ts";
import type { ScopedDb } from "../../db/tenancy.ts";
import type { Granularity } from "./tables.ts";

export interface ReportFilter {
  /** Berlin days, inclusive, "YYYY-MM-DD". */
  from: string;
  to: string;
  granularity: Granularity;
  districtId: string | null;
}

export interface ReportQuery extends ReportFilter {
  db: ScopedDb;
  organizationId: string;
  locale: string;
  /** Berlin today, for what is still running (a tandem without contact until today). */
  today: string;
  /** date_trunc's unit. */
  unit: Prisma.Sql;
  /** The period's first and (exclusive) last instant as UTC timestamps, to compare with timestamp(3) columns. */
  fromTs: Prisma.Sql;
  toTs: Prisma.Sql;
  /** The same bounds as instants, to compare with timestamptz columns. */
  fromInstant: Prisma.Sql;
  toInstant: Prisma.Sql;
  /** The period's days, to compare with date columns. */
  fromDate: Prisma.Sql;
  toDate: Prisma.Sql;
  /** `AND <column> = district` when a district is chosen, else nothing. */
  inDistrict(column: string): Prisma.Sql;
}

export function reportQuery(db: ScopedDb, organizationId: string, locale: string, filter: ReportFilter, now: Date): ReportQuery {
  return {
    ...filter,
    db,
    organizationId,
    locale,
    today: berlinToday(now),
    unit: Prisma.sql`${filter.granularity === "YEAR" ? "year" : "month"}::text`,
    fromTs: utcOfBerlin(Prisma.sql`(${filter.from}::date)::timestamp`),
    toTs: utcOfBerlin(Prisma.sql`(${filter.to}::date + 1)::timestamp`),
    fromInstant: instantOfBerlin(Prisma.sql`(${filter.from}::date)::timestamp`),
    toInstant: instantOfBerlin(Prisma.sql`(${filter.to}::date + 1)::timestamp`),
    fromDate: Prisma.sql`${filter.from}::date`,
    toDate: Prisma.sql`${filter.to}::date`,
    inDistrict: (column) => (filter.districtId ? Prisma.sql`AND ${Prisma.raw(column)} = ${filter.districtId}::uuid` : Prisma.empty),
  };
}

// The one place the reports convert between Berlin wall-clock time and the
// stored instants in SQL. `column` is SQL text (a quoted column name), never input.

/** A UTC timestamp(3) column (no zone) as Berlin wall-clock time. */
export const berlinTime = (column: string) => Prisma.sql`(${Prisma.raw(column)} AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin')`;

/** A timestamptz column as Berlin wall-clock time. */
export const berlinTimeOfInstant = (column: string) => Prisma.sql`(${Prisma.raw(column)} AT TIME ZONE 'Europe/Berlin')`;

/** A Berlin wall-clock timestamp as the UTC timestamp(3) the columns store. */
export const utcOfBerlin = (wallClock: Prisma.Sql) => Prisma.sql`(${wallClock} AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC')`;

/** A Berlin wall-clock timestamp as an instant (timestamptz). */
export const instantOfBerlin = (wallClock: Prisma.Sql) => Prisma.sql`(${wallClock} AT TIME ZONE 'Europe/Berlin')`;

/** The Berlin day of a UTC timestamp(3) column. */
export const berlinDay = (column: string) => Prisma.sql`${berlinTime(column)}::date`;

/** A UTC timestamp(3) column as Berlin wall-clock time, cut to the report's bucket, as a date. */
export const berlinBucket = (q: ReportQuery, column: string) => Prisma.sql`date_trunc(${q.unit}, ${berlinTime(column)})::date`;

/** A timestamptz column cut to the report's Berlin bucket, as a date. */
export const berlinBucketOfInstant = (q: ReportQuery, column: string) => Prisma.sql`date_trunc(${q.unit}, ${berlinTimeOfInstant(column)})::date`;

/** A date column cut to the report's bucket. */
export const dateBucket = (q: ReportQuery, column: string) => Prisma.sql`date_trunc(${q.unit}, ${Prisma.raw(column)})::date`;

/** A period's label: its first day. */
export const isoDay = (d: Date | string | null): string | null => (d == null ? null : typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10));

export const num = (v: bigint | number | null | undefined): number => (v == null ? 0 : Number(v));

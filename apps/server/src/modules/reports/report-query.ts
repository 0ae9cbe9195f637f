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
    fromTs: Prisma.sql`((${filter.from}::date)::timestamp AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC')`,
    toTs: Prisma.sql`((${filter.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin' AT TIME ZONE 'UTC')`,
    fromDate: Prisma.sql`${filter.from}::date`,
    toDate: Prisma.sql`${filter.to}::date`,
    inDistrict: (column) => (filter.districtId ? Prisma.sql`AND ${Prisma.raw(column)} = ${filter.districtId}::uuid` : Prisma.empty),
  };
}

/** A UTC timestamp(3) column as Berlin wall-clock time, cut to the report's bucket, as a date. */
export const berlinBucket = (q: ReportQuery, column: string) => Prisma.sql`date_trunc(${q.unit}, ${Prisma.raw(column)} AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Berlin')::date`;

/** A date column cut to the report's bucket. */
export const dateBucket = (q: ReportQuery, column: string) => Prisma.sql`date_trunc(${q.unit}, ${Prisma.raw(column)})::date`;

/** A period's label: its first day. */
export const isoDay = (d: Date | string | null): string | null => (d == null ? null : typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10));

export const num = (v: bigint | number | null | undefined): number => (v == null ? 0 : Number(v));

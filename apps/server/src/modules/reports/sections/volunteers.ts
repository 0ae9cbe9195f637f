// Volunteers by period and district: new sign-ups, approvals, active (approved
// hours in the period) and ended volunteering. One statement.
import { Prisma } from "../../../generated/prisma/client.ts";
import { berlinBucket, dateBucket, num, type ReportQuery } from "../report-query.ts";
import type { Table } from "../tables.ts";
import { periodAndDistrictTables, type Districts, type GroupedRow } from "./grouped.ts";

interface Row extends GroupedRow {
  new: bigint;
  approved: bigint;
  active: bigint;
  ended: bigint;
}

export async function volunteerTables(q: ReportQuery, districts: Districts): Promise<Table[]> {
  // Every row of `ev` is one volunteer once per kind and period (or, for
  // active_any, once over the whole period): plain COUNT(*) lets PostgreSQL
  // hash both grouping sets instead of sorting for COUNT(DISTINCT).
  const rows = await q.db.$queryRaw<Row[]>(Prisma.sql`
    WITH v AS (
      SELECT id, "districtId", "createdAt", "approvedAt", "endedAt" FROM "VolunteerProfile"
      WHERE "organizationId" = ${q.organizationId}::uuid ${q.inDistrict(`"districtId"`)}
    ), active AS (
      SELECT DISTINCT "volunteerId", ${dateBucket(q, `"date"`)} AS period FROM "HourLog"
      WHERE "organizationId" = ${q.organizationId}::uuid AND status = 'APPROVED' AND "date" >= ${q.fromDate} AND "date" <= ${q.toDate}
    ), ev AS (
      SELECT 'new' AS k, ${berlinBucket(q, `"createdAt"`)} AS period, "districtId" AS district FROM v WHERE "createdAt" >= ${q.fromTs} AND "createdAt" < ${q.toTs}
      UNION ALL
      SELECT 'approved', ${berlinBucket(q, `"approvedAt"`)}, "districtId" FROM v WHERE "approvedAt" >= ${q.fromTs} AND "approvedAt" < ${q.toTs}
      UNION ALL
      SELECT 'ended', ${berlinBucket(q, `"endedAt"`)}, "districtId" FROM v WHERE "endedAt" >= ${q.fromTs} AND "endedAt" < ${q.toTs}
      UNION ALL
      SELECT 'active', a.period, v."districtId" FROM active a JOIN v ON v.id = a."volunteerId"
      UNION ALL
      SELECT 'active_any', NULL, v."districtId" FROM (SELECT DISTINCT "volunteerId" FROM active) a JOIN v ON v.id = a."volunteerId"
    )
    SELECT GROUPING(period) AS by_district, period, district,
      COUNT(*) FILTER (WHERE k = 'new') AS new,
      COUNT(*) FILTER (WHERE k = 'approved') AS approved,
      -- by period: once per volunteer and period; by district: once per volunteer
      CASE WHEN GROUPING(period) = 0 THEN COUNT(*) FILTER (WHERE k = 'active') ELSE COUNT(*) FILTER (WHERE k = 'active_any') END AS active,
      COUNT(*) FILTER (WHERE k = 'ended') AS ended
    FROM ev GROUP BY GROUPING SETS ((period), (district))`);
  return periodAndDistrictTables(
    q,
    "VOLUNTEERS",
    "volunteers",
    rows,
    [
      { key: "new", kind: "PEOPLE" },
      { key: "approved", kind: "PEOPLE" },
      { key: "active", kind: "PEOPLE" },
      { key: "ended", kind: "PEOPLE" },
    ],
    (r) => [num(r?.new), num(r?.approved), num(r?.active), num(r?.ended)],
    districts,
  );
}

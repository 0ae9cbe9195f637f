// Tandems by period and district (the family's): proposed, activated, active
// at any time in the period, ended by reason, the median days from the
// family's registration to the tandem becoming active, and how many active
// tandems reached the no-contact alert. One statement.
//
// The alert is rebuilt from the contact log: an ACTIVE tandem is flagged on
// the day `alertDays` after its activation or last contact when no contact
// came before that day (as matching's daysSinceContact >= alertDays). Paused
// stretches are not taken out (the history of pauses is in TandemEvent; the
// share would change only for tandems paused for weeks).
import { Prisma } from "../../../generated/prisma/client.ts";
import { berlinBucket, berlinDay, num, utcOfBerlin, type ReportQuery } from "../report-query.ts";
import type { Table } from "../tables.ts";
import { periodAndDistrictTables, type Districts, type GroupedRow } from "./grouped.ts";

export const END_REASONS = ["GOAL_REACHED", "FAMILY_MOVED", "NOT_A_FIT", "VOLUNTEER_STOPPED", "OTHER"] as const;

interface Row extends GroupedRow {
  proposed: bigint;
  activated: bigint;
  active: bigint;
  alerted: bigint;
  median_days: number | null;
  ended: Record<string, number> | null;
  ended_total: bigint;
}

export async function tandemTables(q: ReportQuery, districts: Districts, alertDays: number): Promise<Table[]> {
  const rows = await q.db.$queryRaw<Row[]>(Prisma.sql`
    WITH t AS (
      SELECT t.id, t."proposedAt", t."activatedAt", t."endedAt", t."endReason", f."districtId" AS district, f."createdAt" AS registered
      FROM "Tandem" t JOIN "Family" f ON f.id = t."familyId"
      WHERE t."organizationId" = ${q.organizationId}::uuid ${q.inDistrict(`f."districtId"`)}
    ), periods AS (
      SELECT p::date AS period,
        ${utcOfBerlin(Prisma.sql`p`)} AS starts,
        ${utcOfBerlin(Prisma.sql`(p + ('1 ' || ${q.unit})::interval)`)} AS ends
      FROM generate_series(date_trunc(${q.unit}, ${q.fromDate}::timestamp), ${q.toDate}::timestamp, ('1 ' || ${q.unit})::interval) p
    ), points AS (
      SELECT t.id, ${berlinDay(`t."activatedAt"`)} AS day FROM t WHERE t."activatedAt" IS NOT NULL
      UNION
      SELECT t.id, c."date" FROM t JOIN "TandemContact" c ON c."tandemId" = t.id
      WHERE c."organizationId" = ${q.organizationId}::uuid AND t."activatedAt" IS NOT NULL AND c."date" >= ${berlinDay(`t."activatedAt"`)}
    ), alerts AS (
      SELECT g.id, g.day + ${alertDays}::int AS day FROM (
        SELECT points.id, points.day, lead(points.day) OVER (PARTITION BY points.id ORDER BY points.day) AS next FROM points
      ) g JOIN t ON t.id = g.id
      WHERE g.day + ${alertDays}::int < COALESCE(g.next, ${berlinDay(`t."endedAt"`)}, ${q.today}::date + 1)
    ), ev AS (
      SELECT 'proposed' AS k, ${berlinBucket(q, `"proposedAt"`)} AS period, district, id, NULL::float8 AS days, NULL::text AS reason
      FROM t WHERE "proposedAt" >= ${q.fromTs} AND "proposedAt" < ${q.toTs}
      UNION ALL
      SELECT 'activated', ${berlinBucket(q, `"activatedAt"`)}, district, id, EXTRACT(EPOCH FROM "activatedAt" - registered) / 86400, NULL
      FROM t WHERE "activatedAt" >= ${q.fromTs} AND "activatedAt" < ${q.toTs}
      UNION ALL
      SELECT 'ended', ${berlinBucket(q, `"endedAt"`)}, district, id, NULL, COALESCE("endReason"::text, 'OTHER')
      FROM t WHERE "endedAt" >= ${q.fromTs} AND "endedAt" < ${q.toTs} AND "activatedAt" IS NOT NULL
      UNION ALL
      SELECT 'active', p.period, t.district, t.id, NULL, NULL
      FROM t JOIN periods p ON t."activatedAt" < p.ends AND (t."endedAt" IS NULL OR t."endedAt" >= p.starts)
      WHERE t."activatedAt" < ${q.toTs} AND (t."endedAt" IS NULL OR t."endedAt" >= ${q.fromTs})
      UNION ALL
      SELECT 'alerted', date_trunc(${q.unit}, a.day)::date, t.district, t.id, NULL, NULL
      FROM alerts a JOIN t ON t.id = a.id WHERE a.day >= ${q.fromDate} AND a.day <= ${q.toDate}
    ), grouped AS (
      SELECT GROUPING(period) AS by_district, period, district, k, reason, COUNT(DISTINCT id) AS n,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median_days
      FROM ev GROUP BY GROUPING SETS ((period, k, reason), (district, k, reason))
    )
    SELECT by_district, period, district,
      COALESCE(SUM(n) FILTER (WHERE k = 'proposed'), 0)::bigint AS proposed,
      COALESCE(SUM(n) FILTER (WHERE k = 'activated'), 0)::bigint AS activated,
      COALESCE(SUM(n) FILTER (WHERE k = 'active'), 0)::bigint AS active,
      COALESCE(SUM(n) FILTER (WHERE k = 'alerted'), 0)::bigint AS alerted,
      MAX(median_days) FILTER (WHERE k = 'activated') AS median_days,
      jsonb_object_agg(reason, n) FILTER (WHERE k = 'ended') AS ended,
      COALESCE(SUM(n) FILTER (WHERE k = 'ended'), 0)::bigint AS ended_total
    FROM grouped GROUP BY by_district, period, district`);
  return periodAndDistrictTables(
    q,
    "TANDEMS",
    "tandems",
    rows,
    [
      { key: "proposed", kind: "PEOPLE" },
      { key: "activated", kind: "PEOPLE" },
      { key: "active", kind: "PEOPLE" },
      { key: "alerted", kind: "PEOPLE" },
      { key: "alertShare", kind: "PERCENT", protectedBy: "active" },
      { key: "medianDaysToMatch", kind: "DAYS", protectedBy: "activated" },
      { key: "ended", kind: "PEOPLE" },
      ...END_REASONS.map((reason) => ({ key: `ended_${reason}`, kind: "PEOPLE" as const })),
    ],
    (r) => {
      const active = num(r?.active);
      const alerted = num(r?.alerted);
      return [
        num(r?.proposed),
        num(r?.activated),
        active,
        alerted,
        active ? Math.round((alerted / active) * 1000) / 10 : null,
        r?.median_days == null ? null : Math.round(Number(r.median_days) * 10) / 10,
        num(r?.ended_total),
        ...END_REASONS.map((reason) => num(r?.ended?.[reason])),
      ];
    },
    districts,
  );
}

// Courses: the cohorts whose first session falls in the period, by that period
// and by the participants' district: participants (everyone who was given a
// place), the certified among the participants of completed cohorts, the
// certification rate (certified / participants of completed cohorts) and the
// waiting list as it stands (waiting or offered a freed place). One statement.
import { Prisma } from "../../../generated/prisma/client.ts";
import { berlinBucket, num, type ReportQuery } from "../report-query.ts";
import type { Table } from "../tables.ts";
import { periodAndDistrictTables, type Districts, type GroupedRow } from "./grouped.ts";

interface Row extends GroupedRow {
  cohorts: bigint;
  participants: bigint;
  completed_participants: bigint;
  certified: bigint;
  waiting: bigint;
}

export async function cohortTables(q: ReportQuery, districts: Districts): Promise<Table[]> {
  const rows = await q.db.$queryRaw<Row[]>(Prisma.sql`
    WITH c AS (
      SELECT c.id, c.status, s.starts FROM "Cohort" c
      JOIN (SELECT "cohortId", MIN("startsAt") AS starts FROM "CohortSession" WHERE "organizationId" = ${q.organizationId}::uuid GROUP BY "cohortId") s ON s."cohortId" = c.id
      WHERE c."organizationId" = ${q.organizationId}::uuid AND c.status <> 'CANCELLED' AND s.starts >= ${q.fromTs} AND s.starts < ${q.toTs}
    ), e AS (
      SELECT ${berlinBucket(q, "c.starts")} AS period, v."districtId" AS district, c.id AS cohort, c.status AS cohort_status,
        e.id, e.status, e."admittedAt", ct.id AS certificate
      FROM c JOIN "Enrolment" e ON e."cohortId" = c.id
      JOIN "VolunteerProfile" v ON v.id = e."volunteerId"
      LEFT JOIN "Certificate" ct ON ct."enrolmentId" = e.id AND ct."revokedAt" IS NULL
      WHERE true ${q.inDistrict(`v."districtId"`)}
    )
    SELECT GROUPING(period) AS by_district, period, district,
      COUNT(DISTINCT cohort) AS cohorts,
      COUNT(*) FILTER (WHERE "admittedAt" IS NOT NULL) AS participants,
      COUNT(*) FILTER (WHERE "admittedAt" IS NOT NULL AND cohort_status = 'COMPLETED') AS completed_participants,
      COUNT(certificate) FILTER (WHERE cohort_status = 'COMPLETED') AS certified,
      COUNT(*) FILTER (WHERE status IN ('WAITLISTED', 'OFFERED')) AS waiting
    FROM e GROUP BY GROUPING SETS ((period), (district))`);
  return periodAndDistrictTables(
    q,
    "COHORTS",
    "cohorts",
    rows,
    [
      { key: "cohorts", kind: "COUNT" },
      { key: "participants", kind: "PEOPLE" },
      { key: "completedParticipants", kind: "PEOPLE" },
      { key: "certified", kind: "PEOPLE" },
      { key: "certificationRate", kind: "PERCENT", protectedBy: "completedParticipants" },
      { key: "waiting", kind: "PEOPLE" },
    ],
    (r) => {
      const completed = num(r?.completed_participants);
      const certified = num(r?.certified);
      return [num(r?.cohorts), num(r?.participants), completed, certified, completed ? Math.round((certified / completed) * 1000) / 10 : null, num(r?.waiting)];
    },
    districts,
  );
}

// Language demand against supply: for every language, the families of the
// period (registered before its end, not closed before its start) who speak
// it and their children, against the volunteers of the period (approved before
// its end, not ended before its start) who speak it and those of them who
// interpret it in the Sprachmittlerpool. A figure for the period as a whole,
// by the family's and the volunteer's district. One statement.
import { Prisma } from "../../../generated/prisma/client.ts";
import { num, type ReportQuery } from "../report-query.ts";
import type { Table } from "../tables.ts";

interface Row {
  language: string;
  families: bigint;
  children: bigint;
  volunteers: bigint;
  interpreters: bigint;
}

export async function languageTables(q: ReportQuery): Promise<Table[]> {
  const rows = await q.db.$queryRaw<Row[]>(Prisma.sql`
    WITH fam AS (
      SELECT f.id, (SELECT COUNT(*) FROM "FamilyMember" m WHERE m."familyId" = f.id AND NOT m.adult) AS children
      FROM "Family" f
      WHERE f."organizationId" = ${q.organizationId}::uuid AND f."createdAt" < ${q.toTs} AND (f."closedAt" IS NULL OR f."closedAt" >= ${q.fromTs}) ${q.inDistrict(`f."districtId"`)}
    ), demand AS (
      SELECT l.code, COUNT(*) AS families, SUM(fam.children)::bigint AS children FROM fam JOIN "FamilyLanguage" l ON l."familyId" = fam.id GROUP BY l.code
    ), vol AS (
      SELECT v.id, v."offersInterpreting" FROM "VolunteerProfile" v
      WHERE v."organizationId" = ${q.organizationId}::uuid AND v."approvedAt" < ${q.toTs} AND (v."endedAt" IS NULL OR v."endedAt" >= ${q.fromTs}) ${q.inDistrict(`v."districtId"`)}
    ), supply AS (
      SELECT l.code, COUNT(*) AS volunteers, COUNT(*) FILTER (WHERE l.interpreting AND vol."offersInterpreting") AS interpreters
      FROM vol JOIN "VolunteerLanguage" l ON l."volunteerId" = vol.id GROUP BY l.code
    )
    SELECT COALESCE(d.code, s.code) AS language, COALESCE(d.families, 0) AS families, COALESCE(d.children, 0) AS children,
      COALESCE(s.volunteers, 0) AS volunteers, COALESCE(s.interpreters, 0) AS interpreters
    FROM demand d FULL JOIN supply s ON s.code = d.code
    ORDER BY COALESCE(d.families, 0) DESC, COALESCE(s.volunteers, 0) DESC, 1`);
  return [
    {
      section: "LANGUAGES",
      key: "languages.demandAndSupply",
      columns: [
        { key: "language", kind: "LABEL" },
        { key: "families", kind: "PEOPLE" },
        { key: "children", kind: "PEOPLE" },
        { key: "volunteers", kind: "PEOPLE" },
        { key: "interpreters", kind: "PEOPLE" },
      ],
      rows: rows.map((r) => [r.language, num(r.families), num(r.children), num(r.volunteers), num(r.interpreters)]),
      districtApplies: true,
    },
  ];
}

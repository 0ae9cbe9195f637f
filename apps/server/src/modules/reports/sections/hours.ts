// Approved hours by activity type, per period and per district (the
// volunteer's district). One statement; the activity names come with it.
import { Prisma } from "../../../generated/prisma/client.ts";
import { localizedName } from "../../volunteers/index.ts";
import { dateBucket, isoDay, num, type ReportQuery } from "../report-query.ts";
import type { Column, Table } from "../tables.ts";
import type { Districts } from "./grouped.ts";

interface Row {
  by_district: number;
  period: Date | null;
  district: string | null;
  activity: string;
  name: string;
  name_translations: unknown;
  minutes: bigint;
  entries: bigint;
  volunteers: bigint;
}

const VALUES: Column[] = [
  { key: "minutes", kind: "MINUTES", protectedBy: "volunteers" },
  { key: "entries", kind: "COUNT", protectedBy: "volunteers" },
  { key: "volunteers", kind: "PEOPLE" },
];

export async function hourTables(q: ReportQuery, districts: Districts): Promise<Table[]> {
  const rows = await q.db.$queryRaw<Row[]>(Prisma.sql`
    SELECT g.*, a.name, a."nameTranslations" AS name_translations FROM (
      SELECT GROUPING(period) AS by_district, period, district, activity,
        SUM(minutes)::bigint AS minutes, COUNT(*) AS entries, COUNT(DISTINCT volunteer) AS volunteers
      FROM (
        SELECT ${dateBucket(q, `h."date"`)} AS period, v."districtId" AS district, h."activityTypeId" AS activity, h.minutes, h."volunteerId" AS volunteer
        FROM "HourLog" h JOIN "VolunteerProfile" v ON v.id = h."volunteerId"
        WHERE h."organizationId" = ${q.organizationId}::uuid AND h.status = 'APPROVED' AND h."date" >= ${q.fromDate} AND h."date" <= ${q.toDate} ${q.inDistrict(`v."districtId"`)}
      ) h
      GROUP BY GROUPING SETS ((period, activity), (district, activity))
    ) g JOIN "ActivityType" a ON a.id = g.activity
    ORDER BY g.by_district, g.period, a."sortOrder", a.name`);
  const label = (r: Row) => localizedName({ name: r.name, nameTranslations: r.name_translations }, q.locale);
  const values = (r: Row) => [num(r.minutes), num(r.entries), num(r.volunteers)];
  const byDistrict = rows.filter((r) => Number(r.by_district) === 1);
  const districtName = (id: string | null) => (id === null ? null : (districts.names.get(id) ?? id));
  byDistrict.sort((a, b) => (a.district === null ? 1 : b.district === null ? -1 : (districtName(a.district) ?? "").localeCompare(districtName(b.district) ?? "", "de")));
  return [
    {
      section: "HOURS",
      key: "hours.byPeriod",
      columns: [{ key: "period", kind: "LABEL" }, { key: "activity", kind: "LABEL" }, ...VALUES],
      rows: rows.filter((r) => Number(r.by_district) === 0).map((r) => [isoDay(r.period), label(r), ...values(r)]),
      districtApplies: true,
    },
    {
      section: "HOURS",
      key: "hours.byDistrict",
      columns: [{ key: "district", kind: "LABEL" }, { key: "activity", kind: "LABEL" }, ...VALUES],
      rows: byDistrict.map((r) => [districtName(r.district), label(r), ...values(r)]),
      districtApplies: true,
    },
  ];
}

// Schuleinstiegsberatung: appointments of the period by outcome and class
// form, by period and district (the district of the child's family, where the
// child's record names one), and the interpreter requests by language. Two
// statements.
import { Prisma } from "../../../generated/prisma/client.ts";
import { berlinBucketOfInstant, num, type ReportQuery } from "../report-query.ts";
import type { Table } from "../tables.ts";
import { periodAndDistrictTables, type Districts, type GroupedRow } from "./grouped.ts";

interface Row extends GroupedRow {
  appointments: bigint;
  children: bigint;
  advised: bigint;
  no_show: bigint;
  cancelled_by_family: bigint;
  cancelled: bigint;
  open: bigint;
  sprachlernklasse: bigint;
  regelklasse_daz: bigint;
}

interface LanguageRow {
  language: string;
  requests: bigint;
  accepted: bigint;
  children: bigint;
}

export async function schoolEntryTables(q: ReportQuery, districts: Districts): Promise<Table[]> {
  // startsAt is timestamptz here: the bucket of an instant, the bounds as instants.
  const bucket = berlinBucketOfInstant(q, `a."startsAt"`);
  const { fromInstant: from, toInstant: to } = q;
  const district = q.districtId ? Prisma.sql`AND f."districtId" = ${q.districtId}::uuid` : Prisma.empty;
  const [rows, languages] = await Promise.all([
    q.db.$queryRaw<Row[]>(Prisma.sql`
      SELECT GROUPING(period) AS by_district, period, district,
        COUNT(*) AS appointments,
        COUNT(DISTINCT child) AS children,
        COUNT(*) FILTER (WHERE status = 'BOOKED' AND outcome = 'ADVISED') AS advised,
        COUNT(*) FILTER (WHERE status = 'BOOKED' AND outcome = 'NO_SHOW') AS no_show,
        COUNT(*) FILTER (WHERE status = 'BOOKED' AND outcome = 'CANCELLED') AS cancelled_by_family,
        COUNT(*) FILTER (WHERE status = 'CANCELLED') AS cancelled,
        COUNT(*) FILTER (WHERE status = 'BOOKED' AND outcome IS NULL) AS open,
        COUNT(*) FILTER (WHERE status = 'BOOKED' AND class_form = 'SPRACHLERNKLASSE') AS sprachlernklasse,
        COUNT(*) FILTER (WHERE status = 'BOOKED' AND class_form = 'REGELKLASSE_DAZ') AS regelklasse_daz
      FROM (
        SELECT ${bucket} AS period, f."districtId" AS district, a."childId" AS child, a.status::text AS status, o.kind::text AS outcome, o."classForm"::text AS class_form
        FROM "Appointment" a JOIN "Child" c ON c.id = a."childId"
        LEFT JOIN "Family" f ON f.id = c."familyId" AND f."organizationId" = c."organizationId"
        LEFT JOIN "AppointmentOutcome" o ON o."appointmentId" = a.id
        WHERE a."organizationId" = ${q.organizationId}::uuid AND a."startsAt" >= ${from} AND a."startsAt" < ${to} ${district}
      ) a
      GROUP BY GROUPING SETS ((period), (district))`),
    q.db.$queryRaw<LanguageRow[]>(Prisma.sql`
      SELECT r.language, COUNT(*) AS requests, COUNT(*) FILTER (WHERE r.status = 'ACCEPTED') AS accepted, COUNT(DISTINCT a."childId") AS children
      FROM "InterpreterRequest" r JOIN "Appointment" a ON a.id = r."appointmentId" JOIN "Child" c ON c.id = a."childId"
      LEFT JOIN "Family" f ON f.id = c."familyId" AND f."organizationId" = c."organizationId"
      WHERE r."organizationId" = ${q.organizationId}::uuid AND r.status <> 'CANCELLED' AND r."startsAt" >= ${from} AND r."startsAt" < ${to} ${district}
      GROUP BY r.language ORDER BY requests DESC, r.language`),
  ]);
  return [
    ...periodAndDistrictTables(
      q,
      "SCHOOL_ENTRY",
      "schoolEntry",
      rows,
      [
        { key: "appointments", kind: "COUNT", protectedBy: "children" },
        { key: "children", kind: "PEOPLE" },
        { key: "advised", kind: "PEOPLE" },
        { key: "noShow", kind: "PEOPLE" },
        { key: "cancelledByFamily", kind: "PEOPLE" },
        { key: "cancelled", kind: "PEOPLE" },
        { key: "open", kind: "PEOPLE" },
        { key: "sprachlernklasse", kind: "PEOPLE" },
        { key: "regelklasseDaz", kind: "PEOPLE" },
      ],
      (r) => [num(r?.appointments), num(r?.children), num(r?.advised), num(r?.no_show), num(r?.cancelled_by_family), num(r?.cancelled), num(r?.open), num(r?.sprachlernklasse), num(r?.regelklasse_daz)],
      districts,
    ),
    {
      section: "SCHOOL_ENTRY",
      key: "schoolEntry.interpreterLanguages",
      columns: [
        { key: "language", kind: "LABEL" },
        { key: "requests", kind: "COUNT", protectedBy: "children" },
        { key: "accepted", kind: "COUNT", protectedBy: "children" },
        { key: "children", kind: "PEOPLE" },
      ],
      rows: languages.map((l) => [l.language, num(l.requests), num(l.accepted), num(l.children)]),
      districtApplies: true,
    },
  ];
}

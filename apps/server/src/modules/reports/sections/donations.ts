// Donations: accepted money by fund (the donations module's own figure, read
// through its index), accepted goods by category (pieces and value) and the
// hand-overs of goods to families, by period and the family's district.
// Money and goods have no district: the district filter leaves them as they
// are (districtApplies false). Three statements.
import { Prisma } from "../../../generated/prisma/client.ts";
import { acceptedMoneyByFund } from "../../donations/index.ts";
import type { ServiceCtx } from "../../service-context.ts";
import { isoDay, num, type ReportQuery } from "../report-query.ts";
import type { Table } from "../tables.ts";
import { periodAndDistrictTables, type Districts, type GroupedRow } from "./grouped.ts";

interface GoodsRow {
  period: Date;
  category: string;
  pieces: bigint;
  value_cents: bigint;
  donors: bigint;
}

interface HandOverRow extends GroupedRow {
  hand_overs: bigint;
  pieces: bigint;
  families: bigint;
}

export async function donationTables(ctx: ServiceCtx, q: ReportQuery, districts: Districts): Promise<Table[]> {
  const [money, funds, goods, handOvers] = await Promise.all([
    acceptedMoneyByFund(ctx, { from: q.from, to: q.to, unit: q.granularity === "YEAR" ? "year" : "month" }),
    q.db.fund.findMany({ select: { id: true, name: true } }),
    q.db.$queryRaw<GoodsRow[]>(Prisma.sql`
      SELECT date_trunc(${q.unit}, d."receivedOn")::date AS period, c.name AS category,
        SUM(i.quantity)::bigint AS pieces, SUM(i.quantity::bigint * i."valuePerItemCents")::bigint AS value_cents, COUNT(DISTINCT d."donorId") AS donors
      FROM "GoodsItem" i JOIN "Donation" d ON d.id = i."donationId" JOIN "GoodsCategory" c ON c.id = i."categoryId"
      WHERE d."organizationId" = ${q.organizationId}::uuid AND d.status = 'ACCEPTED' AND d."receivedOn" >= ${q.fromDate} AND d."receivedOn" <= ${q.toDate}
      GROUP BY 1, c.name, c."sortOrder" ORDER BY 1, c."sortOrder", c.name`),
    q.db.$queryRaw<HandOverRow[]>(Prisma.sql`
      SELECT GROUPING(period) AS by_district, period, district,
        COUNT(*) AS hand_overs, SUM(quantity)::bigint AS pieces, COUNT(DISTINCT family) AS families
      FROM (
        SELECT date_trunc(${q.unit}, r."handedOverOn")::date AS period, f."districtId" AS district, r.quantity, COALESCE(r."familyId"::text, r."familyName") AS family
        FROM "GoodsReservation" r LEFT JOIN "Family" f ON f.id = r."familyId"
        WHERE r."organizationId" = ${q.organizationId}::uuid AND r.status = 'HANDED_OVER' AND r."handedOverOn" >= ${q.fromDate} AND r."handedOverOn" <= ${q.toDate}
          ${q.districtId ? Prisma.sql`AND f."districtId" = ${q.districtId}::uuid` : Prisma.empty}
      ) r
      GROUP BY GROUPING SETS ((period), (district))`),
  ]);
  const fundName = new Map(funds.map((f) => [f.id, f.name]));
  return [
    {
      section: "DONATIONS",
      key: "donations.moneyByFund",
      columns: [
        { key: "period", kind: "LABEL" },
        { key: "fund", kind: "LABEL" },
        { key: "amountCents", kind: "CENTS", protectedBy: "donors" },
        { key: "donations", kind: "COUNT", protectedBy: "donors" },
        { key: "donors", kind: "PEOPLE" },
      ],
      // A donation without a fund is free money: the fund label stays empty.
      rows: money.map((m) => [m.period, m.fundId ? (fundName.get(m.fundId) ?? null) : null, m.amountCents, m.count, m.donors]),
      districtApplies: false,
    },
    {
      section: "DONATIONS",
      key: "donations.goodsByCategory",
      columns: [
        { key: "period", kind: "LABEL" },
        { key: "category", kind: "LABEL" },
        { key: "pieces", kind: "COUNT", protectedBy: "donors" },
        { key: "valueCents", kind: "CENTS", protectedBy: "donors" },
        { key: "donors", kind: "PEOPLE" },
      ],
      rows: goods.map((g) => [isoDay(g.period), g.category, num(g.pieces), num(g.value_cents), num(g.donors)]),
      districtApplies: false,
    },
    ...periodAndDistrictTables(
      q,
      "DONATIONS",
      "donations.handOvers",
      handOvers,
      [
        { key: "handOvers", kind: "COUNT", protectedBy: "families" },
        { key: "pieces", kind: "COUNT", protectedBy: "families" },
        { key: "families", kind: "PEOPLE" },
      ],
      (r) => [num(r?.hand_overs), num(r?.pieces), num(r?.families)],
      districts,
    ),
  ];
}

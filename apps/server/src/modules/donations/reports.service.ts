// The year's figures: the report to the Kommunalaufsicht (donor, amount or
// value, purpose, accepting body, decision date), donations by fund and
// month, and the inventory's value. Sums are computed by the database.
import { formatIsoDate } from "@lotse/domain/calendar-date";
import type { AcceptanceBody, DonationKind, DonationStatus } from "../../generated/prisma/client.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";

export interface FundMonth {
  fundId: string | null;
  fundName: string | null;
  month: number;
  amountCents: number;
  count: number;
}

export interface DonationSummary {
  year: number;
  acceptedMoneyCents: number;
  acceptedGoodsCents: number;
  pendingCents: number;
  pendingCount: number;
  refusedCents: number;
  refusedCount: number;
  receiptsIssued: number;
  receiptsCancelled: number;
  byFundAndMonth: FundMonth[];
  inventoryValueCents: number;
  inventoryPieces: number;
}

export async function donationSummary(ctx: ServiceCtx, year: number): Promise<DonationSummary> {
  const organizationId = signedIn(ctx).organizationId;
  const [byStatus, funds, monthly, receipts, cancelled, inventory] = await Promise.all([
    ctx.db.donation.groupBy({ by: ["status", "kind"], where: { budgetYear: year }, _sum: { amountCents: true }, _count: { _all: true } }),
    ctx.db.fund.findMany({ select: { id: true, name: true } }),
    acceptedMoneyByFund(ctx, { from: `${year}-01-01`, to: `${year}-12-31`, unit: "month" }),
    ctx.db.donationReceipt.count({ where: { year } }),
    ctx.db.donationReceipt.count({ where: { year, cancelledAt: { not: null } } }),
    ctx.db.$queryRaw<{ cents: bigint | null; pieces: bigint | null }[]>`
      SELECT SUM(("available" + "reserved")::bigint * "valuePerItemCents") AS cents, SUM("available" + "reserved")::bigint AS pieces
      FROM "GoodsItem" WHERE "organizationId" = ${organizationId}::uuid`,
  ]);
  const sum = (status: DonationStatus, kind?: DonationKind) =>
    byStatus.filter((r) => r.status === status && (!kind || r.kind === kind)).reduce((s, r) => s + (r._sum.amountCents ?? 0), 0);
  const count = (status: DonationStatus) => byStatus.filter((r) => r.status === status).reduce((s, r) => s + r._count._all, 0);
  const fundNames = new Map(funds.map((f) => [f.id, f.name]));
  return {
    year,
    acceptedMoneyCents: sum("ACCEPTED", "MONEY"),
    acceptedGoodsCents: sum("ACCEPTED", "GOODS"),
    pendingCents: sum("PENDING"),
    pendingCount: count("PENDING"),
    refusedCents: sum("REFUSED"),
    refusedCount: count("REFUSED"),
    receiptsIssued: receipts,
    receiptsCancelled: cancelled,
    byFundAndMonth: monthly.map((m) => ({ fundId: m.fundId, fundName: m.fundId ? (fundNames.get(m.fundId) ?? null) : null, month: Number(m.period.slice(5, 7)), amountCents: m.amountCents, count: m.count })),
    inventoryValueCents: Number(inventory[0]?.cents ?? 0),
    inventoryPieces: Number(inventory[0]?.pieces ?? 0),
  };
}

export interface FundPeriod {
  /** The period's first day, "YYYY-MM-DD". */
  period: string;
  fundId: string | null;
  amountCents: number;
  count: number;
  /** Different donors: the Integrationsmonitor hides a sum made of few people's gifts. */
  donors: number;
}

/**
 * Accepted money by fund and month or year of receipt (days from/to
 * inclusive): the yearly summary and the Integrationsmonitor read this one
 * statement. Raw SQL for the bucket; the organisation is named explicitly.
 */
export async function acceptedMoneyByFund(ctx: ServiceCtx, range: { from: string; to: string; unit: "month" | "year" }): Promise<FundPeriod[]> {
  const organizationId = signedIn(ctx).organizationId;
  const rows = await ctx.db.$queryRaw<{ fundId: string | null; period: Date; cents: bigint; n: bigint; donors: bigint }[]>`
    SELECT "fundId", date_trunc(${range.unit}::text, "receivedOn")::date AS period, SUM("amountCents")::bigint AS cents, COUNT(*)::bigint AS n, COUNT(DISTINCT "donorId")::bigint AS donors
    FROM "Donation" WHERE "organizationId" = ${organizationId}::uuid AND "receivedOn" >= ${range.from}::date AND "receivedOn" <= ${range.to}::date AND "status" = 'ACCEPTED' AND "kind" = 'MONEY'
    GROUP BY 1, 2 ORDER BY 2, 1`;
  return rows.map((r) => ({ period: formatIsoDate(r.period), fundId: r.fundId, amountCents: Number(r.cents), count: Number(r.n), donors: Number(r.donors) }));
}

export const BODY_NAMES: Record<AcceptanceBody, string> = {
  HEAD_OF_ADMINISTRATION: "Hauptverwaltungsbeamtin/-beamter",
  COMMITTEE: "Verwaltungsausschuss",
  COUNCIL: "Rat",
};

export interface ReportRow {
  donor: string;
  kind: DonationKind;
  receivedOn: string;
  amountCents: number;
  purpose: string;
  body: AcceptanceBody;
  status: DonationStatus;
  decidedOn: string | null;
  reference: string | null;
}

/** The yearly report's rows (every decided or pending donation of the budget year), in pages for the CSV stream. */
export async function reportRows(ctx: ServiceCtx, year: number, after: { receivedOn: Date; id: string } | null, take = 500): Promise<{ rows: ReportRow[]; last: { receivedOn: Date; id: string } | null }> {
  const defaultPurpose = signedIn(ctx).organization.parsedSettings.donations.defaultPurpose;
  const donations = await ctx.db.donation.findMany({
    where: { budgetYear: year, ...(after ? { OR: [{ receivedOn: { gt: after.receivedOn } }, { receivedOn: after.receivedOn, id: { gt: after.id } }] } : {}) },
    orderBy: [{ receivedOn: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      kind: true,
      receivedOn: true,
      amountCents: true,
      body: true,
      status: true,
      decidedOn: true,
      decisionReference: true,
      donor: { select: { kind: true, name: true, anonymisedAt: true } },
      fund: { select: { name: true, purpose: true } },
    },
  });
  const rows = donations.map((d) => ({
    donor: d.donor.kind === "ANONYMOUS" ? "anonym" : d.donor.anonymisedAt ? "anonymisiert" : (d.donor.name ?? ""),
    kind: d.kind,
    receivedOn: formatIsoDate(d.receivedOn),
    amountCents: d.amountCents,
    purpose: d.fund ? d.fund.purpose || d.fund.name : defaultPurpose,
    body: d.body,
    status: d.status,
    decidedOn: d.decidedOn ? formatIsoDate(d.decidedOn) : null,
    reference: d.decisionReference,
  }));
  const lastRow = donations[donations.length - 1];
  return { rows, last: lastRow ? { receivedOn: lastRow.receivedOn, id: lastRow.id } : null };
}

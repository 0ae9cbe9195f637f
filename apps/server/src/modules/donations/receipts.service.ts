// Zuwendungsbestätigungen. Only accepted donations of named donors (with an
// address: the receipt names it) are receipted, each at most once: the
// donations' receiptId is set by one conditional update (WHERE receiptId IS
// NULL AND status = ACCEPTED) that must cover every donation, else the whole
// transaction rolls back, including the number. Numbers come from the
// organisation's counter row of the year ("donationReceipt:<year>") taken in
// the same transaction, so they are consecutive without gaps whatever runs at
// the same time. The content is frozen here (receipt-content.ts) and a
// trigger refuses any later change but the one cancellation; a cancelled
// receipt keeps its number (never reused) and frees its donations for a new
// receipt.
import { randomUUID } from "node:crypto";
import { berlinToday } from "@lotse/domain/berlin-time";
import { formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { DONATION } from "@lotse/domain/bounds";
import { nextNumber } from "../../db/counters.ts";
import { DomainError, notFound } from "../../errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import { nowOf, signedIn, type ServiceCtx } from "../service-context.ts";
import { QUEUED_TRANSACTION } from "./acceptance.ts";
import { amountInWords } from "./amount-in-words.ts";
import { RECEIPT_TEMPLATE, ReceiptContentSchema, receiptNumber, type ReceiptContent } from "./receipt-content.ts";

const CONDITIONS: Record<string, string> = { NEW: "neu", AS_NEW: "neuwertig", GOOD: "gut erhalten", USED: "gebraucht" };
const BASES: Record<string, string> = {
  INVOICE: "Rechnung",
  MARKET_ESTIMATE: "Schätzung nach Marktpreis",
  EXPERT_OPINION: "Gutachten",
  WITHDRAWAL_VALUE: "Entnahmewert",
};

const donationForReceipt = {
  include: {
    donor: true,
    fund: { select: { name: true, purpose: true } },
    items: { include: { category: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
  },
} satisfies Prisma.DonationDefaultArgs;
type DonationForReceipt = Prisma.DonationGetPayload<typeof donationForReceipt>;

/** Why a donation cannot be receipted, as a typed error on the field (null: it can). */
function refusal(d: DonationForReceipt, field: string): DomainError | null {
  if (d.donor.kind === "ANONYMOUS" || d.donor.anonymisedAt) return new DomainError("VALIDATION", "donation.receiptAnonymous", field);
  if (d.status !== "ACCEPTED") return new DomainError("VALIDATION", "donation.receiptNotAccepted", field);
  if (d.receiptId) return new DomainError("CONFLICT", "donation.alreadyReceipted", field);
  if (!d.donor.address?.trim()) return new DomainError("VALIDATION", "donation.donorAddressMissing", field);
  return null;
}

function issuerOf(ctx: ServiceCtx) {
  const viewer = signedIn(ctx);
  const settings = viewer.organization.parsedSettings;
  const address = settings.donations.issuerAddress.trim() || settings.nachweis.address.trim();
  if (!address) throw new DomainError("VALIDATION", "donation.issuerAddressMissing", null);
  return { name: viewer.organization.name, address, place: settings.donations.receiptPlace.trim() || viewer.organization.name, defaultPurpose: settings.donations.defaultPurpose };
}

function purposeOf(donations: DonationForReceipt[], fallback: string): string {
  const purposes = [...new Set(donations.map((d) => d.fund?.purpose.trim() || fallback))];
  return purposes.join("; ");
}

/** The frozen content of a receipt for these donations of one donor. */
function contentFor(
  ctx: ServiceCtx,
  issuer: ReturnType<typeof issuerOf>,
  issuerPerson: string,
  number: string,
  kind: "SINGLE" | "COLLECTIVE",
  donations: DonationForReceipt[],
  period: { from: string; to: string } | null,
): ReceiptContent {
  const first = donations[0]!;
  const totalCents = donations.reduce((s, d) => s + d.amountCents, 0);
  const goods = first.kind === "GOODS";
  return {
    template: RECEIPT_TEMPLATE,
    kind,
    donationKind: first.kind,
    number,
    issuer: { name: issuer.name, address: issuer.address },
    donor: { name: first.donor.name!, address: first.donor.address!.trim() },
    totalCents,
    totalInWords: amountInWords(totalCents),
    date: kind === "SINGLE" ? formatIsoDate(first.receivedOn) : null,
    period,
    waiverOfExpenses: kind === "SINGLE" && !goods ? first.waiverOfExpenses : null,
    purpose: purposeOf(donations, issuer.defaultPurpose),
    place: issuer.place,
    issuedOn: berlinToday(nowOf(ctx)),
    issuerPerson,
    goods: goods
      ? {
          items: first.items.map((i) => ({
            category: i.category.name,
            description: i.description,
            quantity: i.quantity,
            condition: CONDITIONS[i.condition] ?? i.condition,
            age: i.age,
            valuePerItemCents: i.valuePerItemCents,
            purchasePriceCents: i.purchasePriceCents,
            valuationBasis: BASES[i.valuationBasis] ?? i.valuationBasis,
          })),
          origin: first.goodsOrigin ?? "UNKNOWN",
          // Every item's value was found from something on file (the valuation basis is required per item).
          valuationDocuments: true,
        }
      : null,
    lines: donations.map((d) => ({ date: formatIsoDate(d.receivedOn), type: "Geldzuwendung", waiverOfExpenses: d.waiverOfExpenses, amountCents: d.amountCents })),
  };
}

/** Retention: kept until the end of the year of issue plus the set number of years. */
function retainUntilOf(ctx: ServiceCtx, issuedOn: string): Date {
  const years = signedIn(ctx).organization.parsedSettings.donations.receiptRetentionYears;
  return parseIsoDate(`${Number(issuedOn.slice(0, 4)) + years}-12-31`);
}

/**
 * Issues one receipt for these donations (already checked) in one
 * transaction: number, frozen content, the donations' link, audit entry.
 */
async function issue(ctx: ServiceCtx, donations: DonationForReceipt[], kind: "SINGLE" | "COLLECTIVE", period: { from: string; to: string } | null, field: string) {
  const viewer = signedIn(ctx);
  const issuer = issuerOf(ctx);
  const person = await ctx.prisma.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { name: true } });
  const year = Number(berlinToday(nowOf(ctx)).slice(0, 4));
  const ids = donations.map((d) => d.id);
  return ctx.db.$transaction(async (tx) => {
    const sequence = await nextNumber(tx, viewer.organizationId, `donationReceipt:${year}`);
    const number = receiptNumber(year, sequence);
    const content = contentFor(ctx, issuer, person.name, number, kind, donations, period);
    const id = randomUUID();
    const receipt = await tx.donationReceipt.create({
      data: {
        id,
        year,
        sequence,
        number,
        kind,
        donationKind: content.donationKind,
        donorId: donations[0]!.donorId,
        totalCents: content.totalCents,
        content: content as unknown as Prisma.InputJsonValue,
        issuedAt: nowOf(ctx),
        issuedById: viewer.userId,
        retainUntil: retainUntilOf(ctx, content.issuedOn),
      },
    });
    // At most once: every donation must still be accepted and without a receipt.
    const { count } = await tx.donation.updateMany({ where: { id: { in: ids }, status: "ACCEPTED", receiptId: null }, data: { receiptId: id } });
    if (count !== ids.length) throw new DomainError("CONFLICT", "donation.alreadyReceipted", field);
    await tx.donationReceiptLine.createMany({ data: ids.map((donationId) => ({ receiptId: id, donationId })) });
    await audit(tx, viewer.userId, "donation.receiptIssued", { type: "DonationReceipt", id }, { number, kind, donations: ids.length, totalCents: content.totalCents });
    return receipt;
  }, QUEUED_TRANSACTION);
}

export async function issueDonationReceipt(ctx: ServiceCtx, input: { donationId: string }) {
  const donation = await ctx.db.donation.findUnique({ where: { id: input.donationId }, ...donationForReceipt });
  if (!donation) throw notFound("donationId");
  const refused = refusal(donation, "donationId");
  if (refused) throw refused;
  return issue(ctx, [donation], "SINGLE", null, "donationId");
}

/**
 * A Sammelbestätigung: every accepted money donation of the donor in the
 * period that has no receipt yet, on one receipt with the Anlage.
 */
export async function issueCollectiveReceipt(ctx: ServiceCtx, input: { donorId: string; from: string; to: string }) {
  if (input.from > input.to) throw new DomainError("VALIDATION", "donation.periodOrder", "to");
  if (input.from.slice(0, 4) !== input.to.slice(0, 4)) throw new DomainError("VALIDATION", "donation.periodOneYear", "to");
  const donor = await ctx.db.donor.findUnique({ where: { id: input.donorId } });
  if (!donor) throw notFound("donorId");
  if (donor.kind === "ANONYMOUS" || donor.anonymisedAt) throw new DomainError("VALIDATION", "donation.receiptAnonymous", "donorId");
  if (!donor.address?.trim()) throw new DomainError("VALIDATION", "donation.donorAddressMissing", "donorId");
  const donations = await ctx.db.donation.findMany({
    where: { donorId: donor.id, kind: "MONEY", status: "ACCEPTED", receiptId: null, receivedOn: { gte: parseIsoDate(input.from), lte: parseIsoDate(input.to) } },
    orderBy: [{ receivedOn: "asc" }, { createdAt: "asc" }],
    take: DONATION.collectiveMax + 1,
    ...donationForReceipt,
  });
  if (donations.length === 0) throw new DomainError("VALIDATION", "donation.nothingToReceipt", "donorId");
  if (donations.length > DONATION.collectiveMax) throw new DomainError("VALIDATION", "validation.tooMany", "to");
  return issue(ctx, donations, "COLLECTIVE", { from: input.from, to: input.to }, "donorId");
}

/** Cancels an issued receipt (once, with the reason): its number stays taken, its donations can be receipted anew. */
export async function cancelReceipt(ctx: ServiceCtx, input: { receiptId: string; reason: string }) {
  const viewer = signedIn(ctx);
  const reason = input.reason.trim();
  if (!reason) throw new DomainError("VALIDATION", "validation.required", "reason");
  const receipt = await ctx.db.donationReceipt.findUnique({ where: { id: input.receiptId }, select: { id: true, number: true, cancelledAt: true } });
  if (!receipt) throw notFound("receiptId");
  if (receipt.cancelledAt) throw new DomainError("CONFLICT", "donation.receiptAlreadyCancelled", "receiptId");
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.donationReceipt.updateMany({ where: { id: receipt.id, cancelledAt: null }, data: { cancelledAt: nowOf(ctx), cancelReason: reason, cancelledById: viewer.userId } });
    if (count !== 1) throw new DomainError("CONFLICT", "donation.receiptAlreadyCancelled", "receiptId");
    await tx.donation.updateMany({ where: { receiptId: receipt.id }, data: { receiptId: null } });
    await audit(tx, viewer.userId, "donation.receiptCancelled", { type: "DonationReceipt", id: receipt.id }, { number: receipt.number, reason });
    return tx.donationReceipt.findUniqueOrThrow({ where: { id: receipt.id } });
  });
}

/** A receipt with its frozen content, for the download (null: none of the caller's organisation). */
export async function findReceipt(ctx: ServiceCtx, receiptId: string) {
  const row = await ctx.db.donationReceipt.findUnique({ where: { id: receiptId } });
  return row ? { ...row, content: ReceiptContentSchema.parse(row.content) } : null;
}

/** Every receipt issued in a year, in number order (the ZIP), in pages of 200. */
export async function receiptsOfYear(ctx: ServiceCtx, year: number, after: number, take = 200) {
  const rows = await ctx.db.donationReceipt.findMany({ where: { year, sequence: { gt: after } }, orderBy: { sequence: "asc" }, take });
  return rows.map((row) => ({ ...row, content: ReceiptContentSchema.parse(row.content) }));
}

// Receipts for a whole year

/** What a year's batch would receipt: one receipt per donor for their money (collective when several), one per goods donation. */
async function yearPlan(ctx: ServiceCtx, year: number) {
  const open = await ctx.db.donation.findMany({
    where: { budgetYear: year, status: "ACCEPTED", receiptId: null, donor: { kind: { not: "ANONYMOUS" }, anonymisedAt: null } },
    select: { id: true, donorId: true, kind: true, donor: { select: { address: true } } },
    orderBy: [{ receivedOn: "asc" }, { createdAt: "asc" }],
  });
  const money = new Map<string, string[]>();
  const goods: string[] = [];
  let skipped = 0;
  for (const d of open) {
    if (!d.donor.address?.trim()) {
      skipped++;
      continue;
    }
    if (d.kind === "GOODS") goods.push(d.id);
    else money.set(d.donorId, [...(money.get(d.donorId) ?? []), d.id]);
  }
  return { money, goods, skipped };
}

/** How often a running batch writes its progress (receipts between two updates). */
const PROGRESS_EVERY = 20;

/**
 * Issues every receipt still due for a year: the progress (total, done) is
 * written to the batch row as it goes, so the page can show it while this
 * runs. Each receipt is its own transaction; run again, a batch picks up
 * what is still open (issued donations are no longer open).
 */
export async function issueReceiptsForYear(ctx: ServiceCtx, input: { year: number }) {
  const viewer = signedIn(ctx);
  const today = berlinToday(nowOf(ctx));
  if (input.year > Number(today.slice(0, 4))) throw new DomainError("VALIDATION", "donation.dateInFuture", "year");
  issuerOf(ctx);
  const plan = await yearPlan(ctx, input.year);
  const total = plan.money.size + plan.goods.length;
  const batch = await ctx.db.receiptBatch.create({ data: { year: input.year, total, skipped: plan.skipped, startedById: viewer.userId } });
  let done = 0;
  let skipped = plan.skipped;
  const progress = async () => {
    await ctx.db.receiptBatch.update({ where: { id: batch.id }, data: { done, skipped } });
  };
  const run = async (ids: string[]) => {
    const donations = await ctx.db.donation.findMany({ where: { id: { in: ids } }, orderBy: [{ receivedOn: "asc" }, { createdAt: "asc" }], ...donationForReceipt });
    const open = donations.filter((d) => !refusal(d, "year"));
    if (open.length === 0) return skipped++;
    try {
      const kind = open.length > 1 ? "COLLECTIVE" : "SINGLE";
      // A year's Sammelbestätigung covers the calendar year (the budget year).
      const period = kind === "COLLECTIVE" ? { from: `${input.year}-01-01`, to: `${input.year}-12-31` } : null;
      await issue(ctx, open, kind, period, "year");
      done++;
    } catch (error) {
      // Receipted meanwhile by someone else: that donor is done, the batch goes on.
      if (!(error instanceof DomainError && error.code === "CONFLICT")) throw error;
      skipped++;
    }
    if ((done + skipped) % PROGRESS_EVERY === 0) await progress();
  };
  for (const ids of plan.money.values()) await run(ids);
  for (const id of plan.goods) await run([id]);
  return ctx.db.receiptBatch.update({ where: { id: batch.id }, data: { done, skipped, status: "DONE", finishedAt: nowOf(ctx) } });
}

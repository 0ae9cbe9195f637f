// Money donations and the formal acceptance every donation needs. Recording
// locks the donor's row, so two gifts of one donor recorded at once are summed
// one after the other: the body is chosen by the donor's total in the budget
// year including the new gift, and the donor's still pending gifts of that year
// move up to the same body (the higher body decides the chain). Accepting and
// refusing are conditional updates on PENDING, so a donation is decided once;
// accepted money with an earmark goes into its fund in the same transaction.
import { berlinToday } from "@lotse/domain/berlin-time";
import { parseIsoDate } from "@lotse/domain/calendar-date";
import { DONATION } from "@lotse/domain/bounds";
import { DomainError, notFound } from "../../errors.ts";
import type { DonationKind, GoodsOrigin, PaymentMethod, Prisma } from "../../generated/prisma/client.ts";
import type { ScopedTx } from "../../db/tenancy.ts";
import { audit } from "../audit/index.ts";
import { notify } from "../notifications/index.ts";
import { nowOf, signedIn, type ServiceCtx } from "../service-context.ts";
import { acceptanceBodyFor, bodiesBelow, budgetYearOf } from "./acceptance.ts";
import { DONATION_WORK } from "./work-queue.service.ts";

/** The typed refusals every amount shares: more than 0, at most the cap. */
export function checkAmount(amountCents: number, field: string) {
  if (!Number.isInteger(amountCents) || amountCents < DONATION.amountCents.min || amountCents > DONATION.amountCents.max) {
    throw new DomainError("VALIDATION", "donation.amountRange", field);
  }
}

/** A date that must not lie in the future (Berlin's today). */
export function checkNotFuture(ctx: ServiceCtx, isoDate: string, field: string) {
  if (isoDate > berlinToday(nowOf(ctx))) throw new DomainError("VALIDATION", "donation.dateInFuture", field);
}

interface NewDonation {
  donorId: string;
  kind: DonationKind;
  amountCents: number;
  receivedOn: string;
  method?: PaymentMethod | null;
  fundId?: string | null;
  waiverOfExpenses?: boolean;
  note?: string;
  goodsOrigin?: GoodsOrigin | null;
}

/**
 * Writes a donation in the caller's transaction with the body the thresholds
 * name. The donor's row is locked first, so the year's total is read after
 * any concurrent gift of the same donor has committed.
 */
export async function insertDonation(ctx: ServiceCtx, tx: ScopedTx, input: NewDonation) {
  const viewer = signedIn(ctx);
  const organizationId = viewer.organizationId;
  const locked = await tx.$queryRaw<{ kind: string }[]>`
    SELECT "kind"::text AS kind FROM "Donor" WHERE "id" = ${input.donorId}::uuid AND "organizationId" = ${organizationId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw notFound("donorId");
  const budgetYear = budgetYearOf(input.receivedOn);
  // The anonymous donor is many people: each of its gifts is decided alone.
  const earlier =
    locked[0]!.kind === "ANONYMOUS"
      ? 0
      : ((await tx.donation.aggregate({ where: { donorId: input.donorId, budgetYear, status: { not: "REFUSED" } }, _sum: { amountCents: true } }))._sum.amountCents ?? 0);
  const donorYearTotalCents = earlier + input.amountCents;
  const body = acceptanceBodyFor(donorYearTotalCents, viewer.organization.parsedSettings.donations);
  const donation = await tx.donation.create({
    data: {
      donorId: input.donorId,
      kind: input.kind,
      amountCents: input.amountCents,
      receivedOn: parseIsoDate(input.receivedOn),
      budgetYear,
      method: input.method ?? null,
      fundId: input.fundId ?? null,
      waiverOfExpenses: input.waiverOfExpenses ?? false,
      note: input.note?.trim() ?? "",
      goodsOrigin: input.goodsOrigin ?? null,
      body,
      donorYearTotalCents,
      recordedById: viewer.userId,
    },
  });
  if (locked[0]!.kind !== "ANONYMOUS") {
    const below = bodiesBelow(body);
    if (below.length) {
      await tx.donation.updateMany({ where: { donorId: input.donorId, budgetYear, status: "PENDING", body: { in: below } }, data: { body } });
    }
  }
  if (donation.status === "PENDING") {
    await notify(tx, { organizationId, work: DONATION_WORK.awaitingAcceptance, to: "role", actorUserId: viewer.userId, params: { amountCents: donation.amountCents, body: donation.body } });
  }
  return donation;
}

export interface MoneyDonationInput {
  donorId: string;
  amountCents: number;
  receivedOn: string;
  method: PaymentMethod;
  fundId?: string | null;
  waiverOfExpenses: boolean;
  note?: string;
}

export async function recordMoneyDonation(ctx: ServiceCtx, input: MoneyDonationInput) {
  const viewer = signedIn(ctx);
  checkAmount(input.amountCents, "amountCents");
  checkNotFuture(ctx, input.receivedOn, "receivedOn");
  if (input.fundId && !(await ctx.db.fund.findUnique({ where: { id: input.fundId }, select: { id: true } }))) throw notFound("fundId");
  if (!(await ctx.db.donor.findUnique({ where: { id: input.donorId }, select: { id: true } }))) throw notFound("donorId");
  return ctx.db.$transaction(async (tx) => {
    const donation = await insertDonation(ctx, tx, { ...input, kind: "MONEY" });
    await audit(tx, viewer.userId, "donation.recorded", { type: "Donation", id: donation.id }, { kind: "MONEY", amountCents: donation.amountCents, body: donation.body });
    return donation;
  });
}

export interface DecisionInput {
  donationId: string;
  decidedOn: string;
  reference: string;
}

async function decisionChecks(ctx: ServiceCtx, input: DecisionInput) {
  const reference = input.reference.trim();
  if (!reference) throw new DomainError("VALIDATION", "validation.required", "reference");
  checkNotFuture(ctx, input.decidedOn, "decidedOn");
  const donation = await ctx.db.donation.findUnique({ where: { id: input.donationId } });
  if (!donation) throw notFound("donationId");
  if (donation.status !== "PENDING") throw new DomainError("CONFLICT", "donation.alreadyDecided", "donationId");
  return { donation, reference };
}

/** Records the body's acceptance; earmarked money goes into its fund in the same transaction. */
export async function acceptDonation(ctx: ServiceCtx, input: DecisionInput) {
  const viewer = signedIn(ctx);
  const { donation, reference } = await decisionChecks(ctx, input);
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.donation.updateMany({
      where: { id: donation.id, status: "PENDING" },
      data: { status: "ACCEPTED", decidedOn: parseIsoDate(input.decidedOn), decisionReference: reference, decidedById: viewer.userId },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "donation.alreadyDecided", "donationId");
    if (donation.fundId && donation.kind === "MONEY") {
      await tx.fund.update({
        where: { id: donation.fundId },
        data: { acceptedCents: { increment: donation.amountCents }, balanceCents: { increment: donation.amountCents } },
      });
    }
    await audit(tx, viewer.userId, "donation.accepted", { type: "Donation", id: donation.id }, { body: donation.body, decidedOn: input.decidedOn, reference });
    return tx.donation.findUniqueOrThrow({ where: { id: donation.id } });
  });
}

/** Records the body's refusal: the gift is marked for return to the donor. */
export async function refuseDonation(ctx: ServiceCtx, input: DecisionInput) {
  const viewer = signedIn(ctx);
  const { donation, reference } = await decisionChecks(ctx, input);
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.donation.updateMany({
      where: { id: donation.id, status: "PENDING" },
      data: { status: "REFUSED", returnPending: true, decidedOn: parseIsoDate(input.decidedOn), decisionReference: reference, decidedById: viewer.userId },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "donation.alreadyDecided", "donationId");
    await audit(tx, viewer.userId, "donation.refused", { type: "Donation", id: donation.id }, { body: donation.body, decidedOn: input.decidedOn, reference });
    return tx.donation.findUniqueOrThrow({ where: { id: donation.id } });
  });
}

export interface DonationsFilter {
  kind?: DonationKind | null;
  status?: Prisma.DonationWhereInput["status"] | null;
  body?: Prisma.DonationWhereInput["body"] | null;
  fundId?: string | null;
  donorId?: string | null;
  from?: string | null;
  to?: string | null;
  /** Accepted donations of named donors without a receipt yet. */
  receiptable?: boolean | null;
}

/** The list's condition; the acceptance queue is status PENDING with a body. */
export function donationsWhere(filter: DonationsFilter | null | undefined): Prisma.DonationWhereInput {
  const f = filter ?? {};
  const receivedOn: Prisma.DateTimeFilter = {};
  if (f.from) receivedOn.gte = parseIsoDate(f.from);
  if (f.to) receivedOn.lte = parseIsoDate(f.to);
  return {
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.body ? { body: f.body } : {}),
    ...(f.fundId ? { fundId: f.fundId } : {}),
    ...(f.donorId ? { donorId: f.donorId } : {}),
    ...(f.from || f.to ? { receivedOn } : {}),
    ...(f.receiptable ? { status: "ACCEPTED", receiptId: null, donor: { kind: { not: "ANONYMOUS" }, anonymisedAt: null } } : {}),
  };
}

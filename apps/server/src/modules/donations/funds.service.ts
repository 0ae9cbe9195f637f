// Funds: one per purpose; balance = accepted donations − disbursements. A
// disbursement takes the amount off the balance with one conditional update
// (WHERE balance >= amount), so of many simultaneous disbursements exactly
// those that fit go through, one after the other on the fund's row; a CHECK
// constraint (balanceCents >= 0) stands behind it. A refused disbursement is
// told what remains.
import { formatCents } from "@lotse/domain/cents";
import { parseIsoDate } from "@lotse/domain/calendar-date";
import { DomainError, notFound } from "../../errors.ts";
import { audit } from "../audit/index.ts";
import { QUEUED_TRANSACTION } from "./acceptance.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";
import { checkAmount, checkNotFuture } from "./donations.service.ts";
import { checkFamily } from "./family-ref.ts";

export async function createFund(ctx: ServiceCtx, input: { name: string; purpose?: string }) {
  const viewer = signedIn(ctx);
  const name = input.name.trim();
  if (!name) throw new DomainError("VALIDATION", "validation.required", "name");
  if (await ctx.db.fund.findFirst({ where: { name }, select: { id: true } })) throw new DomainError("CONFLICT", "donation.fundNameTaken", "name");
  return ctx.db.$transaction(async (tx) => {
    const fund = await tx.fund.create({ data: { name, purpose: input.purpose?.trim() ?? "" } });
    await audit(tx, viewer.userId, "donation.fundCreated", { type: "Fund", id: fund.id }, { name });
    return fund;
  });
}

export interface DisbursementInput {
  fundId: string;
  amountCents: number;
  paidOn: string;
  purpose: string;
  recipient?: string | null;
  familyId?: string | null;
  familyName?: string | null;
  approvedBy: string;
}

export async function disburseFunds(ctx: ServiceCtx, input: DisbursementInput) {
  const viewer = signedIn(ctx);
  checkAmount(input.amountCents, "amountCents");
  checkNotFuture(ctx, input.paidOn, "paidOn");
  const purpose = input.purpose.trim();
  if (!purpose) throw new DomainError("VALIDATION", "validation.required", "purpose");
  const approvedBy = input.approvedBy.trim();
  if (!approvedBy) throw new DomainError("VALIDATION", "validation.required", "approvedBy");
  const recipient = input.recipient?.trim() || null;
  const familyName = input.familyName?.trim() || null;
  if (!recipient && !familyName && !input.familyId) throw new DomainError("VALIDATION", "donation.recipientRequired", "recipient");
  const familyId = await checkFamily(ctx, input.familyId);
  const fund = await ctx.db.fund.findUnique({ where: { id: input.fundId }, select: { id: true } });
  if (!fund) throw notFound("fundId");
  try {
    return await ctx.db.$transaction(async (tx) => {
      const { count } = await tx.fund.updateMany({
        where: { id: fund.id, balanceCents: { gte: input.amountCents } },
        data: { balanceCents: { decrement: input.amountCents }, disbursedCents: { increment: input.amountCents } },
      });
      if (count !== 1) throw new BalanceTooLow();
      const disbursement = await tx.fundDisbursement.create({
        data: { fundId: fund.id, amountCents: input.amountCents, paidOn: parseIsoDate(input.paidOn), purpose, recipient, familyId, familyName, approvedBy, recordedById: viewer.userId },
      });
      await audit(tx, viewer.userId, "donation.disbursed", { type: "Fund", id: fund.id }, { disbursementId: disbursement.id, amountCents: input.amountCents });
      return disbursement;
    }, QUEUED_TRANSACTION);
  } catch (error) {
    if (!(error instanceof BalanceTooLow) && !isBalanceCheckViolation(error)) throw error;
    const now = await ctx.db.fund.findUniqueOrThrow({ where: { id: fund.id }, select: { balanceCents: true } });
    throw new DomainError("VALIDATION", "donation.fundBalanceTooLow", "amountCents", {
      remaining: formatCents(now.balanceCents, ctx.locale),
      remainingCents: now.balanceCents,
    });
  }
}

class BalanceTooLow extends Error {}

/** The CHECK behind the conditional update (23514 on "Fund_balance_not_negative"). */
function isBalanceCheckViolation(error: unknown): boolean {
  return String((error as { message?: string })?.message ?? "").includes("Fund_balance_not_negative");
}

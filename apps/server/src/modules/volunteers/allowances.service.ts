// Payments to volunteers per calendar year. The Ehrenamtspauschale has a yearly
// limit (organisation setting by year); a payment that would cross it is
// refused with the amount still possible. The volunteer's row is locked for
// the check so two coordinators paying at once cannot both pass it.
import { parseIsoDate } from "@lotse/domain/calendar-date";
import { formatCents } from "@lotse/domain/cents";
import type { ScopedDb } from "../../db/tenancy.ts";
import { DomainError, notFound } from "../../errors.ts";
import type { AllowanceKind } from "../../generated/prisma/client.ts";
import { audit } from "../audit/service.ts";
import type { OrganizationSettings } from "../organizations/settings.ts";
import { assertNotOwnRecord } from "./volunteers.service.ts";
import { type ServiceCtx, signedIn } from "../service-context.ts";

export interface AllowanceInput {
  volunteerId: string;
  year: number;
  kind: AllowanceKind;
  amountCents: number;
  paidOn: string;
  note?: string | null;
}

/**
 * The year's limit, or, for a year nobody has entered yet, the latest one
 * before it: the amount stays in force until the law changes it (so payments
 * in January do not stop because the new year's figure is not entered).
 * Null only for years before the first known limit.
 */
export function pauschaleLimitCents(settings: OrganizationSettings, year: number): number | null {
  const limits = settings.volunteers.ehrenamtspauschaleCents;
  const known = Object.keys(limits)
    .map(Number)
    .filter((y) => Number.isInteger(y) && y <= year);
  return known.length > 0 ? limits[String(Math.max(...known))]! : null;
}

export async function allowanceTotals(db: Pick<ScopedDb, "allowancePayment">, volunteerId: string, year: number) {
  const groups = await db.allowancePayment.groupBy({ by: ["kind"], where: { volunteerId, year }, _sum: { amountCents: true } });
  const sum = (kind: AllowanceKind) => groups.find((g) => g.kind === kind)?._sum.amountCents ?? 0;
  return { pauschaleCents: sum("EHRENAMTSPAUSCHALE"), expensesCents: sum("EXPENSE_REIMBURSEMENT") };
}

export async function recordAllowancePayment(ctx: ServiceCtx, input: AllowanceInput) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const profile = await db.volunteerProfile.findUnique({ where: { id: input.volunteerId } });
  if (!profile) throw notFound("volunteerId");
  assertNotOwnRecord(viewer, profile, "volunteerId");
  const paidOn = parseIsoDate(input.paidOn);
  // The yearly limit only means something if a payment counts in the year it was paid.
  if (paidOn.getUTCFullYear() !== input.year) throw new DomainError("VALIDATION", "allowance.yearMismatch", "year");
  const settings = viewer.organization.parsedSettings;
  const limit = pauschaleLimitCents(settings, input.year);
  if (input.kind === "EHRENAMTSPAUSCHALE" && limit === null) {
    throw new DomainError("VALIDATION", "allowance.noLimit", "year", { year: input.year });
  }
  return db.$transaction(async (tx) => {
    // Row lock on the (already tenancy-checked) volunteer serialises payments to them.
    await tx.$queryRaw`SELECT 1 FROM "VolunteerProfile" WHERE "id" = ${profile.id}::uuid FOR UPDATE`;
    if (input.kind === "EHRENAMTSPAUSCHALE" && limit !== null) {
      const { pauschaleCents } = await allowanceTotals(tx, profile.id, input.year);
      if (pauschaleCents + input.amountCents > limit) {
        throw new DomainError("VALIDATION", "allowance.limitExceeded", "amountCents", {
          year: input.year,
          remaining: formatCents(Math.max(0, limit - pauschaleCents), "de"),
        });
      }
    }
    const payment = await tx.allowancePayment.create({
      data: {
        volunteerId: profile.id,
        year: input.year,
        kind: input.kind,
        amountCents: input.amountCents,
        paidOn,
        note: input.note?.trim() || null,
        recordedById: viewer.userId,
      },
    });
    await audit(tx, viewer.userId, "allowance.recorded", { type: "AllowancePayment", id: payment.id }, {
      volunteerId: profile.id,
      kind: input.kind,
      amountCents: input.amountCents,
      year: input.year,
    });
    return payment;
  });
}

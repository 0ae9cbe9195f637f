// Payments to volunteers per calendar year. The two tax-free allowances, the
// Ehrenamtspauschale (§ 3 Nr. 26a EStG) and the Übungsleiterfreibetrag
// (§ 3 Nr. 26 EStG), each have a yearly limit per person across all
// organisations: what the volunteer declares to have received elsewhere that
// year counts against it, and a payment that would cross it is refused with the
// amount still possible. One activity is paid under one of the two, never both.
// Expenses are paid against a receipt; car travel in km at the organisation's
// rate. The volunteer's row is locked for the checks, so two coordinators
// paying at once (or a payment and a declaration) cannot both pass them.
import { parseIsoDate } from "@lotse/domain/calendar-date";
import { formatCents } from "@lotse/domain/cents";
import type { ScopedDb } from "../../db/tenancy.ts";
import { DomainError, notFound } from "../../errors.ts";
import type { AllowanceKind } from "../../generated/prisma/client.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { audit } from "../audit/index.ts";
import type { OrganizationSettings } from "../organizations/index.ts";
import { assertNotOwnRecord } from "./access.ts";
import { myProfile } from "./volunteers.service.ts";
import { type ServiceCtx, signedIn } from "../service-context.ts";

/** The kinds with a yearly tax-free limit. */
export const LIMITED_KINDS = ["EHRENAMTSPAUSCHALE", "UEBUNGSLEITERFREIBETRAG"] as const satisfies readonly AllowanceKind[];
export type LimitedKind = (typeof LIMITED_KINDS)[number];

export const isLimitedKind = (kind: AllowanceKind): kind is LimitedKind => (LIMITED_KINDS as readonly string[]).includes(kind);

export interface AllowanceInput {
  volunteerId: string;
  year: number;
  kind: AllowanceKind;
  /** Not for MILEAGE: there it follows from the kilometres. */
  amountCents?: number | null;
  paidOn: string;
  note?: string | null;
  /** Required for the two tax-free allowances. */
  activityTypeId?: string | null;
  /** Required for EXPENSE_REIMBURSEMENT. */
  receiptReference?: string | null;
  /** Required for MILEAGE. */
  kilometres?: number | null;
}

export interface DeclarationInput {
  year: number;
  kind: AllowanceKind;
  amountCents: number;
  payer: string;
}

function limitsOf(settings: OrganizationSettings, kind: LimitedKind): Record<string, number> {
  return kind === "EHRENAMTSPAUSCHALE" ? settings.volunteers.ehrenamtspauschaleCents : settings.volunteers.uebungsleiterfreibetragCents;
}

/**
 * The year's limit of a tax-free allowance, or, for a year nobody has entered
 * yet, the latest one before it: the amount stays in force until the law
 * changes it (so payments in January do not stop because the new year's
 * figure is not entered). Null only for years before the first known limit.
 */
export function allowanceLimitCents(settings: OrganizationSettings, kind: LimitedKind, year: number): number | null {
  const limits = limitsOf(settings, kind);
  const known = Object.keys(limits)
    .map(Number)
    .filter((y) => Number.isInteger(y) && y <= year);
  return known.length > 0 ? limits[String(Math.max(...known))]! : null;
}

export function pauschaleLimitCents(settings: OrganizationSettings, year: number): number | null {
  return allowanceLimitCents(settings, "EHRENAMTSPAUSCHALE", year);
}

type TotalsDb = Pick<ScopedDb, "allowancePayment" | "allowanceDeclaration">;

/** Paid here per kind and declared elsewhere per limited kind, for one volunteer and year. */
export async function allowanceTotals(db: TotalsDb, volunteerId: string, year: number) {
  const [paid, declared] = await Promise.all([
    db.allowancePayment.groupBy({ by: ["kind"], where: { volunteerId, year }, _sum: { amountCents: true } }),
    db.allowanceDeclaration.groupBy({ by: ["kind"], where: { volunteerId, year }, _sum: { amountCents: true } }),
  ]);
  const sum = (rows: typeof paid, kind: AllowanceKind) => rows.find((g) => g.kind === kind)?._sum.amountCents ?? 0;
  return {
    pauschaleCents: sum(paid, "EHRENAMTSPAUSCHALE"),
    uebungsleiterCents: sum(paid, "UEBUNGSLEITERFREIBETRAG"),
    expensesCents: sum(paid, "EXPENSE_REIMBURSEMENT"),
    mileageCents: sum(paid, "MILEAGE"),
    pauschaleDeclaredCents: sum(declared, "EHRENAMTSPAUSCHALE"),
    uebungsleiterDeclaredCents: sum(declared, "UEBUNGSLEITERFREIBETRAG"),
  };
}

export type AllowanceTotals = Awaited<ReturnType<typeof allowanceTotals>>;

/** What is left of a limit here: the limit minus what was paid here and received elsewhere, never below 0. */
export function remainingCents(limit: number | null, paidHere: number, declaredElsewhere: number): number | null {
  return limit === null ? null : Math.max(0, limit - paidHere - declaredElsewhere);
}

const LIMIT_EXCEEDED: Record<LimitedKind, MessageKey> = {
  EHRENAMTSPAUSCHALE: "allowance.limitExceeded",
  UEBUNGSLEITERFREIBETRAG: "allowance.uebungsleiterLimitExceeded",
};
const NO_LIMIT: Record<LimitedKind, MessageKey> = {
  EHRENAMTSPAUSCHALE: "allowance.noLimit",
  UEBUNGSLEITERFREIBETRAG: "allowance.uebungsleiterNoLimit",
};

/** The amount of a payment from its kind: car travel is kilometres at the rate; everything else is typed. */
function amountOf(input: AllowanceInput, centsPerKm: number): { amountCents: number; kilometres: number | null; centsPerKm: number | null } {
  if (input.kind === "MILEAGE") {
    if (input.kilometres == null || !Number.isInteger(input.kilometres) || input.kilometres < 1) {
      throw new DomainError("VALIDATION", "allowance.kilometresRequired", "kilometres");
    }
    return { amountCents: input.kilometres * centsPerKm, kilometres: input.kilometres, centsPerKm };
  }
  if (input.amountCents == null || input.amountCents < 1) throw new DomainError("VALIDATION", "validation.positive", "amountCents");
  return { amountCents: input.amountCents, kilometres: null, centsPerKm: null };
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
  const { amountCents, kilometres, centsPerKm } = amountOf(input, settings.volunteers.mileageCentsPerKm);
  const receiptReference = input.receiptReference?.trim() || null;
  if (input.kind === "EXPENSE_REIMBURSEMENT" && !receiptReference) throw new DomainError("VALIDATION", "allowance.receiptRequired", "receiptReference");
  const limited = isLimitedKind(input.kind) ? input.kind : null;
  const activityTypeId = limited ? input.activityTypeId || null : null;
  let activityName: string | null = null;
  if (limited) {
    if (!activityTypeId) throw new DomainError("VALIDATION", "allowance.activityRequired", "activityTypeId");
    const activity = await db.activityType.findUnique({ where: { id: activityTypeId } });
    if (!activity) throw notFound("activityTypeId");
    activityName = activity.name;
  }
  const limit = limited ? allowanceLimitCents(settings, limited, input.year) : null;
  if (limited && limit === null) throw new DomainError("VALIDATION", NO_LIMIT[limited], "year", { year: input.year });

  return db.$transaction(async (tx) => {
    // Row lock on the (already tenancy-checked) volunteer serialises payments and declarations for them.
    await tx.$queryRaw`SELECT 1 FROM "VolunteerProfile" WHERE "id" = ${profile.id}::uuid FOR UPDATE`;
    if (limited && activityTypeId) {
      const other: LimitedKind = limited === "EHRENAMTSPAUSCHALE" ? "UEBUNGSLEITERFREIBETRAG" : "EHRENAMTSPAUSCHALE";
      const clash = await tx.allowancePayment.count({ where: { volunteerId: profile.id, year: input.year, activityTypeId, kind: other } });
      if (clash > 0) {
        throw new DomainError("CONFLICT", "allowance.bothKindsForActivity", "kind", { activity: activityName ?? "", year: input.year });
      }
    }
    if (limited && limit !== null) {
      const totals = await allowanceTotals(tx, profile.id, input.year);
      const paidHere = limited === "EHRENAMTSPAUSCHALE" ? totals.pauschaleCents : totals.uebungsleiterCents;
      const elsewhere = limited === "EHRENAMTSPAUSCHALE" ? totals.pauschaleDeclaredCents : totals.uebungsleiterDeclaredCents;
      const remaining = remainingCents(limit, paidHere, elsewhere)!;
      if (amountCents > remaining) {
        throw new DomainError("VALIDATION", LIMIT_EXCEEDED[limited], "amountCents", { year: input.year, remaining: formatCents(remaining, "de") });
      }
    }
    const payment = await tx.allowancePayment.create({
      data: {
        volunteerId: profile.id,
        year: input.year,
        kind: input.kind,
        amountCents,
        paidOn,
        note: input.note?.trim() || null,
        activityTypeId,
        receiptReference: input.kind === "EXPENSE_REIMBURSEMENT" ? receiptReference : null,
        kilometres,
        centsPerKm,
        recordedById: viewer.userId,
      },
    });
    await audit(tx, viewer.userId, "allowance.recorded", { type: "AllowancePayment", id: payment.id }, {
      volunteerId: profile.id,
      kind: input.kind,
      amountCents,
      year: input.year,
      ...(kilometres !== null ? { kilometres, centsPerKm } : {}),
    });
    return payment;
  });
}

/**
 * The volunteer declares an amount received elsewhere this year under one of
 * the tax-free limits. It may bring the total above the limit (the money was
 * paid already): what remains here is then 0.
 */
export async function declareAllowanceElsewhere(ctx: ServiceCtx, input: DeclarationInput) {
  const viewer = signedIn(ctx);
  const profile = await myProfile(ctx);
  if (!isLimitedKind(input.kind)) throw new DomainError("VALIDATION", "allowance.declarationKind", "kind");
  if (!Number.isInteger(input.amountCents) || input.amountCents < 1) throw new DomainError("VALIDATION", "validation.positive", "amountCents");
  const payer = input.payer.trim();
  if (!payer) throw new DomainError("VALIDATION", "validation.required", "payer");
  return ctx.db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "VolunteerProfile" WHERE "id" = ${profile.id}::uuid FOR UPDATE`;
    const declaration = await tx.allowanceDeclaration.create({
      data: { volunteerId: profile.id, year: input.year, kind: input.kind, amountCents: input.amountCents, payer },
    });
    await audit(tx, viewer.userId, "allowance.declaredElsewhere", { type: "AllowanceDeclaration", id: declaration.id }, {
      volunteerId: profile.id,
      kind: input.kind,
      amountCents: input.amountCents,
      year: input.year,
    });
    return declaration;
  });
}

/** The volunteer takes back one of their own declarations (typed wrongly, say). */
export async function removeAllowanceDeclaration(ctx: ServiceCtx, { id }: { id: string }) {
  const viewer = signedIn(ctx);
  const profile = await myProfile(ctx);
  return ctx.db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "VolunteerProfile" WHERE "id" = ${profile.id}::uuid FOR UPDATE`;
    const declaration = await tx.allowanceDeclaration.findFirst({ where: { id, volunteerId: profile.id } });
    if (!declaration) throw notFound("id");
    await tx.allowanceDeclaration.delete({ where: { id } });
    await audit(tx, viewer.userId, "allowance.declarationRemoved", { type: "AllowanceDeclaration", id }, {
      volunteerId: profile.id,
      kind: declaration.kind,
      amountCents: declaration.amountCents,
      year: declaration.year,
    });
    return declaration;
  });
}

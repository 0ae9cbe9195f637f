// Monthly fee statements of the Sprachmittlerpool, per interpreter or per
// requesting institution, from the organisation's tariff (fees.ts). A line per
// accepted assignment of the month (the appointment's Berlin month) that was
// not cancelled, and per late cancellation (the cancellation fee). For an
// interpreter, the year's fees so far are shown against the
// Ehrenamtspauschale as the volunteers module's allowances track it (limit by
// year from the settings, paid here under it, declared elsewhere).
import { berlinDateTime, berlinMonthRange, berlinYearRange } from "@lotse/domain/berlin-time";
import { DomainError, notFound } from "../../errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { allowanceTotals, pauschaleLimitCents } from "../volunteers/index.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";
import { canReadStatement } from "./access.ts";
import { cancellationFee, interpretingFee, tariffOf, type Fee, type Tariff } from "./fees.ts";

export interface StatementLine {
  requestId: string;
  appointmentId: string;
  startsAt: Date;
  minutes: number;
  language: string;
  institution: string;
  interpreterId: string;
  interpreterName: string;
  kilometres: number;
  cancelledLate: boolean;
  fee: Fee;
}

export interface PauschaleStanding {
  year: number;
  limitCents: number | null;
  /** Interpreting fees of the year (all accepted, not cancelled, and late cancellations). */
  feesCents: number;
  /** Paid here as Ehrenamtspauschale plus declared elsewhere (volunteers' allowances). */
  otherCents: number;
  usedCents: number;
  remainingCents: number | null;
  exceeded: boolean;
}

export interface Statement {
  month: string;
  interpreterId: string | null;
  interpreterName: string | null;
  institution: string | null;
  lines: StatementLine[];
  totalCents: number;
  /** Only for an interpreter's statement. */
  pauschale: PauschaleStanding | null;
}

/** [start, end) of a Berlin month "YYYY-MM" as instants; anything else is refused on the month field. */
function monthRange(month: string): { start: Date; end: Date } {
  const range = berlinMonthRange(month);
  if (!range) throw new DomainError("VALIDATION", "appointments.month", "month");
  return range;
}

const lineSelect = {
  id: true,
  appointmentId: true,
  startsAt: true,
  endsAt: true,
  language: true,
  institution: true,
  interpreterId: true,
  kilometres: true,
  status: true,
  cancelledLate: true,
  interpreter: { select: { user: { select: { name: true } } } },
} satisfies Prisma.InterpreterRequestSelect;

/** Billable: accepted and held or to be held; or cancelled late after acceptance. */
const billable: Prisma.InterpreterRequestWhereInput = {
  interpreterId: { not: null },
  OR: [{ status: "ACCEPTED", appointment: { status: "BOOKED" } }, { status: "CANCELLED", cancelledLate: true }],
};

function feeOf(tariff: Tariff, r: { startsAt: Date; endsAt: Date; kilometres: number; status: string; cancelledLate: boolean }): Fee {
  if (r.status === "CANCELLED") return cancellationFee(tariff, r.cancelledLate);
  return interpretingFee(tariff, Math.round((r.endsAt.getTime() - r.startsAt.getTime()) / 60_000), r.kilometres);
}

/** The interpreter's year (of `at`) against the Ehrenamtspauschale: fees of appointments before `until` (default: the whole year). */
export async function pauschaleStanding(ctx: ServiceCtx, interpreterId: string, at: Date, until?: Date): Promise<PauschaleStanding> {
  const viewer = signedIn(ctx);
  const settings = viewer.organization.parsedSettings;
  const year = Number(berlinDateTime(at).date.slice(0, 4));
  const { start, end: yearEnd } = berlinYearRange(year);
  const end = until && until < yearEnd ? until : yearEnd;
  const [rows, totals] = await Promise.all([
    ctx.db.interpreterRequest.findMany({ where: { ...billable, interpreterId, startsAt: { gte: start, lt: end } }, select: lineSelect }),
    allowanceTotals(ctx.db, interpreterId, year),
  ]);
  const tariff = tariffOf(settings);
  const feesCents = rows.reduce((sum, r) => sum + feeOf(tariff, r).totalCents, 0);
  const otherCents = totals.pauschaleCents + totals.pauschaleDeclaredCents;
  const limitCents = pauschaleLimitCents(settings, year);
  const usedCents = feesCents + otherCents;
  return {
    year,
    limitCents,
    feesCents,
    otherCents,
    usedCents,
    remainingCents: limitCents === null ? null : Math.max(0, limitCents - usedCents),
    exceeded: limitCents !== null && usedCents > limitCents,
  };
}

export async function interpreterStatement(ctx: ServiceCtx, input: { month: string; interpreterId?: string | null; institution?: string | null }): Promise<Statement> {
  const viewer = signedIn(ctx);
  const { start, end } = monthRange(input.month);
  const institution = input.institution?.trim() || null;
  if (!input.interpreterId === !institution) throw new DomainError("VALIDATION", "appointments.statementFor", "interpreterId");
  let interpreterName: string | null = null;
  if (input.interpreterId) {
    const v = await ctx.db.volunteerProfile.findUnique({ where: { id: input.interpreterId }, select: { userId: true, user: { select: { name: true } } } });
    if (!v) throw notFound("interpreterId");
    if (!canReadStatement(viewer, v.userId)) throw new DomainError("FORBIDDEN", "error.forbidden", "interpreterId");
    interpreterName = v.user.name;
  } else if (!canReadStatement(viewer, null)) {
    throw new DomainError("FORBIDDEN", "error.forbidden", "institution");
  }
  const rows = await ctx.db.interpreterRequest.findMany({
    where: { ...billable, startsAt: { gte: start, lt: end }, ...(input.interpreterId ? { interpreterId: input.interpreterId } : { institution: institution! }) },
    select: lineSelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  const tariff = tariffOf(viewer.organization.parsedSettings);
  const lines: StatementLine[] = rows.map((r) => ({
    requestId: r.id,
    appointmentId: r.appointmentId,
    startsAt: r.startsAt,
    minutes: Math.round((r.endsAt.getTime() - r.startsAt.getTime()) / 60_000),
    language: r.language,
    institution: r.institution,
    interpreterId: r.interpreterId!,
    interpreterName: r.interpreter?.user.name ?? "",
    kilometres: r.kilometres,
    cancelledLate: r.cancelledLate,
    fee: feeOf(tariff, r),
  }));
  return {
    month: input.month,
    interpreterId: input.interpreterId ?? null,
    interpreterName,
    institution,
    lines,
    totalCents: lines.reduce((sum, l) => sum + l.fee.totalCents, 0),
    pauschale: input.interpreterId ? await pauschaleStanding(ctx, input.interpreterId, new Date(end.getTime() - 1), end) : null,
  };
}

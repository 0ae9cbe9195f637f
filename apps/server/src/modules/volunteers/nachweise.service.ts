// Issued Nachweise: the volunteer issues their own, a coordinator issues one
// signed in their name, a coordinator withdraws one with a reason, and anyone
// holding the verification code can check it. The content is computed once,
// when it is issued, and frozen (nachweis-content.ts); the number comes from
// the organisation's "nachweis" counter row in the same transaction, so
// numbers are gapless. Who may is access.ts's question; these check it again
// where a rule depends on the row (own record, organisation).
import { randomBytes } from "node:crypto";
import { berlinToday } from "@lotse/domain/berlin-time";
import { formatIsoDate, isIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { NACHWEIS } from "@lotse/domain/bounds";
import { nextNumber } from "../../db/counters.ts";
import { DomainError, notFound } from "../../errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import { nowOf, signedIn, type ServiceCtx } from "../service-context.ts";
import { canIssueNachweisFor, canWithdrawNachweis, issuesAsCoordinator } from "./access.ts";
import { activeWindow, clipToWindow, NachweisContentSchema, periodDays, weeklyAverage, yearsAndMonths, type DatePeriod, type NachweisContent } from "./nachweis-content.ts";

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not misread. */
const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 20 characters, 5 random bits each (a byte's low 5 bits: 256 is a multiple of 32, so unbiased). */
export function newVerificationCode(): string {
  return [...randomBytes(NACHWEIS.codeLength)].map((b) => CODE_ALPHABET[b & 31]).join("");
}

/** A code as typed: case, spaces and dashes do not matter; O is read as 0 and I or L as 1. */
export function normaliseCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  return code.length === NACHWEIS.codeLength && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

/** The public page a Nachweis' QR code and printed address lead to. */
export const verificationUrl = (ctx: Pick<ServiceCtx, "config">, code: string) => `${ctx.config.PUBLIC_URL}/nachweis/pruefen/${code}`;

const dayOf = (instant: Date | null) => (instant ? berlinToday(instant) : null);

/** The time the volunteer was active (see activeWindow), read from their row and their first approved hour. */
export async function nachweisWindow(ctx: Pick<ServiceCtx, "db" | "now">, volunteerId: string): Promise<DatePeriod | null> {
  const [profile, first] = await Promise.all([
    ctx.db.volunteerProfile.findUnique({ where: { id: volunteerId }, select: { approvedAt: true, endedAt: true, status: true } }),
    ctx.db.hourLog.findFirst({ where: { volunteerId, status: "APPROVED" }, orderBy: { date: "asc" }, select: { date: true } }),
  ]);
  if (!profile) throw notFound("volunteerId");
  return activeWindow({
    approvedOn: dayOf(profile.approvedAt),
    firstApprovedHour: first ? formatIsoDate(first.date) : null,
    endedOn: profile.status === "ENDED" ? dayOf(profile.endedAt) : null,
    today: berlinToday(nowOf(ctx)),
  });
}

/** The activity in words: the organisation's description, then the areas the hours were approved for. */
function activityText(description: string, activities: { name: string }[]): string {
  const names = activities.map((a) => a.name);
  const areas =
    names.length === 0 ? "" : names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} und ${names[names.length - 1]}`;
  const parts = [description.trim()];
  if (areas) parts.push(`Tätigkeitsbereiche: ${areas}.`);
  return parts.filter(Boolean).join(" ") || "Ehrenamtliche Tätigkeit für die Organisation.";
}

export interface IssueNachweisInput {
  volunteerId: string;
  from: string;
  to: string;
}

/** Issues a Nachweis for the requested period clipped to the active time; its content is frozen here. */
export async function issueNachweis(ctx: ServiceCtx, input: IssueNachweisInput) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const now = nowOf(ctx);
  for (const field of ["from", "to"] as const) {
    if (!isIsoDate(input[field])) throw new DomainError("VALIDATION", "date.invalid", field);
  }
  if (input.from > input.to) throw new DomainError("VALIDATION", "nachweis.periodOrder", "to");
  const profile = await db.volunteerProfile.findUnique({
    where: { id: input.volunteerId },
    select: { id: true, userId: true, birthDate: true, status: true, user: { select: { name: true } } },
  });
  if (!profile) throw notFound("volunteerId");
  if (!canIssueNachweisFor(ctx, profile)) throw new DomainError("FORBIDDEN", "error.forbidden", "volunteerId");
  const settings = viewer.organization.parsedSettings.nachweis;
  if (!settings.address.trim() || !settings.contactPerson.trim()) throw new DomainError("VALIDATION", "nachweis.organizationDetailsMissing", null);

  const window = await nachweisWindow(ctx, profile.id);
  if (!window) throw new DomainError("VALIDATION", "nachweis.notActive", "from");
  const clipped = clipToWindow({ from: input.from, to: input.to }, window);
  if (!clipped) throw new DomainError("VALIDATION", "nachweis.outsideActiveTime", "from", { from: window.from, to: window.to });
  const { period } = clipped;
  const range = { gte: parseIsoDate(period.from), lte: parseIsoDate(period.to) };

  const [byDay, payments, issuer] = await Promise.all([
    db.hourLog.groupBy({ by: ["date", "activityTypeId"], where: { volunteerId: profile.id, status: "APPROVED", date: range }, _sum: { minutes: true } }),
    db.allowancePayment.groupBy({ by: ["year", "kind"], where: { volunteerId: profile.id, paidOn: range }, _sum: { amountCents: true }, orderBy: [{ year: "asc" }, { kind: "asc" }] }),
    ctx.prisma.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { name: true } }),
  ]);
  const minutesOfActivity = new Map<string, number>();
  for (const row of byDay) minutesOfActivity.set(row.activityTypeId, (minutesOfActivity.get(row.activityTypeId) ?? 0) + (row._sum.minutes ?? 0));
  const types = minutesOfActivity.size
    ? await db.activityType.findMany({ where: { id: { in: [...minutesOfActivity.keys()] } }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] })
    : [];
  const activities = types.map((a) => ({ name: a.name, minutes: minutesOfActivity.get(a.id) ?? 0 })).filter((a) => a.minutes > 0);
  const totalMinutes = activities.reduce((s, a) => s + a.minutes, 0);
  const byCoordinator = issuesAsCoordinator(ctx, profile);

  const content: NachweisContent = {
    volunteerName: profile.user.name,
    birthDate: profile.birthDate ? formatIsoDate(profile.birthDate) : null,
    organization: { name: viewer.organization.name, address: settings.address.trim(), contactPerson: settings.contactPerson.trim() },
    activityText: activityText(settings.activityDescription, activities),
    activities,
    activeSince: window.from,
    activeUntil: profile.status === "ENDED" ? window.to : null,
    requested: { from: input.from, to: input.to },
    period,
    clippedStart: clipped.clippedStart,
    clippedEnd: clipped.clippedEnd,
    years: yearsAndMonths(period, byDay.map((r) => ({ date: formatIsoDate(r.date), minutes: r._sum.minutes ?? 0 }))),
    totalMinutes,
    weeklyAverageMinutes: weeklyAverage(totalMinutes, periodDays(period)),
    allowances: payments.map((p) => ({ year: p.year, kind: p.kind, amountCents: p._sum?.amountCents ?? 0 })),
    issuedOn: berlinToday(now),
    issuer: { name: issuer.name, coordinator: byCoordinator },
  };

  return db.$transaction(async (tx) => {
    const number = await nextNumber(tx, viewer.organizationId, "nachweis");
    const created = await tx.nachweis.create({
      data: {
        number,
        volunteerId: profile.id,
        verificationCode: newVerificationCode(),
        periodFrom: range.gte,
        periodTo: range.lte,
        approvedMinutes: totalMinutes,
        content: content as unknown as Prisma.InputJsonValue,
        issuedAt: now,
        issuedById: viewer.userId,
      },
    });
    // Which period and that it was clipped; never the birth date or the hours.
    await audit(tx, viewer.userId, "volunteer.nachweisIssued", { type: "Nachweis", id: created.id }, {
      number,
      volunteerId: profile.id,
      period,
      requested: content.requested,
      byCoordinator,
    });
    return created;
  });
}

/** Withdraws an issued Nachweis (coordinators, not their own): once, with the reason, audited in the same transaction. */
export async function withdrawNachweis(ctx: ServiceCtx, input: { nachweisId: string; reason: string }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const reason = input.reason.trim();
  if (!reason) throw new DomainError("VALIDATION", "volunteer.reasonRequired", "reason");
  const nachweis = await db.nachweis.findUnique({ where: { id: input.nachweisId }, select: { id: true, number: true, volunteer: { select: { userId: true } } } });
  if (!nachweis) throw notFound("id");
  if (!canWithdrawNachweis(ctx, nachweis.volunteer)) throw new DomainError("FORBIDDEN", nachweis.volunteer.userId === viewer.userId ? "volunteer.ownRecord" : "error.forbidden", "id");
  return db.$transaction(async (tx) => {
    const { count } = await tx.nachweis.updateMany({
      where: { id: nachweis.id, withdrawnAt: null },
      data: { withdrawnAt: nowOf(ctx), withdrawnReason: reason, withdrawnById: viewer.userId },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "nachweis.alreadyWithdrawn", "id");
    await audit(tx, viewer.userId, "volunteer.nachweisWithdrawn", { type: "Nachweis", id: nachweis.id }, { number: nachweis.number, reason });
    return tx.nachweis.findUniqueOrThrow({ where: { id: nachweis.id } });
  });
}

/** An issued Nachweis with its frozen content, for the download (null: none of the caller's organisation). */
export async function findNachweis(ctx: ServiceCtx, nachweisId: string) {
  const row = await ctx.db.nachweis.findUnique({ where: { id: nachweisId }, include: { volunteer: { select: { userId: true } } } });
  return row ? { ...row, content: NachweisContentSchema.parse(row.content) } : null;
}

export interface NachweisVerification {
  number: number;
  code: string;
  content: NachweisContent;
  issuedAt: Date;
  withdrawnAt: Date | null;
}

/**
 * What a Nachweis certified, by its verification code, for anyone (no
 * sign-in): the code is the key, so the lookup spans organisations and uses the
 * system client. Null for a code that names no Nachweis.
 */
export async function verifyNachweis(ctx: ServiceCtx, input: { code: string }): Promise<NachweisVerification | null> {
  const code = normaliseCode(input.code);
  if (!code) return null;
  const row = await ctx.prisma.nachweis.findUnique({
    where: { verificationCode: code },
    select: { number: true, verificationCode: true, content: true, issuedAt: true, withdrawnAt: true },
  });
  if (!row) return null;
  return { number: row.number, code: row.verificationCode, content: NachweisContentSchema.parse(row.content), issuedAt: row.issuedAt, withdrawnAt: row.withdrawnAt };
}

/**
 * Sets or clears the optional birth date (the volunteer or a coordinator).
 * Stored only to be printed on a Nachweis; the audit entry says that it
 * changed, never the date.
 */
export async function setBirthDate(ctx: ServiceCtx, input: { volunteerId: string; birthDate: string | null }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const profile = await db.volunteerProfile.findUnique({ where: { id: input.volunteerId }, select: { id: true, userId: true, birthDate: true } });
  if (!profile) throw notFound("volunteerId");
  if (!canIssueNachweisFor(ctx, profile)) throw new DomainError("FORBIDDEN", "error.forbidden", "volunteerId");
  const birthDate = input.birthDate ? parseIsoDate(input.birthDate) : null;
  if (birthDate && (input.birthDate! > berlinToday(nowOf(ctx)) || input.birthDate! < "1900-01-01")) {
    throw new DomainError("VALIDATION", "nachweis.birthDateRange", "birthDate");
  }
  const before = profile.birthDate ? formatIsoDate(profile.birthDate) : null;
  if (before === (input.birthDate || null)) return profile.id;
  await db.$transaction(async (tx) => {
    const { count } = await tx.volunteerProfile.updateMany({ where: { id: profile.id, birthDate: profile.birthDate }, data: { birthDate } });
    if (count !== 1) throw new DomainError("CONFLICT", "nachweis.birthDateChanged", "birthDate");
    await audit(tx, viewer.userId, birthDate ? "volunteer.birthDateSet" : "volunteer.birthDateCleared", { type: "VolunteerProfile", id: profile.id });
  });
  return profile.id;
}

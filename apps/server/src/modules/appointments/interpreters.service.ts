// The Sprachmittlerpool: volunteers who offer interpreting, speak German at
// the organisation's minimum level (default B2) and signed the neutrality and
// confidentiality pledge. Coordinators get suggestions for a request (the
// language, free at that time, least load first, then the nearest), assign one, and the
// interpreter alone accepts or declines. A decline, or no answer by the
// deadline, puts the request back to the coordinators. The interpreter's
// exclusion constraint (migration appointments) keeps anyone from being
// assigned to two overlapping appointments, however the requests race.
import { berlinToday } from "@lotse/domain/berlin-time";
import { isIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { kmBetween, type LatLon } from "@lotse/domain/geo";
import { publicUrlOf } from "../../config.ts";
import { scopedClientFor } from "../../db/tenancy.ts";
import { DomainError, notFound } from "../../errors.ts";
import type { LanguageLevel, Prisma } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import { notify } from "../notifications/index.ts";
import type { JobCtx, ServiceCtx } from "../service-context.ts";
import { nowOf, signedIn } from "../service-context.ts";
import { assertRunsPool } from "./access.ts";
import { overlapRefusal } from "./booking.service.ts";
import { interpretingFee, tariffOf } from "./fees.ts";
import { appointmentInvitation } from "./invitations.ts";
import { appointmentAudience, mailTo, notifyRequestReopened } from "./notifications.ts";
import { APPOINTMENT_PATHS } from "./paths.ts";
import { pauschaleStanding } from "./statements.service.ts";
import { APPOINTMENT_WORK } from "./work-queue.service.ts";

const LEVELS: LanguageLevel[] = ["A1", "A2", "B1", "B2", "C1", "C2", "NATIVE"];
export const levelAtLeast = (level: LanguageLevel, minimum: string) => LEVELS.indexOf(level) >= LEVELS.indexOf(minimum as LanguageLevel);
const levelsFrom = (minimum: string) => LEVELS.slice(LEVELS.indexOf(minimum as LanguageLevel));

/** Who may be assigned at all: approved, offering interpreting, German at the minimum, pledge signed. */
export function poolWhere(minimumGermanLevel: string, language?: string | null): Prisma.VolunteerProfileWhereInput {
  return {
    status: "APPROVED",
    offersInterpreting: true,
    consentWithdrawnAt: null,
    germanLevel: { in: levelsFrom(minimumGermanLevel) },
    interpreterPledge: { some: {} },
    languages: { some: { interpreting: true, ...(language ? { code: language } : {}) } },
  };
}

/** Assignments that hold a place in the interpreter's time (and count as load). */
const HOLDING = ["ASSIGNED", "ACCEPTED"] as const;

/** Load: assignments held in the 30 days around now, per interpreter. */
async function loads(ctx: ServiceCtx, interpreterIds: string[], now: Date): Promise<Map<string, number>> {
  if (interpreterIds.length === 0) return new Map();
  const rows = await ctx.db.interpreterRequest.groupBy({
    by: ["interpreterId"],
    where: { interpreterId: { in: interpreterIds }, status: { in: [...HOLDING] }, startsAt: { gte: new Date(now.getTime() - 30 * 86_400_000), lt: new Date(now.getTime() + 30 * 86_400_000) } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.interpreterId!, r._count._all]));
}

export interface PoolMember {
  volunteerId: string;
  name: string;
  germanLevel: LanguageLevel;
  languages: string[];
  /** Null for a candidate who has not signed the pledge yet. */
  pledgedOn: Date | null;
  load: number;
  /** The interpreter's district (null: not given). */
  district: string | null;
  /** km from the interpreter's district to where the appointment takes place (suggestions; null: unknown). */
  distanceKm: number | null;
  /** Suggestions: this request's fee would take the interpreter's year past the Ehrenamtspauschale. */
  feeExceedsPauschale: boolean;
}

const memberSelect = {
  id: true,
  germanLevel: true,
  user: { select: { name: true } },
  district: { select: { name: true, latitude: true, longitude: true } },
  languages: { where: { interpreting: true }, select: { code: true }, orderBy: { code: "asc" } },
  interpreterPledge: { select: { signedOn: true } },
} satisfies Prisma.VolunteerProfileSelect;
type MemberRow = Prisma.VolunteerProfileGetPayload<{ select: typeof memberSelect }>;

async function memberRows(ctx: ServiceCtx, where: Prisma.VolunteerProfileWhereInput): Promise<MemberRow[]> {
  return ctx.db.volunteerProfile.findMany({ where, select: memberSelect, orderBy: [{ sortName: "asc" }, { id: "asc" }] });
}

const toMember = (r: MemberRow, load: number, distanceKm: number | null = null): PoolMember => ({
  volunteerId: r.id,
  name: r.user.name,
  germanLevel: r.germanLevel,
  languages: r.languages.map((l) => l.code),
  pledgedOn: r.interpreterPledge[0]?.signedOn ?? null,
  load,
  district: r.district?.name ?? null,
  distanceKm,
  feeExceedsPauschale: false,
});

async function members(ctx: ServiceCtx, where: Prisma.VolunteerProfileWhereInput, now: Date): Promise<PoolMember[]> {
  const rows = await memberRows(ctx, where);
  const load = await loads(ctx, rows.map((r) => r.id), now);
  return rows.map((r) => toMember(r, load.get(r.id) ?? 0));
}

/** The pool, optionally of one language, with each interpreter's load. */
export async function interpreterPool(ctx: ServiceCtx, input: { language?: string | null }): Promise<PoolMember[]> {
  const viewer = assertRunsPool(ctx);
  return members(ctx, poolWhere(viewer.organization.parsedSettings.interpreting.minimumGermanLevel, input.language), nowOf(ctx));
}

/**
 * Volunteers who offer interpreting, speak German at the minimum and have no
 * pledge recorded yet: whom the coordinators can record a pledge for.
 */
export async function interpreterPledgeCandidates(ctx: ServiceCtx): Promise<PoolMember[]> {
  const viewer = assertRunsPool(ctx);
  const { interpreterPledge: _pledged, ...rest } = poolWhere(viewer.organization.parsedSettings.interpreting.minimumGermanLevel);
  return (await memberRows(ctx, { ...rest, interpreterPledge: { none: {} } })).map((r) => toMember(r, 0));
}

/** Where appointments take place: the district named in the settings, null when unset or unknown. */
async function placeOfAppointments(ctx: ServiceCtx, districtName: string): Promise<LatLon | null> {
  if (!districtName.trim()) return null;
  const d = await ctx.db.district.findFirst({ where: { name: districtName.trim() }, select: { latitude: true, longitude: true } });
  return d ? { lat: d.latitude, lon: d.longitude } : null;
}

/** Least load first; of equal load the nearer (unknown distance last); then by name. */
export function rankSuggestions(found: PoolMember[]): PoolMember[] {
  const km = (m: PoolMember) => m.distanceKm ?? Number.POSITIVE_INFINITY;
  return [...found].sort((a, b) => a.load - b.load || km(a) - km(b) || a.name.localeCompare(b.name, "de"));
}

/**
 * Who could take the request: the pool of its language, free at its time (no
 * held assignment overlapping it), not someone who declined it already;
 * ranked by load, then by the distance from the interpreter's district to
 * where the appointment takes place (its district; else the setting
 * interpreting.placeDistrict),
 * with a warning for anyone whose year this fee would take past the
 * Ehrenamtspauschale.
 */
export async function interpreterSuggestions(ctx: ServiceCtx, input: { appointmentId: string }): Promise<PoolMember[]> {
  const viewer = assertRunsPool(ctx);
  const settings = viewer.organization.parsedSettings;
  const request = await ctx.db.interpreterRequest.findFirst({
    where: { appointmentId: input.appointmentId },
    include: { appointment: { select: { placeDistrict: { select: { latitude: true, longitude: true } } } } },
  });
  if (!request) throw notFound("appointmentId");
  const where: Prisma.VolunteerProfileWhereInput = {
    AND: [
      poolWhere(settings.interpreting.minimumGermanLevel, request.language),
      { id: { notIn: request.declinedBy } },
      {
        interpreterRequests: {
          none: { id: { not: request.id }, status: { in: [...HOLDING] }, startsAt: { lt: request.endsAt }, endsAt: { gt: request.startsAt } },
        },
      },
    ],
  };
  const now = nowOf(ctx);
  // Where this appointment takes place; for one booked without a district, the organisation's setting.
  const own = request.appointment.placeDistrict;
  const [rows, place] = await Promise.all([memberRows(ctx, where), own ? { lat: own.latitude, lon: own.longitude } : placeOfAppointments(ctx, settings.interpreting.placeDistrict)]);
  const load = await loads(ctx, rows.map((r) => r.id), now);
  const fee = interpretingFee(tariffOf(settings), (request.endsAt.getTime() - request.startsAt.getTime()) / 60_000, 0);
  const found = await Promise.all(
    rows.map(async (r) => {
      const distanceKm = place && r.district ? Math.round(kmBetween(place, { lat: r.district.latitude, lon: r.district.longitude }) * 10) / 10 : null;
      const standing = await pauschaleStanding(ctx, r.id, request.startsAt);
      return { ...toMember(r, load.get(r.id) ?? 0, distanceKm), feeExceedsPauschale: standing.limitCents !== null && standing.usedCents + fee.totalCents > standing.limitCents };
    }),
  );
  return rankSuggestions(found);
}

/** Why a volunteer cannot interpret for this request, as the typed error naming interpreterId. */
async function assertEligible(ctx: ServiceCtx, volunteerId: string, language: string) {
  const settings = signedIn(ctx).organization.parsedSettings.interpreting;
  const v = await ctx.db.volunteerProfile.findUnique({
    where: { id: volunteerId },
    select: { status: true, offersInterpreting: true, germanLevel: true, languages: { where: { interpreting: true }, select: { code: true } }, interpreterPledge: { select: { id: true } } },
  });
  if (!v) throw notFound("interpreterId");
  if (v.status !== "APPROVED" || !v.offersInterpreting) throw new DomainError("VALIDATION", "appointments.notAnInterpreter", "interpreterId");
  if (!levelAtLeast(v.germanLevel, settings.minimumGermanLevel)) throw new DomainError("VALIDATION", "appointments.interpreterGerman", "interpreterId", { level: settings.minimumGermanLevel });
  if (!v.languages.some((l) => l.code === language)) throw new DomainError("VALIDATION", "appointments.interpreterLanguage", "interpreterId");
  if (v.interpreterPledge.length === 0) throw new DomainError("VALIDATION", "appointments.interpreterNoPledge", "interpreterId");
}

export interface AssignResult {
  requestId: string;
  /** The fee of this appointment would take the interpreter's year past the Ehrenamtspauschale. */
  exceedsPauschale: boolean;
}

export async function assignInterpreter(ctx: ServiceCtx, input: { appointmentId: string; interpreterId: string; kilometres?: number | null }): Promise<AssignResult> {
  const viewer = assertRunsPool(ctx);
  const now = nowOf(ctx);
  const request = await ctx.db.interpreterRequest.findFirst({ where: { appointmentId: input.appointmentId }, include: { appointment: { select: { status: true } } } });
  if (!request) throw notFound("appointmentId");
  if (request.status === "CANCELLED" || request.appointment.status !== "BOOKED") throw new DomainError("VALIDATION", "appointments.cancelled", "appointmentId");
  if (request.startsAt <= now) throw new DomainError("VALIDATION", "appointments.inPast", "appointmentId");
  if (request.status !== "OPEN") throw new DomainError("CONFLICT", "appointments.requestNotOpen", "appointmentId");
  const kilometres = input.kilometres ?? 0;
  if (!Number.isInteger(kilometres) || kilometres < 0 || kilometres > 1000) throw new DomainError("VALIDATION", "validation.range", "kilometres");
  await assertEligible(ctx, input.interpreterId, request.language);
  const settings = viewer.organization.parsedSettings;
  const deadline = Math.min(now.getTime() + settings.interpreting.responseDeadlineHours * 3_600_000, request.startsAt.getTime());
  const fee = interpretingFee(tariffOf(settings), (request.endsAt.getTime() - request.startsAt.getTime()) / 60_000, kilometres);
  const standing = await pauschaleStanding(ctx, input.interpreterId, request.startsAt);
  try {
    await ctx.db.$transaction(async (tx) => {
      // Conditional: of two coordinators assigning at once, one assigns and the other is told.
      const { count } = await tx.interpreterRequest.updateMany({
        where: { id: request.id, status: "OPEN" },
        data: { status: "ASSIGNED", interpreterId: input.interpreterId, assignedAt: now, respondBy: new Date(deadline), respondedAt: null, reopenedBecause: null, kilometres },
      });
      if (count !== 1) throw new DomainError("CONFLICT", "appointments.requestNotOpen", "appointmentId");
      await audit(tx, viewer.userId, "appointments.interpreterAssigned", { type: "InterpreterRequest", id: request.id }, { interpreterId: input.interpreterId });
      const interpreterUser = await tx.volunteerProfile.findUniqueOrThrow({ where: { id: input.interpreterId }, select: { userId: true } });
      await notify(tx, {
        organizationId: viewer.organizationId,
        work: APPOINTMENT_WORK.interpreterRequestsToAnswer,
        to: [interpreterUser.userId],
        params: { language: request.language, startsAt: request.startsAt.toISOString(), respondBy: new Date(deadline).toISOString() },
      });
      const a = await appointmentAudience(tx, request.appointmentId);
      const interpreter = a.interpreterRequest!.interpreter!.user;
      await mailTo(tx, interpreter, a.organizationId, "interpreterAssigned", {
        startsAt: a.startsAt,
        room: a.room,
        organization: a.organization.name,
        language: request.language,
        respondBy: new Date(deadline),
        link: `${ctx.config.PUBLIC_URL}${APPOINTMENT_PATHS.interpreting}`,
      });
    });
  } catch (error) {
    throw overlapRefusal(error) ?? error;
  }
  return { requestId: request.id, exceedsPauschale: standing.limitCents !== null && standing.usedCents + fee.totalCents > standing.limitCents };
}

/** The interpreter's answer. Only the assigned interpreter may give it, only while it is asked. */
export async function respondToInterpreterRequest(ctx: ServiceCtx, input: { requestId: string; accept: boolean }) {
  const viewer = signedIn(ctx);
  const now = nowOf(ctx);
  const request = await ctx.db.interpreterRequest.findUnique({ where: { id: input.requestId } });
  if (!request) throw notFound("requestId");
  if (!viewer.volunteerProfileId || request.interpreterId !== viewer.volunteerProfileId) throw new DomainError("FORBIDDEN", "appointments.notYourRequest", "requestId");
  if (request.status !== "ASSIGNED") throw new DomainError("CONFLICT", "appointments.requestNotAsked", "requestId");
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.interpreterRequest.updateMany({
      where: { id: request.id, status: "ASSIGNED", interpreterId: viewer.volunteerProfileId },
      data: input.accept
        ? { status: "ACCEPTED", respondedAt: now }
        : { status: "OPEN", respondedAt: now, interpreterId: null, respondBy: null, declinedBy: { push: viewer.volunteerProfileId! }, reopenedBecause: "DECLINED" },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "appointments.requestNotAsked", "requestId");
    await audit(tx, viewer.userId, input.accept ? "appointments.interpreterAccepted" : "appointments.interpreterDeclined", { type: "InterpreterRequest", id: request.id });
    if (input.accept) {
      // The written confirmation to both sides (domain.md): the interpreter and the counsellor.
      const a = await appointmentAudience(tx, request.appointmentId);
      const facts = { startsAt: a.startsAt, room: a.room, organization: a.organization.name, language: request.language };
      // Each with the calendar invitation (METHOD:REQUEST): the counsellor organises, the interpreter attends.
      const interpreterLink = `${ctx.config.PUBLIC_URL}${APPOINTMENT_PATHS.interpreting}`;
      const counsellorLink = `${ctx.config.PUBLIC_URL}${APPOINTMENT_PATHS.counselling}`;
      await mailTo(tx, a.interpreterRequest!.interpreter!.user, a.organizationId, "interpreterConfirmed", { ...facts, link: interpreterLink }, [
        await appointmentInvitation(tx, request.appointmentId, interpreterLink),
      ]);
      await mailTo(tx, a.counsellor.user, a.organizationId, "counsellorInterpreterConfirmed", { ...facts, link: counsellorLink }, [
        await appointmentInvitation(tx, request.appointmentId, counsellorLink),
      ]);
    } else {
      await notifyRequestReopened(tx, ctx.config.PUBLIC_URL, request.id);
    }
    return tx.interpreterRequest.findUniqueOrThrow({ where: { id: request.id } });
  });
}

/**
 * Recurring job: an assignment not answered by its deadline goes back to the
 * coordinators, each request in its organisation's transaction with the
 * coordinators' mails: a crash before the commit leaves both undone for the
 * next run, and the update's condition (still ASSIGNED to the same person)
 * lets only one of two instances running at once reopen it and mail.
 */
export async function reopenUnanswered(ctx: JobCtx, publicUrl = publicUrlOf()): Promise<number> {
  const due = await ctx.prisma.interpreterRequest.findMany({
    where: { status: "ASSIGNED", respondBy: { lte: ctx.now } },
    select: { id: true, organizationId: true, interpreterId: true },
    orderBy: { respondBy: "asc" },
  });
  let reopened = 0;
  for (const r of due) {
    reopened += await scopedClientFor(ctx.prisma, r.organizationId).$transaction(async (tx) => {
      const { count } = await tx.interpreterRequest.updateMany({
        where: { id: r.id, status: "ASSIGNED", interpreterId: r.interpreterId, respondBy: { lte: ctx.now } },
        data: { status: "OPEN", interpreterId: null, respondBy: null, reopenedBecause: "NO_ANSWER", ...(r.interpreterId ? { declinedBy: { push: r.interpreterId } } : {}) },
      });
      if (count !== 1) return 0;
      await notifyRequestReopened(tx, publicUrl, r.id);
      return 1;
    });
  }
  return reopened;
}

export async function recordInterpreterPledge(ctx: ServiceCtx, input: { volunteerId: string; signedOn: string }) {
  const viewer = assertRunsPool(ctx);
  if (!isIsoDate(input.signedOn)) throw new DomainError("VALIDATION", "date.invalid", "signedOn");
  // Compared as Berlin calendar days: the day parsed to UTC midnight lay "in the future" from
  // midnight to 1 or 2 a.m. in Berlin, when the form proposes today's date.
  if (input.signedOn > berlinToday(nowOf(ctx))) throw new DomainError("VALIDATION", "date.inFuture", "signedOn");
  const signedOn = parseIsoDate(input.signedOn);
  const v = await ctx.db.volunteerProfile.findUnique({ where: { id: input.volunteerId }, select: { id: true, offersInterpreting: true, germanLevel: true } });
  if (!v) throw notFound("volunteerId");
  if (!v.offersInterpreting) throw new DomainError("VALIDATION", "appointments.notAnInterpreter", "volunteerId");
  const minimum = viewer.organization.parsedSettings.interpreting.minimumGermanLevel;
  if (!levelAtLeast(v.germanLevel, minimum)) throw new DomainError("VALIDATION", "appointments.interpreterGerman", "volunteerId", { level: minimum });
  return ctx.db.$transaction(async (tx) => {
    const pledge = await tx.interpreterPledge.upsert({
      where: { organizationId_volunteerId: { organizationId: viewer.organizationId, volunteerId: v.id } },
      create: { volunteerId: v.id, signedOn, recordedById: viewer.userId },
      update: { signedOn, recordedById: viewer.userId },
    });
    await audit(tx, viewer.userId, "appointments.pledgeRecorded", { type: "VolunteerProfile", id: v.id }, { signedOn: input.signedOn });
    return pledge;
  });
}

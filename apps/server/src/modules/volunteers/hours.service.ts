// Hour logging and review. The 24-hour day limit lives in the database
// (VolunteerDay + CHECK, kept by a trigger; see the volunteers migration);
// this service checks the rest and turns the database's refusal into a
// typed error that names the field and the minutes still possible.
import { randomUUID } from "node:crypto";
import { berlinToday } from "@lotse/domain/berlin-time";
import { formatDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { formatDuration } from "@lotse/domain/duration";
import type { ScopedDb } from "../../db/tenancy.ts";
import { DomainError, notFound } from "../../errors.ts";
import type { Prisma, ReviewStatus } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import { notify } from "../notifications/index.ts";
import { VOLUNTEER_WORK } from "./work-queue.service.ts";
import { assertNotOwnRecord } from "./access.ts";
import { myProfile } from "./volunteers.service.ts";
import { type ServiceCtx, signedIn } from "../service-context.ts";

export const DAY_LIMIT_MINUTES = 24 * 60;

export interface HourLogInput {
  date: string;
  minutes: number;
  activityTypeId: string;
  /** One of the volunteer's own courses (a cohort where they hold a place). */
  cohortId?: string | null;
  /** The volunteer's own ACTIVE tandem the hours were for (issue 11). */
  tandemId?: string | null;
  note?: string | null;
}

export interface HourLogsFilter {
  volunteerId?: string | null;
  status?: ReviewStatus | null;
  from?: string | null;
  to?: string | null;
}

export function hourLogsWhere(filter: HourLogsFilter | null | undefined): Prisma.HourLogWhereInput {
  const where: Prisma.HourLogWhereInput = {};
  if (filter?.volunteerId) where.volunteerId = filter.volunteerId;
  if (filter?.status) where.status = filter.status;
  if (filter?.from || filter?.to) {
    where.date = {
      ...(filter.from ? { gte: parseIsoDate(filter.from) } : {}),
      ...(filter.to ? { lte: parseIsoDate(filter.to) } : {}),
    };
  }
  return where;
}

export function isDayLimitViolation(error: unknown): boolean {
  const text = `${(error as Error)?.message ?? ""} ${JSON.stringify((error as { meta?: unknown })?.meta ?? {})}`;
  return text.includes("VolunteerDay_max_24_hours");
}

async function dayLimitError(db: ScopedDb, volunteerId: string, date: Date, locale: ServiceCtx["locale"]) {
  const day = await db.volunteerDay.findUnique({ where: { volunteerId_date: { volunteerId, date } } });
  // In the form's own units ("3 Std. 30 Min."), not a count of minutes.
  const remaining = formatDuration(Math.max(0, DAY_LIMIT_MINUTES - (day?.minutes ?? 0)), locale);
  return new DomainError("VALIDATION", "hours.dayLimit", "minutes", { remaining });
}

/** The Berlin day of the sign-up: the earliest date a volunteer may log hours for. */
export const signUpDay = (profile: { createdAt: Date }) => berlinToday(profile.createdAt);

/**
 * Checks an entry. `signedUpOn` (the profile's sign-up day) bounds the date
 * from below, except for a coordinator's import of earlier volunteering
 * (null), which carries a reason instead.
 */
async function checkInput(db: ScopedDb, volunteerId: string, input: HourLogInput, signedUpOn: string | null, locale: ServiceCtx["locale"] = "de") {
  let date: Date;
  try {
    date = parseIsoDate(input.date);
  } catch {
    throw new DomainError("VALIDATION", "date.invalid", "date");
  }
  if (input.date > berlinToday()) throw new DomainError("VALIDATION", "date.inFuture", "date");
  if (signedUpOn && input.date < signedUpOn) throw new DomainError("VALIDATION", "hours.beforeSignUp", "date", { date: formatDate(signedUpOn, locale) });
  if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > DAY_LIMIT_MINUTES) {
    throw new DomainError("VALIDATION", "hours.minutesRange", "minutes");
  }
  if (!(await db.activityType.findUnique({ where: { id: input.activityTypeId } }))) {
    throw new DomainError("VALIDATION", "hours.unknownActivity", "activityTypeId");
  }
  // Only a course the volunteer took part in: an admitted place, not an application or a place they left.
  if (input.cohortId && !(await db.enrolment.findFirst({ where: { cohortId: input.cohortId, volunteerId, status: "ADMITTED" }, select: { id: true } }))) {
    throw new DomainError("VALIDATION", "hours.unknownCourse", "cohortId");
  }
  // Only the volunteer's own tandem while it is active.
  if (input.tandemId && !(await db.tandem.findFirst({ where: { id: input.tandemId, volunteerId, status: "ACTIVE" }, select: { id: true } }))) {
    throw new DomainError("VALIDATION", "hours.unknownTandem", "tandemId");
  }
  return { date, minutes: input.minutes, activityTypeId: input.activityTypeId, cohortId: input.cohortId ?? null, tandemId: input.tandemId ?? null, note: input.note?.trim() || null };
}

/** Runs a write that may cross the day limit and reports it as a field error. */
async function withinDayLimit<T>(db: ScopedDb, volunteerId: string, date: Date, locale: ServiceCtx["locale"], write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isDayLimitViolation(error)) throw await dayLimitError(db, volunteerId, date, locale);
    throw error;
  }
}

/**
 * Hours can be logged from the verified sign-up on (a newcomer often helps
 * before the coordinator has got to the approval; every entry is reviewed
 * anyway), but not while paused (e.g. consent withdrawn) or after rejection.
 */
async function loggingProfile(ctx: ServiceCtx) {
  const profile = await myProfile(ctx);
  if ((profile.status !== "APPROVED" && profile.status !== "PENDING") || profile.consentWithdrawnAt) {
    throw new DomainError("FORBIDDEN", "volunteer.cannotLogHours");
  }
  return profile;
}

/**
 * Writes to one volunteer's day serialise on its VolunteerDay row (the trigger
 * behind the 24-hour CHECK locks it from the entry's write to the commit), so
 * entries arriving at once wait for each other while holding a pooled
 * connection, and the rest wait for a connection. That queue may outlast
 * Prisma's default 2 s to start a transaction on a busy machine ("forty
 * entries at once" then answered some with "busy"): like a cohort's lock,
 * the day waits longer, and a late answer beats a failed one. The entry is
 * written last in its transaction, so the day is locked only until the commit.
 */
const DAY_LOCK = { maxWait: 20_000, timeout: 30_000 } as const;

/** A volunteer logs hours for themself only: the profile comes from the session, never from input. */
export async function logHours(ctx: ServiceCtx, input: HourLogInput) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const profile = await loggingProfile(ctx);
  const data = await checkInput(db, profile.id, input, signUpDay(profile), ctx.locale);
  // The entry and its audit row commit together; the day limit is the
  // database's check on the insert, so a refused entry leaves neither.
  const id = randomUUID();
  return withinDayLimit(db, profile.id, data.date, ctx.locale, () =>
    db.$transaction(async (tx) => {
      await audit(tx, viewer.userId, "hours.logged", { type: "HourLog", id }, { date: input.date, minutes: data.minutes });
      // The coordinators are told in the same transaction: no notice for an entry the day limit refuses.
      await notify(tx, { organizationId: viewer.organizationId, work: VOLUNTEER_WORK.hoursToReview, to: "role", actorUserId: viewer.userId, params: { minutes: data.minutes, date: input.date } });
      return tx.hourLog.create({ data: { ...data, id, volunteerId: profile.id } });
    }, DAY_LOCK),
  );
}

async function ownPendingLog(ctx: ServiceCtx, id: string) {
  const { db } = ctx;
  const profile = await myProfile(ctx);
  const log = await db.hourLog.findUnique({ where: { id } });
  if (!log || log.volunteerId !== profile.id) throw notFound("id");
  if (log.status !== "PENDING") throw new DomainError("CONFLICT", "hours.notEditable", "id");
  return log;
}

export async function updateHourLog(ctx: ServiceCtx, { id, input }: { id: string; input: HourLogInput }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const log = await ownPendingLog(ctx, id);
  const data = await checkInput(db, log.volunteerId, input, signUpDay(await myProfile(ctx)), ctx.locale);
  return withinDayLimit(db, log.volunteerId, data.date, ctx.locale, () =>
    db.$transaction(async (tx) => {
      // Conditional on PENDING so a review that lands meanwhile wins.
      const { count } = await tx.hourLog.updateMany({ where: { id, status: "PENDING" }, data });
      if (count !== 1) throw new DomainError("CONFLICT", "hours.notEditable", "id");
      await audit(tx, viewer.userId, "hours.updated", { type: "HourLog", id }, { date: input.date, minutes: data.minutes });
      return tx.hourLog.findUniqueOrThrow({ where: { id } });
    }, DAY_LOCK),
  );
}

export async function deleteHourLog(ctx: ServiceCtx, { id }: { id: string }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  await ownPendingLog(ctx, id);
  await db.$transaction(async (tx) => {
    const { count } = await tx.hourLog.deleteMany({ where: { id, status: "PENDING" } });
    if (count !== 1) throw new DomainError("CONFLICT", "hours.notEditable", "id");
    await audit(tx, viewer.userId, "hours.deleted", { type: "HourLog", id });
  });
}

/**
 * Approves or rejects pending entries and returns the ids this call decided.
 * Race-free: the decision is one conditional UPDATE … WHERE status = 'PENDING'
 * RETURNING id, so of two coordinators deciding the same entry at once exactly
 * one changes it (the other's UPDATE waits for the row and then finds it
 * decided), and the audit names only the rows that changed. When none of the
 * entries changed, the answer is a typed "already decided" (or "not found" for
 * ids the caller cannot see), never an empty success.
 */
export async function reviewHourLogs(ctx: ServiceCtx, { ids, decision, reason }: { ids: string[]; decision: "APPROVE" | "REJECT"; reason: string | null }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  if (decision === "REJECT" && !reason?.trim()) throw new DomainError("VALIDATION", "volunteer.reasonRequired", "reason");
  const unique = [...new Set(ids)];
  return db.$transaction(async (tx) => {
    const visible = await tx.hourLog.findMany({ where: { id: { in: unique } }, select: { id: true, status: true, volunteer: { select: { userId: true } } } });
    const pending = visible.filter((log) => log.status === "PENDING");
    // Four eyes: a coordinator who also volunteers has their hours decided by someone else.
    for (const log of pending) assertNotOwnRecord(viewer, log.volunteer, "ids");
    const changed = pending.length
      ? await tx.hourLog.updateManyAndReturn({
          where: { id: { in: pending.map((p) => p.id) }, status: "PENDING" },
          data: { status: decision === "APPROVE" ? "APPROVED" : "REJECTED", reviewedById: viewer.userId, reviewedAt: new Date(), reviewReason: reason?.trim() || null },
          select: { id: true },
        })
      : [];
    if (changed.length === 0) throw visible.length ? new DomainError("CONFLICT", "hours.alreadyDecided", "ids") : notFound("ids");
    const decidedIds = changed.map((c) => c.id);
    await audit(tx, viewer.userId, decision === "APPROVE" ? "hours.approved" : "hours.rejected", { type: "HourLog", id: decidedIds.length === 1 ? decidedIds[0]! : `batch of ${decidedIds.length}` }, {
      ids: decidedIds,
      reason: reason?.trim() || null,
    });
    return decidedIds;
  });
}

/**
 * A coordinator adds a volunteer's earlier volunteering, possibly from before
 * their sign-up (e.g. documented on paper), with the reason. The entry is
 * approved by that coordinator at once (they vouch for it) and the import is
 * audited with its reason in the same transaction; four eyes: never their own.
 */
export async function importEarlierHours(ctx: ServiceCtx, { volunteerId, input, reason }: { volunteerId: string; input: HourLogInput; reason: string }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const why = reason.trim();
  if (!why) throw new DomainError("VALIDATION", "hours.importReasonRequired", "reason");
  const profile = await db.volunteerProfile.findUnique({ where: { id: volunteerId }, select: { id: true, userId: true } });
  if (!profile) throw notFound("volunteerId");
  assertNotOwnRecord(viewer, profile, "volunteerId");
  const data = await checkInput(db, profile.id, { ...input, cohortId: null }, null);
  return withinDayLimit(db, profile.id, data.date, ctx.locale, () =>
    db.$transaction(async (tx) => {
      const log = await tx.hourLog.create({
        data: { ...data, volunteerId: profile.id, status: "APPROVED", reviewedById: viewer.userId, reviewedAt: new Date(), importReason: why },
      });
      await audit(tx, viewer.userId, "hours.imported", { type: "HourLog", id: log.id }, { volunteerId: profile.id, date: input.date, minutes: data.minutes, reason: why });
      return log;
    }),
  );
}

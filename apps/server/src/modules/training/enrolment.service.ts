// Enrolment with capacity and an automatic waiting list. Every change that can
// take or free a place locks the cohort row first, so concurrent applications
// and withdrawals are decided one after another: places go in application
// order until capacity, then to the waiting list (priority, then application
// order), and a freed place is offered to exactly one person at a time.
import { formatBerlinDateTime } from "@lotse/domain/berlin-time";
import { PATHS } from "@lotse/domain/paths";
import { publicUrlOf } from "../../config.ts";
import type { Locale as UiLocale } from "@lotse/domain/locale";
import { toUiLocale } from "../../i18n/locales.ts";
import { scopedClientFor, type ScopedDb } from "../../db/tenancy.ts";
import { DomainError, notFound } from "../../errors.ts";
import type { EnrolmentStatus } from "../../generated/prisma/client.ts";
import { enqueueMail } from "../../jobs/outbox.ts";
import { audit } from "../audit/index.ts";
import { notify as notifyInApp } from "../notifications/index.ts";
import type { Viewer } from "../identity/index.ts";
import { localizedName, myProfile } from "../volunteers/index.ts";
import { localizedText } from "./translated-texts.ts";
import { trainingMail, type TrainingMailEvent } from "./mails.ts";
import { assertRunsCohort } from "./access.ts";
import { TRAINING_WORK } from "./work-queue.service.ts";
import { ACTIVE, aheadOnWaitlist, HOLDS_PLACE, WAITLIST_ORDER } from "./places.ts";
import { type JobCtx, type ServiceCtx, nowOf, signedIn } from "../service-context.ts";

type Tx = Parameters<Parameters<ScopedDb["$transaction"]>[0]>[0];


/**
 * Transactions that queue for a cohort's lock wait longer than Prisma's
 * default 2 s: a burst of applications is served one after another, and a
 * late answer beats a failed one. */
export const COHORT_LOCK = { maxWait: 20_000, timeout: 30_000 } as const;

async function lockCohort(tx: Tx, cohortId: string) {
  // The cohort was found through the scoped client before; the lock itself is plain SQL.
  await tx.$queryRaw`SELECT 1 FROM "Cohort" WHERE "id" = ${cohortId}::uuid FOR UPDATE`;
  return tx.cohort.findUniqueOrThrow({ where: { id: cohortId } });
}

/**
 * `extra` may depend on the recipient's language (a date written for them). Every mail links to the
 * person's courses page (where an offer is answered and the sessions' calendar is), and the ones
 * after which they plan (a place, the waiting list, an offer, an interview) list the sessions.
 */
async function notify(tx: Tx, enrolmentId: string, event: TrainingMailEvent, extra: string | ((locale: UiLocale) => string) = "", publicUrl = publicUrlOf()) {
  const e = await tx.enrolment.findUniqueOrThrow({
    where: { id: enrolmentId },
    include: {
      cohort: {
        select: { title: true, titleTranslations: true, sessions: { select: { startsAt: true }, orderBy: { startsAt: "asc" } }, course: { select: { title: true, titleTranslations: true } } },
      },
      volunteer: { include: { user: true } },
    },
  });
  const user = e.volunteer.user;
  const locale = toUiLocale(user.locale);
  const detail = typeof extra === "function" ? extra(locale) : extra;
  const sessions = e.cohort.sessions.map((s) => formatBerlinDateTime(s.startsAt, locale));
  const courseTitle = localizedName({ name: e.cohort.course.title, nameTranslations: e.cohort.course.titleTranslations }, locale);
  await enqueueMail(tx, {
    to: user.email,
    ...trainingMail(user.locale, user.name, event, localizedText(e.cohort.title, e.cohort.titleTranslations, locale), detail, { sessions, link: `${publicUrl}${PATHS.volunteerCourses}`, courseTitle }),
  });
}

/** Offers free places to the head of the waiting list; returns the enrolments offered a place. */
export async function fillPlaces(tx: Tx, cohortId: string, now = new Date()): Promise<string[]> {
  const cohort = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId } });
  if (cohort.status !== "OPEN" && cohort.status !== "RUNNING") return [];
  const taken = await tx.enrolment.count({ where: { cohortId, status: { in: HOLDS_PLACE } } });
  const free = cohort.capacity - taken;
  if (free <= 0) return [];
  const next = await tx.enrolment.findMany({
    where: { cohortId, status: "WAITLISTED" },
    orderBy: WAITLIST_ORDER,
    take: free,
  });
  const expires = new Date(now.getTime() + cohort.offerHours * 3_600_000);
  const offered: string[] = [];
  for (const e of next) {
    // Conditional like every state change: only a place still waiting is offered (and mailed).
    const { count } = await tx.enrolment.updateMany({ where: { id: e.id, status: "WAITLISTED" }, data: { status: "OFFERED", offeredAt: now, offerExpiresAt: expires } });
    if (count !== 1) continue;
    await notify(tx, e.id, "offered", (locale) => formatBerlinDateTime(expires, locale));
    // And the bell: the offer runs out, so it is work for the volunteer now.
    const volunteer = await tx.volunteerProfile.findUniqueOrThrow({ where: { id: e.volunteerId }, select: { userId: true } });
    await notifyInApp(tx, {
      organizationId: cohort.organizationId,
      work: TRAINING_WORK.offersToAnswer,
      to: [volunteer.userId],
      params: { course: cohort.title, expiresAt: expires.toISOString() },
    });
    offered.push(e.id);
  }
  return offered;
}

const alreadyDecided = () => new DomainError("CONFLICT", "training.applicationAlreadyDecided", "enrolmentId");

/** Gives an applicant (without interview, or after a passed one) a place or a waiting-list spot. */
async function admitOrWaitlist(tx: Tx, cohort: { id: string; capacity: number }, enrolmentId: string, now: Date) {
  const taken = await tx.enrolment.count({ where: { cohortId: cohort.id, status: { in: HOLDS_PLACE } } });
  const waiting = await tx.enrolment.count({ where: { cohortId: cohort.id, status: "WAITLISTED" } });
  // Nobody jumps the queue: with people waiting, a newcomer waits too.
  const admitted = taken < cohort.capacity && waiting === 0;
  const { count } = await tx.enrolment.updateMany({
    where: { id: enrolmentId, status: "APPLIED" },
    data: admitted ? { status: "ADMITTED", admittedAt: now } : { status: "WAITLISTED" },
  });
  if (count !== 1) throw alreadyDecided();
  if (admitted) await notify(tx, enrolmentId, "admitted");
  else await notify(tx, enrolmentId, "waitlisted", String(waiting + 1));
  return admitted ? ("ADMITTED" as const) : ("WAITLISTED" as const);
}

export async function applyToCohort(ctx: ServiceCtx, { cohortId, motivation }: { cohortId: string; motivation: string | null }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const now = nowOf(ctx);
  const profile = await myProfile(ctx);
  if (profile.status !== "APPROVED") throw new DomainError("FORBIDDEN", "volunteer.notApproved");
  const found = await db.cohort.findUnique({ where: { id: cohortId } });
  if (!found) throw notFound("cohortId");
  return db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, cohortId);
    if (cohort.status !== "OPEN") throw new DomainError("CONFLICT", "training.notOpen", "cohortId");
    if ((cohort.enrolmentOpensAt && now < cohort.enrolmentOpensAt) || (cohort.enrolmentClosesAt && now > cohort.enrolmentClosesAt)) {
      throw new DomainError("CONFLICT", "training.windowClosed", "cohortId");
    }
    if (await tx.enrolment.findUnique({ where: { cohortId_volunteerId: { cohortId, volunteerId: profile.id } } })) {
      throw new DomainError("CONFLICT", "training.alreadyApplied", "cohortId");
    }
    const last = await tx.enrolment.aggregate({ where: { cohortId }, _max: { position: true } });
    const enrolment = await tx.enrolment.create({
      data: {
        cohortId,
        volunteerId: profile.id,
        status: "APPLIED",
        motivation: motivation?.trim() || null,
        position: (last._max.position ?? 0) + 1,
        appliedAt: now,
      },
    });
    if (cohort.requiresInterview) await notify(tx, enrolment.id, "awaitingInterview");
    else await admitOrWaitlist(tx, cohort, enrolment.id, now);
    await audit(tx, viewer.userId, "training.applied", { type: "Enrolment", id: enrolment.id }, { cohortId });
    return tx.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } });
  }, COHORT_LOCK);
}

/** An enrolment in a cohort the caller runs. */
async function enrolmentInCohort(db: ScopedDb, viewer: Viewer, enrolmentId: string) {
  const e = await db.enrolment.findUnique({ where: { id: enrolmentId } });
  if (!e) throw notFound("enrolmentId");
  await assertRunsCohort(db, viewer, e.cohortId, "enrolmentId");
  return e;
}

export async function recordAdmissionInterview(ctx: ServiceCtx, { enrolmentId, passed, note }: { enrolmentId: string; passed: boolean; note: string | null }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const now = nowOf(ctx);
  const e = await enrolmentInCohort(db, viewer, enrolmentId);
  return db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, e.cohortId);
    // One decision per application: the first trainer's conditional update wins, a second is told it was decided.
    const { count } = await tx.enrolment.updateMany({
      where: { id: enrolmentId, status: "APPLIED" },
      data: { interviewedAt: now, interviewNote: note?.trim() || null, ...(passed ? {} : { status: "NOT_ADMITTED", endedAt: now }) },
    });
    if (count !== 1) {
      throw e.status === "APPLIED" ? alreadyDecided() : new DomainError("CONFLICT", "training.notAwaitingInterview", "enrolmentId");
    }
    if (passed) await admitOrWaitlist(tx, cohort, enrolmentId, now);
    else await notify(tx, enrolmentId, "notAdmitted");
    await audit(tx, viewer.userId, "training.interviewRecorded", { type: "Enrolment", id: enrolmentId }, { passed });
    return tx.enrolment.findUniqueOrThrow({ where: { id: enrolmentId } });
  }, COHORT_LOCK);
}

export async function setWaitlistPriority(ctx: ServiceCtx, { enrolmentId, priority, reason }: { enrolmentId: string; priority: number; reason: string }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  if (!reason.trim()) throw new DomainError("VALIDATION", "volunteer.reasonRequired", "reason");
  const e = await enrolmentInCohort(db, viewer, enrolmentId);
  return db.$transaction(async (tx) => {
    await lockCohort(tx, e.cohortId);
    const { count } = await tx.enrolment.updateMany({ where: { id: enrolmentId, status: "WAITLISTED" }, data: { priority, priorityReason: reason.trim() } });
    if (count !== 1) throw new DomainError("CONFLICT", "training.notWaitlisted", "enrolmentId");
    await audit(tx, viewer.userId, "training.priorityChanged", { type: "Enrolment", id: enrolmentId }, { from: e.priority, to: priority, reason: reason.trim() });
    return tx.enrolment.findUniqueOrThrow({ where: { id: enrolmentId } });
  }, COHORT_LOCK);
}

async function ownEnrolment(ctx: ServiceCtx, cohortId: string) {
  const { db } = ctx;
  const profile = await myProfile(ctx);
  const e = await db.enrolment.findUnique({ where: { cohortId_volunteerId: { cohortId, volunteerId: profile.id } } });
  if (!e) throw notFound("cohortId");
  return e;
}

type Enrolment = Awaited<ReturnType<typeof ownEnrolment>>;
type LockedCohort = Awaited<ReturnType<typeof lockCohort>>;

/**
 * A volunteer's answer about their own place (accept, decline, withdraw): the
 * enrolment is found first, then changed under the cohort's lock and audited
 * in the same transaction; the answer is the enrolment as it is now.
 */
async function changeOwnEnrolment(
  ctx: ServiceCtx,
  cohortId: string,
  action: string,
  change: (tx: Tx, e: Enrolment, now: Date, cohort: LockedCohort) => Promise<void>,
) {
  const viewer = signedIn(ctx);
  const now = nowOf(ctx);
  const e = await ownEnrolment(ctx, cohortId);
  return ctx.db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, cohortId);
    await change(tx, e, now, cohort);
    await audit(tx, viewer.userId, action, { type: "Enrolment", id: e.id });
    return tx.enrolment.findUniqueOrThrow({ where: { id: e.id } });
  }, COHORT_LOCK);
}

/** Leaving or removing someone ends with the cohort: a finished one keeps its people. */
function assertNotFinished(cohort: LockedCohort, field: string) {
  if (cohort.status === "COMPLETED" || cohort.status === "CANCELLED") throw new DomainError("CONFLICT", "training.finished", field);
}

export async function acceptOffer(ctx: ServiceCtx, { cohortId }: { cohortId: string }) {
  return changeOwnEnrolment(ctx, cohortId, "training.offerAccepted", async (tx, e, now) => {
    // Only an open offer that has not expired is taken; a second acceptance finds none.
    const { count } = await tx.enrolment.updateMany({
      where: { id: e.id, status: "OFFERED", offerExpiresAt: { gt: now } },
      data: { status: "ADMITTED", admittedAt: now, offerExpiresAt: null },
    });
    if (count !== 1) {
      const current = await tx.enrolment.findUniqueOrThrow({ where: { id: e.id } });
      throw new DomainError("CONFLICT", current.status === "OFFERED" ? "training.offerExpired" : "training.noOffer", "cohortId");
    }
    await notify(tx, e.id, "admitted");
  });
}

/** Ends an enrolment (declined offer, withdrawal, removal, expiry) and passes a freed place on. */
async function endEnrolment(
  tx: Tx,
  enrolmentId: string,
  allowed: EnrolmentStatus[],
  status: EnrolmentStatus,
  reason: string | null,
  event: TrainingMailEvent | null,
  now: Date,
) {
  const current = await tx.enrolment.findUniqueOrThrow({ where: { id: enrolmentId } });
  if (!allowed.includes(current.status)) return null;
  // Conditional on the status just read, so an enrolment is ended (and mailed, and audited) once.
  const { count } = await tx.enrolment.updateMany({
    where: { id: enrolmentId, status: current.status },
    data: { status, endedAt: now, endReason: reason, offerExpiresAt: null },
  });
  if (count !== 1) return null;
  if (event) await notify(tx, enrolmentId, event, reason ?? "");
  const freed = HOLDS_PLACE.includes(current.status);
  const offered = freed ? await fillPlaces(tx, current.cohortId, now) : [];
  return { from: current.status, offered };
}

export async function declineOffer(ctx: ServiceCtx, { cohortId }: { cohortId: string }) {
  return changeOwnEnrolment(ctx, cohortId, "training.offerDeclined", async (tx, e, now) => {
    const ended = await endEnrolment(tx, e.id, ["OFFERED"], "DECLINED", null, null, now);
    if (!ended) throw new DomainError("CONFLICT", "training.noOffer", "cohortId");
  });
}

export async function withdrawFromCohort(ctx: ServiceCtx, { cohortId }: { cohortId: string }) {
  return changeOwnEnrolment(ctx, cohortId, "training.withdrawn", async (tx, e, now, cohort) => {
    assertNotFinished(cohort, "cohortId");
    const ended = await endEnrolment(tx, e.id, ACTIVE, "WITHDRAWN", null, "withdrawn", now);
    if (!ended) throw new DomainError("CONFLICT", "training.notActive", "cohortId");
  });
}

export async function removeParticipant(ctx: ServiceCtx, { enrolmentId, reason }: { enrolmentId: string; reason: string }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const now = nowOf(ctx);
  if (!reason.trim()) throw new DomainError("VALIDATION", "volunteer.reasonRequired", "reason");
  const e = await enrolmentInCohort(db, viewer, enrolmentId);
  return db.$transaction(async (tx) => {
    assertNotFinished(await lockCohort(tx, e.cohortId), "enrolmentId");
    const ended = await endEnrolment(tx, enrolmentId, ACTIVE, "REMOVED", reason.trim(), "removed", now);
    if (!ended) throw new DomainError("CONFLICT", "training.notActive", "enrolmentId");
    await audit(tx, viewer.userId, "training.participantRemoved", { type: "Enrolment", id: enrolmentId }, { reason: reason.trim() });
    return tx.enrolment.findUniqueOrThrow({ where: { id: enrolmentId } });
  }, COHORT_LOCK);
}

/**
 * The job runner's task: offers past their expiry end and pass on. Driven by
 * the database, so offers that expired while the server was down are handled
 * at the next run after a restart.
 */
export async function expireOffers({ prisma, now }: JobCtx): Promise<number> {
  const due = await prisma.enrolment.findMany({
    where: { status: "OFFERED", offerExpiresAt: { lte: now } },
    select: { id: true, cohortId: true, organizationId: true },
    orderBy: { offerExpiresAt: "asc" },
    take: 200,
  });
  let expired = 0;
  for (const offer of due) {
    const db = scopedClientFor(prisma, offer.organizationId);
    await db.$transaction(async (tx) => {
      await lockCohort(tx, offer.cohortId);
      const current = await tx.enrolment.findUniqueOrThrow({ where: { id: offer.id } });
      if (current.status !== "OFFERED" || current.offerExpiresAt! > now) return;
      if (!(await endEnrolment(tx, offer.id, ["OFFERED"], "EXPIRED", null, "expired", now))) return;
      await audit(tx, null, "training.offerExpired", { type: "Enrolment", id: offer.id });
      expired++;
    }, COHORT_LOCK);
  }
  return expired;
}

/** 1 for the next in line; null when the enrolment is not on the waiting list. */
export async function waitlistPosition(ctx: ServiceCtx, e: { status: EnrolmentStatus; cohortId: string; priority: number; position: number }) {
  if (e.status !== "WAITLISTED") return null;
  return (await ctx.db.enrolment.count({ where: aheadOnWaitlist(e) })) + 1;
}

export { lockCohort, notify };

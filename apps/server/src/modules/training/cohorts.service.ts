// Courses, cohorts and their sessions: what trainers set up and run.
import { HOURS } from "@lotse/domain/bounds";
import { cleanTranslations } from "@lotse/domain/locale";
import { berlinToday } from "@lotse/domain/berlin-time";
import { parseIsoDate } from "@lotse/domain/calendar-date";
import type { ScopedDb } from "../../db/tenancy.ts";
import { DomainError, notFound } from "../../errors.ts";
import { audit } from "../audit/index.ts";
import type { Viewer } from "../identity/index.ts";
import { isDayLimitViolation } from "../volunteers/index.ts";
import { COHORT_LOCK, fillPlaces, lockCohort, notify } from "./enrolment.service.ts";
import { ACTIVE, HOLDS_PLACE } from "./places.ts";
import { assertRunsCohort, choosesCohortTrainers } from "./access.ts";
import { type ServiceCtx, nowOf, signedIn } from "../service-context.ts";

/** Translations as a form or the API sends them: a language may be missing, null or empty (none). */
type TypedTranslations = Partial<Record<string, string | null>>;

export interface CourseInput {
  title: string;
  description?: string | null;
  /** The title and description in the other UI languages; left out: unchanged on an edit, none on creation. */
  titleTranslations?: TypedTranslations | null;
  descriptionTranslations?: TypedTranslations | null;
  teachingHours: number;
  topics: string[];
  minimumAttendancePercent?: number | null;
  qualificationName?: string | null;
  qualificationValidityYears?: number | null;
  certificateText?: string | null;
}

export async function createCourse(ctx: ServiceCtx, input: CourseInput) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const settings = viewer.organization.parsedSettings;
  return db.$transaction(async (tx) => {
    const course = await tx.course.create({
      data: {
        title: input.title.trim(),
        description: input.description?.trim() ?? "",
        titleTranslations: cleanTranslations(input.titleTranslations),
        descriptionTranslations: cleanTranslations(input.descriptionTranslations),
        teachingHours: input.teachingHours,
        topics: input.topics.map((x) => x.trim()).filter(Boolean),
        minimumAttendancePercent: input.minimumAttendancePercent ?? settings.training.minimumAttendancePercent,
        qualificationName: input.qualificationName?.trim() || null,
        qualificationValidityYears: input.qualificationValidityYears ?? null,
        certificateText: input.certificateText?.trim() ?? "",
      },
    });
    await audit(tx, viewer.userId, "training.courseCreated", { type: "Course", id: course.id });
    return course;
  });
}

/**
 * Edits save only over what the editor saw. Every edited row carries a version
 * (its updatedAt, `version` in the API); a form sends back the version it was
 * loaded with, and the write is conditional on the row still having the version
 * read in the transaction: of two people saving the same thing at once, one
 * saves and the other is told it was changed meanwhile (reload), and a save that
 * changes nothing writes and audits nothing.
 */
export const versionOf = (row: { updatedAt: Date }) => row.updatedAt.toISOString();
const changedMeanwhile = (field = "id") => new DomainError("CONFLICT", "conflict.changedMeanwhile", field);
function assertVersion(row: { updatedAt: Date }, expected: string | null | undefined) {
  if (expected != null && expected !== versionOf(row)) throw changedMeanwhile();
}

/** The fields of `next` whose value differs from `current` (dates by time, lists by content), as { from, to }. */
function differences(current: Record<string, unknown>, next: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const comparable = (v: unknown) => (v instanceof Date ? v.getTime() : v !== null && typeof v === "object" ? JSON.stringify(v) : v);
  return Object.fromEntries(
    Object.entries(next)
      .filter(([key, value]) => comparable(current[key]) !== comparable(value))
      .map(([key, value]) => [key, { from: current[key] instanceof Date ? (current[key] as Date).toISOString() : current[key], to: value instanceof Date ? value.toISOString() : value }]),
  );
}

export async function updateCourse(ctx: ServiceCtx, { id, input, expectedVersion }: { id: string; input: CourseInput; expectedVersion?: string | null }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const data = {
    title: input.title.trim(),
    description: input.description?.trim() ?? "",
    teachingHours: input.teachingHours,
    topics: input.topics.map((x) => x.trim()).filter(Boolean),
    ...(input.minimumAttendancePercent != null ? { minimumAttendancePercent: input.minimumAttendancePercent } : {}),
    qualificationName: input.qualificationName?.trim() || null,
    qualificationValidityYears: input.qualificationValidityYears ?? null,
    certificateText: input.certificateText?.trim() ?? "",
    ...(input.titleTranslations != null ? { titleTranslations: cleanTranslations(input.titleTranslations) } : {}),
    ...(input.descriptionTranslations != null ? { descriptionTranslations: cleanTranslations(input.descriptionTranslations) } : {}),
  };
  return db.$transaction(async (tx) => {
    const current = await tx.course.findUnique({ where: { id } });
    if (!current) throw notFound("id");
    assertVersion(current, expectedVersion);
    // Stored translations compare in the same key order as the new ones (jsonb orders keys its own way).
    const changes = differences({ ...current, titleTranslations: cleanTranslations(current.titleTranslations), descriptionTranslations: cleanTranslations(current.descriptionTranslations) }, data);
    if (Object.keys(changes).length === 0) return current;
    const { count } = await tx.course.updateMany({ where: { id, updatedAt: current.updatedAt }, data });
    if (count !== 1) throw changedMeanwhile();
    await audit(tx, viewer.userId, "training.courseUpdated", { type: "Course", id }, { fields: Object.keys(changes) });
    return tx.course.findUniqueOrThrow({ where: { id } });
  });
}

export interface CohortInput {
  title: string;
  /** The title in the other UI languages (what volunteers read); left out: unchanged on an edit, none on creation. */
  titleTranslations?: TypedTranslations | null;
  location?: string | null;
  capacity: number;
  enrolmentOpensAt?: Date | null;
  enrolmentClosesAt?: Date | null;
  feeCents: number;
  /** Null: the organisation's default on creation, unchanged on an edit. */
  requiresInterview?: boolean | null;
  offerHours?: number | null;
  trainerUserIds: string[];
  /** The trainer confirmed a capacity outside the organisation's usual range. */
  confirmUnusualCapacity?: boolean | null;
}

/**
 * A capacity outside the organisation's usual range (domain.md: 13 to 20) is
 * possible but asks for the trainer's confirmation: the API refuses it with
 * CONFIRMATION_REQUIRED until the input says confirmed. An edit that keeps the
 * capacity does not ask again.
 */
function checkUsualCapacity(input: CohortInput, training: { cohortCapacityMin: number; cohortCapacityMax: number }, current: number | null) {
  const { cohortCapacityMin: min, cohortCapacityMax: max } = training;
  if (input.capacity === current || (input.capacity >= min && input.capacity <= max) || input.confirmUnusualCapacity) return;
  throw new DomainError("CONFIRMATION_REQUIRED", input.capacity < min ? "training.capacityBelowUsual" : "training.capacityAboveUsual", "capacity", {
    capacity: input.capacity,
    min,
    max,
  });
}

async function checkTrainers(db: ScopedDb, userIds: string[]) {
  const unique = [...new Set(userIds)];
  // Someone must run the cohort: only its trainers (and admins) may change it.
  if (unique.length === 0) throw new DomainError("VALIDATION", "training.noTrainer", "trainerIds");
  const count = await db.membership.count({ where: { userId: { in: unique }, active: true, acceptedAt: { not: null }, roles: { some: { role: "TRAINER" } } } });
  if (count !== unique.length) throw new DomainError("VALIDATION", "training.unknownTrainer", "trainerIds");
  return unique;
}

function checkWindow(input: CohortInput) {
  if (input.enrolmentOpensAt && input.enrolmentClosesAt && input.enrolmentOpensAt >= input.enrolmentClosesAt) {
    throw new DomainError("VALIDATION", "training.endBeforeStart", "enrolmentClosesAt");
  }
}

export async function createCohort(ctx: ServiceCtx, { courseId, input }: { courseId: string; input: CohortInput }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  if (!(await db.course.findUnique({ where: { id: courseId } }))) throw notFound("courseId");
  checkWindow(input);
  // A trainer who creates a cohort runs it; admins may plan one for others.
  const trainers = await checkTrainers(db, choosesCohortTrainers(viewer) ? input.trainerUserIds : [viewer.userId, ...input.trainerUserIds]);
  const settings = viewer.organization.parsedSettings;
  checkUsualCapacity(input, settings.training, null);
  return db.$transaction(async (tx) => {
    const cohort = await tx.cohort.create({
      data: {
        courseId,
        ...cohortFields(input),
        titleTranslations: cleanTranslations(input.titleTranslations),
        requiresInterview: input.requiresInterview ?? settings.training.admissionInterviewByDefault,
        offerHours: input.offerHours ?? settings.training.waitlistOfferHours,
        trainers: { create: trainers.map((userId) => ({ userId })) },
      },
    });
    await audit(tx, viewer.userId, "training.cohortCreated", { type: "Cohort", id: cohort.id });
    return cohort;
  });
}

/** What a cohort's form sets, the same on creation and on every edit. */
function cohortFields(input: CohortInput) {
  return {
    title: input.title.trim(),
    location: input.location?.trim() ?? "",
    capacity: input.capacity,
    enrolmentOpensAt: input.enrolmentOpensAt ?? null,
    enrolmentClosesAt: input.enrolmentClosesAt ?? null,
    feeCents: input.feeCents,
    ...(input.requiresInterview != null ? { requiresInterview: input.requiresInterview } : {}),
  };
}

export async function updateCohort(ctx: ServiceCtx, { id, input, expectedVersion }: { id: string; input: CohortInput; expectedVersion?: string | null }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const existing = await db.cohort.findUnique({ where: { id } });
  if (!existing) throw notFound("id");
  await assertRunsCohort(db, viewer, id, "id");
  checkWindow(input);
  checkUsualCapacity(input, viewer.organization.parsedSettings.training, existing.capacity);
  // Only admins choose a cohort's trainers; a trainer editing the cohort keeps
  // the team as it is (their form has no picker), so co-trainers are never dropped.
  const trainers = choosesCohortTrainers(viewer)
    ? await checkTrainers(db, input.trainerUserIds)
    : (await db.cohortTrainer.findMany({ where: { cohortId: id }, select: { userId: true } })).map((t) => t.userId);
  return db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, id);
    assertVersion(cohort, expectedVersion);
    if (cohort.status === "COMPLETED" || cohort.status === "CANCELLED") throw new DomainError("CONFLICT", "training.finished", "id");
    const data = {
      ...cohortFields(input),
      ...(input.offerHours ? { offerHours: input.offerHours } : {}),
      ...(input.titleTranslations != null ? { titleTranslations: cleanTranslations(input.titleTranslations) } : {}),
    };
    // Stored translations compare in the same key order as the new ones (jsonb orders keys its own way).
    const changes = differences({ ...cohort, titleTranslations: cleanTranslations(cohort.titleTranslations) }, data);
    const before = (await tx.cohortTrainer.findMany({ where: { cohortId: id }, select: { userId: true } })).map((t) => t.userId).sort();
    const after = [...trainers].sort();
    const trainersChanged = JSON.stringify(before) !== JSON.stringify(after);
    // The same form saved again: nothing to write, nothing to audit.
    if (Object.keys(changes).length === 0 && !trainersChanged) return cohort;
    const taken = await tx.enrolment.count({ where: { cohortId: id, status: { in: HOLDS_PLACE } } });
    if (input.capacity < taken) throw new DomainError("VALIDATION", "training.capacityBelowParticipants", "capacity");
    // Conditional on the version read under the lock (whatever saved in between changed it).
    const { count } = await tx.cohort.updateMany({ where: { id, updatedAt: cohort.updatedAt }, data });
    if (count !== 1) throw changedMeanwhile();
    if (trainersChanged) {
      await tx.cohortTrainer.deleteMany({ where: { cohortId: id } });
      await tx.cohortTrainer.createMany({ data: trainers.map((userId) => ({ cohortId: id, userId })) });
    }
    // A larger cohort offers its new places to the waiting list at once.
    if (changes.capacity) await fillPlaces(tx, id);
    await audit(tx, viewer.userId, "training.cohortUpdated", { type: "Cohort", id }, { fields: [...Object.keys(changes), ...(trainersChanged ? ["trainers"] : [])] });
    return tx.cohort.findUniqueOrThrow({ where: { id } });
  }, COHORT_LOCK);
}

export async function openEnrolment(ctx: ServiceCtx, { id }: { id: string }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  if (!(await db.cohort.findUnique({ where: { id } }))) throw notFound("id");
  await assertRunsCohort(db, viewer, id, "id");
  return db.$transaction(async (tx) => {
    const { count } = await tx.cohort.updateMany({ where: { id, status: "PLANNED" }, data: { status: "OPEN" } });
    if (count !== 1) throw new DomainError("CONFLICT", "training.notPlanned", "id");
    await audit(tx, viewer.userId, "training.enrolmentOpened", { type: "Cohort", id });
    return tx.cohort.findUniqueOrThrow({ where: { id } });
  });
}

export async function cancelCohort(ctx: ServiceCtx, { id, reason }: { id: string; reason: string }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const now = nowOf(ctx);
  if (!reason.trim()) throw new DomainError("VALIDATION", "volunteer.reasonRequired", "reason");
  if (!(await db.cohort.findUnique({ where: { id } }))) throw notFound("id");
  await assertRunsCohort(db, viewer, id, "id");
  return db.$transaction(async (tx) => {
    await lockCohort(tx, id);
    const { count } = await tx.cohort.updateMany({
      where: { id, status: { notIn: ["COMPLETED", "CANCELLED"] } },
      data: { status: "CANCELLED", cancelledAt: now, cancelReason: reason.trim() },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "training.finished", "id");
    const affected = await tx.enrolment.findMany({ where: { cohortId: id, status: { in: ACTIVE } }, select: { id: true, status: true } });
    let removed = 0;
    for (const e of affected) {
      const ended = await tx.enrolment.updateMany({ where: { id: e.id, status: e.status }, data: { endedAt: now, endReason: reason.trim(), offerExpiresAt: null, status: "REMOVED" } });
      if (ended.count !== 1) continue;
      await notify(tx, e.id, "cancelled", reason.trim());
      removed++;
    }
    // Sessions of a cancelled cohort change in every calendar that holds them.
    await tx.cohortSession.updateMany({ where: { cohortId: id }, data: { sequence: { increment: 1 } } });
    await audit(tx, viewer.userId, "training.cohortCancelled", { type: "Cohort", id }, { reason: reason.trim(), participants: removed });
    return tx.cohort.findUniqueOrThrow({ where: { id } });
  }, COHORT_LOCK);
}

export interface SessionInput {
  startsAt: Date;
  endsAt: Date;
  topic: string;
  /** The topic in the other UI languages (what volunteers read); left out: unchanged on an edit, none on creation. */
  topicTranslations?: TypedTranslations | null;
  room?: string | null;
  onlineUrl?: string | null;
}

export function sessionMinutes(session: { startsAt: Date; endsAt: Date }): number {
  return Math.min(HOURS.minutes.max, Math.max(HOURS.minutes.min, Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000)));
}

function checkSession(input: SessionInput) {
  if (input.endsAt <= input.startsAt) throw new DomainError("VALIDATION", "training.endBeforeStart", "endsAt");
}

async function openCohort(db: ScopedDb, viewer: Viewer, cohortId: string, field: string) {
  const cohort = await db.cohort.findUnique({ where: { id: cohortId } });
  if (!cohort) throw notFound(field);
  await assertRunsCohort(db, viewer, cohortId, field);
  if (cohort.status === "COMPLETED" || cohort.status === "CANCELLED") throw new DomainError("CONFLICT", "training.finished", field);
  return cohort;
}

export async function addCohortSession(ctx: ServiceCtx, { cohortId, input }: { cohortId: string; input: SessionInput }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  checkSession(input);
  await openCohort(db, viewer, cohortId, "cohortId");
  return db.$transaction(async (tx) => {
    const session = await tx.cohortSession.create({
      data: {
        cohortId,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        topic: input.topic.trim(),
        topicTranslations: cleanTranslations(input.topicTranslations),
        room: input.room?.trim() || null,
        onlineUrl: input.onlineUrl?.trim() || null,
      },
    });
    await audit(tx, viewer.userId, "training.sessionAdded", { type: "CohortSession", id: session.id });
    return session;
  });
}

export async function updateCohortSession(ctx: ServiceCtx, { id, input, expectedVersion }: { id: string; input: SessionInput; expectedVersion?: string | null }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  checkSession(input);
  const existing = await db.cohortSession.findUnique({ where: { id } });
  if (!existing) throw notFound("id");
  await openCohort(db, viewer, existing.cohortId, "id");
  const data = {
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    topic: input.topic.trim(),
    room: input.room?.trim() || null,
    onlineUrl: input.onlineUrl?.trim() || null,
    ...(input.topicTranslations != null ? { topicTranslations: cleanTranslations(input.topicTranslations) } : {}),
  };
  return db.$transaction(async (tx) => {
    const current = await tx.cohortSession.findUniqueOrThrow({ where: { id } });
    assertVersion(current, expectedVersion);
    // A changed translation changes the volunteers' calendars too (their SEQUENCE rises with it).
    const changes = differences({ ...current, topicTranslations: cleanTranslations(current.topicTranslations) }, data);
    // Saved again unchanged: the calendars keep their SEQUENCE, the audit stays quiet.
    if (Object.keys(changes).length === 0) return current;
    const { count } = await tx.cohortSession.updateMany({ where: { id, updatedAt: current.updatedAt }, data: { ...data, sequence: { increment: 1 } } });
    if (count !== 1) throw changedMeanwhile();
    // Course hours credited from this session follow its new date and length,
    // which may push a participant's day past 24 hours: then the move is refused.
    // A changed entry goes back to the review queue: a decided one never changes unseen.
    const date = parseIsoDate(berlinToday(input.startsAt));
    const minutes = sessionMinutes(input);
    try {
      await tx.hourLog.updateMany({
        where: { cohortSessionId: id, NOT: { date, minutes } },
        data: { date, minutes, status: "PENDING", reviewedById: null, reviewedAt: null, reviewReason: null },
      });
    } catch (error) {
      if (isDayLimitViolation(error)) throw new DomainError("VALIDATION", "hours.dayLimitReached", "startsAt");
      throw error;
    }
    await audit(tx, viewer.userId, "training.sessionUpdated", { type: "CohortSession", id }, { fields: Object.keys(changes) });
    return tx.cohortSession.findUniqueOrThrow({ where: { id } });
  });
}

export async function removeCohortSession(ctx: ServiceCtx, { id }: { id: string }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const existing = await db.cohortSession.findUnique({ where: { id } });
  if (!existing) throw notFound("id");
  await openCohort(db, viewer, existing.cohortId, "id");
  await db.$transaction(async (tx) => {
    // Hours credited for attending a session that no longer exists go with it.
    await tx.hourLog.deleteMany({ where: { cohortSessionId: id } });
    await tx.cohortSession.delete({ where: { id } });
    await audit(tx, viewer.userId, "training.sessionRemoved", { type: "CohortSession", id }, { cohortId: existing.cohortId });
  });
}

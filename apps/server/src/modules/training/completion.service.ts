// Attendance and completion: the attendance rate is weighted by session
// length (a 6-hour Saturday counts more than a 2-hour evening); at or above
// the course's minimum a participant gets a numbered certificate and the
// course's qualification, below it a clear status and no certificate.
import { berlinToday } from "@lotse/domain/berlin-time";
import { parseIsoDate } from "@lotse/domain/calendar-date";
import { addYears } from "@lotse/domain/calendar-months";
import { formatDuration } from "@lotse/domain/duration";
import { nextNumber } from "../../db/counters.ts";
import type { ScopedDb } from "../../db/tenancy.ts";
import { DomainError, notFound } from "../../errors.ts";
import type { AttendanceStatus, Prisma } from "../../generated/prisma/client.ts";
import { isDayLimitViolation } from "../volunteers/index.ts";
import { audit } from "../audit/index.ts";
import { sessionMinutes } from "./cohorts.service.ts";
import { COHORT_LOCK, lockCohort, notify } from "./enrolment.service.ts";
import { assertRunsCohort } from "./access.ts";
import { cohortCertificateContent } from "./certificate-content.ts";
import { type ServiceCtx, nowOf, signedIn } from "../service-context.ts";

export interface AttendanceEntry {
  enrolmentId: string;
  status: AttendanceStatus;
}

export async function recordAttendance(ctx: ServiceCtx, { sessionId, entries }: { sessionId: string; entries: AttendanceEntry[] }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const now = nowOf(ctx);
  const session = await db.cohortSession.findUnique({ where: { id: sessionId }, include: { cohort: true } });
  if (!session) throw notFound("sessionId");
  await assertRunsCohort(db, viewer, session.cohortId, "sessionId");
  if (session.cohort.status === "COMPLETED" || session.cohort.status === "CANCELLED") throw new DomainError("CONFLICT", "training.finished", "sessionId");
  if (session.startsAt > now) throw new DomainError("VALIDATION", "training.sessionNotStarted", "sessionId");
  const ids = [...new Set(entries.map((e) => e.enrolmentId))];
  const participants = await db.enrolment.count({ where: { id: { in: ids }, cohortId: session.cohortId, status: "ADMITTED" } });
  if (participants !== ids.length) throw new DomainError("VALIDATION", "training.notParticipant", "entries");
  const settings = viewer.organization.parsedSettings;
  const courseActivity = settings.training.countAttendanceAsHours
    ? await db.activityType.findUnique({ where: { organizationId_key: { organizationId: viewer.organizationId, key: "COURSE" } } })
    : null;
  try {
    return await db.$transaction(async (tx) => {
      // Under the cohort's lock: a cohort completed or cancelled meanwhile takes no attendance, and two
      // trainers recording one session at once write (and audit) one after the other.
      const cohort = await lockCohort(tx, session.cohortId);
      if (cohort.status === "COMPLETED" || cohort.status === "CANCELLED") throw new DomainError("CONFLICT", "training.finished", "sessionId");
      // Taking attendance means the course has begun: enrolment closes, freed places still go to the waiting list.
      await tx.cohort.updateMany({ where: { id: session.cohortId, status: { in: ["PLANNED", "OPEN"] } }, data: { status: "RUNNING" } });
      const before = new Map((await tx.attendance.findMany({ where: { sessionId }, select: { enrolmentId: true, status: true } })).map((a) => [a.enrolmentId, a.status]));
      let changed = 0;
      for (const entry of entries) {
        // An unchanged entry is neither written nor audited (its course hours are still brought in line below).
        if (before.get(entry.enrolmentId) !== entry.status) {
          await tx.attendance.upsert({
            where: { sessionId_enrolmentId: { sessionId, enrolmentId: entry.enrolmentId } },
            create: { sessionId, enrolmentId: entry.enrolmentId, status: entry.status, recordedById: viewer.userId },
            update: { status: entry.status, recordedById: viewer.userId, recordedAt: now },
          });
          changed++;
        }
        if (courseActivity) await syncCourseHours(tx, session, entry, courseActivity.id);
      }
      if (changed > 0) await audit(tx, viewer.userId, "training.attendanceRecorded", { type: "CohortSession", id: sessionId }, { entries: changed });
      return tx.attendance.findMany({ where: { sessionId } });
    }, COHORT_LOCK);
  } catch (error) {
    if (isDayLimitViolation(error)) throw new DomainError("VALIDATION", "hours.dayLimit", "entries", { remaining: formatDuration(0, ctx.locale) });
    throw error;
  }
}

type Tx = Parameters<Parameters<ScopedDb["$transaction"]>[0]>[0];

/**
 * With the organisation's "count course attendance as hours" setting, a
 * session attended becomes an hour log (activity Kursbesuch), and changing
 * the attendance later takes it back.
 *
 * Four eyes: the entry goes to the coordinators' review queue as PENDING like
 * any other, never approved by whoever took the attendance. The alternative
 * (approve when the recorder is someone else and the length is plausible)
 * would still let a trainer credit hours to a friend, or to themself when
 * they take part and a co-trainer records; the review queue already keeps
 * every volunteer's own record away from them (assertNotOwnRecord), so a
 * trainer who also takes part never approves their own hours. Recording the
 * same attendance again leaves an entry that was already decided as it is.
 */
async function syncCourseHours(
  tx: Tx,
  session: { id: string; cohortId: string; startsAt: Date; endsAt: Date; topic: string; cohort: { title: string } },
  entry: AttendanceEntry,
  activityTypeId: string,
) {
  const { volunteerId } = await tx.enrolment.findUniqueOrThrow({ where: { id: entry.enrolmentId }, select: { volunteerId: true } });
  if (entry.status !== "PRESENT") {
    await tx.hourLog.deleteMany({ where: { volunteerId, cohortSessionId: session.id } });
    return;
  }
  const data = {
    date: parseIsoDate(berlinToday(session.startsAt)),
    minutes: sessionMinutes(session),
    activityTypeId,
    note: `${session.cohort.title} – ${session.topic}`,
  };
  const existing = await tx.hourLog.findUnique({ where: { volunteerId_cohortSessionId: { volunteerId, cohortSessionId: session.id } } });
  if (existing) return;
  await tx.hourLog.create({
    data: { ...data, status: "PENDING", volunteerId, cohortSessionId: session.id, cohortId: session.cohortId },
  });
}

/** Share of teaching time attended, in whole percent (rounded down, so 79.9 % stays below 80 %). */
export function attendancePercent(sessions: { id: string; startsAt: Date; endsAt: Date }[], present: Set<string>): number {
  const total = sessions.reduce((sum, s) => sum + (s.endsAt.getTime() - s.startsAt.getTime()), 0);
  if (total === 0) return 0;
  const attended = sessions.filter((s) => present.has(s.id)).reduce((sum, s) => sum + (s.endsAt.getTime() - s.startsAt.getTime()), 0);
  return Math.floor((attended / total) * 100);
}

/**
 * Completes a cohort: attendance over its sessions decides each certificate.
 * Before the last session has begun, nobody may fail because of sessions that
 * have not happened: the API refuses with CONFIRMATION_REQUIRED (the page
 * offers to wait or to count only the sessions held), and with
 * countOnlyHeldSessions the sessions still ahead are dropped from the cohort
 * and the rate is taken over the sessions held.
 */
export async function completeCohort(ctx: ServiceCtx, { cohortId, countOnlyHeldSessions = false }: { cohortId: string; countOnlyHeldSessions?: boolean }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const now = nowOf(ctx);
  if (!(await db.cohort.findUnique({ where: { id: cohortId } }))) throw notFound("cohortId");
  await assertRunsCohort(db, viewer, cohortId, "cohortId");
  return db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, cohortId);
    if (cohort.status === "COMPLETED") throw new DomainError("CONFLICT", "training.alreadyCompleted", "cohortId");
    if (cohort.status === "CANCELLED") throw new DomainError("CONFLICT", "training.finished", "cohortId");
    const course = await tx.course.findUniqueOrThrow({ where: { id: cohort.courseId } });
    const all = await tx.cohortSession.findMany({ where: { cohortId } });
    if (all.length === 0) throw new DomainError("CONFLICT", "training.noSessions", "cohortId");
    // A session counts as held once it has begun (attendance can be taken from then on).
    const sessions = all.filter((s) => s.startsAt <= now);
    const ahead = all.length - sessions.length;
    if (ahead > 0 && !countOnlyHeldSessions) {
      throw new DomainError("CONFIRMATION_REQUIRED", "training.sessionsAhead", "cohortId", { ahead, held: sessions.length, total: all.length });
    }
    if (sessions.length === 0) throw new DomainError("CONFLICT", "training.noSessionHeld", "cohortId");
    if (ahead > 0) await tx.cohortSession.deleteMany({ where: { cohortId, startsAt: { gt: now } } });
    const participants = await tx.enrolment.findMany({
      where: { cohortId, status: "ADMITTED" },
      include: { attendances: true, volunteer: { select: { user: { select: { name: true } } } } },
    });
    const cohortContent = await cohortCertificateContent(tx, cohortId);
    const today = parseIsoDate(berlinToday(now));
    let certified = 0;
    for (const p of participants) {
      const present = new Set(p.attendances.filter((a) => a.status === "PRESENT").map((a) => a.sessionId));
      const percent = attendancePercent(sessions, present);
      await tx.enrolment.update({ where: { id: p.id }, data: { attendancePercent: percent } });
      if (percent < course.minimumAttendancePercent) {
        await notify(tx, p.id, "belowMinimum", String(percent));
        continue;
      }
      const number = await nextNumber(tx, cohort.organizationId, "certificate");
      const certificate = await tx.certificate.create({
        data: {
          number,
          enrolmentId: p.id,
          cohortId,
          volunteerId: p.volunteerId,
          attendancePercent: percent,
          issuedAt: now,
          content: { ...cohortContent, participantName: p.volunteer.user.name } as Prisma.InputJsonObject,
        },
      });
      if (course.qualificationName) {
        await tx.qualification.create({
          data: {
            volunteerId: p.volunteerId,
            name: course.qualificationName,
            grantedOn: today,
            expiresOn: course.qualificationValidityYears ? addYears(today, course.qualificationValidityYears) : null,
            certificateId: certificate.id,
          },
        });
      }
      await notify(tx, p.id, "certified");
      certified++;
    }
    // Whoever still waits or holds an offer will not get a place any more.
    await tx.enrolment.updateMany({
      where: { cohortId, status: { in: ["APPLIED", "WAITLISTED", "OFFERED"] } },
      data: { status: "NOT_ADMITTED", endedAt: now, offerExpiresAt: null },
    });
    // Conditional like every state change (the lock above already keeps a second completion out).
    const { count } = await tx.cohort.updateMany({ where: { id: cohortId, status: { notIn: ["COMPLETED", "CANCELLED"] } }, data: { status: "COMPLETED", completedAt: now } });
    if (count !== 1) throw new DomainError("CONFLICT", "training.alreadyCompleted", "cohortId");
    await audit(tx, viewer.userId, "training.cohortCompleted", { type: "Cohort", id: cohortId }, {
      participants: participants.length,
      certified,
      ...(ahead > 0 ? { sessionsDropped: ahead } : {}),
    });
    return tx.cohort.findUniqueOrThrow({ where: { id: cohortId } });
  }, COHORT_LOCK);
}

export async function revokeCertificate(ctx: ServiceCtx, { certificateId, reason }: { certificateId: string; reason: string }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  const now = nowOf(ctx);
  if (!reason.trim()) throw new DomainError("VALIDATION", "volunteer.reasonRequired", "reason");
  const certificate = await db.certificate.findUnique({ where: { id: certificateId } });
  if (!certificate) throw notFound("id");
  await assertRunsCohort(db, viewer, certificate.cohortId, "id");
  return db.$transaction(async (tx) => {
    const { count } = await tx.certificate.updateMany({
      where: { id: certificateId, revokedAt: null },
      data: { revokedAt: now, revokedReason: reason.trim(), revokedById: viewer.userId },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "training.alreadyRevoked", "id");
    await tx.qualification.updateMany({ where: { certificateId }, data: { revokedAt: now } });
    await audit(tx, viewer.userId, "training.certificateRevoked", { type: "Certificate", id: certificateId }, { reason: reason.trim() });
    return tx.certificate.findUniqueOrThrow({ where: { id: certificateId } });
  });
}

// Booking, rescheduling and cancelling appointments. No double booking is the
// database's rule: exclusion constraints on time ranges (migration
// appointments) refuse an overlapping counsellor, room or interpreter however
// many requests race; this file turns the refusal into a typed answer. A
// booking carries an idempotency key: the same key with the same request
// answers the appointment it made, with another request it is refused.
import { createHash } from "node:crypto";
import { berlinDateTime } from "@lotse/domain/berlin-time";
import { DomainError, notFound } from "../../errors.ts";
import type { AppointmentKind } from "../../generated/prisma/client.ts";
import { cancelJob, enqueueJob } from "../../jobs/delayed-jobs.ts";
import { audit } from "../audit/index.ts";
import { notify } from "../notifications/index.ts";
import { nowOf, type ServiceCtx } from "../service-context.ts";
import { assertCounselling } from "./access.ts";
import { assertCounsellor, availabilityData, typeMinutes } from "./availability.service.ts";
import { notifyAppointmentChange } from "./notifications.ts";
import { REMINDER_JOB, reminderKey, type ReminderPayload } from "./reminders.ts";
import { windowFor } from "./slots.ts";
import { APPOINTMENT_WORK } from "./work-queue.service.ts";
import type { Tx } from "./tx.ts";

export interface BookingInput {
  childId: string;
  counsellorId: string;
  kind: AppointmentKind;
  startsAt: Date;
  /** Default: the room of the availability window. */
  room?: string | null;
  /** ISO 639-1 code when an interpreter is needed. */
  interpreterLanguage?: string | null;
  /** Who pays the interpreter; default: the organisation's setting. */
  institution?: string | null;
  note?: string | null;
  /** Where it takes place; default: the organisation's setting interpreting.placeDistrict. */
  placeDistrictId?: string | null;
  idempotencyKey: string;
}

/** Waiting for a pooled connection in a burst beats failing: one slot, many clicks. */
export const BOOKING_TX = { maxWait: 30_000, timeout: 30_000 } as const;

/**
 * Bookings of one counsellor, and of one room, one at a time (transaction-scoped advisory locks,
 * always counsellor before room). The exclusion constraints still decide who gets a time; without
 * the locks, two bookings of one slot that insert at the same moment each wait for the other's
 * uncommitted row while checking the constraint, and PostgreSQL breaks that deadlock by failing one
 * of them with an error that is not the clear "this time is taken" (seen in CI: 200 bookings of one
 * slot under load, 44 deadlocks).
 */
async function lockSlotsOf(tx: Tx, organizationId: string, counsellorId: string, room: string | null) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`appointment-counsellor:${counsellorId}`}, 0))`;
  if (room) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`appointment-room:${organizationId}:${room}`}, 0))`;
}

const KEY = /^[A-Za-z0-9_.:-]{8,100}$/;
const LANGUAGE = /^[a-z]{2}$/;

/** What the key promises: the same request. */
function fingerprint(input: BookingInput): string {
  const canonical = [
    input.childId,
    input.counsellorId,
    input.kind,
    input.startsAt.toISOString(),
    input.room?.trim() ?? "",
    input.interpreterLanguage ?? "",
    input.institution?.trim() ?? "",
    input.note?.trim() ?? "",
    input.placeDistrictId ?? "",
  ];
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}

const CONSTRAINTS = {
  Appointment_counsellor_no_overlap: new DomainError("CONFLICT", "appointments.counsellorBusy", "startsAt"),
  Appointment_room_no_overlap: new DomainError("CONFLICT", "appointments.roomBusy", "room"),
  InterpreterRequest_interpreter_no_overlap: new DomainError("CONFLICT", "appointments.interpreterBusy", "interpreterId"),
} as const;

function errorText(error: unknown): string {
  const parts: string[] = [];
  let e = error as { message?: string; code?: string; meta?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 4; depth++) {
    parts.push(String(e.code ?? ""), String(e.message ?? ""), JSON.stringify(e.meta ?? {}));
    e = e.cause as typeof e;
  }
  return parts.join(" ");
}

/** An exclusion constraint's refusal as the typed error a user can act on; null for anything else. */
export function overlapRefusal(error: unknown): DomainError | null {
  const text = errorText(error);
  for (const [name, refusal] of Object.entries(CONSTRAINTS)) if (text.includes(name)) return refusal;
  return null;
}

const isUniqueViolation = (error: unknown, column: string) => {
  const text = errorText(error);
  return (text.includes("P2002") || text.includes("23505")) && text.includes(column);
};

/** The window the appointment must lie in, or a refusal naming startsAt. */
async function assertWithinAvailability(ctx: ServiceCtx, counsellorId: string, startsAt: Date, endsAt: Date, excludeId?: string) {
  const from = berlinDateTime(startsAt).date;
  const to = berlinDateTime(new Date(endsAt.getTime() - 1)).date;
  const data = await availabilityData(ctx, counsellorId, from, to, excludeId);
  const window = windowFor(counsellorId, startsAt, endsAt, data.windows, data.exceptions);
  if (!window) throw new DomainError("VALIDATION", "appointments.outsideAvailability", "startsAt");
  return window;
}

/**
 * The district an appointment takes place in: the one given (it must be one
 * of the organisation's), else the organisation's setting
 * interpreting.placeDistrict when it names one, else none.
 */
async function placeDistrictOf(ctx: ServiceCtx, given: string | null | undefined, settingName: string): Promise<string | null> {
  if (given) {
    const d = await ctx.db.district.findUnique({ where: { id: given }, select: { id: true } });
    if (!d) throw notFound("placeDistrictId");
    return d.id;
  }
  if (!settingName.trim()) return null;
  return (await ctx.db.district.findFirst({ where: { name: settingName.trim() }, select: { id: true } }))?.id ?? null;
}

async function enqueueReminder(tx: Tx, ctx: ServiceCtx, organizationId: string, a: { id: string; sequence: number; startsAt: Date }, hoursBefore: number, now: Date) {
  const runAt = new Date(Math.max(now.getTime(), a.startsAt.getTime() - hoursBefore * 3_600_000));
  const payload: ReminderPayload = { appointmentId: a.id, sequence: a.sequence, publicUrl: ctx.config.PUBLIC_URL };
  await enqueueJob(tx, { organizationId, kind: REMINDER_JOB, runAt, payload: { ...payload }, dedupeKey: reminderKey(a.id, a.sequence) });
}

export async function bookAppointment(ctx: ServiceCtx, input: BookingInput) {
  const viewer = assertCounselling(ctx);
  if (!KEY.test(input.idempotencyKey)) throw new DomainError("VALIDATION", "appointments.idempotencyKey", "idempotencyKey");
  const print = fingerprint(input);
  const replay = async () => {
    const earlier = await ctx.db.appointment.findUnique({ where: { organizationId_idempotencyKey: { organizationId: viewer.organizationId, idempotencyKey: input.idempotencyKey } } });
    if (!earlier) return null;
    if (earlier.requestFingerprint !== print) throw new DomainError("CONFLICT", "appointments.idempotencyKeyReused", "idempotencyKey");
    return earlier;
  };
  const earlier = await replay();
  if (earlier) return earlier;

  const now = nowOf(ctx);
  const child = await ctx.db.child.findUnique({ where: { id: input.childId }, select: { id: true } });
  if (!child) throw notFound("childId");
  await assertCounsellor(ctx, input.counsellorId);
  if (input.startsAt <= now) throw new DomainError("VALIDATION", "appointments.inPast", "startsAt");
  const language = input.interpreterLanguage?.trim() || null;
  if (language && (!LANGUAGE.test(language) || language === "de")) throw new DomainError("VALIDATION", "validation.languageCode", "interpreterLanguage");
  const settings = viewer.organization.parsedSettings;
  const { minutes, bufferMinutes } = typeMinutes(settings, input.kind);
  const endsAt = new Date(input.startsAt.getTime() + minutes * 60_000);
  const window = await assertWithinAvailability(ctx, input.counsellorId, input.startsAt, endsAt);
  const room = input.room?.trim() || window.room;
  const placeDistrictId = await placeDistrictOf(ctx, input.placeDistrictId, settings.interpreting.placeDistrict);

  try {
    return await ctx.db.$transaction(async (tx) => {
      await lockSlotsOf(tx, viewer.organizationId, input.counsellorId, room);
      const a = await tx.appointment.create({
        data: {
          childId: input.childId,
          counsellorId: input.counsellorId,
          kind: input.kind,
          startsAt: input.startsAt,
          endsAt,
          blockedUntil: new Date(endsAt.getTime() + bufferMinutes * 60_000),
          room,
          note: input.note?.trim() || null,
          placeDistrictId,
          idempotencyKey: input.idempotencyKey,
          requestFingerprint: print,
          bookedById: viewer.userId,
        },
      });
      if (language) {
        await tx.interpreterRequest.create({
          data: {
            appointmentId: a.id,
            language,
            institution: input.institution?.trim() || settings.interpreting.defaultInstitution,
            startsAt: a.startsAt,
            endsAt: a.endsAt,
          },
        });
        // The coordinators run the Sprachmittlerpool: a new request is theirs to assign.
        await notify(tx, { organizationId: viewer.organizationId, work: APPOINTMENT_WORK.interpreterRequestsOpen, to: "role", actorUserId: viewer.userId, params: { language, startsAt: a.startsAt.toISOString() } });
      }
      await enqueueReminder(tx, ctx, viewer.organizationId, a, settings.schoolEntry.reminderHoursBefore, now);
      await audit(tx, viewer.userId, "appointments.booked", { type: "Appointment", id: a.id }, { startsAt: a.startsAt.toISOString(), counsellorId: a.counsellorId, room });
      return a;
    }, BOOKING_TX);
  } catch (error) {
    // A double click that lost the race to its twin: answer what the twin booked.
    if (isUniqueViolation(error, "idempotencyKey")) {
      const twin = await replay();
      if (twin) return twin;
    }
    throw overlapRefusal(error) ?? error;
  }
}

export interface RescheduleInput {
  id: string;
  startsAt: Date;
  counsellorId?: string | null;
  room?: string | null;
}

/** A new time (and optionally counsellor or room): the same UID, SEQUENCE raised; an assigned interpreter is asked again. */
export async function rescheduleAppointment(ctx: ServiceCtx, input: RescheduleInput) {
  const viewer = assertCounselling(ctx);
  const now = nowOf(ctx);
  const a = await ctx.db.appointment.findUnique({ where: { id: input.id }, include: { interpreterRequest: true } });
  if (!a) throw notFound("id");
  if (a.status !== "BOOKED") throw new DomainError("VALIDATION", "appointments.cancelled", "id");
  if (a.startsAt <= now) throw new DomainError("VALIDATION", "appointments.alreadyStarted", "id");
  if (input.startsAt <= now) throw new DomainError("VALIDATION", "appointments.inPast", "startsAt");
  const counsellorId = input.counsellorId ?? a.counsellorId;
  if (counsellorId !== a.counsellorId) await assertCounsellor(ctx, counsellorId);
  const settings = viewer.organization.parsedSettings;
  const { bufferMinutes } = typeMinutes(settings, a.kind);
  const length = a.endsAt.getTime() - a.startsAt.getTime();
  const endsAt = new Date(input.startsAt.getTime() + length);
  const window = await assertWithinAvailability(ctx, counsellorId, input.startsAt, endsAt, a.id);
  const room = input.room?.trim() || window.room;
  const request = a.interpreterRequest;
  const deadlineHours = settings.interpreting.responseDeadlineHours;
  try {
    return await ctx.db.$transaction(async (tx) => {
      await lockSlotsOf(tx, viewer.organizationId, counsellorId, room);
      // Conditional on the sequence read above: of two reschedules at once, one wins and the other is told.
      const { count } = await tx.appointment.updateMany({
        where: { id: a.id, sequence: a.sequence, status: "BOOKED" },
        data: { startsAt: input.startsAt, endsAt, blockedUntil: new Date(endsAt.getTime() + bufferMinutes * 60_000), counsellorId, room, sequence: { increment: 1 } },
      });
      if (count !== 1) throw new DomainError("CONFLICT", "appointments.changedMeanwhile", "id");
      if (request && request.status !== "CANCELLED") {
        const keepsInterpreter = request.interpreterId && (request.status === "ASSIGNED" || request.status === "ACCEPTED");
        await tx.interpreterRequest.update({
          where: { id: request.id },
          data: {
            startsAt: input.startsAt,
            endsAt,
            ...(keepsInterpreter ? { status: "ASSIGNED", respondedAt: null, respondBy: new Date(now.getTime() + deadlineHours * 3_600_000) } : {}),
          },
        });
      }
      await cancelJob(tx, reminderKey(a.id, a.sequence));
      const updated = await tx.appointment.findUniqueOrThrow({ where: { id: a.id } });
      await enqueueReminder(tx, ctx, viewer.organizationId, updated, settings.schoolEntry.reminderHoursBefore, now);
      await audit(tx, viewer.userId, "appointments.rescheduled", { type: "Appointment", id: a.id }, { from: a.startsAt.toISOString(), to: input.startsAt.toISOString(), counsellorId, room });
      await notifyAppointmentChange(tx, ctx, a.id, "rescheduled");
      return updated;
    }, BOOKING_TX);
  } catch (error) {
    throw overlapRefusal(error) ?? error;
  }
}

/** Where a booked appointment takes place (for the interpreter suggestions' distances); the calendar entry does not change. */
export async function setAppointmentPlace(ctx: ServiceCtx, input: { id: string; placeDistrictId: string | null }) {
  const viewer = assertCounselling(ctx);
  const a = await ctx.db.appointment.findUnique({ where: { id: input.id }, select: { id: true, status: true, placeDistrictId: true } });
  if (!a) throw notFound("id");
  if (a.status !== "BOOKED") throw new DomainError("VALIDATION", "appointments.cancelled", "id");
  if (input.placeDistrictId) {
    const d = await ctx.db.district.findUnique({ where: { id: input.placeDistrictId }, select: { id: true } });
    if (!d) throw notFound("placeDistrictId");
  }
  if (a.placeDistrictId === input.placeDistrictId) return;
  await ctx.db.$transaction(async (tx) => {
    await tx.appointment.update({ where: { id: a.id }, data: { placeDistrictId: input.placeDistrictId } });
    await audit(tx, viewer.userId, "appointments.placeChanged", { type: "Appointment", id: a.id }, { from: a.placeDistrictId, to: input.placeDistrictId });
  });
}

/** Cancels: calendars get a CANCEL with SEQUENCE raised; an accepted interpreter cancelled late is owed the cancellation fee. */
export async function cancelAppointment(ctx: ServiceCtx, input: { id: string; reason?: string | null }) {
  const viewer = assertCounselling(ctx);
  const now = nowOf(ctx);
  const a = await ctx.db.appointment.findUnique({ where: { id: input.id }, include: { interpreterRequest: true } });
  if (!a) throw notFound("id");
  if (a.status !== "BOOKED") throw new DomainError("VALIDATION", "appointments.cancelled", "id");
  if (a.endsAt <= now) throw new DomainError("VALIDATION", "appointments.alreadyHeld", "id");
  const settings = viewer.organization.parsedSettings;
  const request = a.interpreterRequest;
  const late = request?.status === "ACCEPTED" && a.startsAt.getTime() - now.getTime() < settings.interpreting.lateCancellationHours * 3_600_000;
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({
      where: { id: a.id, status: "BOOKED" },
      data: { status: "CANCELLED", cancelledAt: now, cancelReason: input.reason?.trim() || null, sequence: { increment: 1 } },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "appointments.changedMeanwhile", "id");
    if (request && request.status !== "CANCELLED") {
      await tx.interpreterRequest.update({ where: { id: request.id }, data: { status: "CANCELLED", cancelledLate: late } });
    }
    await cancelJob(tx, reminderKey(a.id, a.sequence));
    await audit(tx, viewer.userId, "appointments.cancelled", { type: "Appointment", id: a.id }, { late });
    await notifyAppointmentChange(tx, ctx, a.id, "cancelled");
    return tx.appointment.findUniqueOrThrow({ where: { id: a.id } });
  });
}

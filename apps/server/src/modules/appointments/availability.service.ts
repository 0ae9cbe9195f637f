// Counsellors' availability (weekly rules and exceptions) and the free slots
// computed from it in Europe/Berlin (slots.ts holds the pure rules).
import { addDays, formatIsoDate, isIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { startOfBerlinDay } from "@lotse/domain/berlin-time";
import { DomainError } from "../../errors.ts";
import type { AppointmentKind, AvailabilityExceptionKind } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import type { OrganizationSettings } from "../organizations/index.ts";
import { nowOf, type ServiceCtx } from "../service-context.ts";
import { assertCounselling, assertManagesAvailability } from "./access.ts";
import { daysBetween, freeSlots, overlappingRules, windowsOf, type Booking, type ExceptionPeriod, type Slot, type WeeklyRule, type Window } from "./slots.ts";

export interface RuleInput {
  weekday: number;
  /** "HH:MM" Berlin wall-clock time. */
  start: string;
  end: string;
  room: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const minuteOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Most days one search may cover (a month and a bit): keeps a request's work bounded. */
export const MAX_SLOT_DAYS = 62;

/** The counsellor must be an active member with the COUNSELLOR role. */
export async function assertCounsellor(ctx: ServiceCtx, counsellorId: string, field = "counsellorId"): Promise<void> {
  const m = await ctx.db.membership.findFirst({ where: { userId: counsellorId, active: true, roles: { some: { role: "COUNSELLOR" } } }, select: { id: true } });
  if (!m) throw new DomainError("VALIDATION", "appointments.notACounsellor", field);
}

/** Replaces the counsellor's weekly rules with these (an empty list clears them). */
export async function setCounsellorAvailability(ctx: ServiceCtx, input: { counsellorId: string; rules: RuleInput[] }) {
  const viewer = assertManagesAvailability(ctx, input.counsellorId);
  await assertCounsellor(ctx, input.counsellorId);
  if (input.rules.length > 50) throw new DomainError("VALIDATION", "validation.tooMany", "rules");
  const rules = input.rules.map((r, i) => {
    if (!Number.isInteger(r.weekday) || r.weekday < 1 || r.weekday > 7) throw new DomainError("VALIDATION", "validation.weekday", `rules.${i}.weekday`);
    if (!TIME.test(r.start)) throw new DomainError("VALIDATION", "validation.time", `rules.${i}.start`);
    if (!TIME.test(r.end)) throw new DomainError("VALIDATION", "validation.time", `rules.${i}.end`);
    const startMinute = minuteOf(r.start);
    const endMinute = minuteOf(r.end);
    if (endMinute <= startMinute) throw new DomainError("VALIDATION", "validation.timeOrder", `rules.${i}.end`);
    const room = r.room.trim();
    if (!room) throw new DomainError("VALIDATION", "validation.required", `rules.${i}.room`);
    return { weekday: r.weekday, startMinute, endMinute, room };
  });
  const clash = overlappingRules(rules);
  if (clash) throw new DomainError("VALIDATION", "appointments.rulesOverlap", `rules.${clash[1]}.start`);
  return ctx.db.$transaction(async (tx) => {
    await tx.availabilityRule.deleteMany({ where: { counsellorId: input.counsellorId } });
    await tx.availabilityRule.createMany({ data: rules.map((r) => ({ ...r, counsellorId: input.counsellorId })) });
    await audit(tx, viewer.userId, "appointments.availabilitySet", { type: "User", id: input.counsellorId }, { rules: rules.length });
    return tx.availabilityRule.findMany({ where: { counsellorId: input.counsellorId }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] });
  });
}

export interface ExceptionInput {
  counsellorId: string;
  kind: AvailabilityExceptionKind;
  startsAt: Date;
  endsAt: Date;
  room?: string | null;
  reason?: string | null;
}

export async function addAvailabilityException(ctx: ServiceCtx, input: ExceptionInput) {
  const viewer = assertManagesAvailability(ctx, input.counsellorId);
  await assertCounsellor(ctx, input.counsellorId);
  if (input.endsAt <= input.startsAt) throw new DomainError("VALIDATION", "validation.timeOrder", "endsAt");
  if (input.endsAt.getTime() - input.startsAt.getTime() > 366 * 86_400_000) throw new DomainError("VALIDATION", "validation.range", "endsAt");
  const room = input.room?.trim() || null;
  if (input.kind === "EXTRA" && !room) throw new DomainError("VALIDATION", "validation.required", "room");
  return ctx.db.$transaction(async (tx) => {
    const created = await tx.availabilityException.create({
      data: { counsellorId: input.counsellorId, kind: input.kind, startsAt: input.startsAt, endsAt: input.endsAt, room, reason: input.reason?.trim() || null, createdById: viewer.userId },
    });
    await audit(tx, viewer.userId, "appointments.availabilityException", { type: "AvailabilityException", id: created.id }, { kind: input.kind });
    return created;
  });
}

/** Length of an appointment type and the buffer after it (settings.schoolEntry). */
export function typeMinutes(settings: OrganizationSettings, kind: AppointmentKind): { minutes: number; bufferMinutes: number } {
  const s = settings.schoolEntry;
  return { minutes: kind === "INITIAL" ? s.appointmentMinutes : s.followUpMinutes, bufferMinutes: s.bufferMinutes };
}

/** Rules, exceptions, windows and bookings of the counsellors (null: every counsellor) for the Berlin days. */
export async function availabilityData(ctx: ServiceCtx, counsellorId: string | null, fromDate: string, toDate: string, excludeAppointmentId?: string) {
  const rangeStart = new Date(startOfBerlinDay(fromDate)!);
  const rangeEnd = new Date(startOfBerlinDay(formatIsoDate(addDays(parseIsoDate(toDate), 1)))!);
  const who = counsellorId ? { counsellorId } : {};
  const [rules, exceptions, bookings] = await Promise.all([
    ctx.db.availabilityRule.findMany({ where: who, select: { counsellorId: true, weekday: true, startMinute: true, endMinute: true, room: true } }),
    ctx.db.availabilityException.findMany({
      where: { ...who, startsAt: { lt: rangeEnd }, endsAt: { gt: rangeStart } },
      select: { counsellorId: true, kind: true, startsAt: true, endsAt: true, room: true },
    }),
    // Every booking of the organisation in the range: other counsellors' ones occupy rooms.
    ctx.db.appointment.findMany({
      where: { status: "BOOKED", startsAt: { lt: rangeEnd }, blockedUntil: { gt: rangeStart }, ...(excludeAppointmentId ? { id: { not: excludeAppointmentId } } : {}) },
      select: { counsellorId: true, room: true, startsAt: true, endsAt: true, blockedUntil: true },
    }),
  ]);
  const days = daysBetween(fromDate, toDate);
  const windows: Window[] = windowsOf(days, rules as WeeklyRule[], exceptions as ExceptionPeriod[]).filter(
    (w) => w.end > rangeStart && w.start < rangeEnd,
  );
  return { rules, exceptions: exceptions as ExceptionPeriod[], bookings: bookings as Booking[], windows };
}

export interface SlotsInput {
  counsellorId: string | null;
  kind: AppointmentKind;
  from: string;
  to: string;
}

export async function availableSlots(ctx: ServiceCtx, input: SlotsInput): Promise<Slot[]> {
  const viewer = assertCounselling(ctx);
  if (!isIsoDate(input.from)) throw new DomainError("VALIDATION", "date.invalid", "from");
  if (!isIsoDate(input.to)) throw new DomainError("VALIDATION", "date.invalid", "to");
  if (input.to < input.from) throw new DomainError("VALIDATION", "validation.timeOrder", "to");
  if (daysBetween(input.from, input.to).length > MAX_SLOT_DAYS) throw new DomainError("VALIDATION", "validation.range", "to");
  if (input.counsellorId) await assertCounsellor(ctx, input.counsellorId);
  const settings = viewer.organization.parsedSettings;
  const { minutes, bufferMinutes } = typeMinutes(settings, input.kind);
  const data = await availabilityData(ctx, input.counsellorId, input.from, input.to);
  return freeSlots(
    { fromDate: input.from, toDate: input.to, minutes, bufferMinutes, stepMinutes: settings.schoolEntry.slotStepMinutes, notBefore: nowOf(ctx) },
    data.windows,
    data.exceptions,
    data.bookings,
  );
}

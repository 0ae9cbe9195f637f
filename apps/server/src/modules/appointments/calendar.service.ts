// The data behind the appointment calendars: one appointment's file and the
// private feeds of counsellors and interpreters, found by their secret (only
// its SHA-256 is stored).
import { scopedClientFor } from "../../db/tenancy.ts";
import { DomainError } from "../../errors.ts";
import type { CalendarFeedKind, Prisma } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import { digest, newSecret } from "../identity/index.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";
import { mayKeepAppointmentFeed } from "./access.ts";
import type { CalendarAppointment, CalendarAssignment } from "./render/calendar.ts";
import type { Tx } from "./tx.ts";

const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** Feeds reach this far back. */
const FEED_PAST_DAYS = 60;

const appointmentSelect = {
  id: true,
  kind: true,
  status: true,
  startsAt: true,
  endsAt: true,
  room: true,
  sequence: true,
  updatedAt: true,
  organization: { select: { name: true } },
  counsellor: { select: { user: { select: { name: true, email: true } } } },
  interpreterRequest: { select: { status: true, language: true, interpreter: { select: { userId: true, user: { select: { name: true, email: true } } } } } },
  child: { select: { guardians: { where: { email: { not: null } }, select: { email: true }, orderBy: { position: "asc" } } } },
} satisfies Prisma.AppointmentSelect;

type AppointmentRow = Prisma.AppointmentGetPayload<{ select: typeof appointmentSelect }>;

function toCalendar(a: AppointmentRow): CalendarAppointment {
  const r = a.interpreterRequest;
  return {
    id: a.id,
    kind: a.kind,
    status: a.status,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    room: a.room,
    sequence: a.sequence,
    updatedAt: a.updatedAt,
    organization: a.organization.name,
    counsellor: { name: a.counsellor.user.name, email: a.counsellor.user.email },
    interpreter: r?.interpreter ? { name: r.interpreter.user.name, email: r.interpreter.user.email, status: r.status, language: r.language } : null,
    guardianEmails: a.child.guardians.flatMap((g) => (g.email?.trim() ? [g.email.trim()] : [])),
  };
}

/** The appointment as a calendar event's data, read inside a transaction (the mails' invitations). */
export async function calendarAppointmentIn(db: Pick<Tx, "appointment">, appointmentId: string): Promise<CalendarAppointment> {
  return toCalendar(await db.appointment.findUniqueOrThrow({ where: { id: appointmentId }, select: appointmentSelect }));
}

/** One appointment for its calendar file, with who its interpreter is (for access.ts). */
export async function appointmentCalendar(ctx: ServiceCtx, input: { appointmentId: string }) {
  const a = await ctx.db.appointment.findUnique({ where: { id: input.appointmentId }, select: appointmentSelect });
  if (!a) return null;
  const r = a.interpreterRequest;
  const interpreterUserId = r?.interpreter && (r.status === "ASSIGNED" || r.status === "ACCEPTED" || r.status === "CANCELLED") ? r.interpreter.userId : null;
  return { appointment: toCalendar(a), interpreterUserId };
}

type Feed =
  | { kind: "COUNSELLOR"; organizationId: string; userId: string; appointments: CalendarAppointment[] }
  | { kind: "INTERPRETER"; organizationId: string; userId: string; assignments: CalendarAssignment[] };

export async function feedByToken(ctx: ServiceCtx, input: { token: string }): Promise<Feed | null> {
  const feed = FEED_TOKEN.test(input.token)
    ? await ctx.prisma.appointmentCalendarFeed.findUnique({ where: { tokenHash: digest(input.token) }, select: { organizationId: true, userId: true, kind: true } })
    : null;
  if (!feed) return null;
  const db = scopedClientFor(ctx.prisma, feed.organizationId);
  const since = new Date(Date.now() - FEED_PAST_DAYS * 86_400_000);
  if (feed.kind === "COUNSELLOR") {
    const rows = await db.appointment.findMany({ where: { counsellorId: feed.userId, startsAt: { gte: since } }, select: appointmentSelect, orderBy: [{ startsAt: "asc" }, { id: "asc" }] });
    return { kind: "COUNSELLOR", organizationId: feed.organizationId, userId: feed.userId, appointments: rows.map(toCalendar) };
  }
  const rows = await db.interpreterRequest.findMany({
    where: { interpreter: { userId: feed.userId }, status: { in: ["ASSIGNED", "ACCEPTED", "CANCELLED"] }, startsAt: { gte: since } },
    select: { appointmentId: true, status: true, language: true, startsAt: true, endsAt: true, updatedAt: true, appointment: { select: { room: true, sequence: true, organization: { select: { name: true } } } } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return {
    kind: "INTERPRETER",
    organizationId: feed.organizationId,
    userId: feed.userId,
    assignments: rows.map((r) => ({
      appointmentId: r.appointmentId,
      status: r.status,
      language: r.language,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      room: r.appointment.room,
      sequence: r.appointment.sequence,
      updatedAt: r.updatedAt,
      organization: r.appointment.organization.name,
    })),
  };
}

/** A new secret feed address for the caller (as counsellor or as interpreter); the old one stops working. */
export async function resetAppointmentFeed(ctx: ServiceCtx, input: { kind: CalendarFeedKind }): Promise<string> {
  const viewer = signedIn(ctx);
  if (!mayKeepAppointmentFeed(viewer, input.kind)) throw new DomainError("FORBIDDEN", "error.forbidden", "kind");
  const secret = newSecret();
  await ctx.db.$transaction(async (tx) => {
    await tx.appointmentCalendarFeed.deleteMany({ where: { userId: viewer.userId, kind: input.kind } });
    const feed = await tx.appointmentCalendarFeed.create({ data: { userId: viewer.userId, kind: input.kind, tokenHash: digest(secret) } });
    await audit(tx, viewer.userId, "appointments.calendarFeedReset", { type: "AppointmentCalendarFeed", id: feed.id }, { kind: input.kind });
  });
  return `${ctx.config.PUBLIC_URL}/calendar/appointments/feed/${secret}.ics`;
}

// Who hears of a change to an appointment, in their language, through the
// outbox in the change's transaction: the counsellor and, when one is
// assigned, the interpreter. Guardians hear of the appointment by the
// reminder (reminders.ts); staff tell them of changes by phone or letter.
import { toUiLocale } from "../../i18n/locales.ts";
import type { MailAttachment } from "../../jobs/mail-transport.ts";
import { enqueueMail } from "../../jobs/outbox.ts";
import type { ServiceCtx } from "../service-context.ts";
import { appointmentInvitation } from "./invitations.ts";
import { appointmentMail, type AppointmentMailEvent } from "./mails.ts";
import { APPOINTMENT_PATHS } from "./paths.ts";
import type { Tx } from "./tx.ts";

interface Recipient {
  email: string;
  locale: Parameters<typeof toUiLocale>[0];
}

/** The appointment with the people a mail goes to. */
export async function appointmentAudience(tx: Tx, appointmentId: string) {
  const a = await tx.appointment.findUniqueOrThrow({
    where: { id: appointmentId },
    select: {
      id: true,
      organizationId: true,
      startsAt: true,
      room: true,
      organization: { select: { name: true } },
      counsellor: { select: { user: { select: { email: true, locale: true } } } },
      child: { select: { firstName: true, guardians: { select: { email: true, readsLanguage: true }, orderBy: { position: "asc" } } } },
      interpreterRequest: {
        select: { language: true, status: true, respondBy: true, interpreter: { select: { user: { select: { email: true, locale: true } } } } },
      },
    },
  });
  return a;
}

export async function mailTo(
  tx: Tx,
  to: Recipient,
  organizationId: string,
  event: AppointmentMailEvent,
  facts: Parameters<typeof appointmentMail>[2],
  attachments: MailAttachment[] = [],
) {
  await enqueueMail(tx, { to: to.email, organizationId, ...appointmentMail(toUiLocale(to.locale), event, facts), attachments });
}

/**
 * A request back with the coordinators (declined, or not answered by its
 * deadline): every active coordinator of the organisation is told, in the
 * transaction that reopened it, so the mail goes out exactly when the
 * reopening commits, once.
 */
export async function notifyRequestReopened(tx: Tx, publicUrl: string, requestId: string) {
  const r = await tx.interpreterRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { organizationId: true, language: true, appointment: { select: { startsAt: true, room: true, organization: { select: { name: true } } } } },
  });
  const coordinators = await tx.membership.findMany({
    where: { organizationId: r.organizationId, active: true, acceptedAt: { not: null }, roles: { some: { role: "COORDINATOR" } } },
    select: { user: { select: { email: true, locale: true } } },
    orderBy: { createdAt: "asc" },
  });
  const facts = { startsAt: r.appointment.startsAt, room: r.appointment.room, organization: r.appointment.organization.name, language: r.language, link: `${publicUrl}${APPOINTMENT_PATHS.pool}?status=OPEN` };
  for (const { user } of coordinators) await mailTo(tx, user, r.organizationId, "requestReopened", facts);
}

/** A rescheduled or cancelled appointment: its counsellor and its interpreter (if one was assigned), each with the updated calendar file (REQUEST with the raised SEQUENCE, or CANCEL). */
export async function notifyAppointmentChange(tx: Tx, ctx: Pick<ServiceCtx, "config">, appointmentId: string, event: Extract<AppointmentMailEvent, "rescheduled" | "cancelled">) {
  const a = await appointmentAudience(tx, appointmentId);
  const base = { startsAt: a.startsAt, room: a.room, organization: a.organization.name };
  const counsellorLink = `${ctx.config.PUBLIC_URL}${APPOINTMENT_PATHS.counselling}`;
  await mailTo(tx, a.counsellor.user, a.organizationId, event, { ...base, link: counsellorLink }, [await appointmentInvitation(tx, appointmentId, counsellorLink)]);
  const interpreter = a.interpreterRequest?.interpreter?.user;
  if (interpreter && a.interpreterRequest && a.interpreterRequest.status !== "OPEN") {
    const link = `${ctx.config.PUBLIC_URL}${APPOINTMENT_PATHS.interpreting}`;
    await mailTo(tx, interpreter, a.organizationId, event, { ...base, language: a.interpreterRequest.language, link }, [await appointmentInvitation(tx, appointmentId, link)]);
  }
}

// Reminders before an appointment (settings.schoolEntry.reminderHoursBefore,
// default 24 h) to the counsellor, the interpreter who accepted and every
// guardian with an email address, in the guardian's language where the app
// has it. A delayed job per appointment *version* (dedupeKey with the
// SEQUENCE): booking enqueues it, rescheduling replaces it, cancelling removes
// it. The job runner marks the job done in the transaction that writes the
// mails to the outbox, so a reminder goes out exactly once, and a restart
// (the job is a row) loses nothing.
import type { DelayedJobHandler } from "../../jobs/delayed-job-handler.ts";
import { appointmentMail, guardianLocale } from "./mails.ts";
import { enqueueMail } from "../../jobs/outbox.ts";
import { toUiLocale } from "../../i18n/locales.ts";
import { APPOINTMENT_PATHS } from "./paths.ts";


export const REMINDER_JOB = "appointments.reminder";

export const reminderKey = (appointmentId: string, sequence: number) => `appointment-reminder:${appointmentId}:${sequence}`;

export interface ReminderPayload {
  appointmentId: string;
  sequence: number;
  /** PUBLIC_URL when it was enqueued (a job gets no config). */
  publicUrl: string;
}

export const appointmentReminder: DelayedJobHandler<ReminderPayload> = {
  kind: REMINDER_JOB,
  async handle(tx, payload, job) {
    const a = await tx.appointment.findUnique({
      where: { id: payload.appointmentId },
      select: {
        status: true,
        sequence: true,
        startsAt: true,
        room: true,
        organization: { select: { name: true } },
        counsellor: { select: { user: { select: { email: true, locale: true } } } },
        child: { select: { firstName: true, guardians: { select: { email: true, readsLanguage: true }, orderBy: { position: "asc" } } } },
        interpreterRequest: { select: { language: true, status: true, interpreter: { select: { user: { select: { email: true, locale: true } } } } } },
      },
    });
    // Cancelled, moved (a newer job reminds of the new time) or already past: nothing to say.
    if (!a || a.status !== "BOOKED" || a.sequence !== payload.sequence || a.startsAt <= job.now) return;
    const facts = { startsAt: a.startsAt, room: a.room, organization: a.organization.name, language: a.interpreterRequest?.language ?? null };
    const organizationId = job.organizationId;
    const publicUrl = payload.publicUrl;
    const staff = a.counsellor.user;
    await enqueueMail(tx, { to: staff.email, organizationId, ...appointmentMail(toUiLocale(staff.locale), "staffReminder", { ...facts, link: `${publicUrl}${APPOINTMENT_PATHS.counselling}` }) });
    const interpreter = a.interpreterRequest?.status === "ACCEPTED" ? a.interpreterRequest.interpreter?.user : null;
    if (interpreter) {
      await enqueueMail(tx, {
        to: interpreter.email,
        organizationId,
        ...appointmentMail(toUiLocale(interpreter.locale), "interpreterReminder", { ...facts, link: `${publicUrl}${APPOINTMENT_PATHS.interpreting}` }),
      });
    }
    for (const g of a.child.guardians) {
      if (!g.email) continue;
      await enqueueMail(tx, { to: g.email, organizationId, ...appointmentMail(guardianLocale(g.readsLanguage), "guardianReminder", { ...facts, childFirstName: a.child.firstName }) });
    }
  },
};

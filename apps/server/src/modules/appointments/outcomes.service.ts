// What came of an appointment, recorded by a counsellor once it has been held
// (its end has passed): the recommended school type and class form, the
// school, the start date and a follow-up appointment, or a no-show or
// cancellation. One outcome per appointment (a unique key): a second is refused.
import { isIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { DomainError, notFound } from "../../errors.ts";
import type { ClassForm, OutcomeKind, SchoolType } from "../../generated/prisma/client.ts";
import { audit } from "../audit/index.ts";
import { nowOf, type ServiceCtx } from "../service-context.ts";
import { assertCounselling } from "./access.ts";

export interface OutcomeInput {
  appointmentId: string;
  kind: OutcomeKind;
  schoolType?: SchoolType | null;
  classForm?: ClassForm | null;
  school?: string | null;
  startDate?: string | null;
  followUpAppointmentId?: string | null;
  note?: string | null;
}

export async function recordAppointmentOutcome(ctx: ServiceCtx, input: OutcomeInput) {
  const viewer = assertCounselling(ctx);
  const a = await ctx.db.appointment.findUnique({ where: { id: input.appointmentId }, select: { id: true, childId: true, status: true, startsAt: true, endsAt: true, outcome: { select: { id: true } } } });
  if (!a) throw notFound("appointmentId");
  const now = nowOf(ctx);
  if (a.status === "CANCELLED") throw new DomainError("VALIDATION", "appointments.cancelled", "appointmentId");
  // Once the appointment has begun: a no-show is known then, and the advice is
  // written down at the end of the conversation, often before the booked time runs out.
  if (a.startsAt > now) throw new DomainError("VALIDATION", "appointments.notYetHeld", "appointmentId");
  if (a.outcome) throw new DomainError("CONFLICT", "appointments.outcomeRecorded", "appointmentId");
  if (input.kind === "ADVISED") {
    if (!input.schoolType) throw new DomainError("VALIDATION", "validation.required", "schoolType");
    if (!input.classForm) throw new DomainError("VALIDATION", "validation.required", "classForm");
  }
  if (input.startDate && !isIsoDate(input.startDate)) throw new DomainError("VALIDATION", "date.invalid", "startDate");
  if (input.followUpAppointmentId) {
    const f = await ctx.db.appointment.findUnique({ where: { id: input.followUpAppointmentId }, select: { childId: true, startsAt: true } });
    if (!f || f.childId !== a.childId || f.startsAt <= a.startsAt) throw new DomainError("VALIDATION", "appointments.followUpInvalid", "followUpAppointmentId");
  }
  const advised = input.kind === "ADVISED";
  try {
    return await ctx.db.$transaction(async (tx) => {
      const o = await tx.appointmentOutcome.create({
        data: {
          appointmentId: a.id,
          kind: input.kind,
          schoolType: advised ? input.schoolType : null,
          classForm: advised ? input.classForm : null,
          school: advised ? input.school?.trim() || null : null,
          startDate: advised && input.startDate ? parseIsoDate(input.startDate) : null,
          followUpAppointmentId: input.followUpAppointmentId ?? null,
          note: input.note?.trim() || null,
          recordedById: viewer.userId,
        },
      });
      await audit(tx, viewer.userId, "appointments.outcomeRecorded", { type: "Appointment", id: a.id }, { kind: input.kind });
      return o;
    });
  } catch (error) {
    if (String((error as { code?: string }).code) === "P2002") throw new DomainError("CONFLICT", "appointments.outcomeRecorded", "appointmentId");
    throw error;
  }
}

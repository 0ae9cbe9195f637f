// What the school-entry area stores about people and what erasing them does.
// A child has no account: the child's own request (through a guardian) finds
// the child's record, guardians, appointments and outcomes. A person with an
// account is a counsellor (availability, appointments held), an interpreter
// (requests, pledge) or a guardian who gave their address. Erasing a child
// keeps the counselling figures (appointments by outcome and class form,
// languages, age by birth year) without name, notes or guardians; it waits
// while an appointment lies ahead, as does a counsellor's or interpreter's.
import type { ErasureHold, PrivacyDeclaration, PrivacySubject } from "../module.ts";
import { ERASED, ofVolunteer, personalRows, planLine, type ErasureRule } from "../privacy.ts";
import { nowOf, type ServiceCtx } from "../service-context.ts";

const ofChild = (s: { childId: string }) => ({ childId: s.childId });

async function upcomingAppointments(ctx: ServiceCtx, s: PrivacySubject): Promise<ErasureHold[]> {
  const who = s.kind === "child" ? ofChild(s) : s.kind === "user" ? { counsellorId: s.userId } : null;
  if (!who) return [];
  const ahead = await ctx.db.appointment.count({ where: { ...who, status: "BOOKED", startsAt: { gt: nowOf(ctx) } } });
  return ahead > 0 ? [{ model: "Appointment", messageKey: "privacy.upcomingAppointment", params: { count: ahead } }] : [];
}

async function upcomingInterpreting(ctx: ServiceCtx, s: PrivacySubject): Promise<ErasureHold[]> {
  if (s.kind !== "user") return [];
  const ahead = await ctx.db.interpreterRequest.count({ where: { interpreter: { userId: s.userId }, status: { in: ["ASSIGNED", "ACCEPTED"] }, startsAt: { gt: nowOf(ctx) } } });
  return ahead > 0 ? [{ model: "InterpreterRequest", messageKey: "privacy.upcomingInterpreting", params: { count: ahead } }] : [];
}

const CHILD_KEPT = "the record stays without name, notes or family link, and with the birth year only, for the counselling figures (age, languages, schooling, outcome)";
const childRule: ErasureRule = { anonymise: {}, kept: CHILD_KEPT };

export const appointmentsPrivacy: PrivacyDeclaration[] = [
  {
    ...personalRows("Child", { child: (s) => ({ id: s.childId }) }, { erase: childRule }),
    // The birth date keeps only its year (age groups in the figures): read first, as each child has their own.
    async erase(ctx, s) {
      const child = s.kind === "child" ? await ctx.tx.child.findFirst({ where: { id: s.childId }, select: { birthDate: true } }) : null;
      if (!child || s.kind !== "child") return planLine("Child", 0, childRule);
      const birthYear = new Date(Date.UTC(child.birthDate.getUTCFullYear(), 0, 1));
      const { count } = await ctx.tx.child.updateMany({
        where: { id: s.childId },
        data: { firstName: ERASED, lastName: ERASED, notes: null, consentGivenBy: ERASED, familyId: null, birthDate: birthYear },
      });
      return planLine("Child", count, childRule);
    },
  },
  personalRows("ChildGuardian", { child: ofChild, user: (s) => ({ email: { equals: s.email, mode: "insensitive" } }) }, { erase: { delete: true } }),
  personalRows("AvailabilityRule", (s) => ({ counsellorId: s.userId }), { erase: { delete: true } }),
  personalRows("AvailabilityException", (s) => ({ counsellorId: s.userId }), { erase: { delete: true } }),
  personalRows(
    "Appointment",
    { user: (s) => ({ counsellorId: s.userId }), child: ofChild },
    {
      omit: ["requestFingerprint"],
      holds: upcomingAppointments,
      erase: {
        user: { keep: "appointments held stay with the children's records; they name the counsellor by id only" },
        child: { anonymise: { note: null, cancelReason: null }, kept: "dates and status stay for the figures; notes go" },
      },
    },
  ),
  personalRows(
    "InterpreterRequest",
    { user: (s) => ({ interpreter: { userId: s.userId } }), child: (s) => ({ appointment: { childId: s.childId } }) },
    { holds: upcomingInterpreting, erase: { keep: "fees paid are accounting records (§ 147 AO); the request names the interpreter and appointment by id" } },
  ),
  personalRows("InterpreterPledge", ofVolunteer, { erase: { delete: true } }),
  personalRows("AppointmentOutcome", { child: (s) => ({ appointment: { childId: s.childId } }) }, {
    erase: { anonymise: { note: null }, kept: "outcomes (school type, class form) are the figures of the counselling; notes go" },
  }),
  personalRows("AppointmentCalendarFeed", (s) => ({ userId: s.userId }), { omit: ["tokenHash"], erase: { delete: true } }),
];

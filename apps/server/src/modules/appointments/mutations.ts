// Mutations of the appointments area: each returns its payload or a typed
// error naming the input field (standardErrors); nothing changes on an error.
import { z } from "zod";
import { builder } from "../../graphql/builder.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { serviceCtx } from "../service-context.ts";
import { UserRef } from "../identity/index.ts";
import { DistrictRef, VolunteerRef } from "../volunteers/index.ts";
import { canCounsel, canRunPool } from "./access.ts";
import { addAvailabilityException, setCounsellorAvailability } from "./availability.service.ts";
import { bookAppointment, cancelAppointment, rescheduleAppointment, setAppointmentPlace } from "./booking.service.ts";
import { resetAppointmentFeed } from "./calendar.service.ts";
import { registerChild, updateChild } from "./children.service.ts";
import { counsellorUserId } from "./graphql-ids.ts";
import { AvailabilityExceptionInput, AvailabilityRuleInput, BookAppointmentInput, ChildInput, OutcomeInput } from "./inputs.ts";
import { assignInterpreter, recordInterpreterPledge, respondToInterpreterRequest } from "./interpreters.service.ts";
import { recordAppointmentOutcome } from "./outcomes.service.ts";
import { AppointmentRef, AssignInterpreterPayloadRef, AvailabilityExceptionRef, ChildRef, CounsellorRef, InterpreterRequestRef } from "./types.ts";

const counselling = { may: canCounsel };
const pool = { may: canRunPool };
const errors = { types: standardErrors };

const CalendarFeedKindEnum = builder.enumType("CalendarFeedKind", { values: ["COUNSELLOR", "INTERPRETER"] as const });

builder.mutationFields((t) => ({
  setCounsellorAvailability: t.prismaField({
    type: CounsellorRef,
    description: "Replaces the counsellor's weekly rules (a counsellor their own, an admin anyone's).",
    authScopes: counselling,
    errors,
    args: { counsellorId: t.arg.globalID({ for: UserRef }), rules: t.arg({ type: [AvailabilityRuleInput] }) },
    resolve: async (query, _root, args, ctx) => {
      const userId = await counsellorUserId(ctx, args.counsellorId.id);
      await setCounsellorAvailability(serviceCtx(ctx), { counsellorId: userId, rules: args.rules });
      return ctx.db.membership.findUniqueOrThrow({ ...query, where: { id: args.counsellorId.id } });
    },
  }),
  addAvailabilityException: t.prismaField({
    type: AvailabilityExceptionRef,
    authScopes: counselling,
    errors,
    args: { input: t.arg({ type: AvailabilityExceptionInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const userId = await counsellorUserId(ctx, input.counsellorId.id);
      const e = await addAvailabilityException(serviceCtx(ctx), { ...input, counsellorId: userId });
      return ctx.db.availabilityException.findUniqueOrThrow({ ...query, where: { id: e.id } });
    },
  }),
  registerChild: t.prismaField({
    type: ChildRef,
    authScopes: counselling,
    errors,
    args: { input: t.arg({ type: ChildInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const c = await registerChild(serviceCtx(ctx), input);
      return ctx.db.child.findUniqueOrThrow({ ...query, where: { id: c.id } });
    },
  }),
  updateChild: t.prismaField({
    type: ChildRef,
    authScopes: counselling,
    errors,
    args: { id: t.arg.globalID({ for: ChildRef }), input: t.arg({ type: ChildInput }) },
    resolve: async (query, _root, args, ctx) => {
      await updateChild(serviceCtx(ctx), { id: args.id.id, child: args.input });
      return ctx.db.child.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  bookAppointment: t.prismaField({
    type: AppointmentRef,
    description: "Books a slot. The same idempotencyKey with the same input answers the appointment booked before; with other input it is refused.",
    authScopes: counselling,
    errors,
    args: { input: t.arg({ type: BookAppointmentInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const counsellorId = await counsellorUserId(ctx, input.counsellorId.id);
      const a = await bookAppointment(serviceCtx(ctx), { ...input, childId: input.childId.id, counsellorId, placeDistrictId: input.placeDistrictId?.id ?? null });
      return ctx.db.appointment.findUniqueOrThrow({ ...query, where: { id: a.id } });
    },
  }),
  rescheduleAppointment: t.prismaField({
    type: AppointmentRef,
    description: "A new time (optionally counsellor and room): the same calendar UID with SEQUENCE raised.",
    authScopes: counselling,
    errors,
    args: {
      id: t.arg.globalID({ for: AppointmentRef }),
      startsAt: t.arg({ type: "DateTime" }),
      counsellorId: t.arg.globalID({ for: UserRef, required: false }),
      room: t.arg.string({ required: false, validate: z.string().max(100) }),
    },
    resolve: async (query, _root, args, ctx) => {
      const counsellorId = args.counsellorId ? await counsellorUserId(ctx, args.counsellorId.id) : null;
      await rescheduleAppointment(serviceCtx(ctx), { id: args.id.id, startsAt: args.startsAt, counsellorId, room: args.room });
      return ctx.db.appointment.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  setAppointmentPlace: t.prismaField({
    type: AppointmentRef,
    description: "Where a booked appointment takes place (a district; null: unknown). Interpreter suggestions rank by the distance from it; the calendar entry does not change.",
    authScopes: counselling,
    errors,
    args: { id: t.arg.globalID({ for: AppointmentRef }), placeDistrictId: t.arg.globalID({ for: DistrictRef, required: false }) },
    resolve: async (query, _root, args, ctx) => {
      await setAppointmentPlace(serviceCtx(ctx), { id: args.id.id, placeDistrictId: args.placeDistrictId?.id ?? null });
      return ctx.db.appointment.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  cancelAppointment: t.prismaField({
    type: AppointmentRef,
    authScopes: counselling,
    errors,
    args: { id: t.arg.globalID({ for: AppointmentRef }), reason: t.arg.string({ required: false, validate: z.string().max(500) }) },
    resolve: async (query, _root, args, ctx) => {
      await cancelAppointment(serviceCtx(ctx), { id: args.id.id, reason: args.reason });
      return ctx.db.appointment.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  recordAppointmentOutcome: t.prismaField({
    type: AppointmentRef,
    description: "After the appointment: the advice given, or a no-show or cancellation.",
    authScopes: counselling,
    errors,
    args: { input: t.arg({ type: OutcomeInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      await recordAppointmentOutcome(serviceCtx(ctx), { ...input, appointmentId: input.appointmentId.id, followUpAppointmentId: input.followUpAppointmentId?.id ?? null });
      return ctx.db.appointment.findUniqueOrThrow({ ...query, where: { id: input.appointmentId.id } });
    },
  }),
  assignInterpreter: t.field({
    type: AssignInterpreterPayloadRef,
    description: "Asks an interpreter of the pool; they accept or decline. exceedsPauschale warns of the Ehrenamtspauschale.",
    authScopes: pool,
    errors,
    args: {
      appointmentId: t.arg.globalID({ for: AppointmentRef }),
      interpreterId: t.arg.globalID({ for: VolunteerRef }),
      kilometres: t.arg.int({ required: false, description: "Travel, billed per km (tariff)." }),
    },
    resolve: (_root, args, ctx) =>
      assignInterpreter(serviceCtx(ctx), { appointmentId: args.appointmentId.id, interpreterId: args.interpreterId.id, kilometres: args.kilometres }),
  }),
  respondToInterpreterRequest: t.prismaField({
    type: InterpreterRequestRef,
    description: "The assigned interpreter accepts or declines; a decline goes back to the coordinators.",
    authScopes: { signedIn: true },
    errors,
    args: { requestId: t.arg.globalID({ for: InterpreterRequestRef }), accept: t.arg.boolean() },
    resolve: async (query, _root, args, ctx) => {
      await respondToInterpreterRequest(serviceCtx(ctx), { requestId: args.requestId.id, accept: args.accept });
      return ctx.db.interpreterRequest.findUniqueOrThrow({ ...query, where: { id: args.requestId.id } });
    },
  }),
  recordInterpreterPledge: t.prismaField({
    type: VolunteerRef,
    description: "Records the signed neutrality and confidentiality pledge (with its date) of a volunteer who offers interpreting.",
    authScopes: pool,
    errors,
    args: { volunteerId: t.arg.globalID({ for: VolunteerRef }), signedOn: t.arg.string({ description: "YYYY-MM-DD" }) },
    resolve: async (query, _root, args, ctx) => {
      await recordInterpreterPledge(serviceCtx(ctx), { volunteerId: args.volunteerId.id, signedOn: args.signedOn });
      return ctx.db.volunteerProfile.findUniqueOrThrow({ ...query, where: { id: args.volunteerId.id } });
    },
  }),
  resetAppointmentCalendarFeed: t.string({
    description: "A new secret address of the caller's appointment feed (as counsellor or interpreter); the old one stops working.",
    authScopes: { signedIn: true },
    errors,
    args: { kind: t.arg({ type: CalendarFeedKindEnum }) },
    resolve: (_root, args, ctx) => resetAppointmentFeed(serviceCtx(ctx), { kind: args.kind }),
  }),
}));

// Training mutations: trainers run courses; volunteers apply and answer offers.
import { enrolment as rules } from "@lotse/domain/schemas";
import type { Context } from "../../context.ts";
import { DomainError } from "../../errors.ts";
import { builder } from "../../graphql/builder.ts";
import { mayTakePartInCourses, mayTeach } from "./access.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { resetCalendarFeed } from "./calendar.service.ts";
import * as cohorts from "./cohorts.service.ts";
import * as completion from "./completion.service.ts";
import * as enrolment from "./enrolment.service.ts";
import { AttendanceEntryInput, CohortInput, CourseInput, SessionInput } from "./inputs.ts";
import { AttendanceRef, CertificateRef, CohortRef, CohortSessionRef, CourseRef, EnrolmentRef } from "./types.ts";
import { serviceCtx } from "../service-context.ts";

const reason = rules.reason;
const trainer = { may: mayTeach } as const;

builder.mutationFields((t) => ({
  createCourse: t.prismaField({
    type: CourseRef,
    authScopes: trainer,
    errors: { types: standardErrors },
    args: { input: t.arg({ type: CourseInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const c = await cohorts.createCourse(serviceCtx(ctx), input);
      return ctx.db.course.findUniqueOrThrow({ ...query, where: { id: c.id } });
    },
  }),
  updateCourse: t.prismaField({
    type: CourseRef,
    authScopes: trainer,
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: CourseRef }), input: t.arg({ type: CourseInput }), expectedVersion: t.arg.string({ required: false, description: "The `version` the form was loaded with: when it changed meanwhile, nothing is saved and the answer is CONFLICT (reload)." }) },
    resolve: async (query, _root, args, ctx) => {
      await cohorts.updateCourse(serviceCtx(ctx), { id: args.id.id, input: args.input , expectedVersion: args.expectedVersion });
      return ctx.db.course.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  createCohort: t.prismaField({
    type: CohortRef,
    authScopes: trainer,
    errors: { types: standardErrors },
    args: { courseId: t.arg.globalID({ for: CourseRef }), input: t.arg({ type: CohortInput }) },
    resolve: async (query, _root, args, ctx) => {
      const c = await cohorts.createCohort(serviceCtx(ctx), { courseId: args.courseId.id, input: await trainerUsers(ctx, args.input) });
      return ctx.db.cohort.findUniqueOrThrow({ ...query, where: { id: c.id } });
    },
  }),
  updateCohort: t.prismaField({
    type: CohortRef,
    authScopes: trainer,
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: CohortRef }), input: t.arg({ type: CohortInput }), expectedVersion: t.arg.string({ required: false, description: "The `version` the form was loaded with: when it changed meanwhile, nothing is saved and the answer is CONFLICT (reload)." }) },
    resolve: async (query, _root, args, ctx) => {
      await cohorts.updateCohort(serviceCtx(ctx), { id: args.id.id, input: await trainerUsers(ctx, args.input) , expectedVersion: args.expectedVersion });
      return ctx.db.cohort.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  openEnrolment: t.prismaField({
    type: CohortRef,
    authScopes: trainer,
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: CohortRef }) },
    resolve: async (query, _root, args, ctx) => {
      await cohorts.openEnrolment(serviceCtx(ctx), { id: args.id.id });
      return ctx.db.cohort.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  cancelCohort: t.prismaField({
    type: CohortRef,
    authScopes: trainer,
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: CohortRef }), reason: t.arg.string({ validate: reason }) },
    resolve: async (query, _root, args, ctx) => {
      await cohorts.cancelCohort(serviceCtx(ctx), { id: args.id.id, reason: args.reason });
      return ctx.db.cohort.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  addCohortSession: t.prismaField({
    type: CohortSessionRef,
    authScopes: trainer,
    errors: { types: standardErrors },
    args: { cohortId: t.arg.globalID({ for: CohortRef }), input: t.arg({ type: SessionInput }) },
    resolve: async (query, _root, args, ctx) => {
      const s = await cohorts.addCohortSession(serviceCtx(ctx), { cohortId: args.cohortId.id, input: args.input });
      return ctx.db.cohortSession.findUniqueOrThrow({ ...query, where: { id: s.id } });
    },
  }),
  updateCohortSession: t.prismaField({
    type: CohortSessionRef,
    authScopes: trainer,
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: CohortSessionRef }), input: t.arg({ type: SessionInput }), expectedVersion: t.arg.string({ required: false, description: "The `version` the form was loaded with: when it changed meanwhile, nothing is saved and the answer is CONFLICT (reload)." }) },
    resolve: async (query, _root, args, ctx) => {
      await cohorts.updateCohortSession(serviceCtx(ctx), { id: args.id.id, input: args.input , expectedVersion: args.expectedVersion });
      return ctx.db.cohortSession.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  removeCohortSession: t.boolean({
    authScopes: trainer,
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: CohortSessionRef }) },
    resolve: async (_root, args, ctx) => {
      await cohorts.removeCohortSession(serviceCtx(ctx), { id: args.id.id });
      return true;
    },
  }),
  applyToCohort: t.prismaField({
    type: EnrolmentRef,
    authScopes: { may: mayTakePartInCourses },
    errors: { types: standardErrors },
    args: { cohortId: t.arg.globalID({ for: CohortRef }), motivation: t.arg.string({ required: false, validate: rules.motivation }) },
    resolve: async (query, _root, args, ctx) => {
      const e = await enrolment.applyToCohort(serviceCtx(ctx), { cohortId: args.cohortId.id, motivation: args.motivation ?? null });
      return ctx.db.enrolment.findUniqueOrThrow({ ...query, where: { id: e.id } });
    },
  }),
  recordAdmissionInterview: t.prismaField({
    type: EnrolmentRef,
    authScopes: trainer,
    errors: { types: standardErrors },
    args: { enrolmentId: t.arg.globalID({ for: EnrolmentRef }), passed: t.arg.boolean(), note: t.arg.string({ required: false, validate: rules.interviewNote }) },
    resolve: async (query, _root, args, ctx) => {
      await enrolment.recordAdmissionInterview(serviceCtx(ctx), { enrolmentId: args.enrolmentId.id, passed: args.passed, note: args.note ?? null });
      return ctx.db.enrolment.findUniqueOrThrow({ ...query, where: { id: args.enrolmentId.id } });
    },
  }),
  setWaitlistPriority: t.prismaField({
    type: EnrolmentRef,
    authScopes: trainer,
    errors: { types: standardErrors },
    args: {
      enrolmentId: t.arg.globalID({ for: EnrolmentRef }),
      priority: t.arg.int({ validate: rules.priority }),
      reason: t.arg.string({ validate: reason }),
    },
    resolve: async (query, _root, args, ctx) => {
      await enrolment.setWaitlistPriority(serviceCtx(ctx), { enrolmentId: args.enrolmentId.id, priority: args.priority, reason: args.reason });
      return ctx.db.enrolment.findUniqueOrThrow({ ...query, where: { id: args.enrolmentId.id } });
    },
  }),
  acceptWaitlistOffer: t.prismaField({
    type: EnrolmentRef,
    authScopes: { may: mayTakePartInCourses },
    errors: { types: standardErrors },
    args: { cohortId: t.arg.globalID({ for: CohortRef }) },
    resolve: async (query, _root, args, ctx) => {
      const e = await enrolment.acceptOffer(serviceCtx(ctx), { cohortId: args.cohortId.id });
      return ctx.db.enrolment.findUniqueOrThrow({ ...query, where: { id: e.id } });
    },
  }),
  declineWaitlistOffer: t.prismaField({
    type: EnrolmentRef,
    authScopes: { may: mayTakePartInCourses },
    errors: { types: standardErrors },
    args: { cohortId: t.arg.globalID({ for: CohortRef }) },
    resolve: async (query, _root, args, ctx) => {
      const e = await enrolment.declineOffer(serviceCtx(ctx), { cohortId: args.cohortId.id });
      return ctx.db.enrolment.findUniqueOrThrow({ ...query, where: { id: e.id } });
    },
  }),
  withdrawFromCohort: t.prismaField({
    type: EnrolmentRef,
    authScopes: { may: mayTakePartInCourses },
    errors: { types: standardErrors },
    args: { cohortId: t.arg.globalID({ for: CohortRef }) },
    resolve: async (query, _root, args, ctx) => {
      const e = await enrolment.withdrawFromCohort(serviceCtx(ctx), { cohortId: args.cohortId.id });
      return ctx.db.enrolment.findUniqueOrThrow({ ...query, where: { id: e.id } });
    },
  }),
  removeParticipant: t.prismaField({
    type: EnrolmentRef,
    authScopes: trainer,
    errors: { types: standardErrors },
    args: { enrolmentId: t.arg.globalID({ for: EnrolmentRef }), reason: t.arg.string({ validate: reason }) },
    resolve: async (query, _root, args, ctx) => {
      await enrolment.removeParticipant(serviceCtx(ctx), { enrolmentId: args.enrolmentId.id, reason: args.reason });
      return ctx.db.enrolment.findUniqueOrThrow({ ...query, where: { id: args.enrolmentId.id } });
    },
  }),
  recordAttendance: t.prismaField({
    type: [AttendanceRef],
    authScopes: trainer,
    errors: { types: standardErrors },
    args: { sessionId: t.arg.globalID({ for: CohortSessionRef }), entries: t.arg({ type: [AttendanceEntryInput], validate: rules.attendanceEntries }) },
    resolve: async (query, _root, args, ctx) => {
      await completion.recordAttendance(serviceCtx(ctx), { sessionId: args.sessionId.id, entries: args.entries.map((e) => ({ enrolmentId: e.enrolmentId.id, status: e.status })) });
      return ctx.db.attendance.findMany({ ...query, where: { sessionId: args.sessionId.id } });
    },
  }),
  completeCohort: t.prismaField({
    type: CohortRef,
    description: "Computes each participant's attendance, issues certificates and qualifications to those at or above the minimum.",
    authScopes: trainer,
    errors: { types: standardErrors },
    args: {
      id: t.arg.globalID({ for: CohortRef }),
      countOnlyHeldSessions: t.arg.boolean({
        required: false,
        description: "Before the last session: count only the sessions held (the rest are dropped). Without it: CONFIRMATION_REQUIRED.",
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      await completion.completeCohort(serviceCtx(ctx), { cohortId: args.id.id, countOnlyHeldSessions: args.countOnlyHeldSessions ?? false });
      return ctx.db.cohort.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  resetCalendarFeed: t.string({
    description: "Creates (or replaces) the secret address of the volunteer's private calendar feed and returns it; the old address stops working. Shown only now.",
    authScopes: { may: mayTakePartInCourses },
    errors: { types: standardErrors },
    resolve: (_root, _args, ctx) => resetCalendarFeed(serviceCtx(ctx)),
  }),
  revokeCertificate: t.prismaField({
    type: CertificateRef,
    authScopes: trainer,
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: CertificateRef }), reason: t.arg.string({ validate: reason }) },
    resolve: async (query, _root, args, ctx) => {
      await completion.revokeCertificate(serviceCtx(ctx), { certificateId: args.id.id, reason: args.reason });
      return ctx.db.certificate.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
}));

/** Trainer IDs in the API are User (membership) IDs; the cohort stores the people's user ids. */
async function trainerUsers(ctx: Context, input: typeof CohortInput.$inferInput) {
  const ids = [...new Set(input.trainerIds.map((g) => g.id))];
  const memberships = await ctx.db.membership.findMany({ where: { id: { in: ids } }, select: { userId: true } });
  if (memberships.length !== ids.length) throw new DomainError("VALIDATION", "training.unknownTrainer", "trainerIds");
  const { trainerIds: _membershipIds, ...rest } = input;
  return { ...rest, trainerUserIds: memberships.map((m) => m.userId) };
}

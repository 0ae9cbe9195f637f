// Volunteers mutations: resolvers check the caller and translate IDs; the rules
// are in the services.
import { minutesOfDay } from "@lotse/domain/bounds";
import { email, hours as hourRules, token, volunteers as volunteerRules } from "@lotse/domain/schemas";
import { DomainError, TooManyAttemptsError } from "../../errors.ts";
import { builder } from "../../graphql/builder.ts";
import { mayActAsVolunteer, mayCoordinateVolunteers, mayReviewHours } from "./access.ts";
import { standardErrors } from "../../graphql/errors.ts";
import * as allowances from "./allowances.service.ts";
import * as hours from "./hours.service.ts";
import { AllowancePaymentInput, ConductCertificateInput, HourLogInput, RegisterVolunteerInput, VolunteerProfileInput } from "./inputs.ts";
import { registerVolunteer, resendVerificationEmail, verifyEmail } from "./registration.service.ts";
import { HourLogRef, ReviewDecisionEnum, VolunteerRef } from "./types.ts";
import * as volunteers from "./volunteers.service.ts";
import { serviceCtx } from "../service-context.ts";

const reason = volunteerRules.reason;

type ProfileArgs = {
  phone?: string | null;
  germanLevel: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | "NATIVE";
  languages: { code: string; level: "A1" | "A2" | "B1" | "B2" | "C1" | "C2" | "NATIVE"; interpreting: boolean }[];
  topicIds: { id: string }[];
  availability: { weekday: number; start: string; end: string }[];
  districtId?: { id: string } | null;
  maxTandems: number;
  offersInterpreting: boolean;
};

function profileInput(input: ProfileArgs) {
  return {
    phone: input.phone,
    germanLevel: input.germanLevel,
    languages: input.languages,
    topicIds: input.topicIds.map((t) => t.id),
    availability: input.availability.map((a) => ({ weekday: a.weekday, startMinute: minutesOfDay(a.start), endMinute: minutesOfDay(a.end) })),
    districtId: input.districtId?.id ?? null,
    maxTandems: input.maxTandems,
    offersInterpreting: input.offersInterpreting,
  };
}

const hourLogInput = (input: { date: string; minutes: number; activityTypeId: { id: string }; cohortId?: { id: string; typename: string } | null; tandemId?: { id: string; typename: string } | null; note?: string | null }) => {
  if (input.cohortId && input.cohortId.typename !== "Cohort") throw new DomainError("VALIDATION", "hours.unknownCourse", "cohortId");
  if (input.tandemId && input.tandemId.typename !== "Tandem") throw new DomainError("VALIDATION", "hours.unknownTandem", "tandemId");
  return { date: input.date, minutes: input.minutes, activityTypeId: input.activityTypeId.id, cohortId: input.cohortId?.id ?? null, tandemId: input.tandemId?.id ?? null, note: input.note };
};

builder.mutationFields((t) => ({
  registerVolunteer: t.boolean({
    description: "Public sign-up. Answers the same whether or not the email already has an account.",
    authScopes: { public: true },
    errors: { types: [...standardErrors, TooManyAttemptsError] },
    args: { input: t.arg({ type: RegisterVolunteerInput }) },
    resolve: async (_root, { input }, ctx) => {
      await registerVolunteer(serviceCtx(ctx), { caller: { ip: ctx.clientIp }, input: {
        ...profileInput(input),
        organizationSlug: input.organizationSlug,
        name: input.name,
        email: input.email,
        password: input.password,
        consent: input.consent,
        consentVersion: input.consentVersion,
      } });
      return true;
    },
  }),
  verifyEmail: t.boolean({
    authScopes: { public: true },
    errors: { types: standardErrors },
    args: { token: t.arg.string({ validate: token }) },
    resolve: async (_root, args, ctx) => {
      await verifyEmail(serviceCtx(ctx), { token: args.token });
      return true;
    },
  }),
  resendVerificationEmail: t.boolean({
    description: "Sends a new verification link to an unconfirmed sign-up. Answers the same for every address.",
    authScopes: { public: true },
    errors: { types: standardErrors },
    args: { email: t.arg.string({ validate: email }) },
    resolve: async (_root, args, ctx) => {
      await resendVerificationEmail(serviceCtx(ctx), { rawEmail: args.email });
      return true;
    },
  }),
  updateMyVolunteerProfile: t.prismaField({
    type: VolunteerRef,
    authScopes: { may: mayActAsVolunteer },
    errors: { types: standardErrors },
    args: { input: t.arg({ type: VolunteerProfileInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const updated = await volunteers.updateMyProfile(serviceCtx(ctx), { ...profileInput(input), name: input.name });
      return ctx.db.volunteerProfile.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  withdrawConsent: t.prismaField({
    type: VolunteerRef,
    description: "Withdraws consent to data processing; an active volunteer is paused.",
    authScopes: { may: mayActAsVolunteer },
    errors: { types: standardErrors },
    resolve: async (query, _root, _args, ctx) => {
      const updated = await volunteers.setMyConsent(serviceCtx(ctx), { give: false });
      return ctx.db.volunteerProfile.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  giveConsent: t.prismaField({
    type: VolunteerRef,
    description: "Gives consent (again) to the current consent text; a coordinator can then reactivate.",
    authScopes: { may: mayActAsVolunteer },
    errors: { types: standardErrors },
    args: { consentVersion: t.arg.int() },
    resolve: async (query, _root, args, ctx) => {
      const updated = await volunteers.setMyConsent(serviceCtx(ctx), { give: true, version: args.consentVersion });
      return ctx.db.volunteerProfile.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  reviewVolunteer: t.prismaField({
    type: VolunteerRef,
    authScopes: { may: mayCoordinateVolunteers },
    errors: { types: standardErrors },
    args: {
      id: t.arg.globalID({ for: VolunteerRef }),
      decision: t.arg({ type: ReviewDecisionEnum }),
      reason: t.arg.string({ required: false, validate: reason }),
      worksWithChildren: t.arg.boolean({
        required: false,
        description:
          "Will the person work with children or young people? Needed to approve someone whose Führungszeugnis does not clear them (§ 72a SGB VIII): unanswered or true is refused, false approves.",
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      await volunteers.reviewVolunteer(serviceCtx(ctx), { id: args.id.id, decision: args.decision, reason: args.reason ?? null, worksWithChildren: args.worksWithChildren ?? null });
      return ctx.db.volunteerProfile.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  pauseVolunteer: t.prismaField({
    type: VolunteerRef,
    authScopes: { may: mayCoordinateVolunteers },
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: VolunteerRef }), reason: t.arg.string({ required: false, validate: reason }) },
    resolve: async (query, _root, args, ctx) => {
      await volunteers.pauseVolunteer(serviceCtx(ctx), { id: args.id.id, reason: args.reason ?? null });
      return ctx.db.volunteerProfile.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  endVolunteering: t.prismaField({
    type: VolunteerRef,
    description: "Ends an approved or paused volunteer's volunteering; their Führungszeugnis records are deleted a set number of months later.",
    authScopes: { may: mayCoordinateVolunteers },
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: VolunteerRef }), reason: t.arg.string({ required: false, validate: reason }) },
    resolve: async (query, _root, args, ctx) => {
      await volunteers.endVolunteering(serviceCtx(ctx), { id: args.id.id, reason: args.reason ?? null });
      return ctx.db.volunteerProfile.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  reactivateVolunteer: t.prismaField({
    type: VolunteerRef,
    authScopes: { may: mayCoordinateVolunteers },
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: VolunteerRef }) },
    resolve: async (query, _root, args, ctx) => {
      await volunteers.reactivateVolunteer(serviceCtx(ctx), { id: args.id.id });
      return ctx.db.volunteerProfile.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  recordConductCertificate: t.prismaField({
    type: VolunteerRef,
    description: "Records that a Führungszeugnis was inspected (never the document itself).",
    authScopes: { may: mayCoordinateVolunteers },
    errors: { types: standardErrors },
    args: { volunteerId: t.arg.globalID({ for: VolunteerRef }), input: t.arg({ type: ConductCertificateInput }) },
    resolve: async (query, _root, args, ctx) => {
      await volunteers.recordConductCertificate(serviceCtx(ctx), { volunteerId: args.volunteerId.id, input: args.input });
      return ctx.db.volunteerProfile.findUniqueOrThrow({ ...query, where: { id: args.volunteerId.id } });
    },
  }),
  logHours: t.prismaField({
    type: HourLogRef,
    authScopes: { may: mayActAsVolunteer },
    errors: { types: standardErrors },
    args: { input: t.arg({ type: HourLogInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const log = await hours.logHours(serviceCtx(ctx), hourLogInput(input));
      return ctx.db.hourLog.findUniqueOrThrow({ ...query, where: { id: log.id } });
    },
  }),
  updateHourLog: t.prismaField({
    type: HourLogRef,
    authScopes: { may: mayActAsVolunteer },
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: HourLogRef }), input: t.arg({ type: HourLogInput }) },
    resolve: async (query, _root, args, ctx) => {
      const log = await hours.updateHourLog(serviceCtx(ctx), { id: args.id.id, input: hourLogInput(args.input) });
      return ctx.db.hourLog.findUniqueOrThrow({ ...query, where: { id: log.id } });
    },
  }),
  deleteHourLog: t.boolean({
    authScopes: { may: mayActAsVolunteer },
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: HourLogRef }) },
    resolve: async (_root, args, ctx) => {
      await hours.deleteHourLog(serviceCtx(ctx), { id: args.id.id });
      return true;
    },
  }),
  reviewHourLogs: t.prismaField({
    type: [HourLogRef],
    description: "Approves or rejects pending entries (one or many). Returns the entries this call decided.",
    authScopes: { may: mayReviewHours },
    errors: { types: standardErrors },
    args: {
      ids: t.arg.globalIDList({ for: HourLogRef, validate: hourRules.reviewIds }),
      decision: t.arg({ type: ReviewDecisionEnum }),
      reason: t.arg.string({ required: false, validate: reason }),
    },
    resolve: async (query, _root, args, ctx) => {
      const decided = await hours.reviewHourLogs(serviceCtx(ctx), { ids: args.ids.map((i) => i.id), decision: args.decision, reason: args.reason ?? null });
      return ctx.db.hourLog.findMany({ ...query, where: { id: { in: decided } }, orderBy: { createdAt: "asc" } });
    },
  }),
  recordAllowancePayment: t.prismaField({
    type: "AllowancePayment",
    authScopes: { may: mayCoordinateVolunteers },
    errors: { types: standardErrors },
    args: { input: t.arg({ type: AllowancePaymentInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const payment = await allowances.recordAllowancePayment(serviceCtx(ctx), { ...input, volunteerId: input.volunteerId.id, activityTypeId: input.activityTypeId?.id ?? null });
      return ctx.db.allowancePayment.findUniqueOrThrow({ ...query, where: { id: payment.id } });
    },
  }),
}));

// Mutations of the tandems area: resolvers check the role and translate ids;
// the rules (and the finer "who may") are in the services and access.ts.
import { minutesOfDay } from "@lotse/domain/bounds";
import { builder } from "../../graphql/builder.ts";
import { canChangeMatchingSettings, mayCoordinateMatching } from "./access.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { serviceCtx } from "../service-context.ts";
import { VolunteerRef } from "../volunteers/index.ts";
import * as families from "./families.service.ts";
import { ConfirmAssignmentsInput, LogContactInput, MatchingSettingsInput, RegisterFamilyInput, UpdateFamilyInput } from "./inputs.ts";
import { updateMatchingSettings } from "./settings.service.ts";
import * as tandems from "./tandems.service.ts";
import { setVolunteerGender } from "./volunteer-gender.service.ts";
import { FamilyRef, MatchingSettingsRef, TandemContactRef, TandemEndReasonEnum, TandemRef, VolunteerGenderEnum } from "./types.ts";

type FamilyArgs = typeof UpdateFamilyInput.$inferInput;

const familyInput = (input: FamilyArgs): families.FamilyInput => ({
  addressedAs: input.addressedAs,
  members: input.members,
  languages: input.languages,
  germanLevel: input.germanLevel ?? null,
  districtId: input.districtId?.id ?? null,
  address: input.address,
  phone: input.phone,
  needIds: input.needIds.map((n) => n.id),
  wishes: input.wishes,
  requiredLanguage: input.requiredLanguage,
  wantsWomanVolunteer: input.wantsWomanVolunteer ?? false,
  minimumSharedLevel: input.minimumSharedLevel ?? null,
  times: input.times.map((w) => ({ weekday: w.weekday, startMinute: minutesOfDay(w.start), endMinute: minutesOfDay(w.end) })),
  arrivalDate: input.arrivalDate,
  waitingSince: input.waitingSince,
  art9Consent: input.art9Consent,
  restrictedNote: input.restrictedNote,
});

builder.mutationFields((t) => ({
  registerFamily: t.prismaField({
    type: FamilyRef,
    description: "Records a family with its consent (version and time).",
    authScopes: { may: mayCoordinateMatching },
    errors: { types: standardErrors },
    args: { input: t.arg({ type: RegisterFamilyInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const family = await families.registerFamily(serviceCtx(ctx), { ...familyInput(input), consent: input.consent, consentVersion: input.consentVersion });
      return ctx.db.family.findUniqueOrThrow({ ...query, where: { id: family.id } });
    },
  }),
  updateFamily: t.prismaField({
    type: FamilyRef,
    description: "Changes a family. Withdrawing Art. 9 consent deletes the restricted note.",
    authScopes: { may: mayCoordinateMatching },
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: FamilyRef }), input: t.arg({ type: UpdateFamilyInput }) },
    resolve: async (query, _root, args, ctx) => {
      await families.updateFamily(serviceCtx(ctx), args.id.id, familyInput(args.input));
      return ctx.db.family.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  closeFamily: t.prismaField({
    type: FamilyRef,
    authScopes: { may: mayCoordinateMatching },
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: FamilyRef }), reason: t.arg.string() },
    resolve: async (query, _root, args, ctx) => {
      await families.closeFamily(serviceCtx(ctx), args.id.id, args.reason);
      return ctx.db.family.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  proposeMatch: t.prismaField({
    type: TandemRef,
    description: "Proposes a tandem; the volunteer is emailed. The explanation shown now is stored with it.",
    authScopes: { may: mayCoordinateMatching },
    errors: { types: standardErrors },
    args: { familyId: t.arg.globalID({ for: FamilyRef }), volunteerId: t.arg.globalID({ for: VolunteerRef }) },
    resolve: async (query, _root, args, ctx) => {
      const tandem = await tandems.proposeMatch(serviceCtx(ctx), { familyId: args.familyId.id, volunteerId: args.volunteerId.id });
      return ctx.db.tandem.findUniqueOrThrow({ ...query, where: { id: tandem.id } });
    },
  }),
  confirmAssignments: t.prismaField({
    type: [TandemRef],
    description: "The reviewed batch: every pair becomes a PROPOSED tandem, or none does (the refused pair is named: pairs.N).",
    authScopes: { may: mayCoordinateMatching },
    errors: { types: standardErrors },
    args: { input: t.arg({ type: ConfirmAssignmentsInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await tandems.confirmAssignments(serviceCtx(ctx), input.pairs.map((p) => ({ familyId: p.familyId.id, volunteerId: p.volunteerId.id })));
      return ctx.db.tandem.findMany({ ...query, where: { id: { in: created.map((c) => c.id) } }, orderBy: { proposedAt: "asc" } });
    },
  }),
  respondToMatch: t.prismaField({
    type: TandemRef,
    description: "The volunteer accepts a proposal or declines it with a reason (the coordinator is emailed).",
    authScopes: { signedIn: true },
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: TandemRef }), accept: t.arg.boolean(), reason: t.arg.string({ required: false }) },
    resolve: async (query, _root, args, ctx) => {
      await tandems.respondToMatch(serviceCtx(ctx), { id: args.id.id, accept: args.accept, reason: args.reason });
      return ctx.db.tandem.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  pauseMatch: t.prismaField({
    type: TandemRef,
    authScopes: { signedIn: true },
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: TandemRef }), reason: t.arg.string({ required: false }) },
    resolve: async (query, _root, args, ctx) => {
      await tandems.pauseMatch(serviceCtx(ctx), { id: args.id.id, reason: args.reason });
      return ctx.db.tandem.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  resumeMatch: t.prismaField({
    type: TandemRef,
    authScopes: { signedIn: true },
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: TandemRef }) },
    resolve: async (query, _root, args, ctx) => {
      await tandems.resumeMatch(serviceCtx(ctx), { id: args.id.id });
      return ctx.db.tandem.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  endMatch: t.prismaField({
    type: TandemRef,
    description: "Ends a tandem with a reason (OTHER needs a note); a coordinator also withdraws a proposal this way.",
    authScopes: { signedIn: true },
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: TandemRef }), reason: t.arg({ type: TandemEndReasonEnum }), note: t.arg.string({ required: false }) },
    resolve: async (query, _root, args, ctx) => {
      await tandems.endMatch(serviceCtx(ctx), { id: args.id.id, reason: args.reason, note: args.note });
      return ctx.db.tandem.findUniqueOrThrow({ ...query, where: { id: args.id.id } });
    },
  }),
  logContact: t.prismaField({
    type: TandemContactRef,
    description: "Records a contact of an active (or paused) tandem: its volunteer or a coordinator.",
    authScopes: { signedIn: true },
    errors: { types: standardErrors },
    args: { input: t.arg({ type: LogContactInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const contact = await tandems.logContact(serviceCtx(ctx), { ...input, tandemId: input.tandemId.id });
      return ctx.db.tandemContact.findUniqueOrThrow({ ...query, where: { id: contact.id } });
    },
  }),
  updateMatchingSettings: t.field({
    type: MatchingSettingsRef,
    authScopes: { may: canChangeMatchingSettings },
    errors: { types: standardErrors },
    args: { input: t.arg({ type: MatchingSettingsInput }) },
    resolve: (_root, { input }, ctx) =>
      updateMatchingSettings(serviceCtx(ctx), {
        weights: input.weights ? Object.fromEntries(input.weights.map((w) => [w.criterion, w.weight])) : null,
        noContactAlertDays: input.noContactAlertDays,
        allowSeveralActivePerFamily: input.allowSeveralActivePerFamily,
      }),
  }),
  setVolunteerGender: t.prismaField({
    type: VolunteerRef,
    description: "The volunteer's gender as they state it (themself or a coordinator), read only for a family's wish for a woman as volunteer.",
    authScopes: { signedIn: true },
    errors: { types: standardErrors },
    args: { volunteerId: t.arg.globalID({ for: VolunteerRef }), gender: t.arg({ type: VolunteerGenderEnum, required: false }) },
    resolve: async (query, _root, args, ctx) => {
      await setVolunteerGender(serviceCtx(ctx), { volunteerId: args.volunteerId.id, gender: args.gender ?? null });
      return ctx.db.volunteerProfile.findUniqueOrThrow({ ...query, where: { id: args.volunteerId.id } });
    },
  }),
}));

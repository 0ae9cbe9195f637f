// GraphQL inputs of the tandems area. Shape only (types, lengths); the rules
// that need the database or the clock are in the services, which name the field.
import { minutesOfDay } from "@lotse/domain/bounds";
import { availabilityTime } from "@lotse/domain/schemas";
import { FAMILY, TANDEM } from "@lotse/domain/matching";
import { z } from "zod";
import { builder } from "../../graphql/builder.ts";
import { DistrictRef, LanguageLevelEnum, TopicRef, VolunteerRef } from "../volunteers/index.ts";
import { ContactKindEnum, FamilyRef, FamilyStatusEnum, MatchCriterionEnum, TandemRef, TandemStatusEnum } from "./types.ts";

const max = (n: number) => z.string().max(n, "validation.tooLong");

const FamilyMemberInput = builder.inputType("FamilyMemberInput", {
  fields: (t) => ({
    firstName: t.string({ validate: max(FAMILY.firstNameMax) }),
    birthYear: t.int(),
    adult: t.boolean(),
  }),
});

const FamilyLanguageInput = builder.inputType("FamilyLanguageInput", {
  fields: (t) => ({
    code: t.string({ description: "ISO 639-1, e.g. ar, uk, fa" }),
    level: t.field({ type: LanguageLevelEnum }),
  }),
});

const FamilyTimeInput = builder.inputType("FamilyTimeInput", {
  fields: (t) => ({
    weekday: t.int({ description: "ISO weekday, 1 = Monday" }),
    start: t.string({ description: "HH:MM", validate: availabilityTime }),
    end: t.string({ description: "HH:MM", validate: availabilityTime }),
  }),
  validate: z
    .looseObject({ start: z.string(), end: z.string() })
    .refine((a) => minutesOfDay(a.start) < minutesOfDay(a.end), { message: "validation.timeOrder", path: ["end"] }),
});

const familyFields = (t: Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0]) => ({
  addressedAs: t.string({ description: "How the family wants to be addressed (\"Familie Haddad\")." }),
  members: t.field({ type: [FamilyMemberInput] }),
  languages: t.field({ type: [FamilyLanguageInput] }),
  germanLevel: t.field({ type: LanguageLevelEnum, required: false }),
  districtId: t.globalID({ for: DistrictRef, required: false }),
  address: t.string({ required: false }),
  phone: t.string({ required: false }),
  needIds: t.globalIDList({ for: TopicRef, description: "Topics of the organisation's list." }),
  wishes: t.string({ required: false }),
  requiredLanguage: t.string({ required: false, description: "Hard preference: the volunteer must speak this language (ISO 639-1)." }),
  wantsWomanVolunteer: t.boolean({ defaultValue: false }),
  minimumSharedLevel: t.field({ type: LanguageLevelEnum, required: false, description: "The level a shared language must reach on both sides (default B1)." }),
  times: t.field({ type: [FamilyTimeInput], description: "Weekly windows that suit the family." }),
  arrivalDate: t.string({ required: false, description: "YYYY-MM-DD" }),
  waitingSince: t.string({ required: false, description: "YYYY-MM-DD; registering: default today." }),
  art9Consent: t.boolean({ description: "Explicit consent to store special categories (health, religion; Art. 9 DSGVO). Withdrawing it deletes the restricted note." }),
  restrictedNote: t.string({ required: false, description: "Art. 9 data: only with art9Consent; shown only to coordinators." }),
});

export const RegisterFamilyInput = builder.inputType("RegisterFamilyInput", {
  fields: (t) => ({
    ...familyFields(t),
    consent: t.boolean({ description: "The family consented to the processing of its data." }),
    consentVersion: t.int({ description: "The version of the consent form the family signed." }),
  }),
});

export const UpdateFamilyInput = builder.inputType("UpdateFamilyInput", { fields: (t) => familyFields(t) });

export const FamiliesFilter = builder.inputType("FamiliesFilter", {
  fields: (t) => ({
    status: t.field({ type: FamilyStatusEnum, required: false }),
    language: t.string({ required: false, description: "ISO 639-1" }),
    districtId: t.globalID({ for: DistrictRef, required: false }),
    waitingSince: t.string({ required: false, description: "Waiting since this day (YYYY-MM-DD) or earlier." }),
    needId: t.globalID({ for: TopicRef, required: false }),
  }),
});

export const MatchesFilter = builder.inputType("MatchesFilter", {
  fields: (t) => ({
    status: t.field({ type: TandemStatusEnum, required: false }),
    familyId: t.globalID({ for: FamilyRef, required: false }),
    volunteerId: t.globalID({ for: VolunteerRef, required: false }),
    needsContact: t.boolean({ required: false, description: "Only ACTIVE tandems without contact for the alert days." }),
  }),
});

export const PairInput = builder.inputType("MatchPairInput", {
  fields: (t) => ({
    familyId: t.globalID({ for: FamilyRef }),
    volunteerId: t.globalID({ for: VolunteerRef }),
  }),
});

export const ProposeAssignmentsInput = builder.inputType("ProposeAssignmentsInput", {
  fields: (t) => ({
    familyIds: t.globalIDList({ for: FamilyRef, required: false, description: "The selected families; empty or absent: every waiting family." }),
    pinned: t.field({ type: [PairInput], required: false, description: "Pairs that must be in the proposal (earlier ones win conflicts)." }),
    forbidden: t.field({ type: [PairInput], required: false, description: "Pairs that must not be." }),
  }),
});

export const ConfirmAssignmentsInput = builder.inputType("ConfirmAssignmentsInput", {
  fields: (t) => ({ pairs: t.field({ type: [PairInput], description: "The reviewed pairs: each becomes a PROPOSED tandem, or none does." }) }),
});

export const LogContactInput = builder.inputType("LogContactInput", {
  fields: (t) => ({
    tandemId: t.globalID({ for: TandemRef }),
    date: t.string({ description: "YYYY-MM-DD, not in the future" }),
    kind: t.field({ type: ContactKindEnum }),
    minutes: t.int({ required: false }),
    note: t.string({ required: false, validate: max(TANDEM.contactNoteMax) }),
  }),
});

const WeightInput = builder.inputType("MatchWeightInput", {
  fields: (t) => ({ criterion: t.field({ type: MatchCriterionEnum }), weight: t.int() }),
});

export const MatchingSettingsInput = builder.inputType("MatchingSettingsInput", {
  fields: (t) => ({
    weights: t.field({ type: [WeightInput], required: false }),
    noContactAlertDays: t.int({ required: false }),
    allowSeveralActivePerFamily: t.boolean({ required: false }),
  }),
});

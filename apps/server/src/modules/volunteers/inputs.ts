// GraphQL input types of the volunteers area; their shape rules are @lotse/domain/schemas.
// Rules that need the database or settings live in the services.
import { minutesOfDay } from "@lotse/domain/bounds";
import { allowance, availabilityTime, email, hours, isoDate, languageCode, password, personName, profile, volunteers, year } from "@lotse/domain/schemas";
import { z } from "zod";
import { builder } from "../../graphql/builder.ts";
import { AllowanceKindEnum, DistrictRef, LanguageLevelEnum, ReviewStatusEnum, TopicRef, ActivityTypeRef, CertificateStateEnum, VolunteerStatusEnum, VolunteerRef } from "./types.ts";

const LanguageInput = builder.inputType("VolunteerLanguageInput", {
  fields: (t) => ({
    code: t.string({ description: "ISO 639-1, e.g. ar, uk, fa", validate: languageCode }),
    level: t.field({ type: LanguageLevelEnum }),
    interpreting: t.boolean({ defaultValue: false }),
  }),
});

const AvailabilityInput = builder.inputType("AvailabilityInput", {
  fields: (t) => ({
    weekday: t.int({ description: "ISO weekday, 1 = Monday", validate: profile.weekday }),
    start: t.string({ description: "HH:MM", validate: availabilityTime }),
    end: t.string({ description: "HH:MM", validate: availabilityTime }),
  }),
  // A loose object: the validation plugin passes on what zod returns, and a strict one would drop `weekday`.
  validate: z
    .looseObject({ start: z.string(), end: z.string() })
    .refine((a) => minutesOfDay(a.start) < minutesOfDay(a.end), { message: "validation.timeOrder", path: ["end"] }),
});

const profileFields = (t: Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0]) => ({
  phone: t.string({ required: false, validate: profile.phone }),
  germanLevel: t.field({ type: LanguageLevelEnum }),
  languages: t.field({ type: [LanguageInput], validate: profile.languages }),
  topicIds: t.globalIDList({ for: TopicRef, validate: profile.topicIds }),
  availability: t.field({ type: [AvailabilityInput], validate: profile.availability }),
  districtId: t.globalID({ for: DistrictRef, required: false }),
  maxTandems: t.int({ validate: profile.maxTandems }),
  offersInterpreting: t.boolean(),
});

export const RegisterVolunteerInput = builder.inputType("RegisterVolunteerInput", {
  fields: (t) => ({
    organizationSlug: t.string({ validate: volunteers.organizationSlug }),
    name: t.string({ validate: personName }),
    email: t.string({ validate: email }),
    password: t.string({ validate: password }),
    consent: t.boolean(),
    consentVersion: t.int(),
    ...profileFields(t),
  }),
});

export const VolunteerProfileInput = builder.inputType("VolunteerProfileInput", {
  fields: (t) => ({
    name: t.string({ required: false, validate: personName }),
    ...profileFields(t),
  }),
});

export const VolunteersFilter = builder.inputType("VolunteersFilter", {
  fields: (t) => ({
    status: t.field({ type: VolunteerStatusEnum, required: false }),
    languageCode: t.string({ required: false, validate: languageCode }),
    topicId: t.globalID({ for: TopicRef, required: false }),
    districtId: t.globalID({ for: DistrictRef, required: false }),
    interpreter: t.boolean({ required: false }),
    certificateState: t.field({ type: CertificateStateEnum, required: false }),
    search: t.string({ required: false, validate: volunteers.search }),
    inactive: t.boolean({ required: false, description: "true: only volunteers flagged as inactive (no hours for the organisation's inactivity period); false: only the others." }),
  }),
});

export const ConductCertificateInput = builder.inputType("ConductCertificateInput", {
  fields: (t) => ({
    inspectedOn: t.string({ description: "YYYY-MM-DD", validate: isoDate }),
    issuedOn: t.string({ description: "YYYY-MM-DD", validate: isoDate }),
    hasRelevantEntry: t.boolean(),
  }),
});

export const HourLogInput = builder.inputType("HourLogInput", {
  fields: (t) => ({
    date: t.string({ description: "YYYY-MM-DD", validate: isoDate }),
    minutes: t.int({ validate: hours.minutes }),
    activityTypeId: t.globalID({ for: ActivityTypeRef }),
    cohortId: t.globalID({ required: false, description: "Optional: one of the volunteer's own courses (a cohort where they hold a place)." }),
    tandemId: t.globalID({ required: false, description: "Optional: the volunteer's own active tandem the hours were for." }),
    note: t.string({ required: false, validate: hours.note }),
  }),
});

export const HourLogsFilter = builder.inputType("HourLogsFilter", {
  fields: (t) => ({
    volunteerId: t.globalID({ for: VolunteerRef, required: false }),
    status: t.field({ type: ReviewStatusEnum, required: false }),
    from: t.string({ required: false, validate: isoDate }),
    to: t.string({ required: false, validate: isoDate }),
  }),
});

export const AllowancePaymentInput = builder.inputType("AllowancePaymentInput", {
  fields: (t) => ({
    volunteerId: t.globalID({ for: VolunteerRef }),
    year: t.int({ validate: year }),
    kind: t.field({ type: AllowanceKindEnum }),
    amountCents: t.int({ required: false, validate: allowance.amountCents, description: "Not for MILEAGE: kilometres × the organisation's rate." }),
    paidOn: t.string({ description: "YYYY-MM-DD", validate: isoDate }),
    note: t.string({ required: false, validate: allowance.note }),
    activityTypeId: t.globalID({ for: ActivityTypeRef, required: false, description: "The activity paid for: required for the two tax-free allowances." }),
    receiptReference: t.string({ required: false, validate: allowance.receiptReference, description: "Required for EXPENSE_REIMBURSEMENT." }),
    kilometres: t.int({ required: false, validate: allowance.kilometres, description: "Required for MILEAGE." }),
  }),
});

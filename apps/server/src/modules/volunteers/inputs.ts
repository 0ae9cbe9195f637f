// GraphQL input types of the volunteers area with their shape rules (zod).
// Rules that need the database or settings live in the services.
import { ISO_DATE, isIsoDate } from "@lotse/domain/calendar-date";
import { z } from "zod";
import { builder } from "../../graphql/builder.ts";
import { AllowanceKindEnum, DistrictRef, LanguageLevelEnum, ReviewStatusEnum, TopicRef, ActivityTypeRef, CertificateStateEnum, VolunteerStatusEnum, VolunteerRef } from "./types.ts";

const isoDate = z.string().regex(ISO_DATE, "date.invalid").refine(isIsoDate, "date.invalid");
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "validation.time");

export const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const LanguageInput = builder.inputType("VolunteerLanguageInput", {
  fields: (t) => ({
    code: t.string({ description: "ISO 639-1, e.g. ar, uk, fa", validate: z.string().regex(/^[a-zA-Z]{2}$/, "validation.languageCode") }),
    level: t.field({ type: LanguageLevelEnum }),
    interpreting: t.boolean({ defaultValue: false }),
  }),
});

const AvailabilityInput = builder.inputType("AvailabilityInput", {
  fields: (t) => ({
    weekday: t.int({ description: "ISO weekday, 1 = Monday", validate: z.number().int().min(1, "validation.weekday").max(7, "validation.weekday") }),
    start: t.string({ description: "HH:MM", validate: time }),
    end: t.string({ description: "HH:MM", validate: time }),
  }),
  // A loose object: the validation plugin passes on what zod returns, and a strict one would drop `weekday`.
  validate: z
    .looseObject({ start: z.string(), end: z.string() })
    .refine((a) => toMinutes(a.start) < toMinutes(a.end), { message: "validation.timeOrder", path: ["end"] }),
});

const profileFields = (t: Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0]) => ({
  phone: t.string({ required: false, validate: z.string().max(40, "validation.tooLong").regex(/^[0-9+()\/\s-]*$/, "validation.phone") }),
  germanLevel: t.field({ type: LanguageLevelEnum }),
  languages: t.field({ type: [LanguageInput], validate: z.array(z.any()).max(20, "validation.tooMany") }),
  topicIds: t.globalIDList({ for: TopicRef, validate: z.array(z.any()).max(50, "validation.tooMany") }),
  availability: t.field({ type: [AvailabilityInput], validate: z.array(z.any()).max(21, "validation.tooMany") }),
  districtId: t.globalID({ for: DistrictRef, required: false }),
  maxTandems: t.int({ validate: z.number().int().min(0, "validation.range").max(20, "validation.range") }),
  offersInterpreting: t.boolean(),
});

export const RegisterVolunteerInput = builder.inputType("RegisterVolunteerInput", {
  fields: (t) => ({
    organizationSlug: t.string({ validate: z.string().min(1, "validation.required").max(100, "validation.tooLong") }),
    name: t.string({ validate: z.string().trim().min(1, "validation.required").max(200, "validation.tooLong") }),
    email: t.string({ validate: z.string().trim().min(1, "validation.required").max(254, "validation.tooLong").email("validation.email") }),
    password: t.string({ validate: z.string().min(1, "validation.required").max(1024, "validation.tooLong") }),
    consent: t.boolean(),
    consentVersion: t.int(),
    ...profileFields(t),
  }),
});

export const VolunteerProfileInput = builder.inputType("VolunteerProfileInput", {
  fields: (t) => ({
    name: t.string({ required: false, validate: z.string().trim().min(1, "validation.required").max(200, "validation.tooLong") }),
    ...profileFields(t),
  }),
});

export const VolunteersFilter = builder.inputType("VolunteersFilter", {
  fields: (t) => ({
    status: t.field({ type: VolunteerStatusEnum, required: false }),
    languageCode: t.string({ required: false, validate: z.string().regex(/^[a-zA-Z]{2}$/, "validation.languageCode") }),
    topicId: t.globalID({ for: TopicRef, required: false }),
    districtId: t.globalID({ for: DistrictRef, required: false }),
    interpreter: t.boolean({ required: false }),
    certificateState: t.field({ type: CertificateStateEnum, required: false }),
    search: t.string({ required: false, validate: z.string().max(200, "validation.tooLong") }),
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
    minutes: t.int({ validate: z.number().int().min(1, "hours.minutesRange").max(1440, "hours.minutesRange") }),
    activityTypeId: t.globalID({ for: ActivityTypeRef }),
    cohortId: t.globalID({ required: false, description: "Optional: one of the volunteer's own courses (a cohort where they hold a place)." }),
    note: t.string({ required: false, validate: z.string().max(1000, "validation.tooLong") }),
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
    year: t.int({ validate: z.number().int().min(2000, "validation.range").max(2100, "validation.range") }),
    kind: t.field({ type: AllowanceKindEnum }),
    amountCents: t.int({ validate: z.number().int().min(1, "validation.positive").max(100_000_000, "validation.range") }),
    paidOn: t.string({ description: "YYYY-MM-DD", validate: isoDate }),
    note: t.string({ required: false, validate: z.string().max(1000, "validation.tooLong") }),
  }),
});

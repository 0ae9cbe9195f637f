// GraphQL inputs of the appointments area. Length bounds here; the rules
// (dates, overlaps, availability …) are the services', with typed errors.
import { z } from "zod";
import { builder } from "../../graphql/builder.ts";
import { UserRef } from "../identity/index.ts";
import { DistrictRef, LanguageLevelEnum } from "../volunteers/index.ts";
import { AppointmentKindEnum, AppointmentRef, AppointmentStatusEnum, AvailabilityExceptionKindEnum, ChildRef, ClassFormEnum, OutcomeKindEnum, SchoolTypeEnum } from "./types.ts";

const name = z.string().max(200);
const short = z.string().max(100);
const longText = z.string().max(4000);

export const GuardianInput = builder.inputType("ChildGuardianInput", {
  fields: (t) => ({
    name: t.string({ validate: name }),
    phone: t.string({ required: false, validate: short }),
    email: t.string({ required: false, validate: name }),
    readsLanguage: t.string({ description: "ISO 639-1 code of the language the guardian reads (reminders are written in it where the app has it)." }),
  }),
});

export const ChildInput = builder.inputType("ChildInput", {
  fields: (t) => ({
    firstName: t.string({ validate: name }),
    lastName: t.string({ validate: name }),
    birthDate: t.string({ description: "YYYY-MM-DD" }),
    arrivalDate: t.string({ required: false, description: "Arrival in Germany, YYYY-MM-DD" }),
    languages: t.stringList({ description: "ISO 639-1 codes", validate: z.array(z.string()).max(10) }),
    germanLevel: t.field({ type: LanguageLevelEnum, required: false }),
    schoolYears: t.int({ description: "Years of schooling so far" }),
    schoolCountries: t.stringList({ description: "ISO 3166 codes of the countries of schooling", validate: z.array(z.string()).max(10) }),
    lastClass: t.string({ required: false, validate: short }),
    familyId: t.string({ required: false, description: "The family (matching module), once families are recorded." , validate: z.uuid() }),
    notes: t.string({ required: false, validate: longText }),
    guardians: t.field({ type: [GuardianInput] }),
    consentGivenBy: t.string({ validate: name, description: "Who consented on the child's behalf." }),
    consent: t.boolean({ description: "The guardians consented to the record (required)." }),
  }),
});

export const ChildrenFilter = builder.inputType("ChildrenFilter", {
  fields: (t) => ({ search: t.string({ required: false, validate: short, description: "Part of the first or last name" }) }),
});

export const AvailabilityRuleInput = builder.inputType("AvailabilityRuleInput", {
  fields: (t) => ({
    weekday: t.int({ description: "ISO weekday, 1 = Monday" }),
    start: t.string({ description: "HH:MM Berlin time" }),
    end: t.string({ description: "HH:MM Berlin time (24:00 for midnight)" }),
    room: t.string({ validate: short }),
  }),
});

export const AvailabilityExceptionInput = builder.inputType("AvailabilityExceptionInput", {
  fields: (t) => ({
    counsellorId: t.globalID({ for: UserRef }),
    kind: t.field({ type: AvailabilityExceptionKindEnum }),
    startsAt: t.field({ type: "DateTime" }),
    endsAt: t.field({ type: "DateTime" }),
    room: t.string({ required: false, validate: short, description: "EXTRA hours: the room" }),
    reason: t.string({ required: false, validate: name }),
  }),
});

export const BookAppointmentInput = builder.inputType("BookAppointmentInput", {
  fields: (t) => ({
    childId: t.globalID({ for: ChildRef }),
    counsellorId: t.globalID({ for: UserRef }),
    kind: t.field({ type: AppointmentKindEnum }),
    startsAt: t.field({ type: "DateTime" }),
    room: t.string({ required: false, validate: short, description: "Default: the room of the availability window." }),
    interpreterLanguage: t.string({ required: false, description: "ISO 639-1 code when an interpreter is needed." }),
    institution: t.string({ required: false, validate: name, description: "Billed for the interpreter; default: the organisation's setting." }),
    note: t.string({ required: false, validate: longText }),
    placeDistrictId: t.globalID({ for: DistrictRef, required: false, description: "Where it takes place (interpreter suggestions rank by distance from it); default: the organisation's setting interpreting.placeDistrict." }),
    idempotencyKey: t.string({ description: "Chosen by the client once per booking form: a repeated request with it books once." }),
  }),
});

export const AppointmentsFilter = builder.inputType("AppointmentsFilter", {
  fields: (t) => ({
    from: t.field({ type: "DateTime", required: false, description: "Starting at or after" }),
    to: t.field({ type: "DateTime", required: false, description: "Starting before" }),
    counsellorId: t.globalID({ for: UserRef, required: false }),
    mine: t.boolean({ required: false, description: "Only the caller's own appointments (as counsellor)." }),
    childId: t.globalID({ for: ChildRef, required: false }),
    status: t.field({ type: AppointmentStatusEnum, required: false }),
    outcomeMissing: t.boolean({ required: false, description: "Held (ended), not cancelled, and no outcome recorded yet." }),
  }),
});

export const OutcomeInput = builder.inputType("AppointmentOutcomeInput", {
  fields: (t) => ({
    appointmentId: t.globalID({ for: AppointmentRef }),
    kind: t.field({ type: OutcomeKindEnum }),
    schoolType: t.field({ type: SchoolTypeEnum, required: false }),
    classForm: t.field({ type: ClassFormEnum, required: false }),
    school: t.string({ required: false, validate: name }),
    startDate: t.string({ required: false, description: "YYYY-MM-DD" }),
    followUpAppointmentId: t.globalID({ for: AppointmentRef, required: false }),
    note: t.string({ required: false, validate: longText }),
  }),
});

export const InterpreterRequestsFilter = builder.inputType("InterpreterRequestsFilter", {
  fields: (t) => ({
    open: t.boolean({ required: false, description: "Only requests waiting for the coordinators (OPEN)." }),
    language: t.string({ required: false }),
  }),
});

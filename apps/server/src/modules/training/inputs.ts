// GraphQL inputs of the training area with their shape rules.
import { z } from "zod";
import { builder } from "../../graphql/builder.ts";
import { UserRef } from "../identity/types.ts";
import { AttendanceStatusEnum, CohortStatusEnum, CourseRef, EnrolmentRef } from "./types.ts";

const text = (max: number) => z.string().max(max, "validation.tooLong");
const required = (max: number) => z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");

export const CourseInput = builder.inputType("CourseInput", {
  fields: (t) => ({
    title: t.string({ validate: required(200) }),
    description: t.string({ required: false, validate: text(5000) }),
    teachingHours: t.int({ validate: z.number().int().min(1, "validation.range").max(500, "validation.range") }),
    topics: t.stringList({ validate: z.array(text(200)).max(30, "validation.tooMany") }),
    minimumAttendancePercent: t.int({ required: false, validate: z.number().int().min(0, "validation.range").max(100, "validation.range") }),
    qualificationName: t.string({ required: false, validate: text(200) }),
    qualificationValidityYears: t.int({ required: false, validate: z.number().int().min(1, "validation.range").max(50, "validation.range") }),
    certificateText: t.string({ required: false, validate: text(5000) }),
  }),
});

export const CohortInput = builder.inputType("CohortInput", {
  fields: (t) => ({
    title: t.string({ validate: required(200) }),
    location: t.string({ required: false, validate: text(300) }),
    capacity: t.int({ validate: z.number().int().min(1, "validation.range").max(500, "validation.range") }),
    enrolmentOpensAt: t.field({ type: "DateTime", required: false }),
    enrolmentClosesAt: t.field({ type: "DateTime", required: false }),
    feeCents: t.int({ validate: z.number().int().min(0, "validation.range").max(1_000_000, "validation.range") }),
    requiresInterview: t.boolean({ defaultValue: false }),
    offerHours: t.int({ required: false, validate: z.number().int().min(1, "validation.range").max(720, "validation.range") }),
    trainerIds: t.globalIDList({ for: UserRef, description: "Users (members with the TRAINER role)" }),
  }),
});

export const SessionInput = builder.inputType("CohortSessionInput", {
  fields: (t) => ({
    startsAt: t.field({ type: "DateTime" }),
    endsAt: t.field({ type: "DateTime" }),
    topic: t.string({ validate: required(300) }),
    room: t.string({ required: false, validate: text(300) }),
    // Only web addresses: the link is shown to participants and written into calendars.
    onlineUrl: t.string({ required: false, validate: z.string().max(1000, "validation.tooLong").url("validation.url").regex(/^https?:\/\//i, "validation.url") }),
  }),
});

export const AttendanceEntryInput = builder.inputType("AttendanceEntryInput", {
  fields: (t) => ({
    enrolmentId: t.globalID({ for: EnrolmentRef }),
    status: t.field({ type: AttendanceStatusEnum }),
  }),
});

export const CohortsFilter = builder.inputType("CohortsFilter", {
  fields: (t) => ({
    status: t.field({ type: CohortStatusEnum, required: false }),
    courseId: t.globalID({ for: CourseRef, required: false }),
    taughtByMe: t.boolean({ required: false, description: "Only cohorts the caller is a trainer of." }),
  }),
});

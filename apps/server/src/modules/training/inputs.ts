// GraphQL inputs of the training area; their shape rules are @lotse/domain/schemas.
import { cohort, course, session } from "@lotse/domain/schemas";
import { builder } from "../../graphql/builder.ts";
import { TranslationsInput } from "../../graphql/translations.ts";
import { UserRef } from "../identity/index.ts";
import { COHORT_NEEDS } from "./cohort-needs.ts";
import { AttendanceStatusEnum, CohortStatusEnum, CourseRef, EnrolmentRef } from "./types.ts";

export const CourseInput = builder.inputType("CourseInput", {
  fields: (t) => ({
    title: t.string({ validate: course.title }),
    description: t.string({ required: false, validate: course.description }),
    titleTranslations: t.field({ type: TranslationsInput, required: false, validate: course.titleTranslations, description: "Left out: unchanged on an edit." }),
    descriptionTranslations: t.field({ type: TranslationsInput, required: false, validate: course.descriptionTranslations, description: "Left out: unchanged on an edit." }),
    teachingHours: t.int({ validate: course.teachingHours }),
    topics: t.stringList({ validate: course.topics }),
    minimumAttendancePercent: t.int({ required: false, validate: course.minimumAttendancePercent }),
    qualificationName: t.string({ required: false, validate: course.qualificationName }),
    qualificationValidityYears: t.int({ required: false, validate: course.qualificationValidityYears }),
    certificateText: t.string({ required: false, validate: course.certificateText }),
  }),
});

export const CohortInput = builder.inputType("CohortInput", {
  fields: (t) => ({
    title: t.string({ validate: cohort.title }),
    titleTranslations: t.field({ type: TranslationsInput, required: false, validate: cohort.titleTranslations, description: "The title in the other UI languages (what volunteers read); left out: unchanged on an edit." }),
    location: t.string({ required: false, validate: cohort.location }),
    capacity: t.int({ validate: cohort.capacity }),
    enrolmentOpensAt: t.field({ type: "DateTime", required: false }),
    enrolmentClosesAt: t.field({ type: "DateTime", required: false }),
    feeCents: t.int({ validate: cohort.feeCents }),
    requiresInterview: t.boolean({ required: false, description: "Admission interview; left out: the organisation's default on creation, unchanged on an edit." }),
    offerHours: t.int({ required: false, validate: cohort.offerHours }),
    trainerIds: t.globalIDList({ for: UserRef, description: "Users (members with the TRAINER role)" }),
    confirmUnusualCapacity: t.boolean({
      required: false,
      description: "The trainer confirmed a capacity outside the organisation's usual range (else CONFIRMATION_REQUIRED).",
    }),
  }),
});

export const SessionInput = builder.inputType("CohortSessionInput", {
  fields: (t) => ({
    startsAt: t.field({ type: "DateTime" }),
    endsAt: t.field({ type: "DateTime" }),
    topic: t.string({ validate: session.topic }),
    topicTranslations: t.field({ type: TranslationsInput, required: false, validate: session.topicTranslations, description: "The topic in the other UI languages (what volunteers read); left out: unchanged on an edit." }),
    room: t.string({ required: false, validate: session.room }),
    onlineUrl: t.string({ required: false, validate: session.onlineUrl }),
  }),
});

export const AttendanceEntryInput = builder.inputType("AttendanceEntryInput", {
  fields: (t) => ({
    enrolmentId: t.globalID({ for: EnrolmentRef }),
    status: t.field({ type: AttendanceStatusEnum }),
  }),
});

const CohortNeedEnum = builder.enumType("CohortNeed", {
  description: "APPLICATIONS: applications wait for their interview and decision; SESSION_TODAY: a session takes place today; ATTENDANCE: an ended session has no attendance recorded.",
  values: COHORT_NEEDS,
});

export const CohortsFilter = builder.inputType("CohortsFilter", {
  fields: (t) => ({
    status: t.field({ type: CohortStatusEnum, required: false }),
    courseId: t.globalID({ for: CourseRef, required: false }),
    taughtByMe: t.boolean({ required: false, description: "Only cohorts the caller is a trainer of." }),
    needs: t.field({ type: CohortNeedEnum, required: false, description: "Only cohorts that need this now (the trainers' start-page counts)." }),
  }),
});

// GraphQL types of the training area.
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Context } from "../../context.ts";
import { builder } from "../../graphql/builder.ts";
import { versionOf } from "./cohorts.service.ts";
import { LocalizedTextRef } from "../../graphql/translations.ts";
import { dateString, localizedName, ownVolunteerId } from "../volunteers/index.ts";
import { waitlistPosition } from "./enrolment.service.ts";
import { HOLDS_PLACE, WAITLIST_ORDER } from "./places.ts";
import { serviceCtx } from "../service-context.ts";
import { isTrainingStaff, seesOnlineLinks, taughtCohortIds, teachesCohort } from "./access.ts";
import { localizedText, localizedTopics } from "./translated-texts.ts";

/** The language a cohort's title and topics are given in: the volunteer's own; staff read (and edit) the German they entered. */
const readerLocale = (ctx: Context) => (isTrainingStaff(ctx.viewer) ? "de" : ctx.locale);

export const CohortStatusEnum = builder.enumType("CohortStatus", { values: ["PLANNED", "OPEN", "RUNNING", "COMPLETED", "CANCELLED"] as const });
export const EnrolmentStatusEnum = builder.enumType("EnrolmentStatus", {
  values: ["APPLIED", "ADMITTED", "WAITLISTED", "OFFERED", "WITHDRAWN", "REMOVED", "DECLINED", "EXPIRED", "NOT_ADMITTED"] as const,
});
export const AttendanceStatusEnum = builder.enumType("AttendanceStatus", { values: ["PRESENT", "EXCUSED", "ABSENT"] as const });
export const CompletionOutcomeEnum = builder.enumType("CompletionOutcome", {
  description: "After completion: CERTIFIED (at or above the minimum attendance) or BELOW_MINIMUM (no certificate).",
  values: ["CERTIFIED", "BELOW_MINIMUM"] as const,
});

const isStaff = (ctx: Context) => isTrainingStaff(ctx.viewer);

async function isOwnOrStaff(ctx: Context, row: { volunteerId: string }) {
  return isStaff(ctx) || row.volunteerId === (await ownVolunteerId(ctx));
}

export const CourseRef = builder.prismaNode("Course", {
  id: { field: "id" },
  authScopes: { signedIn: true },
  fields: (t) => ({
    title: t.string({
      description: "In the caller's language, German where the course has no translation.",
      select: { title: true, titleTranslations: true },
      resolve: (c, _args, ctx) => localizedName({ name: c.title, nameTranslations: c.titleTranslations }, ctx.locale),
    }),
    description: t.string({
      description: "In the caller's language, German where the course has no translation.",
      select: { description: true, descriptionTranslations: true },
      resolve: (c, _args, ctx) => (c.description ? localizedName({ name: c.description, nameTranslations: c.descriptionTranslations }, ctx.locale) : ""),
    }),
    titleTranslations: t.field({
      type: LocalizedTextRef,
      description: "The title as entered (German and each translation): what the edit form shows.",
      select: { title: true, titleTranslations: true },
      resolve: (c) => ({ de: c.title, translations: c.titleTranslations }),
    }),
    descriptionTranslations: t.field({
      type: LocalizedTextRef,
      description: "The description as entered (German and each translation): what the edit form shows.",
      select: { description: true, descriptionTranslations: true },
      resolve: (c) => ({ de: c.description, translations: c.descriptionTranslations }),
    }),
    teachingHours: t.exposeInt("teachingHours"),
    topics: t.stringList({
      select: { topics: true, topicTranslations: true },
      resolve: (c, _args, ctx) => localizedTopics(c.topics, c.topicTranslations, readerLocale(ctx)),
    }),
    minimumAttendancePercent: t.exposeInt("minimumAttendancePercent"),
    qualificationName: t.exposeString("qualificationName", { nullable: true }),
    qualificationValidityYears: t.exposeInt("qualificationValidityYears", { nullable: true }),
    certificateText: t.exposeString("certificateText"),
    version: t.string({
      description: "Changes on every save; an edit form sends it back as expectedVersion.",
      select: { updatedAt: true },
      resolve: (row) => versionOf(row),
    }),
    cohorts: t.relation("cohorts", { query: { orderBy: { createdAt: "desc" } } }),
  }),
});

export const CohortSessionRef = builder.prismaNode("CohortSession", {
  id: { field: "id" },
  authScopes: { signedIn: true },
  fields: (t) => ({
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime" }),
    topic: t.string({
      select: { topic: true, topicTranslations: true },
      resolve: (s, _args, ctx) => localizedText(s.topic, s.topicTranslations, readerLocale(ctx)),
    }),
    topicTranslations: t.field({
      type: LocalizedTextRef,
      description: "The topic as entered (German and each translation): what the edit form shows.",
      select: { topic: true, topicTranslations: true },
      resolve: (s) => ({ de: s.topic, translations: s.topicTranslations }),
    }),
    room: t.exposeString("room", { nullable: true }),
    // The schedule is every member's; the link only for whom access.ts allows (as in the cohort's ICS file).
    onlineUrl: t.string({
      nullable: true,
      select: { cohortId: true, onlineUrl: true },
      resolve: async (s, _args, ctx) => (s.onlineUrl && (await seesOnlineLinks(ctx, s.cohortId)) ? s.onlineUrl : null),
    }),
    sequence: t.exposeInt("sequence", { description: "ICS SEQUENCE of the event; raised on every change." }),
    version: t.string({
      description: "Changes on every save; an edit form sends it back as expectedVersion.",
      select: { updatedAt: true },
      resolve: (row) => versionOf(row),
    }),
  }),
});

const TrainerRef = builder.prismaObject("CohortTrainer", {
  name: "CohortTrainer",
  authScopes: { signedIn: true },
  fields: (t) => ({
    userId: t.id({
      description: "The trainer's User ID in this organisation (as in `users`), for updateCohort's trainerIds.",
      select: { cohort: { select: { organizationId: true } }, user: { select: { memberships: { select: { id: true, organizationId: true } } } } },
      resolve: (ct) => {
        const m = ct.user.memberships.find((x) => x.organizationId === ct.cohort.organizationId);
        return m ? encodeGlobalID("User", m.id) : "";
      },
    }),
    name: t.string({ select: { user: { select: { name: true } } }, resolve: (ct) => ct.user.name }),
  }),
});

export const AttendanceRef = builder.prismaObject("Attendance", {
  authScopes: { signedIn: true },
  fields: (t) => ({
    session: t.relation("session"),
    status: t.expose("status", { type: AttendanceStatusEnum }),
    recordedAt: t.expose("recordedAt", { type: "DateTime" }),
  }),
});

export const CertificateRef = builder.prismaNode("Certificate", {
  id: { field: "id" },
  authScopes: (c, ctx) => isOwnOrStaff(ctx, c),
  fields: (t) => ({
    number: t.exposeInt("number"),
    issuedAt: t.expose("issuedAt", { type: "DateTime" }),
    attendancePercent: t.exposeInt("attendancePercent"),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
    revokedReason: t.exposeString("revokedReason", { nullable: true }),
    cohort: t.relation("cohort"),
    volunteerName: t.string({ select: { volunteer: { select: { user: { select: { name: true } } } } }, resolve: (c) => c.volunteer.user.name }),
  }),
});

export const QualificationRef = builder.prismaObject("Qualification", {
  authScopes: { signedIn: true },
  fields: (t) => ({
    name: t.exposeString("name"),
    grantedOn: t.string({ resolve: (q) => dateString(q.grantedOn) }),
    expiresOn: t.string({ nullable: true, resolve: (q) => (q.expiresOn ? dateString(q.expiresOn) : null) }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
  }),
});

export const EnrolmentRef = builder.prismaNode("Enrolment", {
  id: { field: "id" },
  authScopes: (e, ctx) => isOwnOrStaff(ctx, e),
  fields: (t) => ({
    status: t.expose("status", { type: EnrolmentStatusEnum }),
    motivation: t.exposeString("motivation", { nullable: true }),
    appliedAt: t.expose("appliedAt", { type: "DateTime" }),
    admittedAt: t.expose("admittedAt", { type: "DateTime", nullable: true }),
    offerExpiresAt: t.expose("offerExpiresAt", { type: "DateTime", nullable: true }),
    priority: t.exposeInt("priority"),
    priorityReason: t.exposeString("priorityReason", { nullable: true, authScopes: { may: isTrainingStaff } }),
    interviewedAt: t.expose("interviewedAt", { type: "DateTime", nullable: true }),
    interviewNote: t.exposeString("interviewNote", { nullable: true, authScopes: { may: isTrainingStaff } }),
    endReason: t.exposeString("endReason", { nullable: true }),
    attendancePercent: t.exposeInt("attendancePercent", { nullable: true, description: "Set when the cohort is completed." }),
    waitlistPosition: t.int({
      nullable: true,
      description: "1 for the next in line; null when not on the waiting list.",
      resolve: (e, _args, ctx) => waitlistPosition(serviceCtx(ctx), e),
    }),
    outcome: t.field({
      type: CompletionOutcomeEnum,
      nullable: true,
      select: { certificate: { select: { id: true } } },
      resolve: (e) => (e.attendancePercent === null ? null : e.certificate ? "CERTIFIED" : "BELOW_MINIMUM"),
    }),
    certificate: t.relation("certificate", { nullable: true }),
    attendances: t.relation("attendances", { authScopes: { may: isTrainingStaff } }),
    volunteerName: t.string({ select: { volunteer: { select: { user: { select: { name: true } } } } }, resolve: (e) => e.volunteer.user.name }),
    cohort: t.relation("cohort"),
  }),
});

export const CohortRef = builder.prismaNode("Cohort", {
  id: { field: "id" },
  authScopes: { signedIn: true },
  fields: (t) => ({
    title: t.string({
      select: { title: true, titleTranslations: true },
      resolve: (c, _args, ctx) => localizedText(c.title, c.titleTranslations, readerLocale(ctx)),
    }),
    titleTranslations: t.field({
      type: LocalizedTextRef,
      description: "The title as entered (German and each translation): what the edit form shows.",
      select: { title: true, titleTranslations: true },
      resolve: (c) => ({ de: c.title, translations: c.titleTranslations }),
    }),
    version: t.string({
      description: "Changes on every save; an edit form sends it back as expectedVersion.",
      select: { updatedAt: true },
      resolve: (row) => versionOf(row),
    }),
    course: t.relation("course"),
    location: t.exposeString("location"),
    capacity: t.exposeInt("capacity"),
    enrolmentOpensAt: t.expose("enrolmentOpensAt", { type: "DateTime", nullable: true }),
    enrolmentClosesAt: t.expose("enrolmentClosesAt", { type: "DateTime", nullable: true }),
    feeCents: t.exposeInt("feeCents"),
    status: t.expose("status", { type: CohortStatusEnum }),
    requiresInterview: t.exposeBoolean("requiresInterview"),
    offerHours: t.exposeInt("offerHours"),
    cancelReason: t.exposeString("cancelReason", { nullable: true }),
    canManage: t.boolean({
      description: "Whether the caller runs this cohort (one of its trainers, or an admin with the trainer role) and may change it.",
      resolve: (cohort, _args, ctx) =>
        ctx.viewer ? teachesCohort(ctx.db, ctx.viewer, cohort.id, async (id) => (await taughtCohortIds(ctx)).has(id)) : false,
    }),
    trainers: t.relation("trainers"),
    sessions: t.relation("sessions", { query: { orderBy: { startsAt: "asc" } } }),
    placesTaken: t.relationCount("enrolments", { where: { status: { in: HOLDS_PLACE } } }),
    waitlistLength: t.relationCount("enrolments", { where: { status: "WAITLISTED" } }),
    enrolments: t.relation("enrolments", {
      description: "Everyone who applied, for trainers and coordinators: participants, waiting list (in offer order), and those who left.",
      authScopes: { may: isTrainingStaff },
      query: { orderBy: [{ status: "asc" }, ...WAITLIST_ORDER] },
    }),
    myEnrolment: t.prismaField({
      type: EnrolmentRef,
      nullable: true,
      resolve: async (query, cohort, _args, ctx) => {
        const own = await ownVolunteerId(ctx);
        if (!own) return null;
        return ctx.db.enrolment.findUnique({ ...query, where: { cohortId_volunteerId: { cohortId: cohort.id, volunteerId: own } } });
      },
    }),
    icsUrl: t.string({ resolve: (c) => `/calendar/cohorts/${Buffer.from(`Cohort:${c.id}`).toString("base64url")}.ics` }),
  }),
});

export { TrainerRef };

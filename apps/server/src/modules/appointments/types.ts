// GraphQL types of the appointments area. Children, appointments and outcomes
// are for counsellors and admins (access.ts canCounsel); interpreter requests
// for the pool's staff and the assigned interpreter, without the child.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { formatIsoDate } from "@lotse/domain/calendar-date";
import type { Context } from "../../context.ts";
import { builder } from "../../graphql/builder.ts";
import { LanguageLevelEnum, VolunteerRef } from "../volunteers/index.ts";
import { canCounsel, canRunPool, maySeeCounsellors } from "./access.ts";
import type { PoolMember } from "./interpreters.service.ts";
import { pauschaleStanding, type PauschaleStanding, type Statement, type StatementLine } from "./statements.service.ts";
import { serviceCtx } from "../service-context.ts";
import { auditRead } from "../audit/index.ts";
import type { Slot } from "./slots.ts";

export const AppointmentKindEnum = builder.enumType("AppointmentKind", {
  description: "INITIAL: Erstberatung; FOLLOW_UP: Folgetermin (lengths: organisation settings).",
  values: ["INITIAL", "FOLLOW_UP"] as const,
});
export const AppointmentStatusEnum = builder.enumType("AppointmentStatus", { values: ["BOOKED", "CANCELLED"] as const });
export const AvailabilityExceptionKindEnum = builder.enumType("AvailabilityExceptionKind", { values: ["ABSENCE", "EXTRA"] as const });
export const InterpreterRequestStatusEnum = builder.enumType("InterpreterRequestStatus", { values: ["OPEN", "ASSIGNED", "ACCEPTED", "CANCELLED"] as const });
export const OutcomeKindEnum = builder.enumType("OutcomeKind", { values: ["ADVISED", "NO_SHOW", "CANCELLED"] as const });
export const SchoolTypeEnum = builder.enumType("SchoolType", {
  values: ["GRUNDSCHULE", "HAUPTSCHULE", "REALSCHULE", "OBERSCHULE", "GYMNASIUM", "GESAMTSCHULE", "BBS"] as const,
});
export const ClassFormEnum = builder.enumType("ClassForm", { values: ["SPRACHLERNKLASSE", "REGELKLASSE_DAZ"] as const });

const counselling = { may: canCounsel };
const date = (d: Date) => formatIsoDate(d);
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** The global ID of a User (its membership in the organisation). */
export const userGlobalId = (membershipId: string) => encodeGlobalID("User", membershipId);

export const ChildGuardianRef = builder.prismaObject("ChildGuardian", {
  authScopes: counselling,
  fields: (t) => ({
    name: t.exposeString("name"),
    phone: t.exposeString("phone", { nullable: true }),
    email: t.exposeString("email", { nullable: true }),
    readsLanguage: t.exposeString("readsLanguage", { description: "ISO 639-1: the language reminders are written in where the app has it." }),
  }),
});

/**
 * The child's record (birth date, languages, school biography, notes, who
 * consented) leaves only once its reading is audited (audit/reads.ts: one entry
 * per request for every child read). The name alone, as calendars and
 * appointment lists show it, is not counted as reading the record.
 */
const childRead = <T>(ctx: Context, child: { id: string }, value: T): Promise<T> =>
  auditRead(serviceCtx(ctx), "child.recordRead", "Child", child.id).then(() => value);

export const ChildRef = builder.prismaNode("Child", {
  id: { field: "id" },
  authScopes: counselling,
  fields: (t) => ({
    firstName: t.exposeString("firstName"),
    lastName: t.exposeString("lastName"),
    birthDate: t.string({ resolve: (c, _a, ctx) => childRead(ctx, c, date(c.birthDate)) }),
    arrivalDate: t.string({ nullable: true, resolve: (c, _a, ctx) => childRead(ctx, c, c.arrivalDate ? date(c.arrivalDate) : null) }),
    languages: t.stringList({ resolve: (c, _a, ctx) => childRead(ctx, c, c.languages) }),
    germanLevel: t.field({ type: LanguageLevelEnum, nullable: true, resolve: (c, _a, ctx) => childRead(ctx, c, c.germanLevel) }),
    schoolYears: t.int({ resolve: (c, _a, ctx) => childRead(ctx, c, c.schoolYears) }),
    schoolCountries: t.stringList({ resolve: (c, _a, ctx) => childRead(ctx, c, c.schoolCountries) }),
    lastClass: t.string({ nullable: true, resolve: (c, _a, ctx) => childRead(ctx, c, c.lastClass) }),
    familyId: t.exposeString("familyId", { nullable: true, description: "The family's id once the matching module records families." }),
    notes: t.string({ nullable: true, resolve: (c, _a, ctx) => childRead(ctx, c, c.notes) }),
    consentGivenBy: t.string({ resolve: (c, _a, ctx) => childRead(ctx, c, c.consentGivenBy) }),
    consentedAt: t.expose("consentedAt", { type: "DateTime" }),
    guardians: t.relation("guardians", { query: { orderBy: { position: "asc" } } }),
    appointments: t.relation("appointments", { query: { orderBy: { startsAt: "desc" } } }),
  }),
});

export const AvailabilityRuleRef = builder.prismaObject("AvailabilityRule", {
  authScopes: counselling,
  fields: (t) => ({
    weekday: t.exposeInt("weekday", { description: "ISO weekday, 1 = Monday" }),
    start: t.string({ description: "HH:MM Berlin time", resolve: (r) => hhmm(r.startMinute) }),
    end: t.string({ description: "HH:MM Berlin time", resolve: (r) => hhmm(r.endMinute) }),
    room: t.exposeString("room"),
  }),
});

export const AvailabilityExceptionRef = builder.prismaNode("AvailabilityException", {
  id: { field: "id" },
  authScopes: counselling,
  fields: (t) => ({
    kind: t.expose("kind", { type: AvailabilityExceptionKindEnum }),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime" }),
    room: t.exposeString("room", { nullable: true }),
    reason: t.exposeString("reason", { nullable: true }),
  }),
});

export const CounsellorRef = builder.prismaObject("Membership", {
  variant: "Counsellor",
  description: "A member with the COUNSELLOR role, as the appointments area shows them.",
  authScopes: { may: maySeeCounsellors },
  fields: (t) => ({
    id: t.id({ description: "The User's global ID.", resolve: (m) => userGlobalId(m.id) }),
    name: t.string({ select: { user: { select: { name: true } } }, resolve: (m) => m.user.name }),
    availability: t.relation("availabilityRules", { authScopes: counselling, query: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] } }),
    exceptions: t.relation("availabilityExceptions", { authScopes: counselling, query: { orderBy: { startsAt: "desc" }, take: 50 } }),
  }),
});

export const SlotRef = builder.objectRef<Slot & { counsellorMembershipId: string; counsellorName: string }>("AppointmentSlot").implement({
  authScopes: counselling,
  fields: (t) => ({
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime" }),
    room: t.exposeString("room"),
    counsellorId: t.id({ description: "The counsellor's User global ID.", resolve: (s) => userGlobalId(s.counsellorMembershipId) }),
    counsellorName: t.exposeString("counsellorName"),
  }),
});

export const AppointmentOutcomeRef = builder.prismaObject("AppointmentOutcome", {
  authScopes: counselling,
  fields: (t) => ({
    kind: t.expose("kind", { type: OutcomeKindEnum }),
    schoolType: t.expose("schoolType", { type: SchoolTypeEnum, nullable: true }),
    classForm: t.expose("classForm", { type: ClassFormEnum, nullable: true }),
    school: t.exposeString("school", { nullable: true }),
    startDate: t.string({ nullable: true, resolve: (o) => (o.startDate ? date(o.startDate) : null) }),
    followUpAppointment: t.relation("followUpAppointment", { nullable: true }),
    note: t.exposeString("note", { nullable: true }),
    recordedAt: t.expose("recordedAt", { type: "DateTime" }),
  }),
});

const appointmentIcsUrl = (id: string) => `/calendar/appointments/${Buffer.from(`Appointment:${id}`).toString("base64url")}.ics`;

/**
 * What the pool's staff and the interpreter see of a request: the time,
 * place, language and institution, never the child.
 */
export const InterpreterRequestRef = builder.prismaNode("InterpreterRequest", {
  id: { field: "id" },
  // The interpreter asked, and one who declined it (their answer is shown back to them).
  authScopes: async (r, ctx) => {
    const own = ctx.viewer?.volunteerProfileId;
    return canRunPool(ctx.viewer) || canCounsel(ctx.viewer) || (!!own && (r.interpreterId === own || r.declinedBy.includes(own)));
  },
  fields: (t) => ({
    language: t.exposeString("language"),
    institution: t.exposeString("institution"),
    status: t.expose("status", { type: InterpreterRequestStatusEnum }),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime" }),
    room: t.string({ select: { appointment: { select: { room: true } } }, resolve: (r) => r.appointment.room }),
    appointmentStatus: t.field({ type: AppointmentStatusEnum, select: { appointment: { select: { status: true } } }, resolve: (r) => r.appointment.status }),
    appointmentId: t.id({ resolve: (r) => encodeGlobalID("Appointment", r.appointmentId) }),
    interpreter: t.relation("interpreter", { nullable: true, authScopes: { may: maySeeCounsellors } }),
    interpreterName: t.string({
      nullable: true,
      select: { interpreter: { select: { user: { select: { name: true } } } } },
      resolve: (r) => r.interpreter?.user.name ?? null,
    }),
    assignedAt: t.expose("assignedAt", { type: "DateTime", nullable: true }),
    respondBy: t.expose("respondBy", { type: "DateTime", nullable: true }),
    respondedAt: t.expose("respondedAt", { type: "DateTime", nullable: true }),
    reopenedBecause: t.exposeString("reopenedBecause", { nullable: true, description: "DECLINED or NO_ANSWER when the request came back to the coordinators." }),
    kilometres: t.exposeInt("kilometres"),
    icsUrl: t.string({ description: "The appointment's calendar file.", resolve: (r) => appointmentIcsUrl(r.appointmentId) }),
  }),
});

export const AppointmentRef = builder.prismaNode("Appointment", {
  id: { field: "id" },
  authScopes: counselling,
  fields: (t) => ({
    kind: t.expose("kind", { type: AppointmentKindEnum }),
    status: t.expose("status", { type: AppointmentStatusEnum }),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime" }),
    room: t.exposeString("room"),
    placeDistrict: t.relation("placeDistrict", { nullable: true, description: "Where it takes place (interpreter suggestions rank by distance from it)." }),
    sequence: t.exposeInt("sequence", { description: "ICS SEQUENCE: raised on every change; the UID stays." }),
    note: t.exposeString("note", { nullable: true }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    cancelReason: t.exposeString("cancelReason", { nullable: true }),
    child: t.relation("child"),
    counsellor: t.relation("counsellor", { type: CounsellorRef }),
    interpreterRequest: t.relation("interpreterRequest", { nullable: true }),
    outcome: t.relation("outcome", { nullable: true }),
    held: t.boolean({ description: "The appointment has begun: its outcome can be recorded (and it can no longer be moved).", resolve: (a) => a.startsAt <= new Date() }),
    icsUrl: t.string({ resolve: (a) => appointmentIcsUrl(a.id) }),
  }),
});

const PauschaleRef = builder.objectRef<PauschaleStanding>("PauschaleStanding").implement({
  description: "The interpreter's year against the Ehrenamtspauschale: fees here, plus what the volunteers' allowances record (paid here, declared elsewhere).",
  authScopes: { signedIn: true },
  fields: (t) => ({
    year: t.exposeInt("year"),
    limitCents: t.exposeInt("limitCents", { nullable: true }),
    feesCents: t.exposeInt("feesCents"),
    otherCents: t.exposeInt("otherCents"),
    usedCents: t.exposeInt("usedCents"),
    remainingCents: t.exposeInt("remainingCents", { nullable: true }),
    exceeded: t.exposeBoolean("exceeded"),
  }),
});

export const PoolMemberRef = builder.objectRef<PoolMember>("InterpreterPoolMember").implement({
  authScopes: { may: canRunPool },
  fields: (t) => ({
    volunteer: t.field({ type: VolunteerRef, resolve: (m, _a, ctx: Context) => ctx.db.volunteerProfile.findUniqueOrThrow({ where: { id: m.volunteerId } }) }),
    volunteerId: t.id({ resolve: (m) => encodeGlobalID("Volunteer", m.volunteerId) }),
    name: t.exposeString("name"),
    germanLevel: t.field({ type: LanguageLevelEnum, resolve: (m) => m.germanLevel }),
    languages: t.exposeStringList("languages"),
    pledgedOn: t.string({ nullable: true, description: "When the neutrality and confidentiality pledge was signed; null for a candidate without one.", resolve: (m) => (m.pledgedOn ? date(m.pledgedOn) : null) }),
    load: t.exposeInt("load", { description: "Assignments asked or accepted in the 30 days before and after today." }),
    district: t.exposeString("district", { nullable: true }),
    distanceKm: t.exposeFloat("distanceKm", {
      nullable: true,
      description: "Suggestions: km from the interpreter's district to where the appointments take place (settings interpreting.placeDistrict); null when unknown.",
    }),
    feeExceedsPauschale: t.exposeBoolean("feeExceedsPauschale", {
      description: "Suggestions: this request's fee would take the interpreter's year past the Ehrenamtspauschale.",
    }),
    pauschale: t.field({
      type: PauschaleRef,
      description: "The interpreter's current year against the Ehrenamtspauschale.",
      resolve: (m, _a, ctx: Context) => pauschaleStanding(serviceCtx(ctx), m.volunteerId, new Date()),
    }),
  }),
});

const FeeRef = builder.objectRef<StatementLine["fee"]>("InterpreterFee").implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    serviceCents: t.exposeInt("serviceCents"),
    travelCents: t.exposeInt("travelCents"),
    cancellationCents: t.exposeInt("cancellationCents"),
    totalCents: t.exposeInt("totalCents"),
  }),
});

const StatementLineRef = builder.objectRef<StatementLine>("InterpreterStatementLine").implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    minutes: t.exposeInt("minutes"),
    language: t.exposeString("language"),
    institution: t.exposeString("institution"),
    interpreterName: t.exposeString("interpreterName"),
    kilometres: t.exposeInt("kilometres"),
    cancelledLate: t.exposeBoolean("cancelledLate"),
    fee: t.field({ type: FeeRef, resolve: (l) => l.fee }),
  }),
});


export const StatementRef = builder.objectRef<Statement>("InterpreterStatement").implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    month: t.exposeString("month"),
    interpreterName: t.exposeString("interpreterName", { nullable: true }),
    institution: t.exposeString("institution", { nullable: true }),
    lines: t.field({ type: [StatementLineRef], resolve: (s) => s.lines }),
    totalCents: t.exposeInt("totalCents"),
    pauschale: t.field({ type: PauschaleRef, nullable: true, resolve: (s) => s.pauschale }),
  }),
});

export interface AssignInterpreterPayload {
  requestId: string;
  exceedsPauschale: boolean;
}

export const AssignInterpreterPayloadRef = builder.objectRef<AssignInterpreterPayload>("AssignInterpreterPayload").implement({
  authScopes: { may: canRunPool },
  fields: (t) => ({
    request: t.prismaField({
      type: InterpreterRequestRef,
      resolve: (query, p, _a, ctx) => ctx.db.interpreterRequest.findUniqueOrThrow({ ...query, where: { id: p.requestId } }),
    }),
    exceedsPauschale: t.exposeBoolean("exceedsPauschale", {
      description: "Warning: this fee takes the interpreter's year past the Ehrenamtspauschale (the assignment is made all the same).",
    }),
  }),
});

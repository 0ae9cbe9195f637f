// GraphQL types of the volunteers area.
import { berlinToday } from "@lotse/domain/berlin-time";
import { formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { builder } from "../../graphql/builder.ts";
import { oncePerRequest } from "../../graphql/request-cache.ts";
import { viewerOf } from "../../graphql/viewer.ts";
import { userName } from "../../graphql/user-names.ts";
import type { Context } from "../../context.ts";
import { auditRead } from "../audit/index.ts";
import { serviceCtx } from "../service-context.ts";
import { canReviewHourLog, canSeeVolunteer, canSeeVolunteerRow, mayCoordinateVolunteers } from "./access.ts";
import { certificateState, validUntil } from "./conduct.ts";
import { consentTranslation } from "./registration.service.ts";

export const VolunteerStatusEnum = builder.enumType("VolunteerStatus", { values: ["PENDING", "APPROVED", "REJECTED", "PAUSED", "ENDED"] as const });
export const LanguageLevelEnum = builder.enumType("LanguageLevel", { values: ["A1", "A2", "B1", "B2", "C1", "C2", "NATIVE"] as const });
export const ReviewStatusEnum = builder.enumType("ReviewStatus", { values: ["PENDING", "APPROVED", "REJECTED"] as const });
export const ReviewDecisionEnum = builder.enumType("ReviewDecision", { values: ["APPROVE", "REJECT"] as const });
export const CertificateStateEnum = builder.enumType("CertificateState", {
  description: "State of the latest Führungszeugnis inspection: missing, valid, expiring within 90 days, expired.",
  values: ["MISSING", "VALID", "EXPIRING", "EXPIRED"] as const,
});
export const AllowanceKindEnum = builder.enumType("AllowanceKind", {
  description: "Expenses against a receipt, car travel per km, or one of the two tax-free allowances (never both for one activity).",
  values: ["EXPENSE_REIMBURSEMENT", "MILEAGE", "EHRENAMTSPAUSCHALE", "UEBUNGSLEITERFREIBETRAG"] as const,
});

/** Calendar dates ("YYYY-MM-DD") as strings: they have no time zone. */
export const dateString = (d: Date) => formatIsoDate(d);

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

// Reference lists are not personal data: the public sign-up page shows them.
/** A reference list entry's name in the caller's language; German (the name itself) where it has none. */
export function localizedName(row: { name: string; nameTranslations: unknown }, locale: string): string {
  const translations = row.nameTranslations && typeof row.nameTranslations === "object" ? (row.nameTranslations as Record<string, unknown>) : {};
  const name = translations[locale];
  return typeof name === "string" && name.trim() ? name : row.name;
}

export const TopicRef = builder.prismaNode("Topic", {
  id: { field: "id" },
  authScopes: { public: true },
  fields: (t) => ({ name: t.string({ description: "In the caller's language, German where the organisation gave no translation.", resolve: (topic, _args, ctx) => localizedName(topic, ctx.locale) }) }),
});

export const DistrictRef = builder.prismaNode("District", {
  id: { field: "id" },
  authScopes: { public: true },
  fields: (t) => ({
    name: t.string({ description: "In the caller's language, German where the organisation gave no translation.", resolve: (district, _args, ctx) => localizedName(district, ctx.locale) }),
    latitude: t.exposeFloat("latitude"),
    longitude: t.exposeFloat("longitude"),
  }),
});

export const ActivityTypeRef = builder.prismaNode("ActivityType", {
  id: { field: "id" },
  // Only the columns the asked fields need: every hour entry of a list names its activity.
  select: { id: true },
  authScopes: { signedIn: true },
  fields: (t) => ({
    key: t.exposeString("key"),
    name: t.string({
      description: "In the caller's language, German where the organisation gave no translation.",
      select: { name: true, nameTranslations: true },
      resolve: (activity, _args, ctx) => localizedName(activity, ctx.locale),
    }),
  }),
});

export const ConsentTextRef = builder.prismaObject("ConsentText", {
  authScopes: { public: true },
  fields: (t) => ({
    version: t.exposeInt("version"),
    text: t.exposeString("text", { description: "The legally binding German text." }),
    translation: t.string({
      nullable: true,
      description: "The text in the caller's language, shown beside the German one for information; null in German or without a translation.",
      resolve: (c, _args, ctx) => consentTranslation(c, ctx.locale)?.text ?? null,
    }),
    translationLocale: t.string({
      nullable: true,
      description: "The language of `translation` (de, en, ar, …).",
      resolve: (c, _args, ctx) => consentTranslation(c, ctx.locale)?.locale ?? null,
    }),
    publishedAt: t.expose("publishedAt", { type: "DateTime" }),
  }),
});

const VolunteerLanguageRef = builder.prismaObject("VolunteerLanguage", {
  authScopes: { signedIn: true },
  fields: (t) => ({
    code: t.exposeString("code", { description: "ISO 639-1" }),
    level: t.expose("level", { type: LanguageLevelEnum }),
    interpreting: t.exposeBoolean("interpreting"),
  }),
});

const AvailabilityRef = builder.prismaObject("AvailabilitySlot", {
  name: "AvailabilityWindow",
  authScopes: { signedIn: true },
  fields: (t) => ({
    weekday: t.exposeInt("weekday", { description: "ISO weekday, 1 = Monday" }),
    start: t.string({ description: "HH:MM, local time", resolve: (s) => hhmm(s.startMinute) }),
    end: t.string({ description: "HH:MM, local time", resolve: (s) => hhmm(s.endMinute) }),
  }),
});

/** A Führungszeugnis fact leaves only once its reading is audited (audit/reads.ts: one entry per request). */
const conductRead = <T>(ctx: Context, volunteerId: string, value: T): Promise<T> =>
  auditRead(serviceCtx(ctx), "volunteer.conductRecordRead", "VolunteerProfile", volunteerId).then(() => value);

export const ConductCertificateRef = builder.prismaObject("ConductCertificate", {
  authScopes: { may: mayCoordinateVolunteers },
  fields: (t) => ({
    inspectedOn: t.string({ resolve: (c, _args, ctx) => conductRead(ctx, c.volunteerId, dateString(c.inspectedOn)) }),
    issuedOn: t.string({ resolve: (c, _args, ctx) => conductRead(ctx, c.volunteerId, dateString(c.issuedOn)) }),
    hasRelevantEntry: t.boolean({ resolve: (c, _args, ctx) => conductRead(ctx, c.volunteerId, c.hasRelevantEntry) }),
    recordedAt: t.expose("createdAt", { type: "DateTime" }),
    inspectedByName: t.string({ nullable: true, resolve: (c, _args, ctx) => userName(ctx, c.inspectedById) }),
  }),
});

interface CertificateStatus {
  state: "MISSING" | "VALID" | "EXPIRING" | "EXPIRED";
  validUntil: string | null;
  hasRelevantEntry: boolean;
}

const CertificateStatusRef = builder.objectRef<CertificateStatus>("CertificateStatus").implement({
  authScopes: { may: mayCoordinateVolunteers },
  fields: (t) => ({
    state: t.field({ type: CertificateStateEnum, resolve: (s) => s.state }),
    validUntil: t.string({ nullable: true, resolve: (s) => s.validUntil }),
    hasRelevantEntry: t.boolean({
      description: "The latest inspection found a relevant entry (§ 72a SGB VIII): the person must not work with minors, whatever the state of validity.",
      resolve: (s) => s.hasRelevantEntry,
    }),
  }),
});

export const VolunteerRef = builder.prismaNode("VolunteerProfile", {
  name: "Volunteer",
  id: { field: "id" },
  // Only the columns the asked fields need are read (lists of 100 volunteers read two or three, not all 22).
  select: { id: true, userId: true },
  // The volunteer themself, or a coordinator of the organisation.
  authScopes: (profile, ctx) => canSeeVolunteer(ctx, profile),
  fields: (t) => ({
    name: t.string({ select: { user: { select: { name: true } } }, resolve: (p) => p.user.name }),
    email: t.string({ select: { user: { select: { email: true } } }, resolve: (p) => p.user.email }),
    emailVerified: t.boolean({ select: { user: { select: { emailVerifiedAt: true } } }, resolve: (p) => p.user.emailVerifiedAt !== null }),
    phone: t.exposeString("phone", { nullable: true }),
    status: t.expose("status", { type: VolunteerStatusEnum }),
    germanLevel: t.expose("germanLevel", { type: LanguageLevelEnum }),
    languages: t.relation("languages", { query: { orderBy: { code: "asc" } } }),
    topics: t.field({
      type: [TopicRef],
      select: { topics: { select: { topic: true } } },
      resolve: (p) => p.topics.map((vt) => vt.topic).sort((a, b) => a.sortOrder - b.sortOrder),
    }),
    availability: t.relation("availability", { query: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] } }),
    district: t.relation("district", { nullable: true }),
    maxTandems: t.exposeInt("maxTandems"),
    offersInterpreting: t.exposeBoolean("offersInterpreting"),
    calendarFeedActive: t.boolean({ select: { calendarTokenHash: true }, description: "Whether a private calendar feed address exists (see resetCalendarFeed).", resolve: (p) => p.calendarTokenHash !== null }),
    consentVersion: t.exposeInt("consentVersion"),
    consentedAt: t.expose("consentedAt", { type: "DateTime" }),
    consentWithdrawnAt: t.expose("consentWithdrawnAt", { type: "DateTime", nullable: true }),
    reviewedAt: t.expose("reviewedAt", { type: "DateTime", nullable: true }),
    reviewReason: t.exposeString("reviewReason", { nullable: true }),
    reviewedByName: t.string({ nullable: true, select: { reviewedById: true }, resolve: (p, _args, ctx) => userName(ctx, p.reviewedById) }),
    approvedAt: t.expose("approvedAt", { type: "DateTime", nullable: true }),
    endedAt: t.expose("endedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    inactiveSince: t.string({
      nullable: true,
      authScopes: { may: mayCoordinateVolunteers },
      select: { inactiveSince: true },
      description: "Set by the retention job when no hours came for the organisation's inactivity period: the last hour's day (or the approval), YYYY-MM-DD; null while active.",
      resolve: (p) => (p.inactiveSince ? dateString(p.inactiveSince) : null),
    }),
    qualifications: t.relation("qualifications", {
      description: "Qualifications from completed courses (e.g. Integrationslotse/-lotsin), newest first.",
      query: { orderBy: { grantedOn: "desc" } },
    }),
    conductCertificates: t.relation("conductCertificates", {
      description: "Führungszeugnis inspections, newest first. Only the facts of inspection are stored, never the document.",
      authScopes: { may: mayCoordinateVolunteers },
      query: { orderBy: [{ inspectedOn: "desc" }, { createdAt: "desc" }] },
    }),
    conductCertificate: t.field({
      type: CertificateStatusRef,
      authScopes: { may: mayCoordinateVolunteers },
      select: {
        conductCertificates: { select: { inspectedOn: true, hasRelevantEntry: true }, orderBy: [{ inspectedOn: "desc" }, { createdAt: "desc" }], take: 1 },
      },
      resolve: (p, _args, ctx) => {
        // The row is the caller's organisation's (scoped client), so its settings came with the session.
        const years = viewerOf(ctx).organization.parsedSettings.volunteers.conductCertificateRevalidateYears;
        const latest = p.conductCertificates[0]?.inspectedOn ?? null;
        // Once per request, not per row: the Berlin time-zone conversion showed in the list's profile.
        const today = oncePerRequest(ctx, "berlinToday", () => parseIsoDate(berlinToday()));
        const status = {
          hasRelevantEntry: p.conductCertificates[0]?.hasRelevantEntry ?? false,
          state: certificateState(latest, today, years),
          validUntil: latest ? dateString(validUntil(latest, years)) : null,
        };
        // "No record" is no fact about an inspection: only read records are audited.
        return latest ? conductRead(ctx, p.id, status) : status;
      },
    }),
  }),
});

export const HourLogRef = builder.prismaNode("HourLog", {
  id: { field: "id" },
  // Only the columns the asked fields need (the review queue reads a page of them per view).
  select: { id: true, volunteerId: true },
  authScopes: (log, ctx) => canSeeVolunteerRow(ctx, log),
  fields: (t) => ({
    date: t.string({ select: { date: true }, resolve: (h) => dateString(h.date) }),
    minutes: t.exposeInt("minutes"),
    activityType: t.relation("activityType"),
    cohort: t.relation("cohort", { nullable: true, description: "The course the hours belong to, if any." }),
    note: t.exposeString("note", { nullable: true }),
    status: t.expose("status", { type: ReviewStatusEnum }),
    reviewedAt: t.expose("reviewedAt", { type: "DateTime", nullable: true }),
    reviewReason: t.exposeString("reviewReason", { nullable: true }),
    reviewedByName: t.string({ nullable: true, select: { reviewedById: true }, resolve: (h, _args, ctx) => userName(ctx, h.reviewedById) }),
    canReview: t.boolean({
      select: { status: true },
      description: "Whether the caller may decide on this entry now: pending, and not their own (four eyes).",
      resolve: (h, _args, ctx) => canReviewHourLog(ctx, h),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    volunteer: t.relation("volunteer"),
  }),
});

export const AllowancePaymentRef = builder.prismaNode("AllowancePayment", {
  id: { field: "id" },
  authScopes: (payment, ctx) => canSeeVolunteerRow(ctx, payment),
  fields: (t) => ({
    year: t.exposeInt("year"),
    kind: t.expose("kind", { type: AllowanceKindEnum }),
    amountCents: t.exposeInt("amountCents"),
    paidOn: t.string({ resolve: (p) => dateString(p.paidOn) }),
    note: t.exposeString("note", { nullable: true }),
    activity: t.relation("activityType", { nullable: true, description: "The activity a tax-free allowance pays for." }),
    receiptReference: t.exposeString("receiptReference", { nullable: true, description: "The receipt an expense was reimbursed against." }),
    kilometres: t.exposeInt("kilometres", { nullable: true, description: "Car travel: the kilometres paid for." }),
    centsPerKm: t.exposeInt("centsPerKm", { nullable: true, description: "Car travel: the organisation's rate at the time." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export { AvailabilityRef, VolunteerLanguageRef };

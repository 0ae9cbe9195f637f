import { year } from "@lotse/domain/schemas";
import type { Context } from "../../context.ts";
import { DomainError } from "../../errors.ts";
import { perRequest } from "../../graphql/request-cache.ts";
import { viewerOf } from "../../graphql/viewer.ts";
import { builder } from "../../graphql/builder.ts";
import { isFirstPage, startTotalCount, totalCountOf } from "../../graphql/connection-total.ts";
import { canExportHours, mayCoordinateVolunteers, mayReviewHours, ownVolunteerId, volunteerForViewer } from "./access.ts";
import type { Eligibility, EligibilityYear } from "./eligibility.ts";
import { eligibilityOf } from "./eligibility-facts.service.ts";
import { HourLogsFilter, VolunteersFilter } from "./inputs.ts";
import type { ActivityType, District, Prisma, Topic } from "../../generated/prisma/client.ts";
import { ActivityTypeRef, ConsentTextRef, dateString, VolunteerRef } from "./types.ts";
import { hourLogsWhere } from "./hours.service.ts";
import { hoursSummary as summarise, type HoursSummary } from "./summaries.service.ts";
import { myProfile, volunteersWhere } from "./volunteers.service.ts";
import { readOwnProfile } from "./own-profile.ts";
import { countInOrganization, listInOrganization } from "../organization-row.ts";
import { serviceCtx } from "../service-context.ts";
import { CardRef } from "./ehrenamtskarte-fields.ts";

// ---- objects only queries return -------------------------------------------

/** The organisation's activity types, loaded once per request (a summary names each). */
async function activityTypeById(ctx: Context, id: string): Promise<ActivityType> {
  const map = await perRequest(ctx, `activityTypes:${viewerOf(ctx).organizationId}`, () =>
    ctx.db.activityType.findMany().then((rows) => new Map(rows.map((r) => [r.id, r]))),
  );
  const found = map.get(id);
  if (!found) throw new DomainError("NOT_FOUND", "error.notFound");
  return found;
}

const SignUpOptions = builder.prismaObject("Organization", {
  variant: "SignUpOptions",
  authScopes: { public: true },
  fields: (t) => ({
    organizationName: t.exposeString("name"),
    slug: t.exposeString("slug"),
    topics: t.relation("topics", { query: { orderBy: { sortOrder: "asc" } } }),
    districts: t.relation("districts", { query: { orderBy: { name: "asc" } } }),
    consent: t.prismaField({
      type: ConsentTextRef,
      resolve: (query, org, _args, ctx) =>
        ctx.prisma.consentText.findFirstOrThrow({ ...query, where: { organizationId: org.id }, orderBy: { version: "desc" } }),
    }),
  }),
});

const MonthTotals = builder.objectRef<HoursSummary["months"][number]>("MonthTotals").implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    month: t.exposeInt("month"),
    approvedMinutes: t.exposeInt("approvedMinutes"),
    pendingMinutes: t.exposeInt("pendingMinutes"),
  }),
});

const ActivityTotals = builder.objectRef<HoursSummary["byActivity"][number]>("ActivityTotals").implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    activityType: t.field({ type: ActivityTypeRef, resolve: (a, _args, ctx) => activityTypeById(ctx, a.activityTypeId) }),
    approvedMinutes: t.exposeInt("approvedMinutes"),
    pendingMinutes: t.exposeInt("pendingMinutes"),
  }),
});

const HoursSummaryRef = builder.objectRef<HoursSummary>("HoursSummary").implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    year: t.exposeInt("year"),
    approvedMinutes: t.exposeInt("approvedMinutes"),
    pendingMinutes: t.exposeInt("pendingMinutes"),
    volunteerCount: t.exposeInt("volunteerCount", { description: "Volunteers with hours in the year (1 or 0 for one volunteer)." }),
    months: t.field({ type: [MonthTotals], resolve: (s) => s.months }),
    byActivity: t.field({ type: [ActivityTotals], resolve: (s) => s.byActivity }),
  }),
});

const YearRuleEnum = builder.enumType("EhrenamtskarteYearRule", {
  description: "Which alternative a year meets: the approved hours of the year, else the weekly average, else none.",
  values: ["HOURS_PER_YEAR", "HOURS_PER_WEEK", "NONE"] as const,
});

const EligibilityYearRef = builder.objectRef<EligibilityYear>("EhrenamtskarteYear").implement({
  description: "One of the last N years (counted back from today) and whether it meets the hours rule.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    index: t.exposeInt("index", { description: "1 = the year up to today." }),
    from: t.exposeString("from"),
    to: t.exposeString("to"),
    hours: t.exposeFloat("hours"),
    averageHoursPerWeek: t.exposeFloat("averageHoursPerWeek"),
    minutes: t.exposeInt("minutes", { description: "The approved time of the year in whole minutes, for the \"x Std. y Min.\" people read." }),
    averageMinutesPerWeek: t.exposeInt("averageMinutesPerWeek", { description: "The weekly average in whole minutes." }),
    meets: t.exposeBoolean("meets"),
    decidedBy: t.field({ type: YearRuleEnum, resolve: (y) => y.decidedBy }),
  }),
});

const EligibilityRef = builder.objectRef<Eligibility>("EhrenamtskarteEligibility").implement({
  description: "Whether the volunteer meets the Ehrenamtskarte rules today, with the numbers behind the answer.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    eligible: t.exposeBoolean("eligible"),
    years: t.field({ type: [EligibilityYearRef], description: "Each of the last N years, most recent first.", resolve: (e) => e.years }),
    hoursLast12Months: t.exposeFloat("hoursLast12Months"),
    averageHoursPerWeek: t.exposeFloat("averageHoursPerWeek"),
    meetsHours: t.exposeBoolean("meetsHours", { description: "Every one of the last N years meets one of the two alternatives." }),
    activeSince: t.string({ nullable: true, resolve: (e) => (e.activeSince ? dateString(e.activeSince) : null) }),
    activeYears: t.exposeFloat("activeYears"),
    meetsDuration: t.exposeBoolean("meetsDuration"),
    requiredHoursPerWeek: t.float({ resolve: (e) => e.rules.hoursPerWeek }),
    requiredHoursPerYear: t.float({ resolve: (e) => e.rules.hoursPerYear }),
    requiredActiveYears: t.float({ resolve: (e) => e.rules.minActiveYears }),
    countsCourseAttendance: t.boolean({ description: "Whether Kursbesuch entries count (organisation setting).", resolve: (e) => e.rules.countsCourseAttendance }),
    card: t.field({ type: CardRef, nullable: true, description: "The card last recorded as issued, with its expiry.", resolve: (e) => e.card ?? null }),
  }),
});

// On the volunteer too, so a page that starts from `myVolunteerProfile` needs no id first (one request).
builder.objectField(VolunteerRef, "ehrenamtskarteEligibility", (t) =>
  t.field({ type: EligibilityRef, resolve: (profile, _args, ctx) => eligibilityOf(serviceCtx(ctx), { volunteerId: profile.id }) }),
);

// ---- fields --------------------------------------------------------------------

type VolunteersFilterArgs = typeof VolunteersFilter.$inferInput | null | undefined;

type HourLogsFilterArgs = typeof HourLogsFilter.$inferInput | null | undefined;

/** The caller's own entries (null when they have no volunteer profile here); a volunteerId in the filter is ignored. */
async function myHourLogsWhere(ctx: Context, filter: HourLogsFilterArgs) {
  const own = await ownVolunteerId(ctx);
  return own ? { ...hourLogsWhere({ ...filter, volunteerId: null }), volunteerId: own } : null;
}

const queueWhere = (filter: HourLogsFilterArgs) => hourLogsWhere(filter && { ...filter, volunteerId: filter.volunteerId?.id });

/**
 * The number of entries a coordinator's list holds. The review queue (every
 * pending entry) and the approved list add up the kept monthly totals (a few
 * dozen rows) instead of counting tens of thousands of entries; any narrower
 * filter counts the entries themselves.
 */
async function hourLogCount(ctx: Context, filter: HourLogsFilterArgs): Promise<number> {
  const status = filter?.status;
  if ((status === "PENDING" || status === "APPROVED") && !filter?.volunteerId && !filter?.from && !filter?.to) {
    const totals = await ctx.db.hourMonthTotal.aggregate({ where: { status }, _sum: { entries: true } });
    return totals._sum.entries ?? 0;
  }
  return ctx.db.hourLog.count({ where: queueWhere(filter) });
}

async function volunteersFilterWhere(ctx: Context, filter: VolunteersFilterArgs) {
  const settings = viewerOf(ctx).organization.parsedSettings;
  const plain = filter && { ...filter, topicId: filter.topicId?.id, districtId: filter.districtId?.id };
  return volunteersWhere(plain, settings.volunteers.conductCertificateRevalidateYears);
}

builder.queryFields((t) => ({
  signUpOptions: t.prismaField({
    type: SignUpOptions,
    nullable: true,
    description: "What the public sign-up page of an organisation offers: topics, districts and the current consent text.",
    authScopes: { public: true },
    args: { organizationSlug: t.arg.string() },
    resolve: (query, _root, args, ctx) => ctx.prisma.organization.findUnique({ ...query, where: { slug: args.organizationSlug } }),
  }),
  topics: t.prismaField({
    type: ["Topic"],
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) => listInOrganization(serviceCtx(ctx), "topics", { ...query, orderBy: { sortOrder: "asc" } }) as Promise<Topic[]>,
  }),
  districts: t.prismaField({
    type: ["District"],
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) => listInOrganization(serviceCtx(ctx), "districts", { ...query, orderBy: { name: "asc" } }) as Promise<District[]>,
  }),
  activityTypes: t.prismaField({
    type: ["ActivityType"],
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) => listInOrganization(serviceCtx(ctx), "activities", { ...query, orderBy: { sortOrder: "asc" } }) as Promise<ActivityType[]>,
  }),
  currentConsent: t.prismaField({
    type: ConsentTextRef,
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.consentText.findFirstOrThrow({ ...query, orderBy: { version: "desc" } }),
  }),
  myVolunteerProfile: t.prismaField({
    type: VolunteerRef,
    nullable: true,
    description: "The signed-in person's volunteer profile in the current organisation, if any.",
    authScopes: { signedIn: true },
    resolve: async (query, _root, _args, ctx) => {
      // Read with the other own-profile fields of the request (own-profile.ts) when the session brought the profile's id.
      if (viewerOf(ctx).volunteerProfileId && "select" in query && query.select) {
        return (await readOwnProfile(serviceCtx(ctx), query.select)) as Awaited<ReturnType<typeof ctx.db.volunteerProfile.findFirst<typeof query>>>;
      }
      return ctx.db.volunteerProfile.findFirst({ ...query, where: { userId: viewerOf(ctx).userId } });
    },
  }),
  volunteers: t.prismaConnection({
    type: VolunteerRef,
    cursor: "id",
    authScopes: { may: mayCoordinateVolunteers },
    args: { filter: t.arg({ type: VolunteersFilter, required: false }) },
    resolve: async (query, _root, args, ctx, info) => {
      const where = await volunteersFilterWhere(ctx, args.filter);
      const page = { ...query, where, orderBy: [{ sortName: "asc" }, { id: "asc" }] } satisfies Prisma.VolunteerProfileFindManyArgs;
      if (!isFirstPage(query)) return ctx.db.volunteerProfile.findMany(page);
      // The first page and its total in one statement, as relations of the organisation's row (connection-total.ts).
      const service = serviceCtx(ctx);
      startTotalCount(info, () => countInOrganization(service, "volunteers", where));
      return (await listInOrganization(service, "volunteers", page)) as Awaited<ReturnType<typeof ctx.db.volunteerProfile.findMany<typeof page>>>;
    },
    totalCount: (_c, args, ctx, info) =>
      totalCountOf(info, async () => ctx.db.volunteerProfile.count({ where: await volunteersFilterWhere(ctx, args.filter) })),
  }),
  volunteer: t.prismaField({
    type: VolunteerRef,
    nullable: true,
    authScopes: { may: mayCoordinateVolunteers },
    args: { id: t.arg.globalID({ for: VolunteerRef }) },
    resolve: (query, _root, args, ctx) => ctx.db.volunteerProfile.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  myHourLogs: t.prismaConnection({
    type: "HourLog",
    cursor: "id",
    authScopes: { signedIn: true },
    args: { filter: t.arg({ type: HourLogsFilter, required: false }) },
    resolve: async (query, _root, args, ctx) => {
      const where = await myHourLogsWhere(ctx, args.filter);
      return where ? ctx.db.hourLog.findMany({ ...query, where, orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "asc" }] }) : [];
    },
    totalCount: async (_c, args, ctx) => {
      const where = await myHourLogsWhere(ctx, args.filter);
      return where ? ctx.db.hourLog.count({ where }) : 0;
    },
  }),
  hourLogs: t.prismaConnection({
    type: "HourLog",
    cursor: "id",
    description: "The review queue and hour lists for coordinators: oldest entries first.",
    authScopes: { may: mayReviewHours },
    args: { filter: t.arg({ type: HourLogsFilter, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.hourLog.findMany({
        ...query,
        where: queueWhere(args.filter),
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
    totalCount: (_c, args, ctx) => hourLogCount(ctx, args.filter),
  }),
  hoursSummary: t.field({
    type: HoursSummaryRef,
    description: "Hours by month and activity for one volunteer (themself or a coordinator), or for the whole organisation when volunteerId is omitted (coordinators).",
    authScopes: { signedIn: true },
    args: { volunteerId: t.arg.globalID({ for: VolunteerRef, required: false }), year: t.arg.int({ validate: year }) },
    resolve: async (_root, args, ctx) => {
      if (!args.volunteerId) {
        if (!canExportHours(ctx)) throw new DomainError("FORBIDDEN", "error.forbidden", "volunteerId");
        return summarise(serviceCtx(ctx), { year: args.year, volunteerId: null });
      }
      const profile = await volunteerForViewer(ctx, args.volunteerId.id);
      return summarise(serviceCtx(ctx), { year: args.year, volunteerId: profile.id });
    },
  }),
  ehrenamtskarteEligibility: t.field({
    type: EligibilityRef,
    authScopes: { signedIn: true },
    args: { volunteerId: t.arg.globalID({ for: VolunteerRef }) },
    resolve: (_root, args, ctx) => eligibilityOf(serviceCtx(ctx), { volunteerId: args.volunteerId.id }),
  }),
}));

export { myProfile };

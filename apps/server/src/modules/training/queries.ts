import { builder } from "../../graphql/builder.ts";
import { viewerOf } from "../../graphql/viewer.ts";
import { nowOf, serviceCtx } from "../service-context.ts";
import { ownVolunteerId, readOwnProfile } from "../volunteers/index.ts";
import { cohortNeedsWhere } from "./cohort-needs.ts";
import { CohortsFilter } from "./inputs.ts";
import { CohortRef, CourseRef, EnrolmentRef } from "./types.ts";

const cohortsWhere = (filter: typeof CohortsFilter.$inferInput | null | undefined, userId: string | undefined, now: Date) => ({
  ...(filter?.status ? { status: filter.status } : {}),
  ...(filter?.courseId ? { courseId: filter.courseId.id } : {}),
  ...(filter?.taughtByMe ? (userId ? { trainers: { some: { userId } } } : { id: { in: [] } }) : {}),
  ...(filter?.needs ? { AND: [cohortNeedsWhere(filter.needs, now)] } : {}),
});

interface CohortDefaults {
  capacityMin: number;
  capacityMax: number;
  requiresInterview: boolean;
}

const CohortDefaultsRef = builder.objectRef<CohortDefaults>("CohortDefaults").implement({
  description: "What the cohort form starts from (organisation settings): the usual capacity range and the admission interview.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    capacityMin: t.exposeInt("capacityMin", { description: "A smaller capacity needs the trainer's confirmation." }),
    capacityMax: t.exposeInt("capacityMax", { description: "A larger capacity needs the trainer's confirmation." }),
    requiresInterview: t.exposeBoolean("requiresInterview", { description: "New cohorts start with the admission interview on." }),
  }),
});

builder.queryFields((t) => ({
  cohortDefaults: t.field({
    type: CohortDefaultsRef,
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => {
      const { training } = viewerOf(ctx).organization.parsedSettings;
      return { capacityMin: training.cohortCapacityMin, capacityMax: training.cohortCapacityMax, requiresInterview: training.admissionInterviewByDefault };
    },
  }),
  courses: t.prismaField({
    type: [CourseRef],
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) => ctx.db.course.findMany({ ...query, orderBy: { title: "asc" } }),
  }),
  cohorts: t.prismaConnection({
    type: CohortRef,
    cursor: "id",
    description: "Cohorts, newest first; filtered by status (OPEN is the course catalogue for volunteers).",
    authScopes: { signedIn: true },
    args: { filter: t.arg({ type: CohortsFilter, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.cohort.findMany({
        ...query,
        where: cohortsWhere(args.filter, ctx.viewer?.userId, nowOf(serviceCtx(ctx))),
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      }),
    totalCount: (_c, args, ctx) =>
      ctx.db.cohort.count({
        where: cohortsWhere(args.filter, ctx.viewer?.userId, nowOf(serviceCtx(ctx))),
      }),
  }),
  cohort: t.prismaField({
    type: CohortRef,
    nullable: true,
    authScopes: { signedIn: true },
    args: { id: t.arg.globalID({ for: CohortRef }) },
    resolve: (query, _root, args, ctx) => ctx.db.cohort.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  myEnrolments: t.prismaField({
    type: [EnrolmentRef],
    description: "The signed-in volunteer's applications, places and waiting-list spots.",
    authScopes: { signedIn: true },
    resolve: async (query, _root, _args, ctx) => {
      const own = await ownVolunteerId(ctx);
      if (!own) return [];
      // As a relation of the caller's profile: one statement with the request's other own-profile fields.
      const profile = await readOwnProfile(serviceCtx(ctx), { enrolments: { ...query, orderBy: { appliedAt: "desc" } } });
      return (profile?.enrolments ?? []) as Awaited<ReturnType<typeof ctx.db.enrolment.findMany<typeof query>>>;
    },
  }),
}));

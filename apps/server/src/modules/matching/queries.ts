// Queries of the tandems area: resolvers check the caller and translate ids;
// the rules are in the services.
import { builder } from "../../graphql/builder.ts";
import { mayCoordinateMatching, mayReadMatchingSettings } from "./access.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { viewerOf } from "../../graphql/viewer.ts";
import { serviceCtx } from "../service-context.ts";
import { readOwnProfile, VolunteerRef } from "../volunteers/index.ts";
import { familiesWhere } from "./families.service.ts";
import { FamiliesFilter, MatchesFilter, ProposeAssignmentsInput } from "./inputs.ts";
import { readMatchingSettings } from "./settings.service.ts";
import { matchSuggestions, proposeAssignments, volunteerSuggestions, whyNotMatch } from "./suggestions.service.ts";
import { matchesWhere } from "./tandems-where.ts";
import { BatchProposalRef, FamilyRef, MatchingSettingsRef, MatchSuggestionRef, settingsOf, TandemRef, WhyNotRef } from "./types.ts";

type FamiliesFilterArgs = typeof FamiliesFilter.$inferInput | null | undefined;
const familiesFilterWhere = (filter: FamiliesFilterArgs) =>
  familiesWhere(filter && { ...filter, districtId: filter.districtId?.id ?? null, needId: filter.needId?.id ?? null });

type MatchesFilterArgs = typeof MatchesFilter.$inferInput | null | undefined;
const plainMatchesFilter = (filter: MatchesFilterArgs) =>
  filter && { ...filter, familyId: filter.familyId?.id ?? null, volunteerId: filter.volunteerId?.id ?? null };

builder.queryFields((t) => ({
  families: t.prismaConnection({
    type: FamilyRef,
    cursor: "id",
    description: "Families, those waiting longest first.",
    authScopes: { may: mayCoordinateMatching },
    args: { filter: t.arg({ type: FamiliesFilter, required: false }) },
    resolve: (query, _root, args, ctx) => ctx.db.family.findMany({ ...query, where: familiesFilterWhere(args.filter), orderBy: [{ waitingSince: "asc" }, { id: "asc" }] }),
    totalCount: (_c, args, ctx) => ctx.db.family.count({ where: familiesFilterWhere(args.filter) }),
  }),
  family: t.prismaField({
    type: FamilyRef,
    nullable: true,
    authScopes: { may: mayCoordinateMatching },
    args: { id: t.arg.globalID({ for: FamilyRef }) },
    resolve: (query, _root, args, ctx) => ctx.db.family.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  matchSuggestions: t.field({
    type: [MatchSuggestionRef],
    description: "The volunteers who may be matched with the family, best first, each with its explanation. Hard rules are never broken (see whyNotMatch).",
    authScopes: { may: mayCoordinateMatching },
    errors: { types: standardErrors },
    args: { familyId: t.arg.globalID({ for: FamilyRef }), limit: t.arg.int({ required: false, description: "At most 100; default 20." }) },
    resolve: (_root, args, ctx) => matchSuggestions(serviceCtx(ctx), { familyId: args.familyId.id, limit: args.limit }),
  }),
  volunteerSuggestions: t.field({
    type: [MatchSuggestionRef],
    description: "The waiting families that fit the volunteer, best first, each with its explanation.",
    authScopes: { may: mayCoordinateMatching },
    errors: { types: standardErrors },
    args: { volunteerId: t.arg.globalID({ for: VolunteerRef }), limit: t.arg.int({ required: false }) },
    resolve: (_root, args, ctx) => volunteerSuggestions(serviceCtx(ctx), { volunteerId: args.volunteerId.id, limit: args.limit }),
  }),
  whyNotMatch: t.field({
    type: WhyNotRef,
    description: "Why a family and a volunteer are not suggested: the first hard rule that stops them, or none.",
    authScopes: { may: mayCoordinateMatching },
    errors: { types: standardErrors },
    args: { familyId: t.arg.globalID({ for: FamilyRef }), volunteerId: t.arg.globalID({ for: VolunteerRef }) },
    resolve: (_root, args, ctx) => whyNotMatch(serviceCtx(ctx), { familyId: args.familyId.id, volunteerId: args.volunteerId.id }),
  }),
  proposeAssignments: t.field({
    type: BatchProposalRef,
    description: "The assignment of volunteers to the selected waiting families with the highest total score (capacities, hard rules, pins). Writes nothing.",
    authScopes: { may: mayCoordinateMatching },
    errors: { types: standardErrors },
    args: { input: t.arg({ type: ProposeAssignmentsInput, required: false }) },
    resolve: (_root, { input }, ctx) =>
      proposeAssignments(serviceCtx(ctx), {
        familyIds: input?.familyIds?.map((f) => f.id) ?? null,
        pinned: input?.pinned?.map((p) => ({ familyId: p.familyId.id, volunteerId: p.volunteerId.id })) ?? null,
        forbidden: input?.forbidden?.map((p) => ({ familyId: p.familyId.id, volunteerId: p.volunteerId.id })) ?? null,
      }),
  }),
  matches: t.prismaConnection({
    type: TandemRef,
    cursor: "id",
    description: "Tandems, newest proposal first (coordinators).",
    authScopes: { may: mayCoordinateMatching },
    args: { filter: t.arg({ type: MatchesFilter, required: false }) },
    resolve: async (query, _root, args, ctx) =>
      ctx.db.tandem.findMany({
        ...query,
        where: matchesWhere(plainMatchesFilter(args.filter), (await settingsOf(ctx)).noContactAlertDays),
        orderBy: [{ proposedAt: "desc" }, { id: "asc" }],
      }),
    totalCount: async (_c, args, ctx) => ctx.db.tandem.count({ where: matchesWhere(plainMatchesFilter(args.filter), (await settingsOf(ctx)).noContactAlertDays) }),
  }),
  match: t.prismaField({
    type: TandemRef,
    nullable: true,
    description: "A tandem: coordinators, and the tandem's own volunteer.",
    authScopes: { signedIn: true },
    args: { id: t.arg.globalID({ for: TandemRef }) },
    resolve: (query, _root, args, ctx) => ctx.db.tandem.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  myMatches: t.prismaField({
    type: [TandemRef],
    description: "The signed-in volunteer's proposed, active and paused tandems.",
    authScopes: { signedIn: true },
    resolve: async (query, _root, _args, ctx) => {
      if (!viewerOf(ctx).volunteerProfileId) return [];
      // As a relation of the caller's profile: one statement with the request's other own-profile fields.
      const profile = await readOwnProfile(serviceCtx(ctx), {
        tandems: { ...query, where: { status: { in: ["PROPOSED", "ACTIVE", "PAUSED"] } }, orderBy: { proposedAt: "desc" } },
      });
      return (profile?.tandems ?? []) as Awaited<ReturnType<typeof ctx.db.tandem.findMany<typeof query>>>;
    },
  }),
  matchingSettings: t.field({
    type: MatchingSettingsRef,
    authScopes: { may: mayReadMatchingSettings },
    resolve: (_root, _args, ctx) => readMatchingSettings(serviceCtx(ctx).db),
  }),
}));

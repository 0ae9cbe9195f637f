// GraphQL of allowances: a volunteer's year (limits with what was paid here and
// received elsewhere), the payments, and the volunteer's declarations of
// amounts received elsewhere. Payments are recorded in mutations.ts.
import { allowance, year } from "@lotse/domain/schemas";
import { builder } from "../../graphql/builder.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { viewerOf } from "../../graphql/viewer.ts";
import { serviceCtx } from "../service-context.ts";
import { canSeeVolunteerRow, mayActAsVolunteer, volunteerForViewer } from "./access.ts";
import {
  allowanceLimitCents,
  allowanceTotals,
  declareAllowanceElsewhere,
  LIMITED_KINDS,
  removeAllowanceDeclaration,
  remainingCents,
  type AllowanceTotals,
  type LimitedKind,
} from "./allowances.service.ts";
import { AllowanceKindEnum, AllowancePaymentRef, VolunteerRef } from "./types.ts";

export const AllowanceDeclarationRef = builder.prismaNode("AllowanceDeclaration", {
  id: { field: "id" },
  authScopes: (declaration, ctx) => canSeeVolunteerRow(ctx, declaration),
  description: "An amount the volunteer received elsewhere in the year under a tax-free limit, as they declared it.",
  fields: (t) => ({
    year: t.exposeInt("year"),
    kind: t.expose("kind", { type: AllowanceKindEnum }),
    amountCents: t.exposeInt("amountCents"),
    payer: t.exposeString("payer"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

interface LimitSummary {
  kind: LimitedKind;
  limitCents: number | null;
  paidHereCents: number;
  declaredElsewhereCents: number;
}

const AllowanceLimitRef = builder.objectRef<LimitSummary>("AllowanceLimit").implement({
  description: "A tax-free yearly limit per person across all organisations, and how much of it is used.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    kind: t.field({ type: AllowanceKindEnum, resolve: (l) => l.kind }),
    limitCents: t.int({ nullable: true, resolve: (l) => l.limitCents, description: "Null for a year before the first known limit." }),
    paidHereCents: t.exposeInt("paidHereCents"),
    declaredElsewhereCents: t.exposeInt("declaredElsewhereCents"),
    remainingCents: t.int({
      nullable: true,
      description: "What may still be paid here: the limit minus what was paid here and received elsewhere.",
      resolve: (l) => remainingCents(l.limitCents, l.paidHereCents, l.declaredElsewhereCents),
    }),
  }),
});

interface AllowanceSummary extends AllowanceTotals {
  volunteerId: string;
  year: number;
  limits: LimitSummary[];
}

const AllowanceSummaryRef = builder.objectRef<AllowanceSummary>("AllowanceSummary").implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    year: t.exposeInt("year"),
    limits: t.field({ type: [AllowanceLimitRef], resolve: (s) => s.limits }),
    pauschaleLimitCents: t.int({ nullable: true, resolve: (s) => s.limits[0]!.limitCents }),
    pauschaleCents: t.exposeInt("pauschaleCents", { description: "Ehrenamtspauschale paid here." }),
    pauschaleRemainingCents: t.int({ nullable: true, resolve: (s) => remainingCents(s.limits[0]!.limitCents, s.pauschaleCents, s.pauschaleDeclaredCents) }),
    expensesCents: t.exposeInt("expensesCents"),
    mileageCents: t.exposeInt("mileageCents", { description: "Car travel paid at the organisation's rate per km." }),
    mileageCentsPerKm: t.int({
      description: "The organisation's rate for car travel today, per km.",
      resolve: (_s, _args, ctx) => viewerOf(ctx).organization.parsedSettings.volunteers.mileageCentsPerKm,
    }),
    payments: t.prismaField({
      type: [AllowancePaymentRef],
      resolve: (query, s, _args, ctx) =>
        ctx.db.allowancePayment.findMany({ ...query, where: { volunteerId: s.volunteerId, year: s.year }, orderBy: [{ paidOn: "asc" }, { createdAt: "asc" }] }),
    }),
    declarations: t.prismaField({
      type: [AllowanceDeclarationRef],
      resolve: (query, s, _args, ctx) =>
        ctx.db.allowanceDeclaration.findMany({ ...query, where: { volunteerId: s.volunteerId, year: s.year }, orderBy: { createdAt: "asc" } }),
    }),
  }),
});

builder.queryFields((t) => ({
  allowanceSummary: t.field({
    type: AllowanceSummaryRef,
    authScopes: { signedIn: true },
    args: { volunteerId: t.arg.globalID({ for: VolunteerRef }), year: t.arg.int({ validate: year }) },
    resolve: async (_root, args, ctx) => {
      const profile = await volunteerForViewer(ctx, args.volunteerId.id);
      const settings = viewerOf(ctx).organization.parsedSettings;
      const totals = await allowanceTotals(ctx.db, profile.id, args.year);
      const limits = LIMITED_KINDS.map((kind) => ({
        kind,
        limitCents: allowanceLimitCents(settings, kind, args.year),
        paidHereCents: kind === "EHRENAMTSPAUSCHALE" ? totals.pauschaleCents : totals.uebungsleiterCents,
        declaredElsewhereCents: kind === "EHRENAMTSPAUSCHALE" ? totals.pauschaleDeclaredCents : totals.uebungsleiterDeclaredCents,
      }));
      return { volunteerId: profile.id, year: args.year, limits, ...totals };
    },
  }),
}));

const DeclareAllowanceInput = builder.inputType("DeclareAllowanceElsewhereInput", {
  fields: (t) => ({
    year: t.int({ validate: year }),
    kind: t.field({ type: AllowanceKindEnum, description: "EHRENAMTSPAUSCHALE or UEBUNGSLEITERFREIBETRAG" }),
    amountCents: t.int({ validate: allowance.amountCents }),
    payer: t.string({ validate: allowance.payer, description: "Who paid it (another club or organisation)." }),
  }),
});

builder.mutationFields((t) => ({
  declareAllowanceElsewhere: t.prismaField({
    type: AllowanceDeclarationRef,
    description: "The volunteer declares an amount received elsewhere this year under a tax-free limit; it reduces what remains here.",
    authScopes: { may: mayActAsVolunteer },
    errors: { types: standardErrors },
    args: { input: t.arg({ type: DeclareAllowanceInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const declaration = await declareAllowanceElsewhere(serviceCtx(ctx), input);
      return ctx.db.allowanceDeclaration.findUniqueOrThrow({ ...query, where: { id: declaration.id } });
    },
  }),
  removeAllowanceDeclaration: t.boolean({
    description: "The volunteer takes back one of their declarations.",
    authScopes: { may: mayActAsVolunteer },
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: AllowanceDeclarationRef }) },
    resolve: async (_root, args, ctx) => {
      await removeAllowanceDeclaration(serviceCtx(ctx), { id: args.id.id });
      return true;
    },
  }),
}));

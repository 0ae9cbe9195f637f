// GraphQL of issued Nachweise: the volunteer's list and active time, the
// optional birth date printed on them, issuing (the volunteer their own, a
// coordinator signed in their name), withdrawing (coordinators), and the
// public check by verification code. Rules in nachweise.service.ts.
import { nachweis as nachweisRules } from "@lotse/domain/schemas";
import { builder } from "../../graphql/builder.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { serviceCtx } from "../service-context.ts";
import { canSeeVolunteerRow, canWithdrawNachweis, mayAskForNachweis, mayCoordinateVolunteers, NACHWEIS_VERIFICATION_IS_PUBLIC } from "./access.ts";
import { NachweisContentSchema, type DatePeriod } from "./nachweis-content.ts";
import { issueNachweis, nachweisWindow, setBirthDate, verificationUrl, verifyNachweis, withdrawNachweis, type NachweisVerification } from "./nachweise.service.ts";
import { dateString, VolunteerRef } from "./types.ts";

const contentOf = (n: { content: unknown }) => NachweisContentSchema.parse(n.content);

export const NachweisRef = builder.prismaNode("Nachweis", {
  id: { field: "id" },
  description: "An issued Nachweis über ehrenamtliche Tätigkeit (content frozen when issued). Its PDF: GET /nachweise/<id>.pdf.",
  authScopes: (n, ctx) => canSeeVolunteerRow(ctx, n),
  fields: (t) => ({
    number: t.exposeInt("number", { description: "Consecutive per organisation, without gaps." }),
    verificationCode: t.exposeString("verificationCode"),
    verificationUrl: t.string({ description: "The public page that shows what it certified and whether it was withdrawn.", resolve: (n, _args, ctx) => verificationUrl(ctx, n.verificationCode) }),
    periodFrom: t.string({ resolve: (n) => dateString(n.periodFrom) }),
    periodTo: t.string({ resolve: (n) => dateString(n.periodTo) }),
    requestedFrom: t.string({ resolve: (n) => contentOf(n).requested.from }),
    requestedTo: t.string({ resolve: (n) => contentOf(n).requested.to }),
    clipped: t.boolean({ description: "The period asked for reached outside the active time and was shortened.", resolve: (n) => { const c = contentOf(n); return c.clippedStart || c.clippedEnd; } }),
    approvedMinutes: t.exposeInt("approvedMinutes"),
    issuedAt: t.expose("issuedAt", { type: "DateTime" }),
    issuedByName: t.string({ resolve: (n) => contentOf(n).issuer.name }),
    issuedByCoordinator: t.boolean({ description: "Signed by a coordinator (else issued by the volunteer for themself).", resolve: (n) => contentOf(n).issuer.coordinator }),
    withdrawnAt: t.expose("withdrawnAt", { type: "DateTime", nullable: true }),
    withdrawnReason: t.exposeString("withdrawnReason", { nullable: true }),
    canWithdraw: t.boolean({
      select: { volunteer: { select: { userId: true } } },
      resolve: (n, _args, ctx) => n.withdrawnAt === null && canWithdrawNachweis(ctx, n.volunteer),
    }),
  }),
});

const ActivePeriodRef = builder.objectRef<DatePeriod>("NachweisActivePeriod").implement({
  description: "The time a Nachweis can cover: from approval or the first approved hour to the end of the volunteering or today.",
  authScopes: { signedIn: true },
  fields: (t) => ({ from: t.exposeString("from"), to: t.exposeString("to") }),
});

builder.prismaObjectFields(VolunteerRef, (t) => ({
  birthDate: t.string({
    nullable: true,
    description: "Optional; stored only to be printed on the Nachweis.",
    select: { birthDate: true },
    resolve: (p) => (p.birthDate ? dateString(p.birthDate) : null),
  }),
  nachweise: t.relation("nachweise", { description: "Issued Nachweise, newest first.", query: { orderBy: { number: "desc" } } }),
  nachweisPeriod: t.field({
    type: ActivePeriodRef,
    nullable: true,
    description: "The time a Nachweis can cover; null while the person was never active.",
    resolve: (p, _args, ctx) => nachweisWindow(serviceCtx(ctx), p.id),
  }),
}));

const NachweisYearRef = builder.objectRef<{ year: number; minutes: number; weeklyAverageMinutes: number }>("NachweisVerificationYear").implement({
  authScopes: { public: true },
  fields: (t) => ({ year: t.exposeInt("year"), approvedMinutes: t.exposeInt("minutes"), weeklyAverageMinutes: t.exposeInt("weeklyAverageMinutes") }),
});

const NachweisVerificationRef = builder.objectRef<NachweisVerification>("NachweisVerification").implement({
  description: "What an issued Nachweis certified, for anyone holding its code. The birth date is not shown.",
  authScopes: { public: NACHWEIS_VERIFICATION_IS_PUBLIC },
  fields: (t) => ({
    number: t.exposeInt("number"),
    code: t.exposeString("code"),
    volunteerName: t.string({ resolve: (v) => v.content.volunteerName }),
    organizationName: t.string({ resolve: (v) => v.content.organization.name }),
    activeSince: t.string({ resolve: (v) => v.content.activeSince }),
    periodFrom: t.string({ resolve: (v) => v.content.period.from }),
    periodTo: t.string({ resolve: (v) => v.content.period.to }),
    approvedMinutes: t.int({ resolve: (v) => v.content.totalMinutes }),
    weeklyAverageMinutes: t.int({ resolve: (v) => v.content.weeklyAverageMinutes }),
    years: t.field({ type: [NachweisYearRef], resolve: (v) => v.content.years }),
    issuedOn: t.string({ resolve: (v) => v.content.issuedOn }),
    issuerName: t.string({ resolve: (v) => v.content.issuer.name }),
    issuedByCoordinator: t.boolean({ resolve: (v) => v.content.issuer.coordinator }),
    withdrawn: t.boolean({ resolve: (v) => v.withdrawnAt !== null }),
    withdrawnAt: t.field({ type: "DateTime", nullable: true, resolve: (v) => v.withdrawnAt }),
  }),
});

builder.queryFields((t) => ({
  nachweisVerification: t.field({
    type: NachweisVerificationRef,
    nullable: true,
    description: "Public: the Nachweis with this verification code (case, spaces and dashes do not matter), or null.",
    authScopes: { public: NACHWEIS_VERIFICATION_IS_PUBLIC },
    args: { code: t.arg.string({ validate: nachweisRules.code }) },
    resolve: (_root, args, ctx) => verifyNachweis(serviceCtx(ctx), { code: args.code }),
  }),
}));

const IssueNachweisInput = builder.inputType("IssueNachweisInput", {
  fields: (t) => ({
    volunteerId: t.globalID({ for: VolunteerRef }),
    from: t.string({ validate: nachweisRules.date }),
    to: t.string({ validate: nachweisRules.date }),
  }),
});

builder.mutationFields((t) => ({
  issueNachweis: t.prismaField({
    type: NachweisRef,
    description:
      "Issues a Nachweis for the period, clipped to the time the person was active. The volunteer issues their own; a coordinator's is signed in their name.",
    authScopes: { may: mayAskForNachweis },
    errors: { types: standardErrors },
    args: { input: t.arg({ type: IssueNachweisInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const issued = await issueNachweis(serviceCtx(ctx), { volunteerId: input.volunteerId.id, from: input.from, to: input.to });
      return ctx.db.nachweis.findUniqueOrThrow({ ...query, where: { id: issued.id } });
    },
  }),
  withdrawNachweis: t.prismaField({
    type: NachweisRef,
    description: "Withdraws an issued Nachweis with the reason; the public page then says it was withdrawn.",
    authScopes: { may: mayCoordinateVolunteers },
    errors: { types: standardErrors },
    args: { id: t.arg.globalID({ for: NachweisRef }), reason: t.arg.string({ validate: nachweisRules.reason }) },
    resolve: async (query, _root, args, ctx) => {
      const withdrawn = await withdrawNachweis(serviceCtx(ctx), { nachweisId: args.id.id, reason: args.reason });
      return ctx.db.nachweis.findUniqueOrThrow({ ...query, where: { id: withdrawn.id } });
    },
  }),
  setVolunteerBirthDate: t.prismaField({
    type: VolunteerRef,
    description: "Sets or clears (null) the optional birth date printed on the Nachweis: the volunteer or a coordinator.",
    authScopes: { may: mayAskForNachweis },
    errors: { types: standardErrors },
    args: { volunteerId: t.arg.globalID({ for: VolunteerRef }), birthDate: t.arg.string({ required: false, validate: nachweisRules.date }) },
    resolve: async (query, _root, args, ctx) => {
      const id = await setBirthDate(serviceCtx(ctx), { volunteerId: args.volunteerId.id, birthDate: args.birthDate ?? null });
      return ctx.db.volunteerProfile.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));


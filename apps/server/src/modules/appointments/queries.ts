// Queries of the appointments area (auth rules per field; the services apply access.ts again).
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Context } from "../../context.ts";
import { builder } from "../../graphql/builder.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { serviceCtx } from "../service-context.ts";
import { UserRef } from "../identity/index.ts";
import { VolunteerRef } from "../volunteers/index.ts";
import { canCounsel, canRunPool, COUNSELLOR_MEMBERSHIPS, maySeeCounsellors } from "./access.ts";
import { availableSlots } from "./availability.service.ts";
import { childrenWhere } from "./children.service.ts";
import { counsellorUserId } from "./graphql-ids.ts";
import { AppointmentsFilter, ChildrenFilter, InterpreterRequestsFilter } from "./inputs.ts";
import { interpreterPledgeCandidates, interpreterPool, interpreterSuggestions } from "./interpreters.service.ts";
import { interpreterStatement } from "./statements.service.ts";
import { AppointmentKindEnum, AppointmentRef, ChildRef, CounsellorRef, InterpreterRequestRef, PoolMemberRef, SlotRef, StatementRef } from "./types.ts";

const counselling = { may: canCounsel };
const pool = { may: canRunPool };

async function appointmentsWhere(ctx: Context, filter: typeof AppointmentsFilter.$inferInput | null | undefined): Promise<Prisma.AppointmentWhereInput> {
  const now = new Date();
  const counsellorId = filter?.counsellorId ? await counsellorUserId(ctx, filter.counsellorId.id) : filter?.mine ? ctx.viewer?.userId : undefined;
  return {
    ...(filter?.from || filter?.to ? { startsAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
    ...(counsellorId ? { counsellorId } : {}),
    ...(filter?.childId ? { childId: filter.childId.id } : {}),
    ...(filter?.status ? { status: filter.status } : {}),
    ...(filter?.outcomeMissing ? { status: "BOOKED", endsAt: { lte: now }, outcome: { is: null } } : {}),
  };
}

const requestsWhere = (filter: typeof InterpreterRequestsFilter.$inferInput | null | undefined): Prisma.InterpreterRequestWhereInput => ({
  ...(filter?.open ? { status: "OPEN", startsAt: { gt: new Date() } } : {}),
  ...(filter?.language ? { language: filter.language } : {}),
});

builder.queryFields((t) => ({
  counsellors: t.prismaField({
    type: [CounsellorRef],
    description: "The organisation's active members with the COUNSELLOR role.",
    authScopes: { may: maySeeCounsellors },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.membership.findMany({ ...query, where: COUNSELLOR_MEMBERSHIPS, orderBy: { user: { name: "asc" } } }),
  }),
  availableSlots: t.field({
    type: [SlotRef],
    description: "Free slots in Europe/Berlin for one counsellor (or any, counsellorId left out) and appointment type, days `from` to `to` (YYYY-MM-DD, inclusive).",
    authScopes: counselling,
    errors: { types: standardErrors },
    args: {
      counsellorId: t.arg.globalID({ for: UserRef, required: false }),
      kind: t.arg({ type: AppointmentKindEnum }),
      from: t.arg.string(),
      to: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const counsellorId = args.counsellorId ? await counsellorUserId(ctx, args.counsellorId.id) : null;
      const slots = await availableSlots(serviceCtx(ctx), { counsellorId, kind: args.kind, from: args.from, to: args.to });
      const members = await ctx.db.membership.findMany({
        where: { userId: { in: [...new Set(slots.map((s) => s.counsellorId))] } },
        select: { id: true, userId: true, user: { select: { name: true } } },
      });
      const byUser = new Map(members.map((m) => [m.userId, m]));
      return slots.map((s) => ({ ...s, counsellorMembershipId: byUser.get(s.counsellorId)?.id ?? "", counsellorName: byUser.get(s.counsellorId)?.user.name ?? "" }));
    },
  }),
  children: t.prismaConnection({
    type: ChildRef,
    cursor: "id",
    authScopes: counselling,
    args: { filter: t.arg({ type: ChildrenFilter, required: false }) },
    resolve: (query, _root, args, ctx) => ctx.db.child.findMany({ ...query, where: childrenWhere(args.filter), orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }] }),
    totalCount: (_c, args, ctx) => ctx.db.child.count({ where: childrenWhere(args.filter) }),
  }),
  child: t.prismaField({
    type: ChildRef,
    nullable: true,
    authScopes: counselling,
    args: { id: t.arg.globalID({ for: ChildRef }) },
    resolve: (query, _root, args, ctx) => ctx.db.child.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  appointments: t.prismaConnection({
    type: AppointmentRef,
    cursor: "id",
    authScopes: counselling,
    args: { filter: t.arg({ type: AppointmentsFilter, required: false }) },
    resolve: async (query, _root, args, ctx) =>
      ctx.db.appointment.findMany({ ...query, where: await appointmentsWhere(ctx, args.filter), orderBy: [{ startsAt: "asc" }, { id: "asc" }] }),
    totalCount: async (_c, args, ctx) => ctx.db.appointment.count({ where: await appointmentsWhere(ctx, args.filter) }),
  }),
  appointment: t.prismaField({
    type: AppointmentRef,
    nullable: true,
    authScopes: counselling,
    args: { id: t.arg.globalID({ for: AppointmentRef }) },
    resolve: (query, _root, args, ctx) => ctx.db.appointment.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  interpreterPool: t.field({
    type: [PoolMemberRef],
    description: "The Sprachmittlerpool (optionally of one language) with each interpreter's load.",
    authScopes: pool,
    args: { language: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) => interpreterPool(serviceCtx(ctx), { language: args.language }),
  }),
  interpreterPledgeCandidates: t.field({
    type: [PoolMemberRef],
    description: "Volunteers who offer interpreting and speak German at the minimum but have no pledge recorded: not yet in the pool.",
    authScopes: pool,
    resolve: (_root, _args, ctx) => interpreterPledgeCandidates(serviceCtx(ctx)),
  }),
  interpreterRequests: t.prismaConnection({
    type: InterpreterRequestRef,
    cursor: "id",
    description: "Requests for interpreters, soonest first; `open` for those waiting for the coordinators.",
    authScopes: pool,
    args: { filter: t.arg({ type: InterpreterRequestsFilter, required: false }) },
    resolve: (query, _root, args, ctx) => ctx.db.interpreterRequest.findMany({ ...query, where: requestsWhere(args.filter), orderBy: [{ startsAt: "asc" }, { id: "asc" }] }),
    totalCount: (_c, args, ctx) => ctx.db.interpreterRequest.count({ where: requestsWhere(args.filter) }),
  }),
  interpreterSuggestions: t.field({
    type: [PoolMemberRef],
    description: "Interpreters of the request's language who are free at its time: least load first, then the nearest (distanceKm).",
    authScopes: pool,
    errors: { types: standardErrors },
    args: { appointmentId: t.arg.globalID({ for: AppointmentRef }) },
    resolve: (_root, args, ctx) => interpreterSuggestions(serviceCtx(ctx), { appointmentId: args.appointmentId.id }),
  }),
  myInterpreterAssignments: t.prismaField({
    type: [InterpreterRequestRef],
    description: "The signed-in interpreter's requests to answer and appointments (from a week ago on).",
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) => {
      const own = ctx.viewer?.volunteerProfileId;
      if (!own) return [];
      return ctx.db.interpreterRequest.findMany({
        ...query,
        where: { interpreterId: own, status: { in: ["ASSIGNED", "ACCEPTED", "CANCELLED"] }, startsAt: { gte: new Date(Date.now() - 7 * 86_400_000) } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      });
    },
  }),
  interpreterStatement: t.field({
    type: StatementRef,
    description: "The month's fees (YYYY-MM) of one interpreter or one institution; CSV and PDF at /exports/interpreter-statement.csv|pdf.",
    authScopes: { signedIn: true },
    errors: { types: standardErrors },
    args: {
      month: t.arg.string(),
      interpreterId: t.arg.globalID({ for: VolunteerRef, required: false }),
      institution: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => interpreterStatement(serviceCtx(ctx), { month: args.month, interpreterId: args.interpreterId?.id ?? null, institution: args.institution }),
  }),
}));

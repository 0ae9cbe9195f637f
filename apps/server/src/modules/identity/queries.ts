import { builder } from "../../graphql/builder.ts";
import { isFirstPage, startTotalCount, totalCountOf } from "../../graphql/connection-total.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { countInOrganization, inOrderOf, listInOrganization } from "../organization-row.ts";
import { serviceCtx } from "../service-context.ts";
import { UserStatusEnum, RoleEnum, ViewerRef } from "./types.ts";
import { membershipWhere } from "./users.service.ts";
import { mayAdministerUsers } from "./access.ts";

const UsersFilter = builder.inputType("UsersFilter", {
  fields: (t) => ({
    search: t.string({ required: false }),
    role: t.field({ type: RoleEnum, required: false }),
    status: t.field({ type: UserStatusEnum, required: false }),
  }),
});

builder.queryFields((t) => ({
  me: t.field({
    type: ViewerRef,
    nullable: true,
    description: "The signed-in person, their current organisation and roles; null when signed out.",
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
  users: t.prismaConnection({
    type: "Membership",
    cursor: "id",
    authScopes: { may: mayAdministerUsers },
    args: { filter: t.arg({ type: UsersFilter, required: false }) },
    resolve: async (query, _root, args, ctx, info) => {
      const where = membershipWhere(args.filter);
      const page = { ...query, where, orderBy: [{ user: { name: "asc" } }, { id: "asc" }] } satisfies Prisma.MembershipFindManyArgs;
      if (!isFirstPage(query)) return ctx.db.membership.findMany(page);
      // The first page's ids and its total in one statement, as relations of the organisation's row
      // (connection-total.ts), then the page's rows by id: ordering by the account's name and taking
      // the page on the ids alone keeps PostgreSQL from building every membership's row (user, roles,
      // credential) before it sorts and takes the page.
      const service = serviceCtx(ctx);
      startTotalCount(info, () => countInOrganization(service, "memberships", where));
      const { take, skip, cursor: _cursor, ...selection } = query;
      const ids = (await listInOrganization(service, "memberships", { where, orderBy: page.orderBy, take, skip, select: { id: true } })) as { id: string }[];
      if (ids.length === 0) return [];
      return inOrderOf(ids, await ctx.db.membership.findMany({ ...selection, where: { id: { in: ids.map((row) => row.id) } } }));
    },
    totalCount: (_connection, args, ctx, info) => totalCountOf(info, () => ctx.db.membership.count({ where: membershipWhere(args.filter) })),
  }),
}));

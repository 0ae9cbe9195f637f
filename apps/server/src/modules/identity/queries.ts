import { builder } from "../../graphql/builder.ts";
import { UserStatusEnum, RoleEnum, ViewerRef } from "./types.ts";
import { membershipWhere } from "./users.service.ts";
import { USER_ADMIN } from "./access.ts";

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
    authScopes: { role: USER_ADMIN },
    args: { filter: t.arg({ type: UsersFilter, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.membership.findMany({
        ...query,
        where: membershipWhere(args.filter),
        orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      }),
    totalCount: (_connection, args, ctx) => ctx.db.membership.count({ where: membershipWhere(args.filter) }),
  }),
}));

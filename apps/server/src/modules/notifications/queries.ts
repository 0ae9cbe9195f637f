import { builder } from "../../graphql/builder.ts";
import { serviceCtx } from "../service-context.ts";
import { INBOX_ORDER, inboxWhere, unreadCount } from "./inbox.service.ts";
import { NotificationRef } from "./types.ts";

builder.queryFields((t) => ({
  notifications: t.prismaConnection({
    type: NotificationRef,
    cursor: "id",
    description: "The signed-in person's notifications in the current organisation, newest first.",
    authScopes: { signedIn: true },
    maxSize: 50,
    defaultSize: 20,
    resolve: (query, _root, _args, ctx) => ctx.db.notification.findMany({ ...query, where: inboxWhere(serviceCtx(ctx)), orderBy: INBOX_ORDER }),
    totalCount: (_c, _args, ctx) => ctx.db.notification.count({ where: inboxWhere(serviceCtx(ctx)) }),
  }),
  unreadNotificationCount: t.int({
    description: "How many of the signed-in person's notifications are unread; 0 when signed out.",
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => (ctx.viewer ? unreadCount(serviceCtx(ctx)) : 0),
  }),
}));

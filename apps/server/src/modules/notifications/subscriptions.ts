// `notificationAdded`: each new notification of the signed-in person, live
// (graphql-yoga serves subscriptions as server-sent events). The events come
// from the database on every instance (events.ts); a subscriber only gets its
// own user's, in the organisation it is signed in to, read through its scoped client.
import { filter, map, pipe } from "graphql-yoga";
import { builder } from "../../graphql/builder.ts";
import type { Notification } from "../../generated/prisma/client.ts";
import { signedIn, serviceCtx } from "../service-context.ts";
import { ownNotifications, receivesAnnouncement } from "./access.ts";
import { NotificationRef } from "./types.ts";

builder.subscriptionType({});

builder.subscriptionFields((t) => ({
  notificationAdded: t.field({
    type: NotificationRef,
    description: "Each new notification of the signed-in person in the current organisation, as it is written.",
    authScopes: { signedIn: true },
    subscribe: (_root, _args, ctx) => {
      const viewer = signedIn(serviceCtx(ctx));
      return pipe(
        ctx.notificationEvents.subscribe("notificationAdded", viewer.userId),
        filter((event) => receivesAnnouncement(viewer, event)),
        map((event) => ctx.db.notification.findFirst({ where: { id: event.id, ...ownNotifications(viewer) } })),
        filter((row): row is Notification => row !== null),
      );
    },
    resolve: (row) => row as Notification,
  }),
}));

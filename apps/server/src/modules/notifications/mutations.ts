import { z } from "zod";
import { builder } from "../../graphql/builder.ts";
import { standardErrors } from "../../graphql/errors.ts";
import { serviceCtx } from "../service-context.ts";
import { markRead } from "./inbox.service.ts";

const MarkNotificationsReadResult = builder.objectRef<{ unreadCount: number }>("MarkNotificationsReadResult").implement({
  authScopes: { signedIn: true },
  fields: (t) => ({ unreadCount: t.exposeInt("unreadCount", { description: "Unread notifications left." }) }),
});

builder.mutationFields((t) => ({
  markNotificationsRead: t.field({
    type: MarkNotificationsReadResult,
    description: "Marks the signed-in person's notifications read: the given ones, or all of them.",
    authScopes: { signedIn: true },
    errors: { types: standardErrors },
    args: {
      ids: t.arg.idList({ required: false, validate: z.array(z.uuid()).max(100) }),
      all: t.arg.boolean({ required: false }),
    },
    resolve: async (_root, args, ctx) => ({
      unreadCount: await markRead(serviceCtx(ctx), { ids: args.ids?.map(String), all: args.all }),
    }),
  }),
}));

// A notification as the web shows it: the kind (a work-queue key, worded by
// the web in the reader's language), its parameters, the link and the times.
import { builder } from "../../graphql/builder.ts";
import { isRecipient } from "./access.ts";

interface Param {
  name: string;
  value: string;
}

const NotificationParamRef = builder.objectRef<Param>("NotificationParam").implement({
  description: "A value the message names (a number, an ISO date or time, a course title).",
  authScopes: { signedIn: true },
  fields: (t) => ({
    name: t.exposeString("name"),
    value: t.exposeString("value"),
  }),
});

export const NotificationRef = builder.prismaObject("Notification", {
  description: "Something that needs the signed-in person's action, linked to where it is done.",
  // Only the recipient sees a notification (a colleague in the same organisation does not).
  authScopes: (notification, ctx) => isRecipient(ctx.viewer, notification),
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.exposeString("kind", { description: "The work-queue key of the work it adds to (e.g. volunteers.hoursToReview)." }),
    params: t.field({
      type: [NotificationParamRef],
      resolve: (n) =>
        Object.entries((n.params ?? {}) as Record<string, unknown>)
          .filter(([, value]) => typeof value === "string" || typeof value === "number")
          .map(([name, value]) => ({ name, value: String(value) })),
    }),
    href: t.exposeString("href"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    readAt: t.expose("readAt", { type: "DateTime", nullable: true }),
  }),
});

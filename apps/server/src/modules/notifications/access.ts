// The notifications area's only "who may": a notification is its recipient's
// alone, in the organisation they are signed in to (the scoped client adds
// that); a colleague in the same organisation does not see it. The GraphQL
// type, the inbox queries and the live subscription ask these.
import type { Viewer } from "../identity/index.ts";

/** Whether the caller is the notification's recipient (false when signed out). */
export const isRecipient = (viewer: Pick<Viewer, "userId"> | null | undefined, notification: { userId: string }) =>
  !!viewer && notification.userId === viewer.userId;

/** The rows a signed-in caller may read: their own. */
export const ownNotifications = (viewer: Pick<Viewer, "userId">) => ({ userId: viewer.userId });

/** A live announcement reaches the subscriber it names only in the organisation the subscriber is signed in to. */
export const receivesAnnouncement = (viewer: Pick<Viewer, "userId" | "organizationId">, event: { userId: string; organizationId: string }) =>
  event.organizationId === viewer.organizationId && event.userId === viewer.userId;

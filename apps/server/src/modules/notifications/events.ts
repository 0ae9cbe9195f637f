// Live delivery of new notifications to the open pages (subscription
// `notificationAdded`), on every API instance. The database is the one
// message bus: a trigger announces each new Notification row on the channel
// `lotse_notifications` when its transaction commits (migration
// 20261204050000_notifications), and every instance LISTENs on it — on
// PostgreSQL over a dedicated connection, on the embedded PGlite in process —
// and hands the announcement to graphql-yoga's pub/sub, where the open
// subscriptions of the recipient wait. So an event written through instance A
// reaches a page subscribed on instance B, with no broker besides the database.
import { createPubSub } from "graphql-yoga";
import type { DatabaseAdapter } from "../../db/adapter.ts";
import type { Logger } from "../../logger.ts";

export const NOTIFICATION_CHANNEL = "lotse_notifications";

/** What the trigger announces: ids only; a subscriber reads the row through its own organisation's client. */
export interface NotificationAnnouncement {
  id: string;
  organizationId: string;
  userId: string;
}

export type NotificationPubSub = ReturnType<typeof createNotificationPubSub>;

/** In-process topics per recipient user. */
export function createNotificationPubSub() {
  return createPubSub<{ notificationAdded: [userId: string, payload: NotificationAnnouncement] }>();
}

export interface NotificationEvents {
  pubSub: NotificationPubSub;
  stop(): Promise<void>;
}

function parseAnnouncement(payload: string): NotificationAnnouncement | null {
  try {
    const value = JSON.parse(payload) as Partial<NotificationAnnouncement>;
    if (typeof value.id === "string" && typeof value.organizationId === "string" && typeof value.userId === "string") {
      return { id: value.id, organizationId: value.organizationId, userId: value.userId };
    }
  } catch {
    // fall through: not ours
  }
  return null;
}

/** Starts listening on the database for new notifications; `stop` before the database closes. */
export async function startNotificationEvents(adapter: Pick<DatabaseAdapter, "listen">, logger: Logger): Promise<NotificationEvents> {
  const pubSub = createNotificationPubSub();
  const stop = await adapter.listen(
    NOTIFICATION_CHANNEL,
    (payload) => {
      const announcement = parseAnnouncement(payload);
      if (announcement) pubSub.publish("notificationAdded", announcement.userId, announcement);
      else logger.warn({ channel: NOTIFICATION_CHANNEL }, "unreadable notification announcement ignored");
    },
    (error) => logger.warn({ err: error }, "notification listener lost its database connection; listening again"),
  );
  return { pubSub, stop };
}

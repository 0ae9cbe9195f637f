// In-app notifications: the bell in the web header. The areas' services write
// them (notify, in the transaction of the change) for work that arrives; each
// is one of the area's work-queue entries, so the bell links to the same lists
// the start page counts. Delivered live over the database's LISTEN/NOTIFY to
// every API instance (events.ts) and from there as server-sent events.
import { defineModule } from "../module.ts";
import { personalRows } from "../privacy.ts";
import * as mutations from "./mutations.ts";
import * as queries from "./queries.ts";
import * as subscriptions from "./subscriptions.ts";
import * as types from "./types.ts";

export const notificationsModule = defineModule({
  name: "notifications",
  graphql: [types, queries, mutations, subscriptions],
  privacy: [personalRows("Notification", (s) => ({ userId: s.userId }), { erase: { delete: true } })],
});

export { notify, type Notice, type NotifyDb } from "./notify.service.ts";
export { startNotificationEvents, createNotificationPubSub, type NotificationEvents, type NotificationPubSub } from "./events.ts";

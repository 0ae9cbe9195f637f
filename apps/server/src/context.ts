// What every resolver receives: the caller, the database scoped to the caller's
// organisation, and the system services. Built once per request in app.ts.
import type { Config } from "./config.ts";
import type { ScopedDb } from "./db/tenancy.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";
import type { ApiLocale } from "./i18n/messages.ts";
import type { Logger } from "./logger.ts";
import type { Viewer } from "./modules/identity/index.ts";
import type { NotificationPubSub } from "./modules/notifications/index.ts";

export interface CookieJar {
  /** Queues a Set-Cookie header for the response. */
  set(name: string, value: string, options: { maxAgeSeconds: number }): void;
  clear(name: string): void;
}

export interface Context {
  config: Config;
  logger: Logger;
  /** Unscoped client: only for identity rules that span organisations (sign-in, sessions). */
  prisma: PrismaClient;
  /** Every organisation-owned read and write goes through this client. */
  db: ScopedDb;
  viewer: Viewer | null;
  locale: ApiLocale;
  /** The caller's address ("unknown" without a socket); X-Forwarded-For only from TRUSTED_PROXIES. */
  clientIp: string;
  requestId: string;
  cookies: CookieJar;
  /** New notifications announced by the database, per recipient (subscription `notificationAdded`). */
  notificationEvents: NotificationPubSub;
  /** Re-scopes this request after sign-in, sign-out or an organisation switch. */
  switchViewer(this: Context, viewer: Viewer | null): void;
}

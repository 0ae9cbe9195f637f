// Builds a real app on a fresh database for a test file: in-memory PGlite by
// default, or a throwaway PostgreSQL database when TEST_DATABASE_URL is set
// (CI runs the same suites both ways). Requests go through app.fetch.
// The database is a copy of the run's template (migrated, and seeded unless
// SEED_DEMO=0; see database-template.ts), not migrated and seeded per file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { Lotse } from "@lotse/testing/factories";
import { waitForMail, mailMatches, type Mailbox } from "@lotse/testing/mail";
import { ApiSession } from "@lotse/testing/operations";
import { print } from "graphql";
import { inject } from "vitest";
import { createApp, type App } from "../app.ts";
import { testConfig, type Config } from "../config.ts";
import type { OpenAdapterOptions } from "../db/adapter.ts";
import { openDatabase, type Database } from "../db/open.ts";
import { DEMO_PASSWORD } from "../db/seed.ts";
import { createLogger } from "../logger.ts";
import { templateTarball, type DatabaseTemplates, type TemplateKind } from "./database-template.ts";
import { acquirePGlite } from "./pglite-pool.ts";
import { createThrowawayDatabase } from "./throwaway-postgres.ts";
import { createSession, sessionSettings } from "../modules/identity/index.ts";
import { startNotificationEvents } from "../modules/notifications/index.ts";

export interface GraphqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  headers: Headers;
}

export interface TestSession {
  cookie: string;
  gql<T, V extends Record<string, unknown>>(doc: TypedDocumentNode<T, V> | string, variables?: V): Promise<GraphqlResponse<T>>;
}

export interface TestApp {
  app: App;
  db: Database;
  config: Config;
  /** A caller without a session. */
  anonymous: TestSession;
  signIn(email: string, password?: string): Promise<TestSession>;
  /**
   * This app for the shared factories of @lotse/testing (the browser tests use
   * the same): new sessions speaking the web app's operations, and the outbox
   * as the mailbox (no scheduler delivers mail here).
   */
  lotse: Lotse;
  /** The TestSession of a factory's session (same cookie), for a test's own documents. */
  as(session: ApiSession): TestSession;
  /** A session for a user straight from the database (skips the password check; for tests that need many people). */
  sessionFor(email: string): Promise<TestSession>;
  /**
   * A plain request. `peer` is the socket address it comes from (as node:http
   * would report it); without one the caller's address is unknown.
   */
  request(path: string, init?: RequestInit, peer?: string): Promise<Response>;
  /**
   * Stops this app as a server shutdown does (its database connection closes)
   * and starts a new one on the same database, as after a restart. Only for
   * apps made with `{ restartable: true }`; use the returned app from then on.
   */
  restart(): Promise<TestApp>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Keep the database across `restart()`: on PGlite it lives in a temporary folder instead of memory. */
  restartable?: boolean;
}

interface TestDatabase {
  restartable: boolean;
  remove(): Promise<void>;
}

export async function createTestApp(overrides: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const pgBase = process.env.TEST_DATABASE_URL;
  // Without the globalSetup (e.g. another vitest config) the database is migrated and seeded here.
  const templates: DatabaseTemplates | undefined = inject("databaseTemplates");
  const kind: TemplateKind = testConfig({ SEED_DEMO: "1", ...overrides }).SEED_DEMO ? "seeded" : "migrated";
  const template = templates?.backend === "postgres" && pgBase ? templates.databases[kind] : undefined;
  const pgliteTemplate = templates?.backend === "pglite" && !pgBase ? templates.tarballs[kind] : undefined;

  const throwaway = pgBase ? await createThrowawayDatabase(pgBase, "lotse_test", { template }) : null;
  const dataDir = !throwaway && options.restartable ? mkdtempSync(join(tmpdir(), "lotse-test-")) : null;
  // In memory: a database of the worker's pool (pglite-pool.ts), reset to the template; on disk: loaded from the template.
  const inMemory = !throwaway && !dataDir && (overrides.DATABASE_URL ?? "memory://") === "memory://";
  const open: OpenAdapterOptions =
    pgliteTemplate && inMemory ? { pglite: await acquirePGlite(kind, pgliteTemplate) } : pgliteTemplate ? { initialData: templateTarball(pgliteTemplate) } : {};
  // An empty DATABASE_URL means the embedded PGlite kept in LOTSE_DATA_DIR.
  const database: Record<string, string> = throwaway ? { DATABASE_URL: throwaway.url } : dataDir ? { DATABASE_URL: "", LOTSE_DATA_DIR: dataDir } : {};
  const config = testConfig({ SEED_DEMO: "1", ...database, ...overrides });
  return startTestApp(
    config,
    {
      restartable: !!(throwaway || dataDir),
      async remove() {
        await throwaway?.drop();
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      },
    },
    open,
  );
}

async function startTestApp(config: Config, database: TestDatabase, open: OpenAdapterOptions = {}): Promise<TestApp> {
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");
  let db: Database;
  try {
    db = await openDatabase(config, logger, open);
  } catch (error) {
    await open.pglite?.release();
    await database.remove();
    throw error;
  }
  const events = await startNotificationEvents(db.adapter, logger);
  const app = createApp({ config, logger, prisma: db.prisma, direct: db.direct, viewers: db.viewers, events });

  const request = (path: string, init?: RequestInit, peer?: string) =>
    Promise.resolve(app.fetch(new Request(`http://lotse.test${path}`, init), peer ? { req: { socket: { remoteAddress: peer } } } : {}));

  const session = (cookie: string): TestSession => ({
    cookie,
    async gql(doc, variables) {
      const query = typeof doc === "string" ? doc : print(doc);
      const res = await request("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-lotse-csrf": "1", cookie },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: never };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
  });

  const anonymous = session("");
  const apiSession = () => new ApiSession((init) => request("/graphql", init), "documents");
  const mailbox: Mailbox = {
    newestTo: (to, match) =>
      waitForMail(
        async () => {
          const rows = await db.prisma.outboxMessage.findMany({ where: { toAddress: to }, orderBy: { createdAt: "desc" }, take: 50 });
          return rows.map((m) => ({ to: m.toAddress, subject: m.subject, text: m.textBody })).find((m) => mailMatches(m, match));
        },
        to,
        match,
        // Mail is in the outbox once the request that wrote it has answered.
        0,
      ),
  };
  return {
    app,
    db,
    config,
    anonymous,
    request,
    async signIn(email, password = DEMO_PASSWORD) {
      // The web app's own SignIn operation, as the browser tests send it (@lotse/testing).
      const api = apiSession();
      try {
        await api.signIn(email, password);
      } catch (error) {
        throw new Error(`sign-in as ${email} failed: ${(error as Error).message}`);
      }
      return session(api.cookie);
    },
    lotse: { session: apiSession, mailbox },
    as: (api) => session(api.cookie),
    async sessionFor(email) {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { email } });
      const membership = await db.prisma.membership.findFirstOrThrow({ where: { userId: user.id, active: true }, orderBy: { createdAt: "asc" } });
      const { token } = await createSession(db.prisma, user.id, membership.organizationId, sessionSettings(config));
      return session(`lotse_session=${token}`);
    },
    async restart() {
      if (!database.restartable) throw new Error("an in-memory database does not survive a restart: createTestApp(overrides, { restartable: true })");
      await events.stop();
      await db.close();
      return startTestApp(config, database);
    },
    async close() {
      await events.stop();
      await db.close();
      await database.remove();
    },
  };
}

export function sessionCookieFrom(headers: Headers): string {
  const set = headers.getSetCookie().find((c) => c.startsWith("lotse_session="));
  if (!set) throw new Error("no session cookie in response");
  return set.split(";")[0]!;
}

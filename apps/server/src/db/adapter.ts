// Chooses the database behind Lotse from one URL:
//   unset            -> embedded PGlite persisted in `.data/pglite` (a fresh machine needs nothing)
//   memory://        -> in-memory PGlite (tests, throwaway demos)
//   postgres(ql)://  -> PostgreSQL through @prisma/adapter-pg
// The same driver adapter serves Prisma Client and the WASM migration engine.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { newPGlite } from "./pglite.ts";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { withInstalledParsers } from "./pglite-parsers.ts";
import { announcingViewerChanges, viewerChanges, type ViewerChanges } from "./viewer-changes.ts";

export type DatabaseKind = "pglite-file" | "pglite-memory" | "postgres";

export interface DatabaseAdapter {
  kind: DatabaseKind;
  /** A description safe to log (no password). */
  description: string;
  factory: SqlMigrationAwareDriverAdapterFactory;
  /**
   * Writes through `factory` to the tables a viewer is made of, announced as
   * they happen (db/viewer-changes.ts): this instance's viewer cache listens.
   */
  viewerChanges: ViewerChanges;
  /**
   * For the reads that bypass Prisma Client (db/direct.ts): on PostgreSQL a
   * small pool of its own, on PGlite the same database.
   */
  directFactory: SqlDriverAdapterFactory;
  /** One connection of its own, for the migration runner (session locks, whole scripts). */
  session(): Promise<SqlSession>;
  /**
   * Calls `onPayload` for every NOTIFY on `channel` (any connection, any
   * instance on the same database) until the returned stop is called.
   * PostgreSQL: a dedicated connection of its own that LISTENs (reconnecting
   * after a loss); PGlite: its in-process LISTEN.
   */
  listen(channel: string, onPayload: (payload: string) => void, onError?: (error: Error) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/**
 * A single database session speaking plain SQL. The migration runner needs
 * what Prisma's driver adapters do not offer: a whole script sent as one
 * simple-protocol query (function bodies with `;`), and a session-level
 * advisory lock held on the same connection as the migration.
 */
export interface SqlSession {
  /** Rows as arrays, in column order. */
  query(sql: string, params?: unknown[]): Promise<unknown[][]>;
  /** Runs a script of several statements as one simple query. */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

function pgliteSession(pglite: PGlite): SqlSession {
  // PGlite has exactly one connection; closing it is the adapter's job.
  return {
    query: async (sql, params = []) => (await pglite.query<unknown[]>(sql, params, { rowMode: "array" })).rows,
    exec: async (script) => {
      await pglite.exec(script);
    },
    close: async () => {},
  };
}

async function postgresSession(connectionString: string): Promise<SqlSession> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  await client.connect();
  return {
    query: async (sql, params = []) => (await client.query<unknown[]>({ text: sql, values: params, rowMode: "array" })).rows,
    // Without parameters pg uses the simple query protocol, so the script goes whole.
    exec: async (script) => {
      await client.query(script);
    },
    close: () => client.end(),
  };
}

/** How long a lost LISTEN connection waits before it connects again. */
const RELISTEN_DELAY_MS = 1_000;

async function postgresListen(
  connectionString: string,
  channel: string,
  onPayload: (payload: string) => void,
  onError: (error: Error) => void = () => {},
): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
    next.on("notification", (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    // A dropped connection (database restart, network) listens again on a new one; events in between are lost,
    // which costs a live update only: the rows are in the database and the next page load shows them.
    next.on("error", (error) => {
      onError(error);
      next.end().catch(() => {});
      if (!stopped && client === next) {
        client = null;
        retry = setTimeout(() => void connect().catch(onError), RELISTEN_DELAY_MS);
      }
    });
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    client = next;
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end();
    client = null;
  };
}

export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable database URL)";
  }
}

export interface OpenAdapterOptions {
  /**
   * A PGlite data folder (a `dumpDataDir` tarball) that a new embedded database
   * starts from instead of an empty cluster. Tests use it to skip initdb, the
   * migrations and the seed for every test file; ignored for PostgreSQL.
   */
  initialData?: Blob;
  /**
   * A running PGlite to use for `memory://` instead of starting one (tests reuse
   * databases, testing/pglite-pool.ts); closing the adapter calls `release`.
   */
  pglite?: { pglite: PGlite; release(): Promise<void> };
  /** Named (prepared) statements on PostgreSQL; off behind PgBouncer in transaction mode. Default on. */
  preparedStatements?: boolean;
}

/**
 * Connections of the direct pool (db/direct.ts). It serves the session lookup,
 * one short statement per request, so a few connections keep up with the main
 * pool's ten.
 */
const DIRECT_POOL_SIZE = 4;

/** Distinct statements prepared per connection at most; further ones run unnamed (an empty name). */
const MAX_PREPARED_STATEMENTS = 2000;

/**
 * Names each distinct SQL text once, so `pg` prepares it once per connection
 * and later runs only bind and execute: PostgreSQL skips parsing and
 * planning. The count is bounded because each named statement stays in the
 * server's memory for the connection's lifetime.
 */
export function preparedStatementNames(): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined) {
      if (names.size >= MAX_PREPARED_STATEMENTS) return "";
      names.set(sql, (name = `lotse_${names.size.toString(36)}`));
    }
    return name;
  };
}

export async function openDatabaseAdapter(
  databaseUrl: string | undefined,
  dataDir: string,
  options: OpenAdapterOptions = {},
): Promise<DatabaseAdapter> {
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) {
    const statements = () => (options.preparedStatements === false ? {} : { statementNameGenerator: preparedStatementNames() });
    const changes = viewerChanges();
    const factory = announcingViewerChanges(new PrismaPg({ connectionString: databaseUrl, max: 10 }, statements()), changes);
    return {
      kind: "postgres",
      description: describeUrl(databaseUrl),
      factory,
      viewerChanges: changes,
      directFactory: new PrismaPg({ connectionString: databaseUrl, max: DIRECT_POOL_SIZE }, statements()),
      session: () => postgresSession(databaseUrl),
      listen: (channel, onPayload, onError) => postgresListen(databaseUrl, channel, onPayload, onError),
      close: async () => {},
    };
  }
  if (databaseUrl && databaseUrl !== "memory://") {
    throw new Error(`DATABASE_URL must be unset, memory:// or a postgres:// URL (got ${describeUrl(databaseUrl)})`);
  }
  let pglite: PGlite;
  let kind: DatabaseKind;
  let description: string;
  if (databaseUrl === "memory://" && options.pglite) {
    const lent = options.pglite;
    return { ...pgliteAdapter(lent.pglite, "pglite-memory", "in-memory PGlite"), close: () => lent.release() };
  }
  if (databaseUrl === "memory://") {
    pglite = newPGlite(undefined, { loadDataDir: options.initialData });
    kind = "pglite-memory";
    description = "in-memory PGlite";
  } else {
    const dir = path.resolve(dataDir, "pglite");
    mkdirSync(dir, { recursive: true });
    pglite = newPGlite(dir, { loadDataDir: options.initialData });
    kind = "pglite-file";
    description = `embedded PGlite in ${dir}`;
  }
  await pglite.waitReady;
  return pgliteAdapter(pglite, kind, description);
}

/** Wraps a PGlite that is ready; closing the adapter closes it. */
export function pgliteAdapter(pglite: PGlite, kind: DatabaseKind, description: string): DatabaseAdapter {
  const changes = viewerChanges();
  const direct = new PrismaPGlite(withInstalledParsers(pglite));
  const factory = announcingViewerChanges(direct, changes);
  return {
    kind,
    description,
    factory,
    viewerChanges: changes,
    // The direct reader writes nothing but a session's lastSeenAt, which changes no viewer.
    directFactory: direct,
    session: async () => pgliteSession(pglite),
    listen: async (channel, onPayload) => {
      const stop = await pglite.listen(channel, onPayload);
      return async () => {
        // A PGlite closed first has nothing left to unlisten from.
        if (!pglite.closed) await stop();
      };
    },
    close: () => pglite.close(),
  };
}

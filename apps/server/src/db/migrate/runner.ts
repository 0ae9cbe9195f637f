// The migration runner used at start-up and by `db:migrate`: plain SQL over
// Prisma's own `_prisma_migrations` table, without the schema engine (whose
// WebAssembly and shadow database cost seconds per start). The table, its
// rows and the checksums are exactly what `prisma migrate deploy` writes, so
// either tool can continue where the other stopped.
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlSession } from "../adapter.ts";
import { paths } from "./paths.ts";

export type Log = (line: string) => void;

/** Anything that can open a session of its own: a DatabaseAdapter. */
export interface MigrationTarget {
  session(): Promise<SqlSession>;
}

export interface MigrationFolder {
  /** Folder name, e.g. `20261122120000_init`; also the row name in `_prisma_migrations`. */
  name: string;
  sql: string;
}

export interface MigrationStatus {
  applied: string[];
  /** In the folder, not (successfully) applied; in apply order. */
  pending: string[];
  /** Recorded in the database but absent from the folder: the database is newer than this code. */
  unknown: string[];
  /** Started but never finished (and not rolled back); blocks further migrations. */
  failed: string[];
  /** Applied, but migration.sql changed since (checksum mismatch). */
  edited: string[];
}

export interface FolderOptions {
  /** Defaults to `<repoRoot>/prisma/migrations`. */
  migrationsDir?: string;
}

export interface ApplyOptions extends FolderOptions {
  log?: Log;
}

export const defaultMigrationsDir = (options?: FolderOptions) => options?.migrationsDir ?? paths().migrationsDir;

export async function listMigrationFolders(dir: string = paths().migrationsDir): Promise<MigrationFolder[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  const folders: MigrationFolder[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const file = path.join(dir, entry.name, "migration.sql");
    if (!existsSync(file)) throw new Error(`Migration folder ${entry.name} has no migration.sql (${file})`);
    folders.push({ name: entry.name, sql: await readFile(file, "utf8") });
  }
  // Plain code-unit order, not localeCompare: apply order must not depend on the machine's locale.
  return folders.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Prisma's checksum: sha256 of migration.sql's bytes, lower-case hex. */
export const migrationChecksum = (sql: string) => createHash("sha256").update(sql, "utf8").digest("hex");

// The key `prisma migrate` locks on, so this runner and Prisma's never migrate at the same time.
const PRISMA_ADVISORY_LOCK = 72707369;

// Prisma's DDL for the table (schema-engine, postgres flavour), column for column.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

interface MigrationRow {
  name: string;
  checksum: string;
  finished: boolean;
  rolledBack: boolean;
}

async function readMigrationsTable(session: SqlSession): Promise<MigrationRow[]> {
  // to_regclass follows search_path, as Prisma does when it creates the table.
  const [[exists]] = (await session.query("SELECT to_regclass('_prisma_migrations')::text")) as [[unknown]];
  if (exists == null) return [];
  const rows = await session.query(
    `SELECT migration_name, checksum, finished_at IS NOT NULL, rolled_back_at IS NOT NULL
       FROM _prisma_migrations ORDER BY started_at, migration_name`,
  );
  return rows.map(([name, checksum, finished, rolledBack]) => ({
    name: String(name),
    checksum: String(checksum),
    finished: finished === true,
    rolledBack: rolledBack === true,
  }));
}

function compare(folders: MigrationFolder[], allRows: MigrationRow[]): MigrationStatus {
  const rows = allRows.filter((r) => !r.rolledBack);
  const inFolder = new Map(folders.map((f) => [f.name, f]));
  const appliedRows = rows.filter((r) => r.finished);
  const appliedNames = new Set(appliedRows.map((r) => r.name));
  const failed = [...new Set(rows.filter((r) => !r.finished && !appliedNames.has(r.name)).map((r) => r.name))];
  const recorded = new Set([...appliedNames, ...failed]);
  return {
    applied: folders.filter((f) => appliedNames.has(f.name)).map((f) => f.name),
    pending: folders.filter((f) => !appliedNames.has(f.name)).map((f) => f.name),
    unknown: [...recorded].filter((name) => !inFolder.has(name)).sort(),
    failed,
    edited: appliedRows
      .filter((r) => {
        const f = inFolder.get(r.name);
        return f !== undefined && migrationChecksum(f.sql) !== r.checksum;
      })
      .map((r) => r.name),
  };
}

async function withSession<T>(target: MigrationTarget, fn: (session: SqlSession) => Promise<T>): Promise<T> {
  const session = await target.session();
  try {
    return await fn(session);
  } finally {
    await session.close();
  }
}

export async function migrationStatus(target: MigrationTarget, options?: FolderOptions): Promise<MigrationStatus> {
  const folders = await listMigrationFolders(defaultMigrationsDir(options));
  return withSession(target, async (session) => compare(folders, await readMigrationsTable(session)));
}

export class UnknownMigrationsError extends Error {
  override name = "UnknownMigrationsError";
  constructor(readonly migrations: string[]) {
    super(
      `The database has migrations applied that this code does not know: ${migrations.join(", ")}. ` +
        "The database is newer than this code; deploy the matching (newer) version instead of running this one against it.",
    );
  }
}

export class FailedMigrationsError extends Error {
  override name = "FailedMigrationsError";
  constructor(readonly migrations: string[]) {
    super(
      `Migration(s) ${migrations.join(", ")} failed earlier and left the database in an unknown state. ` +
        "Fix the database by hand, then mark the migration rolled back or applied (see _prisma_migrations.logs).",
    );
  }
}

export async function assertNoUnknownMigrations(target: MigrationTarget, options?: FolderOptions): Promise<void> {
  const { unknown } = await migrationStatus(target, options);
  if (unknown.length > 0) throw new UnknownMigrationsError(unknown);
}

/**
 * Applies every pending migration in folder order, each in a transaction of
 * its own together with its row's completion. Refuses a database that has
 * migrations this code does not know, or a failed one nobody resolved.
 */
export async function applyPendingMigrations(target: MigrationTarget, options: ApplyOptions = {}): Promise<string[]> {
  const log = options.log ?? (() => {});
  const folders = await listMigrationFolders(defaultMigrationsDir(options));
  return withSession(target, async (session) => {
    // Held for the whole run, so a second instance starting at the same moment
    // waits and then finds nothing left to do.
    await session.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})`);
    try {
      const status = compare(folders, await readMigrationsTable(session));
      if (status.unknown.length > 0) throw new UnknownMigrationsError(status.unknown);
      if (status.failed.length > 0) throw new FailedMigrationsError(status.failed);
      if (status.pending.length === 0) {
        log("No pending migrations.");
        return [];
      }
      await session.exec(CREATE_MIGRATIONS_TABLE);
      const pending = new Set(status.pending);
      const applied: string[] = [];
      for (const folder of folders.filter((f) => pending.has(f.name))) {
        await applyOne(session, folder);
        log(`Applied ${folder.name}`);
        applied.push(folder.name);
      }
      return applied;
    } finally {
      await session.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK})`).catch(() => {});
    }
  });
}

async function applyOne(session: SqlSession, folder: MigrationFolder): Promise<void> {
  const id = randomUUID();
  // As Prisma does: the row is written first, outside the migration's
  // transaction, so a failure stays recorded (with its logs) and blocks
  // later runs until someone resolves it.
  await session.query(
    `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
    [id, migrationChecksum(folder.sql), folder.name],
  );
  try {
    await session.exec("BEGIN");
    await session.exec(folder.sql);
    await session.query(`UPDATE _prisma_migrations SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
    await session.exec("COMMIT");
  } catch (error) {
    await session.exec("ROLLBACK").catch(() => {});
    const message = error instanceof Error ? error.message : String(error);
    await session.query(`UPDATE _prisma_migrations SET logs = $2 WHERE id = $1`, [id, `${folder.name}: ${message}`]);
    throw new Error(`Migration ${folder.name} failed: ${message}`, { cause: error });
  }
}

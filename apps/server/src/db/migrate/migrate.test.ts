import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabaseAdapter, type DatabaseAdapter } from "../adapter.ts";
import { readSchema } from "./engine.ts";
import { applyMigrationsWithEngine, createMigration, diffMigrationsToSchema } from "./migrations.ts";
import { paths } from "./paths.ts";
import {
  applyPendingMigrations,
  assertNoUnknownMigrations,
  listMigrationFolders,
  migrationChecksum,
  migrationStatus,
  UnknownMigrationsError,
} from "./runner.ts";
import { emptyCluster } from "../../testing/database-template.ts";
import { createThrowawayDatabase } from "../../testing/throwaway-postgres.ts";

// Every PGlite here starts as initdb leaves a cluster, loaded from the run's copy instead of running initdb each time.
const empty = () => openDatabaseAdapter("memory://", tmpdir(), { initialData: emptyCluster() });

const folderNames = async () => (await listMigrationFolders()).map((f) => f.name);

/** A copy of the real migrations folder, so a test can add migrations without touching the repo. */
function copyMigrations(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lotse-migrations-"));
  cpSync(paths().migrationsDir, dir, { recursive: true });
  return dir;
}

const FUTURE = "29991231235959_from_a_newer_release";

async function fakeFutureMigration(db: DatabaseAdapter): Promise<void> {
  const session = await db.session();
  try {
    await session.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, 'x', $2, now(), now(), 1)`,
      ["00000000-0000-4000-8000-000000000001", FUTURE],
    );
  } finally {
    await session.close();
  }
}

/** What Prisma would compare: every column but the id and the times. */
async function migrationRows(db: DatabaseAdapter) {
  const session = await db.session();
  try {
    return await session.query(
      `SELECT migration_name, checksum, finished_at IS NOT NULL, logs, rolled_back_at, applied_steps_count
         FROM _prisma_migrations ORDER BY migration_name`,
    );
  } finally {
    await session.close();
  }
}

/** Shared by the PGlite and PostgreSQL suites: the full lifecycle on an empty database. */
function lifecycle(open: () => Promise<DatabaseAdapter>) {
  let db: DatabaseAdapter;
  const tempDirs: string[] = [];
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => {
    await db?.close();
    for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  });

  it("applies every pending migration once", async () => {
    const names = await folderNames();
    expect(names.length).toBeGreaterThan(0);
    expect(await migrationStatus(db)).toMatchObject({ applied: [], pending: names, unknown: [], failed: [] });

    expect(await applyPendingMigrations(db)).toEqual(names);
    expect(await migrationStatus(db)).toEqual({ applied: names, pending: [], unknown: [], failed: [], edited: [] });

    const lines: string[] = [];
    expect(await applyPendingMigrations(db, { log: (l) => lines.push(l) })).toEqual([]);
    expect(lines).toEqual(["No pending migrations."]);
  });

  it("runs hand-written SQL whole (function bodies with semicolons) and records failures", async () => {
    const dir = copyMigrations();
    tempDirs.push(dir);
    const trigger = "29990101000000_touch_trigger";
    mkdirSync(path.join(dir, trigger));
    writeFileSync(
      path.join(dir, trigger, "migration.sql"),
      `CREATE FUNCTION lotse_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."updatedAt" := now();
  RETURN NEW;
END;
$$;
CREATE TRIGGER organization_touch BEFORE UPDATE ON "Organization" FOR EACH ROW EXECUTE FUNCTION lotse_touch();
`,
    );
    expect(await applyPendingMigrations(db, { migrationsDir: dir })).toEqual([trigger]);

    const broken = "29990102000000_broken";
    mkdirSync(path.join(dir, broken));
    writeFileSync(path.join(dir, broken, "migration.sql"), `SELECT no_such_column FROM "Organization";\n`);
    await expect(applyPendingMigrations(db, { migrationsDir: dir })).rejects.toThrow(/no_such_column/);
    const status = await migrationStatus(db, { migrationsDir: dir });
    expect(status.failed).toEqual([broken]);
    expect(status.applied).toContain(trigger);

    // Against the real folder those two are migrations this code does not know.
    await expect(assertNoUnknownMigrations(db)).rejects.toBeInstanceOf(UnknownMigrationsError);
  });

  it("refuses a database that is newer than the code", async () => {
    await fakeFutureMigration(db);
    const error = await assertNoUnknownMigrations(db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownMigrationsError);
    expect((error as UnknownMigrationsError).migrations).toContain(FUTURE);
    expect((error as Error).message).toContain(FUTURE);
    expect((error as Error).message).toMatch(/database is newer than this code/);
    await expect(applyPendingMigrations(db)).rejects.toBeInstanceOf(UnknownMigrationsError);
    expect((await migrationStatus(db)).unknown).toContain(FUTURE);
  });
}

// Both run Prisma's schema engine (WebAssembly) over every migration: 10-23 s seen on a busy runner.
describe("migrations folder", () => {
  it("matches prisma/schema/ (run `npm run db:migrate:create -- NAME` after changing the schema)", async () => {
    const drift = await diffMigrationsToSchema({ emptyCluster: emptyCluster() });
    expect(drift, "prisma/schema/ and prisma/migrations differ: run `npm run db:migrate:create -- NAME`").toBe("");
  }, 60_000);

  it("creates the next migration from a schema change", async () => {
    const dir = copyMigrations();
    try {
      const schema = readSchema();
      const file = schema.files.find((f) => f.content.includes("model Organization {"))!;
      const changed = file.content.replace(/model Organization \{\n/, "model Organization {\n  probeField String?\n");
      expect(changed).not.toBe(file.content);
      const lines: string[] = [];
      const created = await createMigration("Add probe field", {
        migrationsDir: dir,
        emptyCluster: emptyCluster(),
        schema: { files: schema.files.map((f) => (f === file ? { ...f, content: changed } : f)) },
        log: (l) => lines.push(l),
      });
      expect(created.name).toMatch(/^\d{14}_add_probe_field$/);
      expect(readFileSync(created.file, "utf8")).toMatch(/ALTER TABLE "Organization" ADD COLUMN\s+"probeField" TEXT;/);
      expect(lines.join("\n")).toMatch(/hand-written SQL/);
      expect((await listMigrationFolders(dir)).at(-1)?.name).toBe(created.name);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("on in-memory PGlite", () => {
  lifecycle(empty);
});

describe("the runner and Prisma's schema engine", () => {
  it("write the same _prisma_migrations rows and accept each other's", async () => {
    const byEngine = await empty();
    const byRunner = await empty();
    try {
      const names = await folderNames();
      expect(await applyMigrationsWithEngine(byEngine.factory)).toEqual(names);
      expect(await applyPendingMigrations(byRunner)).toEqual(names);
      const rows = await migrationRows(byRunner);
      expect(rows).toEqual(await migrationRows(byEngine));
      const folders = await listMigrationFolders();
      expect(rows.map((r) => r[1])).toEqual(folders.map((f) => migrationChecksum(f.sql)));
      expect(rows.every((r) => r[2] === true && r[3] === null && r[4] === null && r[5] === 1)).toBe(true);
      // Each sees nothing left to do on the other's database (`prisma migrate deploy` is the engine).
      expect(await applyMigrationsWithEngine(byRunner.factory)).toEqual([]);
      expect(await applyPendingMigrations(byEngine)).toEqual([]);
    } finally {
      await byEngine.close();
      await byRunner.close();
    }
  }, 120_000);
});

const testDatabaseUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!testDatabaseUrl)("on PostgreSQL (TEST_DATABASE_URL)", () => {
  // A database of its own, so other suites using TEST_DATABASE_URL never see these tables; a
  // random name, so a second run against the same server at the same time is not dropped under it.
  lifecycle(async () => {
    const throwaway = await createThrowawayDatabase(testDatabaseUrl!, "lotse_migrate_test");
    const adapter = await openDatabaseAdapter(throwaway.url, tmpdir());
    return { ...adapter, close: () => throwaway.drop() };
  });
});

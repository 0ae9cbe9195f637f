// One migrated (and one migrated + seeded) database, copied for every test
// file. PGlite's are kept between runs while their inputs stay the same
// (template-cache.ts); PostgreSQL's are made per run. Booting an empty PGlite (initdb), migrating it and hashing
// the demo passwords cost seconds per file; copying a finished one costs one.
//   PGlite:     a `dumpDataDir` tarball per template, read once per test worker and loaded
//               for each test file (`loadDataDir`). Measured on 2 busy cores: empty PGlite
//               4.3 s, load a tarball 1.0 s; `clone()` is dump + load, so it only pays inside
//               the process holding the template. Uncompressed: gunzip cost 0.3-0.5 s CPU per
//               file, more than reading 42 MB once per worker saves.
//   PostgreSQL: template databases, copied with `CREATE DATABASE … TEMPLATE`.
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { newPGlite } from "../db/pglite.ts";
import pg from "pg";
import { inject } from "vitest";
import { testConfig } from "../config.ts";
import { openDatabaseAdapter, pgliteAdapter, type DatabaseAdapter } from "../db/adapter.ts";
import { createPrismaClient } from "../db/client.ts";
import { applyPendingMigrations } from "../db/migrate/runner.ts";
import { seedDemoData } from "../db/seed.ts";
import { snapshotFile, writeSnapshot } from "./pglite-pool.ts";
import { cachedTemplates, templateCacheKey } from "./template-cache.ts";

/** Which state a test file starts from: `SEED_DEMO=0` gets `migrated`, everything else `seeded`. */
export type TemplateKind = "migrated" | "seeded";

/**
 * Where the templates of this run are; passed from vitest's globalSetup to the workers.
 * PGlite also keeps `empty`: the cluster exactly as initdb leaves it, for tests that need a
 * database without migrations (loading it costs ~0.5 s CPU, initdb ~2.3 s).
 */
export type DatabaseTemplates =
  | { backend: "pglite"; tarballs: Record<TemplateKind | "empty", string> }
  | { backend: "postgres"; baseUrl: string; databases: Record<TemplateKind, string> };

export interface BuiltTemplates {
  templates: DatabaseTemplates;
  remove(): Promise<void>;
}

export async function buildTemplates(postgresBaseUrl: string | undefined): Promise<BuiltTemplates> {
  return postgresBaseUrl ? buildPostgresTemplates(postgresBaseUrl) : buildPGliteTemplates();
}

async function buildPGliteTemplates(): Promise<BuiltTemplates> {
  // Kept between runs under node_modules/.cache (template-cache.ts); nothing to remove.
  const dir = await cachedTemplates(templateCacheKey(), writePGliteTemplates);
  const tarballs = { empty: path.join(dir, "empty.tar"), migrated: path.join(dir, "migrated.tar"), seeded: path.join(dir, "seeded.tar") };
  return { templates: { backend: "pglite", tarballs }, remove: async () => {} };
}

async function writePGliteTemplates(dir: string): Promise<void> {
  const pglite = newPGlite();
  try {
    await pglite.waitReady;
    writeFileSync(path.join(dir, "empty.tar"), Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
    const adapter = pgliteAdapter(pglite, "pglite-memory", "template");
    await applyPendingMigrations(adapter);
    writeFileSync(path.join(dir, "migrated.tar"), Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
    await writeSnapshot(pglite, snapshotFile(path.join(dir, "migrated.tar")));
    await seed(adapter.factory);
    writeFileSync(path.join(dir, "seeded.tar"), Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
    await writeSnapshot(pglite, snapshotFile(path.join(dir, "seeded.tar")));
  } finally {
    await pglite.close();
  }
}

async function buildPostgresTemplates(baseUrl: string): Promise<BuiltTemplates> {
  // A random name per run: several runs may share one server (CI, other checkouts).
  const stem = `lotse_template_${randomBytes(4).toString("hex")}`;
  const databases = { migrated: `${stem}_migrated`, seeded: `${stem}_seeded` };
  const remove = () => adminQuery(baseUrl, Object.values(databases).map((name) => `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  try {
    await adminQuery(baseUrl, [`CREATE DATABASE ${databases.migrated}`]);
    await withPostgres(databaseUrl(baseUrl, databases.migrated), (adapter) => applyPendingMigrations(adapter));
    await adminQuery(baseUrl, [`CREATE DATABASE ${databases.seeded} TEMPLATE ${databases.migrated}`]);
    await withPostgres(databaseUrl(baseUrl, databases.seeded), (adapter) => seed(adapter.factory));
  } catch (error) {
    await remove();
    throw error;
  }
  return { templates: { backend: "postgres", baseUrl, databases }, remove };
}

type Factory = DatabaseAdapter["factory"];

async function seed(factory: Factory): Promise<void> {
  const prisma = createPrismaClient(factory);
  try {
    // At the tests' password cost (testConfig), like every hash the test apps make.
    await seedDemoData(prisma, testConfig());
  } finally {
    await prisma.$disconnect();
  }
}

async function withPostgres<T>(url: string, fn: (adapter: DatabaseAdapter) => Promise<T>): Promise<T> {
  const adapter = await openDatabaseAdapter(url, tmpdir());
  try {
    return await fn(adapter);
  } finally {
    await adapter.close();
  }
}

export function databaseUrl(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(baseUrl: string, statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: baseUrl, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    for (const sql of statements) await admin.query(sql);
  } finally {
    await admin.end();
  }
}

// Test workers run many files (vitest `isolate: false`), so each reads a template once.
const tarballs = new Map<string, Blob>();

/** The PGlite data folder a test file's database starts from. */
export function templateTarball(file: string): Blob {
  let blob = tarballs.get(file);
  if (!blob) tarballs.set(file, (blob = new Blob([readFileSync(file)])));
  return blob;
}

/**
 * A PGlite cluster as initdb leaves it (no migrations), for a test's own scratch
 * database: `newPGlite(undefined, { loadDataDir: emptyCluster() })` starts the same database
 * as `newPGlite()` without running initdb. Undefined without the PGlite globalSetup.
 */
export function emptyCluster(): Blob | undefined {
  const templates: DatabaseTemplates | undefined = inject("databaseTemplates");
  return templates?.backend === "pglite" ? templateTarball(templates.tarballs.empty) : undefined;
}

// Chooses the database behind Lotse from one URL:
//   unset            -> embedded PGlite persisted in `.data/pglite` (a fresh machine needs nothing)
//   memory://        -> in-memory PGlite (tests, throwaway demos)
//   postgres(ql)://  -> PostgreSQL through @prisma/adapter-pg
// The same driver adapter serves Prisma Client and the WASM migration engine.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

export type DatabaseKind = "pglite-file" | "pglite-memory" | "postgres";

export interface DatabaseAdapter {
  kind: DatabaseKind;
  /** A description safe to log (no password). */
  description: string;
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
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
}

export async function openDatabaseAdapter(
  databaseUrl: string | undefined,
  dataDir: string,
  options: OpenAdapterOptions = {},
): Promise<DatabaseAdapter> {
  if (databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)) {
    const factory = new PrismaPg({ connectionString: databaseUrl, max: 10 });
    return { kind: "postgres", description: describeUrl(databaseUrl), factory, close: async () => {} };
  }
  if (databaseUrl && databaseUrl !== "memory://") {
    throw new Error(`DATABASE_URL must be unset, memory:// or a postgres:// URL (got ${describeUrl(databaseUrl)})`);
  }
  let pglite: PGlite;
  let kind: DatabaseKind;
  let description: string;
  if (databaseUrl === "memory://") {
    pglite = new PGlite({ loadDataDir: options.initialData });
    kind = "pglite-memory";
    description = "in-memory PGlite";
  } else {
    const dir = path.resolve(dataDir, "pglite");
    mkdirSync(dir, { recursive: true });
    pglite = new PGlite(dir, { loadDataDir: options.initialData });
    kind = "pglite-file";
    description = `embedded PGlite in ${dir}`;
  }
  await pglite.waitReady;
  return { kind, description, factory: new PrismaPGlite(pglite), close: () => pglite.close() };
}

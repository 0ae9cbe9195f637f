// In-memory PGlite databases reused from test file to test file within a test
// worker (vitest runs many files per worker, isolate: false). Starting a PGlite
// and loading a template tarball costs about a second per file; putting the
// rows of a template back into a database that is already running costs a few
// milliseconds. So a closed test app hands its PGlite back here, and the next
// app gets it with every table and sequence reset to the template it asks for.
//
// What a reset restores: the rows of every table (DELETE, then COPY of the
// template's rows with triggers and foreign-key checks off, so trigger-kept
// totals come back exactly as they were; the rows are stored beside each template
// tarball when the templates are built) and every sequence's position; the
// session is DISCARDed (settings, temporary tables, prepared statements, advisory
// locks). What it cannot restore is the schema, so a database is reused only
// when its catalogue (tables, columns, functions, triggers, constraints, types,
// roles, ...) is exactly the template's; a test that changed it (DDL) leaves a
// database that is closed, not reused. Likewise one left inside a transaction.
import { readFileSync, writeFileSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import { newPGlite } from "../db/pglite.ts";
import type { TemplateKind } from "./database-template.ts";
import { templateTarball } from "./database-template.ts";

/** A template's contents: rows per table (COPY text format) and each sequence's position. */
interface Snapshot {
  /** Every table of the template, data or not (all are emptied by a reset). */
  tables: string[];
  rows: { table: string; data: Blob }[];
  sequences: { name: string; value: string | null }[];
}

/** A PGlite that is lent out; `release()` hands it back (or closes it when it cannot be reused). */
export interface PooledPGlite {
  pglite: PGlite;
  release(): Promise<void>;
}

/** Idle databases kept per worker: most files have one app open at a time, a few two. */
const MAX_IDLE = 2;

const idle: PGlite[] = [];
const snapshots = new Map<TemplateKind, Snapshot>();
/** The template schema's fingerprint; every database of this worker starts from the same migrations. */
let schemaFingerprint: string | undefined;

/** A database with exactly `kind`'s contents, from the pool or loaded from the template tarball. */
export async function acquirePGlite(kind: TemplateKind, tarball: string): Promise<PooledPGlite> {
  const reused = idle.pop();
  let pglite: PGlite;
  if (reused) {
    pglite = reused;
    try {
      await restore(pglite, await snapshotOf(kind, tarball));
    } catch (error) {
      await pglite.close().catch(() => {});
      throw error;
    }
  } else {
    pglite = newPGlite(undefined, { loadDataDir: templateTarball(tarball) });
    await pglite.waitReady;
    schemaFingerprint ??= await fingerprint(pglite);
  }
  let released = false;
  return {
    pglite,
    async release() {
      if (released) return;
      released = true;
      if (await reusable(pglite)) idle.push(pglite);
      else if (!pglite.closed) await pglite.close();
    },
  };
}

/** Written beside each template tarball when the templates are built (database-template.ts). */
export function snapshotFile(tarball: string): string {
  return tarball.replace(/\.tar$/, ".rows.json");
}

interface StoredSnapshot {
  tables: string[];
  rows: { table: string; data: string }[];
  sequences: Snapshot["sequences"];
}

/** Stores what a reset needs to bring a database back to this one's contents. */
export async function writeSnapshot(pglite: PGlite, file: string): Promise<void> {
  const snapshot = await takeSnapshot(pglite);
  const rows = await Promise.all(snapshot.rows.map(async ({ table, data }) => ({ table, data: await data.text() })));
  const stored: StoredSnapshot = { tables: snapshot.tables, rows, sequences: snapshot.sequences };
  writeFileSync(file, JSON.stringify(stored));
}

async function snapshotOf(kind: TemplateKind, tarball: string): Promise<Snapshot> {
  let snapshot = snapshots.get(kind);
  if (!snapshot) {
    const stored = JSON.parse(readFileSync(snapshotFile(tarball), "utf8")) as StoredSnapshot;
    snapshot = { ...stored, rows: stored.rows.map(({ table, data }) => ({ table, data: new Blob([data]) })) };
    snapshots.set(kind, snapshot);
  }
  return snapshot;
}

async function takeSnapshot(pglite: PGlite): Promise<Snapshot> {
  const tables = (
    await pglite.query<{ name: string }>(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND c.relpersistence = 'p' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
        ORDER BY 1`,
    )
  ).rows.map((r) => r.name);
  const rows: Snapshot["rows"] = [];
  for (const table of tables) {
    const { blob } = await pglite.query(`COPY ${table} TO '/dev/blob'`);
    if (blob && blob.size > 0) rows.push({ table, data: blob });
  }
  const sequences = (
    await pglite.query<{ name: string; value: string | null }>(
      `SELECT format('%I.%I', schemaname, sequencename) AS name, last_value::text AS value FROM pg_sequences ORDER BY 1`,
    )
  ).rows;
  return { tables, rows, sequences };
}

async function restore(pglite: PGlite, snapshot: Snapshot): Promise<void> {
  await pglite.transaction(async (tx) => {
    // Triggers and foreign-key checks off: the rows go back exactly as the template has them.
    // DELETE rather than TRUNCATE: an empty table costs nothing, while TRUNCATE gives each of
    // the ~40 tables and its indexes new files (~0.1 s CPU a reset).
    await tx.exec(`SET LOCAL session_replication_role = replica; ${snapshot.tables.map((t) => `DELETE FROM ${t};`).join(" ")}`);
    for (const { table, data } of snapshot.rows) await tx.query(`COPY ${table} FROM '/dev/blob'`, [], { blob: data });
    for (const { name, value } of snapshot.sequences) {
      // A sequence never used yet (last_value NULL) starts again at its start value.
      await tx.query(value === null ? `SELECT setval($1::regclass, (SELECT seqstart FROM pg_sequence WHERE seqrelid = $1::regclass), false)` : `SELECT setval($1::regclass, $2::bigint, true)`, value === null ? [name] : [name, value]);
    }
  });
}

async function reusable(pglite: PGlite): Promise<boolean> {
  if (pglite.closed || idle.length >= MAX_IDLE) return false;
  try {
    if (pglite.isInTransaction()) return false;
    await pglite.exec("DISCARD ALL");
    return (await fingerprint(pglite)) === schemaFingerprint;
  } catch {
    return false;
  }
}

/** A hash of the catalogue's user-made objects: unchanged by data changes or VACUUM; changed by any DDL. */
async function fingerprint(pglite: PGlite): Promise<string> {
  const { rows } = await pglite.query<{ fingerprint: string }>(`
    SELECT md5(string_agg(x, '|' ORDER BY x)) AS fingerprint FROM (
      SELECT concat_ws(':', 'class', c.oid, c.relname, c.relkind, c.relnatts, c.relnamespace, c.relrowsecurity) FROM pg_class c
       WHERE c.oid >= 16384 AND c.relpersistence <> 't'
      UNION ALL SELECT concat_ws(':', 'column', a.attrelid, a.attnum, a.attname, a.atttypid, a.attnotnull, a.atthasdef, a.attisdropped, a.attgenerated) FROM pg_attribute a
       WHERE a.attrelid >= 16384 AND a.attnum > 0
      UNION ALL SELECT concat_ws(':', 'default', d.oid, md5(pg_get_expr(d.adbin, d.adrelid))) FROM pg_attrdef d
      UNION ALL SELECT concat_ws(':', 'function', p.oid, p.proname, md5(p.prosrc)) FROM pg_proc p WHERE p.oid >= 16384
      UNION ALL SELECT concat_ws(':', 'trigger', t.oid, t.tgname, t.tgenabled) FROM pg_trigger t WHERE t.oid >= 16384
      UNION ALL SELECT concat_ws(':', 'constraint', k.oid, k.conname, k.convalidated) FROM pg_constraint k WHERE k.oid >= 16384
      UNION ALL SELECT concat_ws(':', 'type', y.oid, y.typname) FROM pg_type y WHERE y.oid >= 16384
      UNION ALL SELECT concat_ws(':', 'rule', r.oid, r.rulename, r.ev_enabled) FROM pg_rewrite r WHERE r.oid >= 16384
      UNION ALL SELECT concat_ws(':', 'policy', o.oid, o.polname) FROM pg_policy o
      UNION ALL SELECT concat_ws(':', 'namespace', n.oid, n.nspname) FROM pg_namespace n
      UNION ALL SELECT concat_ws(':', 'role', r.oid, r.rolname, r.rolsuper) FROM pg_authid r
      UNION ALL SELECT concat_ws(':', 'extension', e.oid, e.extname, e.extversion) FROM pg_extension e
    ) AS catalogue(x)`);
  return rows[0]!.fingerprint;
}

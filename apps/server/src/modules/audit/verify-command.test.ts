// The verification command, `npm run audit:verify` (scripts/db.ts audit-verify),
// as an operator runs it against a database: it seals what is pending, names
// each organisation's chain intact, and after an entry was changed in the
// database it names where the chain breaks and exits with 1.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { openDatabaseAdapter, type DatabaseAdapter } from "../../db/adapter.ts";
import { createPrismaClient } from "../../db/client.ts";
import { templateTarball } from "../../testing/database-template.ts";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../../testing/throwaway-postgres.ts";

const serverDir = path.resolve(import.meta.dirname, "../../..");
const pgBase = process.env.TEST_DATABASE_URL;
let dataDir = "";
let throwaway: ThrowawayDatabase | null = null;

/** The seeded test database, on disk (PGlite) or as a database of its own (PostgreSQL), where a separate process can open it. */
beforeAll(async () => {
  const templates = inject("databaseTemplates");
  dataDir = mkdtempSync(path.join(tmpdir(), "lotse-audit-verify-"));
  if (pgBase && templates.backend === "postgres") {
    throwaway = await createThrowawayDatabase(pgBase, "lotse_test", { template: templates.databases.seeded });
  } else if (templates.backend === "pglite") {
    const adapter = await openDatabaseAdapter(undefined, dataDir, { initialData: templateTarball(templates.tarballs.seeded) });
    await adapter.close();
  }
}, 60_000);
afterAll(async () => {
  await throwaway?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

const databaseUrl = () => throwaway?.url ?? "";

/** The command, as a separate process, with its output and exit code. */
function auditVerify() {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/db.ts", "audit-verify"], {
    cwd: serverDir,
    env: { ...process.env, DATABASE_URL: databaseUrl(), LOTSE_DATA_DIR: dataDir, NODE_ENV: "development" },
    encoding: "utf8",
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

/** The database as this test (not the application) reaches it. */
async function withDatabase<T>(fn: (adapter: DatabaseAdapter) => Promise<T>): Promise<T> {
  const adapter = await openDatabaseAdapter(databaseUrl() || undefined, dataDir);
  try {
    return await fn(adapter);
  } finally {
    await adapter.close();
  }
}

it("says each chain is intact, then where it breaks after an entry is changed in the database, and exits with 1", async () => {
  // Entries to seal: the command seals what is pending before it checks.
  await withDatabase(async (adapter) => {
    const prisma = createPrismaClient(adapter.factory);
    try {
      const org = await prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
      await prisma.auditLog.createMany({ data: [1, 2, 3].map((n) => ({ organizationId: org.id, action: "test.verifyCommand", entityType: "Test", entityId: `v-${n}`, changes: { n } })) });
    } finally {
      await prisma.$disconnect();
    }
  });
  const intact = auditVerify();
  expect(intact.out).toMatch(/Sealed [1-9]\d* pending audit entr/);
  expect(intact.out).toMatch(/oldenburg: \d+ entries, intact; last no\. \d+/);
  expect(intact.status).toBe(0);

  // Someone with database access edits the second of them, past the application's guard.
  const seq = await withDatabase(async (adapter) => {
    const prisma = createPrismaClient(adapter.factory);
    try {
      const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "test.verifyCommand", entityId: "v-2" } });
      await prisma.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER USER`);
      await prisma.$executeRawUnsafe(`UPDATE "AuditLog" SET "changes" = '{"n": 20}'::jsonb WHERE "id" = $1`, entry.id);
      await prisma.$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER USER`);
      return entry.chainSeq!;
    } finally {
      await prisma.$disconnect();
    }
  });
  const broken = auditVerify();
  expect(broken.out).toMatch(new RegExp(`oldenburg: \\d+ entries, BROKEN at entry no\\. ${seq} \\(CHANGED, entry id \\d+\\)`));
  // Another organisation's chain is its own.
  expect(broken.out).toMatch(/osnabrueck: \d+ entries, intact/);
  expect(broken.status).toBe(1);
}, 120_000);

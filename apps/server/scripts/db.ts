// Database CLI: `npm run db -w @lotse/server -- <command>` (root: npm run db:*).
// DATABASE_URL picks the database exactly as the server does (see src/db/adapter.ts).
import { openDatabaseAdapter, type DatabaseAdapter } from "../src/db/adapter.ts";
import { paths } from "../src/db/migrate/paths.ts";
import { applyPendingMigrations, migrationStatus } from "../src/db/migrate/runner.ts";

const USAGE = `Usage: npm run db -w @lotse/server -- <command>
  migrate              apply pending migrations
  create NAME [--empty] generate prisma/migrations/<timestamp>_NAME from prisma/schema/
  status               list applied / pending / unknown migrations (exit 1 if unknown or failed)
  reset                drop everything and reapply all migrations (refused in production)
  seed                 insert demo data (DEMO_DATA=office, the default, or base)
  audit-verify         seal pending audit entries, then check every organisation's audit
                       hash chain (exit 1 where one breaks)`;

const log = (line: string) => console.log(line);

async function withDatabase<T>(fn: (db: DatabaseAdapter) => Promise<T>): Promise<T> {
  const db = await openDatabaseAdapter(process.env.DATABASE_URL || undefined, paths().dataDir);
  log(`Database: ${db.description}`);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function status(): Promise<number> {
  return withDatabase(async (db) => {
    const s = await migrationStatus(db);
    const section = (title: string, names: string[]) => {
      log(`${title} (${names.length})${names.length ? ":" : ""}`);
      for (const n of names) log(`  ${n}`);
    };
    section("Applied", s.applied);
    section("Pending", s.pending);
    if (s.unknown.length) section("Unknown (in the database, not in prisma/migrations: the database is newer than this code)", s.unknown);
    if (s.failed.length) section("Failed", s.failed);
    if (s.edited.length) section("Edited after being applied (checksum differs)", s.edited);
    return s.unknown.length || s.failed.length ? 1 : 0;
  });
}

async function seed(): Promise<void> {
  // Loaded only for this command: the seed pulls in the generated Prisma
  // client, which the migration commands must not depend on (they run before `generate`).
  const { createPrismaClient } = await import("../src/db/client.ts");
  const { seedDemoData } = await import("../src/db/seed.ts");
  const { loadConfig } = await import("../src/config.ts");
  await withDatabase(async (db) => {
    const prisma = createPrismaClient(db.factory);
    try {
      // DEMO_DATA (default office) picks the layers, read like every setting (config.ts).
      const config = loadConfig();
      const started = performance.now();
      const seeded = await seedDemoData(prisma, config);
      log(seeded ? `Seeded demo data (${config.DEMO_DATA}) in ${((performance.now() - started) / 1000).toFixed(1)} s.` : "The database already has organisations; nothing seeded.");
    } finally {
      await prisma.$disconnect();
    }
  });
}

async function auditVerify(): Promise<number> {
  const { createPrismaClient } = await import("../src/db/client.ts");
  // The chain code alone, not the audit module's GraphQL face.
  const { sealAuditEntries, verifyAuditChain } = await import("../src/modules/audit/chain.service.ts");
  return withDatabase(async (db) => {
    const prisma = createPrismaClient(db.factory);
    try {
      const sealed = await sealAuditEntries(prisma);
      log(`Sealed ${sealed} pending audit ${sealed === 1 ? "entry" : "entries"}.`);
      const organizations = await prisma.organization.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } });
      let broken = 0;
      for (const org of organizations) {
        const report = await verifyAuditChain(prisma, org.id);
        const where = report.firstBreak
          ? ` BROKEN at entry no. ${report.firstBreak.seq} (${report.firstBreak.reason}${report.firstBreak.entryId !== null ? `, entry id ${report.firstBreak.entryId}` : ""})`
          : " intact";
        log(`${org.slug}: ${report.checked} entries,${where}; last no. ${report.lastSeq}, hash ${report.lastHash}`);
        if (!report.intact) broken += 1;
      }
      return broken ? 1 : 0;
    } finally {
      await prisma.$disconnect();
    }
  });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "migrate": {
      await withDatabase((db) => applyPendingMigrations(db, { log }));
      return 0;
    }
    case "create": {
      const name = rest.find((a) => !a.startsWith("--"));
      if (!name) {
        console.error("create needs a name, e.g. `npm run db:migrate:create -- add_shift_notes`");
        return 2;
      }
      // The schema engine (WebAssembly) is loaded only for create and reset.
      const { createMigration, EmptyMigrationError } = await import("../src/db/migrate/migrations.ts");
      try {
        await createMigration(name, { allowEmpty: rest.includes("--empty"), log });
      } catch (error) {
        if (!(error instanceof EmptyMigrationError)) throw error;
        log(error.message);
      }
      return 0;
    }
    case "status":
      return status();
    case "reset": {
      if (process.env.NODE_ENV === "production") {
        console.error("Refusing to reset: NODE_ENV=production.");
        return 1;
      }
      const { resetDatabase } = await import("../src/db/migrate/migrations.ts");
      await withDatabase((db) => resetDatabase(db, { log }));
      return 0;
    }
    case "seed":
      await seed();
      return 0;
    case "audit-verify":
      return auditVerify();
    default:
      console.error(command ? `Unknown command: ${command}\n${USAGE}` : USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exitCode = 1;
  },
);

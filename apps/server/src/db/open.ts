// Opens the database the configuration names, brings its schema up to date
// (or refuses to start when it is newer than this code), and seeds demo data
// into an empty database when asked to.
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { openDatabaseAdapter, type DatabaseAdapter, type OpenAdapterOptions } from "./adapter.ts";
import { createPrismaClient, type PrismaClient } from "./client.ts";
import { directSql, type DirectSql } from "./direct.ts";
import { applyPendingMigrations, assertNoUnknownMigrations, migrationStatus } from "./migrate/runner.ts";
import { seedDemoData } from "./seed.ts";
import { VIEWER_CHANGES_CHANNEL } from "./viewer-changes.ts";
import { createViewerCache, type ViewerCache } from "./viewer-cache.ts";

export interface Database {
  adapter: DatabaseAdapter;
  prisma: PrismaClient;
  /** Reads past Prisma Client (db/direct.ts): the session lookup of every request. */
  direct: DirectSql;
  /**
   * This instance's copies of resolved viewers (db/viewer-cache.ts),
   * dropped on every change to what they are made of: writes through this
   * adapter at once, any instance's through the database's announcement.
   */
  viewers: ViewerCache;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, logger: Logger, options: OpenAdapterOptions = {}): Promise<Database> {
  const adapter = await openDatabaseAdapter(config.DATABASE_URL, config.dataDir, {
    ...options,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
  });
  logger.info({ database: adapter.description }, "database opened");
  try {
    await bringSchemaUpToDate(config, logger, adapter);
  } catch (error) {
    await adapter.close();
    throw error;
  }
  const prisma = createPrismaClient(adapter.factory);
  if (config.SEED_DEMO) {
    try {
      const started = performance.now();
      const cpu = process.cpuUsage();
      if (await seedDemoData(prisma, config)) {
        const used = process.cpuUsage(cpu);
        logger.info({ layer: config.DEMO_DATA, ms: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000) }, "demo data loaded");
      }
    } catch (error) {
      await prisma.$disconnect();
      await adapter.close();
      throw error;
    }
  }
  const direct = directSql(adapter.directFactory);
  const viewers = createViewerCache({ ttlMs: config.VIEWER_CACHE_TTL_MS });
  const unsubscribe = adapter.viewerChanges.subscribe(() => viewers.invalidate());
  let stopListening: () => Promise<void>;
  try {
    stopListening = await adapter.listen(
      VIEWER_CHANGES_CHANNEL,
      () => viewers.invalidate(),
      (error) => {
        // Announcements may be lost until it listens again: start over from the database.
        viewers.invalidate();
        logger.warn({ err: error }, "viewer change listener lost its database connection; listening again");
      },
    );
  } catch (error) {
    await prisma.$disconnect();
    await adapter.close();
    throw error;
  }
  return {
    adapter,
    prisma,
    direct,
    viewers,
    async close() {
      unsubscribe();
      await stopListening();
      await direct.close();
      await prisma.$disconnect();
      await adapter.close();
    },
  };
}

async function bringSchemaUpToDate(config: Config, logger: Logger, adapter: DatabaseAdapter) {
  if (config.MIGRATE_ON_START) {
    const applied = await applyPendingMigrations(adapter, { log: (line) => logger.info(line) });
    if (applied.length) logger.info({ applied }, "migrations applied");
  } else {
    await assertNoUnknownMigrations(adapter);
    const { pending } = await migrationStatus(adapter);
    if (pending.length) logger.warn({ pending }, "pending migrations not applied (MIGRATE_ON_START=0)");
  }
}

// Start-up against the embedded database: created on first start, kept on
// disk, migrated, seeded once, and refused when it is newer than the code.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { UnknownMigrationsError } from "./migrate/runner.ts";
import { openDatabase } from "./open.ts";

const logger = createLogger("silent");

describe.skipIf(!!process.env.TEST_DATABASE_URL)("embedded database start-up", () => {
  it("creates, migrates and seeds the database in the data folder, keeps it, and refuses a newer one", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "lotse-data-"));
    const config = testConfig({ DATABASE_URL: "", LOTSE_DATA_DIR: dataDir, SEED_DEMO: "1" });
    expect(config.DATABASE_URL).toBeFalsy();

    const first = await openDatabase(config, logger);
    expect(first.adapter.kind).toBe("pglite-file");
    expect(await first.prisma.user.count()).toBe(6);
    await first.prisma.organization.update({ where: { slug: "oldenburg" }, data: { name: "Stadt Oldenburg (geändert)" } });
    await first.close();

    const second = await openDatabase(config, logger);
    expect((await second.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).name).toBe("Stadt Oldenburg (geändert)");
    expect(await second.prisma.user.count()).toBe(6); // seeded once only
    await second.prisma.$executeRawUnsafe(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ('future', 'x', '29990101000000_from_the_future', now(), now(), 1)`,
    );
    await second.close();

    const refused = openDatabase(config, logger);
    await expect(refused).rejects.toBeInstanceOf(UnknownMigrationsError);
    await expect(refused).rejects.toThrow(/29990101000000_from_the_future/);
    await expect(openDatabase({ ...config, MIGRATE_ON_START: false }, logger)).rejects.toBeInstanceOf(UnknownMigrationsError);
  }, 120_000); // four start-ups with migrations and a seed: 50 s seen on a busy runner
});

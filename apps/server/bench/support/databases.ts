// Where a benchmark runs: the in-memory PGlite first, then a throwaway
// PostgreSQL database when one is reachable (BENCH_DATABASE_URL or
// TEST_DATABASE_URL, else the local server), dropped afterwards.
import { throwawayDatabaseOrNull } from "../../src/testing/throwaway-postgres.ts";

export const PG_BASE = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A rule the run saw broken (a double booking, a place over capacity): the benchmark fails instead of printing a figure. */
export class InvariantBroken extends Error {}

/** Runs `bench` on PGlite, then on PostgreSQL in a database named `name`; any failure ends the process with 1. */
export async function onPgliteAndPostgres(name: string, bench: (label: string, databaseUrl: string) => Promise<void>): Promise<void> {
  try {
    await bench("PGlite", "memory://");
    const pgDb = await throwawayDatabaseOrNull(PG_BASE, name);
    if (pgDb) {
      try {
        await bench("PostgreSQL", pgDb.url);
      } finally {
        await pgDb.drop();
      }
    }
  } catch (error) {
    console.error(error instanceof InvariantBroken ? `INVARIANT BROKEN: ${error.message}` : error);
    process.exit(1);
  }
}

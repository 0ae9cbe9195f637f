// Tests of races (concurrent requests that must end in exactly N outcomes)
// run on PostgreSQL only: PGlite runs one transaction at a time, so a race
// cannot happen there and such a test could never fail. CI runs the suite on
// PostgreSQL too (TEST_DATABASE_URL); on PGlite they show as skipped, with why.
import { describe, it } from "vitest";

export const onPostgres = !!process.env.TEST_DATABASE_URL;

const REASON = "race: PostgreSQL only, PGlite runs one transaction at a time (set TEST_DATABASE_URL)";

/** An `it` that runs only against PostgreSQL; its name carries the reason. */
export function itOnPostgres(name: string, fn: () => Promise<void>, timeout?: number): void {
  it.skipIf(!onPostgres)(`${name} [${REASON}]`, fn, timeout);
}

/** A `describe` whose tests run only against PostgreSQL; its name carries the reason. */
export function describeOnPostgres(name: string, fn: () => void): void {
  describe.skipIf(!onPostgres)(`${name} [${REASON}]`, fn);
}

// Browser end-to-end tests: a real API on an embedded PGlite database, the built
// web app, and Debian's Chromium driven by playwright-core.
import { defineConfig } from "vitest/config";
import SweepFirst from "./support/sequencer.ts";

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["e2e/**/*.test.ts"],
    globalSetup: ["./support/servers.ts"],
    pool: "forks",
    // Two files at a time, each against its worker's own API, database and web app
    // (support/servers.ts), so they share no data. Much of a browser test is waiting
    // (for a page, a mail, a clock minute), which the other file uses.
    maxWorkers: 2,
    // A worker runs its files one after another in one process: playwright-core, the factories and
    // the persisted operations load once per worker, not once per file (each file still gets its
    // own browser contexts and its own people; the files keep no state in shared modules).
    isolate: false,
    // Long files first, so that the two workers finish close together (support/sequencer.ts).
    sequence: { sequencer: SweepFirst },
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // expect.poll waits for the page after a click (a sign-in runs scrypt, a page hydrates); its
    // default of 1 s is less than that takes on a busy 2-core runner. Each try asks the page for its
    // accessibility tree (a role query), work for Chromium's browser and renderer processes that the
    // other worker's pages wait for: tried every 100 ms instead of every 50 ms (the default).
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});

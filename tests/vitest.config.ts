// Browser end-to-end tests: a real API on in-memory PGlite, the built web app,
// and Debian's Chromium driven by playwright-core.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["e2e/**/*.test.ts"],
    globalSetup: ["./support/servers.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    // expect.poll waits for the page after a click (a sign-in runs scrypt, a page hydrates); its
    // default of 1 s is less than that takes on a busy 2-core runner.
    expect: { poll: { timeout: 15_000 } },
  },
});

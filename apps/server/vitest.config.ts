import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for libraries in node_modules; Vite would
    // give our own files the .mjs build. Two copies break instanceof checks, so
    // everything uses the one Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["src/**/*.test.ts"],
    // Migrates and seeds one database per run; each test file gets a copy.
    globalSetup: ["src/testing/global-setup.ts"],
    // PGlite instances are heavy; a couple of forked workers keep memory flat on 2 cores.
    pool: "forks",
    maxWorkers: 2,
    // Each worker runs many test files: the app's modules, Prisma's client, the GraphQL
    // schema and PGlite's compiled WebAssembly load once per worker instead of once per
    // file. Every file still gets its own database (harness.ts); module-level state is
    // limited to caches that are keyed by their content (see README "Test speed").
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

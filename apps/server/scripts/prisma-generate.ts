// Runs `prisma generate` without the native schema-engine download: generation
// never calls the engine, but the CLI checks that a binary exists, so we name
// an executable that does (see prisma.config.ts).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { repoRoot } from "../src/db/migrate/paths.ts";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], {
  cwd: repoRoot,
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);

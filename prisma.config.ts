// Prisma CLI configuration. Only `prisma generate` is run through the CLI; all
// migration work goes through the WASM schema engine (apps/server/src/db/migrate),
// so nothing here needs Prisma's native engine download.
import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";

// `prisma generate` never calls the schema engine, but the CLI insists the
// binary exists; point it at any executable so it skips the download.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(process.env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}

export default defineConfig({
  // A folder: one schema file per area (Prisma's multi-file schema).
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
});

// Unit tests for the web app's plain TypeScript modules (dictionaries, locale
// resolution, error mapping, URL helpers). Pages are covered by the browser tests.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { $lib: fileURLToPath(new URL("./src/lib", import.meta.url)) },
  },
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});

// Unit tests for the web app's plain TypeScript modules (dictionaries, locale
// resolution, error mapping). Components are exercised by the browser tests.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});

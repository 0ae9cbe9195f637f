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
    // The modules under test are plain functions; a test that stubs a global undoes it
    // (vi.unstubAllGlobals). One module graph per worker instead of one per file;
    // shuffled file orders pass alike. The 36 files took 50 s wall (33 s CPU); 17 s with
    // the messages external alone, 4 s with both.
    isolate: false,
    server: {
      deps: {
        // Paraglide's compiled messages are plain ES modules, one per message (over 2,000):
        // Node imports them itself. Through Vite's module runner each file that touched a
        // message fetched every one of them separately.
        external: [/\/src\/lib\/paraglide\//],
      },
    },
  },
});

import { paraglideVitePlugin } from "@inlang/paraglide-js";
import { sveltekit } from "@sveltejs/kit/vite";
import { defineConfig } from "vite";
import { paraglideOptions } from "./paraglide.options.js";

export default defineConfig({
  // Recompiles the messages when messages/*.json change (dev) and before a build.
  plugins: [paraglideVitePlugin(paraglideOptions), sveltekit()],
  server: { port: 3000 },
  preview: { port: 3000 },
});

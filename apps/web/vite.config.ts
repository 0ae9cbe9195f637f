import { paraglideVitePlugin } from "@inlang/paraglide-js";
import { sveltekit } from "@sveltejs/kit/vite";
import { defineConfig } from "vite";
import { paraglideOptions } from "./paraglide.options.js";
import { graphqlDocuments } from "./vite/graphql-documents.js";
import { kitSvelteNamespace } from "./vite/kit-svelte-namespace.js";
import { localeMessages } from "./vite/locale-messages.js";
import { shellChunk } from "./vite/shell-chunk.js";
import { staticIcons } from "./vite/static-icons.js";

export default defineConfig({
  // Recompiles the messages when messages/*.json change (dev) and before a build.
  // graphqlDocuments: each page ships only the GraphQL documents it uses; localeMessages: the
  // browser gets its texts in German plus one file for another language; staticIcons: lucide's
  // icons written out as SVG; shellChunk: what every page loads is one chunk; kitSvelteNamespace:
  // SvelteKit's client keeps only the Svelte functions it calls (see the plugins).
  plugins: [graphqlDocuments(), paraglideVitePlugin(paraglideOptions), ...localeMessages(paraglideOptions), staticIcons(), kitSvelteNamespace(), sveltekit(), shellChunk()],
  server: { port: 3000 },
  preview: { port: 3000 },
});

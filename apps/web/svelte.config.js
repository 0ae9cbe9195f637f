// SvelteKit configuration: Node server output (adapter-node), TypeScript via Vite,
// and the pages' Content-Security-Policy.
import adapter from "@sveltejs/adapter-node";
import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";
import { contentSecurityPolicy } from "./src/lib/server/content-security-policy.js";

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  // No `window.__svelte.v` version marker in every page's script.
  compilerOptions: { discloseVersion: false },
  kit: {
    adapter: adapter(),
    // Mutations are sent from the browser with a CSRF header and the API checks it;
    // SvelteKit's own origin check stays on for form posts to this server.
    // 'auto': rendered pages get a fresh nonce for SvelteKit's inline start-up
    // script, prerendered ones (none today) a hash. Everything else must come
    // from this origin, so an injected <script> or style attribute does nothing.
    csp: { mode: "auto", directives: contentSecurityPolicy },
    // The server resolves a client-side navigation's route: the browser need not load the
    // table of all routes and their layouts with every page (a tenth of a page's first-load
    // JavaScript); a link's route is asked for when it is hovered or tapped (preloading).
    router: { resolution: "server" },
  },
};

export default config;

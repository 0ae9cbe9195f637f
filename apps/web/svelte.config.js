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
    // Every stylesheet of a page (the shell's 15 kB, the page's own, and the bell panel's, which
    // SvelteKit links wherever the layout may render it) comes inside the HTML, not as files:
    // each file is render-blocking, so the first paint waited for its request too, on a slow
    // connection a new connection and round trip (Lighthouse: 150 ms each) after the HTML.
    // The price: a full page load carries its CSS again (about 4 kB compressed) instead of
    // reading it from the cache. 32 kB, so that the shell's stylesheet stays inline as it grows;
    // the CSP nonce for the <style> is SvelteKit's.
    inlineStyleThreshold: 32 * 1024,
  },
};

export default config;

// SvelteKit configuration: Node server output (adapter-node), TypeScript via Vite.
import adapter from "@sveltejs/adapter-node";
import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    // Mutations are sent from the browser with a CSRF header and the API checks it;
    // SvelteKit's own origin check stays on for form posts to this server.
  },
};

export default config;

// SvelteKit's client (runtime/client/client.js) takes two functions from Svelte's namespace by
// destructuring it: `import * as svelte from "svelte"; const { onMount, tick } = svelte;`.
// Rolldown cannot tree-shake a destructured namespace: it builds the namespace object with every
// export of Svelte's index, and so every page loaded their code (createEventDispatcher,
// beforeUpdate/afterUpdate, createRawSnippet, fork, getAbortSignal, hydratable, …) though no page
// calls them. Written as member reads (which Rolldown resolves statically, as it does the
// client's other `svelte.x` uses), only what is used stays. The browser build only; if the line
// is not there (another SvelteKit), nothing is changed.
const CLIENT = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;
const DESTRUCTURED = /const\s*\{\s*onMount\s*,\s*tick\s*\}\s*=\s*svelte\s*;/;

/** @param {string} code */
export function memberReads(code) {
  return code.replace(DESTRUCTURED, "const onMount = svelte.onMount;\nconst tick = svelte.tick;");
}

/** @returns {import("vite").Plugin} */
export function kitSvelteNamespace() {
  return {
    name: "lotse:kit-svelte-namespace",
    apply: "build",
    transform(code, id, options) {
      if (options?.ssr || !CLIENT.test(id) || !DESTRUCTURED.test(code)) return null;
      return { code: memberReads(code), map: null };
    },
  };
}

// Puts what every page loads into one chunk (the browser build only).
//
// Every page loads SvelteKit's client entries (start, app) and the root layout (node 0) with
// all they import statically: Svelte's and SvelteKit's runtime, Paraglide's runtime, the
// shell (header, navigation, badges, bell, toasts). Left to its automatic chunking, Rolldown
// cut that into about twenty chunks, one per set of pages sharing a module; all are loaded by
// every page anyway, and each costs its import and export glue and its own gzip stream (a
// few hundred bytes of a few dozen compress badly alone). This group takes exactly the
// modules statically reachable from those entries, so it adds nothing to any page; what a
// page loads besides is chunked as before.
//
// Grouping by a wider rule (Rolldown's entriesAware groups, a group per folder) was tried
// and made pages heavier: it moves modules some pages never use into chunks they load.

const ENTRY = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/;
const APP = /[\\/]generated[\\/]client-optimized[\\/]app\.js$/;
const ROOT_LAYOUT = /[\\/]generated[\\/]client-optimized[\\/]nodes[\\/]0\.js$/;

/**
 * The modules statically reachable from the roots, the roots themselves left out (entries
 * stay chunks of their own: SvelteKit imports them by name). Exported for its test.
 * @param {string[]} roots
 * @param {(id: string) => { importedIds: readonly string[] } | null} moduleInfo
 */
export function staticClosure(roots, moduleInfo) {
  /** @type {Set<string>} */
  const seen = new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = /** @type {string} */ (stack.pop());
    if (seen.has(id)) continue;
    seen.add(id);
    for (const imported of moduleInfo(id)?.importedIds ?? []) stack.push(imported);
  }
  for (const root of roots) seen.delete(root);
  return seen;
}

/** @returns {import("vite").Plugin} */
export function shellChunk() {
  /** @type {Set<string>} */
  let shell = new Set();
  /** @type {boolean} */
  let browser = false;
  return {
    name: "lotse:shell-chunk",
    enforce: "post",
    apply: "build",
    config(config) {
      // SvelteKit builds the server first (build.ssr set), then the browser's bundle.
      browser = !config.build?.ssr;
      if (!browser) return;
      return {
        build: { rollupOptions: { output: { codeSplitting: { groups: [{ name: (/** @type {string} */ id) => (shell.has(id) ? "shell" : null) }] } } } },
      };
    },
    buildEnd() {
      if (!browser) return;
      const roots = [...this.getModuleIds()].filter((id) => (ENTRY.test(id) || APP.test(id) || ROOT_LAYOUT.test(id)) && this.getModuleInfo(id)?.isEntry);
      if (roots.length !== 3) this.error(`expected SvelteKit's client entry, app and root layout among the entries, found: ${roots.join(", ")}`);
      shell = staticClosure(roots, (id) => this.getModuleInfo(id));
    },
  };
}

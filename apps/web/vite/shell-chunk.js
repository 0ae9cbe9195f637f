// What every page loads is one chunk (the browser build only).
//
// A page's first load is SvelteKit's client entries (start, app), its layouts' and its own
// node, and every module those import statically. Every page loads Svelte's and SvelteKit's
// runtime, Paraglide's runtime and the shell (the root layout's header, navigation, badges,
// bell and toasts); Rolldown's automatic chunking cut that into about twenty chunks, one per
// set of nodes sharing a module. Each chunk costs its import and export glue and a gzip
// stream of its own (a chunk of a few hundred bytes compresses badly alone). This plugin
// puts the modules every page loads first into one chunk, "shell": no page loads a byte
// more, every page loads fewer files. The nodes themselves (SvelteKit imports them by name)
// and their route files stay as they are, so does everything else.
//
// Grouping wider was tried and made pages heavier: Rolldown's entriesAware groups; and a
// group per set of pages (the same rule for the modules fewer pages share), whose groups
// took modules of other sets with them (a form of the counselling pages in /login's load).

import { dirname, resolve } from "node:path";

const ENTRY = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/;
const APP = /[\\/]generated[\\/]client-optimized[\\/]app\.js$/;
const NODE = /[\\/]generated[\\/]client-optimized[\\/]nodes[\\/]\d+\.js$/;
const ROUTE_FILE = /[\\/]src[\\/]routes[\\/](?:(.*)[\\/])?\+(page|layout)\.(?:svelte|ts|js)$/;
// Paraglide's messages, imported through one index of all of them (`m.x()`): the index's
// imports are every message, though each page keeps only those it calls (tree-shaking), so
// the index is not followed and the messages are chunked by Rolldown as before.
const MESSAGES = /[\\/]src[\\/]lib[\\/]paraglide[\\/]messages(?:\.js$|[\\/])/;

/**
 * @typedef {{ importedIds: readonly string[]; isEntry?: boolean; code?: string | null }} Info
 * @typedef {(id: string) => Info | null} ModuleInfo
 */

// Svelte's compiled components import its client runtime through one index that re-exports
// every helper (`import * as $ from "svelte/internal/client"`). Followed as an import, the index
// made every helper a module "every page loads", so the shell carried the helpers of any page
// (the select and input bindings, `{@html}`, `<svelte:element>`, …). Instead a module importing
// the index is taken to load the modules of the helpers it names (`$.each`, `{ user_effect }`);
// a module whose use cannot be read that way loads all of them, as before.
const SVELTE_CLIENT_INDEX = /[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]index\.js$/;
const INDEX_SPECIFIER = /^svelte\/internal\/client$|[\\/]internal[\\/]client[\\/]index\.js$/;

/**
 * The index's names and the module each comes from (`export { a, b as c } from "./x.js"`).
 * @param {string} indexId
 * @param {string} code
 */
export function reexports(indexId, code) {
  /** @type {Map<string, string>} */
  const from = new Map();
  for (const [, list, specifier] of code.matchAll(/export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    const target = resolve(dirname(indexId), /** @type {string} */ (specifier));
    for (const item of /** @type {string} */ (list).split(",")) {
      const name = item.trim().split(/\s+as\s+/).pop();
      if (name) from.set(name, target);
    }
  }
  return from;
}

/**
 * The names a module takes from the index, or null when that cannot be read from its code
 * (a namespace passed around, an `export *`, no code).
 * @param {string | null | undefined} code
 */
export function namesUsed(code) {
  if (!code) return null;
  /** @type {Set<string>} */
  const names = new Set();
  let found = false;
  for (const [, namespace, list, specifier] of code.matchAll(/import\s*(?:\*\s*as\s+([\w$]+)|\{([^}]*)\})\s*from\s*["']([^"']+)["']/g)) {
    if (!INDEX_SPECIFIER.test(/** @type {string} */ (specifier))) continue;
    found = true;
    if (list !== undefined) {
      for (const item of list.split(",")) {
        const name = item.trim().split(/\s+as\s+/)[0];
        if (name) names.add(name);
      }
      continue;
    }
    const escaped = /** @type {string} */ (namespace).replace(/\$/g, "\\$");
    const uses = [...code.matchAll(new RegExp(`(?<![\\w$.])${escaped}(?![\\w$\\{])(\\s*\\.\\s*([\\w$]+))?`, "g"))];
    // The import statement itself is one use without a member; any other means the namespace escapes
    // (`${` opens a template literal's expression, not a use).
    if (uses.filter((u) => u[2] === undefined).length > 1) return null;
    for (const use of uses) if (use[2]) names.add(use[2]);
  }
  return found ? names : null;
}

/**
 * The modules statically reachable from the roots, the roots included (Svelte's client index
 * resolved to the modules of the names each importer uses, see above).
 * @param {string[]} roots
 * @param {ModuleInfo} moduleInfo
 */
export function staticClosure(roots, moduleInfo) {
  /** @type {Set<string>} */
  const seen = new Set();
  /** @type {Map<string, Map<string, string>>} */
  const indexes = new Map();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = /** @type {string} */ (stack.pop());
    if (seen.has(id)) continue;
    seen.add(id);
    const info = moduleInfo(id);
    for (const imported of info?.importedIds ?? []) {
      if (MESSAGES.test(imported)) continue;
      if (!SVELTE_CLIENT_INDEX.test(imported)) {
        stack.push(imported);
        continue;
      }
      let from = indexes.get(imported);
      if (!from) indexes.set(imported, (from = reexports(imported, moduleInfo(imported)?.code ?? "")));
      const names = namesUsed(info?.code);
      const targets = names ? [...names].map((n) => from.get(n)) : undefined;
      if (!targets || targets.some((t) => t === undefined || !moduleInfo(t))) {
        stack.push(imported);
        continue;
      }
      stack.push(.../** @type {string[]} */ (targets));
    }
  }
  return seen;
}

/**
 * The chunk name of each module every page loads first ("shell"), and for every module the
 * number of pages that load it first. Exported for its test.
 * @param {string[]} moduleIds every module of the build
 * @param {ModuleInfo} moduleInfo
 * @returns {{ names: Map<string, string>; pageCounts: Map<string, number> }}
 */
export function chunkNames(moduleIds, moduleInfo) {
  const runtime = moduleIds.filter((id) => ENTRY.test(id) || APP.test(id));
  if (runtime.length !== 2) throw new Error(`expected SvelteKit's client entry and app among the modules, found: ${runtime.join(", ")}`);
  /** @type {{ id: string; kind: string; dir: string }[]} */
  const nodes = [];
  /** @type {Set<string>} */
  const routeFiles = new Set();
  for (const id of moduleIds.filter((m) => NODE.test(m))) {
    for (const imported of moduleInfo(id)?.importedIds ?? []) {
      const route = ROUTE_FILE.exec(imported);
      if (!route) continue;
      routeFiles.add(imported);
      nodes.push({ id, kind: /** @type {string} */ (route[2]), dir: route[1]?.replace(/\\/g, "/") ?? "" });
    }
  }
  const layouts = nodes.filter((n) => n.kind === "layout");
  const pages = [...new Set(nodes.filter((n) => n.kind === "page").map((n) => n.id))].map((id) => /** @type {{ id: string; dir: string }} */ (nodes.find((n) => n.id === id)));
  if (pages.length === 0 || !layouts.some((l) => l.dir === "")) throw new Error("no pages or no root layout among the nodes");
  /** @type {Map<string, number[]>} */
  const loadedBy = new Map();
  pages.forEach((page, index) => {
    const own = layouts.filter((l) => l.dir === "" || page.dir === l.dir || page.dir.startsWith(`${l.dir}/`)).map((l) => l.id);
    for (const id of staticClosure([...runtime, ...new Set(own), page.id], moduleInfo)) {
      let list = loadedBy.get(id);
      if (!list) loadedBy.set(id, (list = []));
      list.push(index);
    }
  });
  /** @type {Map<string, string>} */
  const names = new Map();
  /** @type {Map<string, number>} */
  const pageCounts = new Map();
  for (const [id, list] of loadedBy) {
    if (list.length < 2 || moduleInfo(id)?.isEntry || routeFiles.has(id)) continue;
    if (list.length === pages.length) names.set(id, "shell");
    pageCounts.set(id, list.length);
  }
  return { names, pageCounts };
}

/** @returns {import("vite").Plugin} */
export function shellChunk() {
  /** @type {Map<string, string>} */
  let names = new Map();
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
        build: {
          rollupOptions: {
            output: {
              codeSplitting: {
                groups: [{ name: (/** @type {string} */ id) => names.get(id) ?? null, debugName: "shell" }],
              },
            },
          },
        },
      };
    },
    buildEnd() {
      if (!browser) return;
      ({ names } = chunkNames([...this.getModuleIds()], (id) => this.getModuleInfo(id)));
    },
  };
}

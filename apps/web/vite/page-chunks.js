// Chunks by the pages that load them (the browser build only).
//
// A page's first load is SvelteKit's client entries (start, app), its layouts' and its own
// node, and every module those import statically. Rolldown's automatic chunking puts the
// modules shared by the same set of nodes into one chunk; many sets of nodes stand for the
// same set of pages (a module a layout and one of its pages both import, a module the root
// layout and every page import), so a page loaded several small chunks where one would do.
// Each chunk costs its import and export glue and a gzip stream of its own: a chunk of a
// few hundred bytes compresses badly alone. This plugin groups the modules by the set of
// pages whose first load includes them, so no page loads a byte more than before and
// fewer, larger chunks; what every page loads (Svelte's and SvelteKit's runtime, the shell)
// becomes one chunk.
//
// Left as they are: the nodes themselves (SvelteKit imports them by name) and the route
// files they import (a page's own component stays in the page's chunk), modules only one
// page loads, modules no page loads first (dynamic imports), and the messages (below).
// Grouping by a wider rule (Rolldown's entriesAware groups, a group per folder) was tried
// and made pages heavier: it moves modules some pages never use into chunks they load.
import { createHash } from "node:crypto";

const ENTRY = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/;
const APP = /[\\/]generated[\\/]client-optimized[\\/]app\.js$/;
const NODE = /[\\/]generated[\\/]client-optimized[\\/]nodes[\\/]\d+\.js$/;
const ROUTE_FILE = /[\\/]src[\\/]routes[\\/](?:(.*)[\\/])?\+(page|layout)\.(?:svelte|ts|js)$/;
// Paraglide's messages, imported through one index of all of them (`m.x()`): the index's
// imports are every message, though each page keeps only those it calls (tree-shaking), so
// the index is not followed and the messages are chunked by Rolldown as before.
const MESSAGES = /[\\/]src[\\/]lib[\\/]paraglide[\\/]messages(?:\.js$|[\\/])/;

/**
 * @typedef {{ importedIds: readonly string[]; isEntry?: boolean }} Info
 * @typedef {(id: string) => Info | null} ModuleInfo
 */

/**
 * The modules statically reachable from the roots, the roots included.
 * @param {string[]} roots
 * @param {ModuleInfo} moduleInfo
 */
export function staticClosure(roots, moduleInfo) {
  /** @type {Set<string>} */
  const seen = new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = /** @type {string} */ (stack.pop());
    if (seen.has(id)) continue;
    seen.add(id);
    for (const imported of moduleInfo(id)?.importedIds ?? []) if (!MESSAGES.test(imported)) stack.push(imported);
  }
  return seen;
}

/** More pages than the app has (56 today); the build says when it has more. */
const MAX_PAGES = 300;

/**
 * Each module's chunk name, the same for the modules the same pages load first, and the
 * number of those pages. Exported for its test.
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
    names.set(id, list.length === pages.length ? "shell" : `pages-${createHash("sha256").update(list.join(",")).digest("hex").slice(0, 8)}`);
    pageCounts.set(id, list.length);
  }
  return { names, pageCounts };
}

/** @returns {import("vite").Plugin} */
export function pageChunks() {
  /** @type {Map<string, string>} */
  let names = new Map();
  /** @type {Map<string, number>} */
  let pageCounts = new Map();
  let browser = false;
  return {
    name: "lotse:page-chunks",
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
                // One group per number of pages, the most first: a module's imports are loaded
                // by every page that loads it (by as many pages or more), so they are taken by
                // their own group before a group takes a module with its imports.
                groups: Array.from({ length: MAX_PAGES - 1 }, (_, i) => {
                  const count = MAX_PAGES - i;
                  return { name: (/** @type {string} */ id) => (pageCounts.get(id) === count ? (names.get(id) ?? null) : null), priority: count, debugName: `pages-${count}` };
                }),
              },
            },
          },
        },
      };
    },
    buildEnd() {
      if (!browser) return;
      ({ names, pageCounts } = chunkNames([...this.getModuleIds()], (id) => this.getModuleInfo(id)));
      const most = Math.max(0, ...pageCounts.values());
      if (most > MAX_PAGES) this.error(`${most} pages: raise MAX_PAGES in vite/page-chunks.js`);
    },
  };
}

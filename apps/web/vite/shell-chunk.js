// What every page loads is one chunk, with the small modules many pages share (the browser
// build only).
//
// A page's first load is SvelteKit's client entries (start, app), its layouts' and its own
// node, and every module those import statically. Every page loads Svelte's and SvelteKit's
// runtime, Paraglide's runtime and the shell (the root layout's header, navigation, badges,
// bell and toasts); Rolldown's automatic chunking cut that into about twenty chunks, one per
// set of nodes sharing a module. Each chunk costs its import and export glue and a gzip
// stream of its own (a chunk of a few hundred bytes compresses badly alone). This plugin
// puts the modules every page loads first into one chunk, "shell".
//
// The shell also takes the small modules that at least MIN_PAGES pages load first (messages,
// labels, a helper of forms or dates: a few hundred bytes each), so a page loads those pages'
// bytes without using them: the number of files counts more than those bytes. The pages are
// served over HTTP/1.1 (so Lighthouse simulates them: six connections, 150 ms a round trip),
// every file is one more request, and /ehrenamt loaded 33 files where /login loaded 13. A few
// hundred bytes of another page's messages cost less than a round trip. The larger shared
// modules stay in the chunks Rolldown makes for them (those would weigh on every page).
// The nodes themselves (SvelteKit imports them by name) and their route files stay as they
// are, so does everything else.
//
// Grouping wider was tried and made pages heavier: Rolldown's entriesAware groups; and a
// group per set of pages (the same rule for the modules fewer pages share), whose groups
// took modules of other sets with them (a form of the counselling pages in /login's load).

import { dirname, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";

// A set of modules (those the same pages load) shared by at least MIN_PAGES pages and weighing
// under SMALL_BYTES joins the shell. Weighed before minifying (gzipBytes): one message is about
// 250 bytes there, about 100 in the built chunk; so a set of up to a few messages, labels or a
// small helper. The pages' first loads stay within the volunteer home's 60 kB.
const SMALL_BYTES = 800;
const MIN_PAGES = 5;
const BASE_LOCALE = JSON.parse(readFileSync(new URL("../project.inlang/settings.json", import.meta.url), "utf8")).baseLocale;

/**
 * The gzip bytes of some modules' code, together.
 * @param {string[]} ids
 * @param {ModuleInfo} moduleInfo
 */
function gzipBytes(ids, moduleInfo) {
  const code = ids.map((id) => {
    // Roughly what minifying and tree-shaking leave: no comments, and of a message only its
    // German text (the browser's messages, vite/locale-messages.js).
    const text = (moduleInfo(id)?.code ?? "").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    return MESSAGES.test(id) ? text.replace(new RegExp(`^const (?!${BASE_LOCALE}_)[a-z]{2}_\\w+ = [\\s\\S]*?^\\};$`, "gm"), "") : text;
  });
  return gzipSync(code.join("\n")).length;
}

const ENTRY = /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/;
const APP = /[\\/]generated[\\/]client-optimized[\\/]app\.js$/;
const NODE = /[\\/]generated[\\/]client-optimized[\\/]nodes[\\/]\d+\.js$/;
const ROUTE_FILE = /[\\/]src[\\/]routes[\\/](?:(.*)[\\/])?\+(page|layout)\.(?:svelte|ts|js)$/;
// Paraglide's messages, imported through one index of all of them (`m.x()`): the index's
// imports are every message, though each page keeps only those it calls (tree-shaking), so
// the index is not followed; a module importing it is taken to load the messages it names
// (`m.app_name`), as with Svelte's index below, and when that cannot be read, none.
const MESSAGES = /[\\/]src[\\/]lib[\\/]paraglide[\\/]messages(?:\.js$|[\\/])/;
const MESSAGES_INDEX = /[\\/]src[\\/]lib[\\/]paraglide[\\/]messages(?:\.js|[\\/]_index\.js)$/;
const MESSAGES_SPECIFIER = /(?:^|[\\/])paraglide[\\/]messages(?:\.js|[\\/]_index\.js)$/;

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
 * The members read of a namespace (`$.each`, `m.app_name`), or null when it escapes (passed on
 * whole, so any member may be read).
 * @param {string} code
 * @param {string} namespace
 */
function membersRead(code, namespace) {
  const escaped = namespace.replace(/\$/g, "\\$");
  const uses = [...code.matchAll(new RegExp(`(?<![\\w$.])${escaped}(?![\\w$\\{])(\\s*\\.\\s*([\\w$]+))?`, "g"))];
  // The import statement itself is one use without a member; any other means the namespace escapes
  // (`${` opens a template literal's expression, not a use).
  if (uses.filter((u) => u[2] === undefined).length > 1) return null;
  return uses.flatMap((use) => (use[2] ? [use[2]] : []));
}

/**
 * The names a module takes from an index (by default Svelte's client index), or null when that
 * cannot be read from its code (a namespace passed around, an `export *`, no code).
 * @param {string | null | undefined} code
 * @param {RegExp} specifiers how the index is imported
 * @param {string} [namespaceExport] an export of the index that is itself the namespace (Paraglide's `m`)
 */
export function namesUsed(code, specifiers = INDEX_SPECIFIER, namespaceExport) {
  if (!code) return null;
  /** @type {Set<string>} */
  const names = new Set();
  let found = false;
  for (const [, namespace, list, specifier] of code.matchAll(/import\s*(?:\*\s*as\s+([\w$]+)|\{([^}]*)\})\s*from\s*["']([^"']+)["']/g)) {
    if (!specifiers.test(/** @type {string} */ (specifier))) continue;
    found = true;
    /** @type {string[]} */
    const namespaces = namespace ? [namespace] : [];
    for (const item of list?.split(",") ?? []) {
      const [imported, local = imported] = item.trim().split(/\s+as\s+/);
      if (!imported) continue;
      if (imported === namespaceExport) namespaces.push(/** @type {string} */ (local));
      else names.add(imported);
    }
    for (const name of namespaces) {
      const members = membersRead(code, name);
      if (!members) return null;
      for (const member of members) names.add(member);
    }
  }
  return found ? names : null;
}

/**
 * The message modules by the name a page calls them (`export const app_name`,
 * `export { queue_navcount1 as "queue_navCount" }`), from the index's imports.
 * @param {string} indexId Paraglide's messages.js or messages/_index.js
 * @param {ModuleInfo} moduleInfo
 */
function messageModules(indexId, moduleInfo) {
  /** @type {Map<string, string>} */
  const byName = new Map();
  const files = (moduleInfo(indexId)?.importedIds ?? []).flatMap((id) => (/_index\.js$/.test(id) ? (moduleInfo(id)?.importedIds ?? []) : [id]));
  for (const file of files) {
    const code = moduleInfo(file)?.code ?? "";
    for (const [, name] of code.matchAll(/export\s+const\s+([\w$]+)/g)) byName.set(/** @type {string} */ (name), file);
    for (const [, list] of code.matchAll(/export\s*\{([^}]*)\}(?!\s*from)/g)) {
      for (const item of /** @type {string} */ (list).split(",")) {
        const name = item.trim().split(/\s+as\s+/).pop()?.replace(/^["']|["']$/g, "");
        if (name) byName.set(name, file);
      }
    }
  }
  return byName;
}

/**
 * A module's static imports (Svelte's client index resolved to the modules of the names the
 * module uses, see above; the messages left out).
 * @param {string} id
 * @param {ModuleInfo} moduleInfo
 * @param {Map<string, Map<string, string>>} indexes the index's names, read once per build
 */
function staticImports(id, moduleInfo, indexes) {
  const info = moduleInfo(id);
  /** @type {string[]} */
  const found = [];
  for (const imported of info?.importedIds ?? []) {
    if (MESSAGES_INDEX.test(imported)) {
      let byName = indexes.get(imported);
      if (!byName) indexes.set(imported, (byName = messageModules(imported, moduleInfo)));
      for (const name of namesUsed(info?.code, MESSAGES_SPECIFIER, "m") ?? []) {
        const file = byName.get(name);
        if (file) found.push(file);
      }
      continue;
    }
    if (MESSAGES.test(imported)) {
      found.push(imported);
      continue;
    }
    if (!SVELTE_CLIENT_INDEX.test(imported)) {
      found.push(imported);
      continue;
    }
    let from = indexes.get(imported);
    if (!from) indexes.set(imported, (from = reexports(imported, moduleInfo(imported)?.code ?? "")));
    const names = namesUsed(info?.code);
    const targets = names ? [...names].map((n) => from.get(n)) : undefined;
    if (!targets || targets.some((t) => t === undefined || !moduleInfo(t))) found.push(imported);
    else found.push(.../** @type {string[]} */ (targets));
  }
  return found;
}

/**
 * The modules statically reachable from the roots, the roots included (Svelte's client index
 * resolved to the modules of the names each importer uses, see above).
 * @param {string[]} roots
 * @param {ModuleInfo} moduleInfo
 */
export function staticClosure(roots, moduleInfo, indexes = new Map()) {
  /** @type {Set<string>} */
  const seen = new Set();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = /** @type {string} */ (stack.pop());
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...staticImports(id, moduleInfo, indexes));
  }
  return seen;
}

/**
 * The chunk name of each module every page loads first ("shell"), and for every module the
 * number of pages that load it first. Exported for its test.
 * @param {string[]} moduleIds every module of the build
 * @param {ModuleInfo} moduleInfo
 * @param {{ smallBytes?: number; minPages?: number; size?: (ids: string[], moduleInfo: ModuleInfo) => number }} [options]
 *   what counts as small and shared (see SMALL_BYTES), and how a set of modules is weighed
 * @returns {{ names: Map<string, string>; pageCounts: Map<string, number> }}
 */
export function chunkNames(moduleIds, moduleInfo, { smallBytes = SMALL_BYTES, minPages = MIN_PAGES, size = gzipBytes } = {}) {
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
  /** @type {Map<string, string[]>} */
  const sets = new Map();
  for (const [id, list] of loadedBy) {
    if (list.length < 2 || moduleInfo(id)?.isEntry || routeFiles.has(id)) continue;
    pageCounts.set(id, list.length);
    if (list.length === pages.length) names.set(id, "shell");
    else if (list.length >= minPages) {
      const key = list.join(",");
      sets.set(key, [...(sets.get(key) ?? []), id]);
    }
  }
  // The small ones several pages share (the modules of one set of pages, together, as Rolldown
  // would have made them a chunk) join the shell, with what they import: a module whose import
  // would stay outside the shell stays outside too (the shell importing it would make every
  // page load it).
  /** @type {Set<string>} */
  const small = new Set();
  for (const ids of sets.values()) if (size(ids, moduleInfo) < smallBytes) for (const id of ids) small.add(id);
  const indexes = new Map();
  for (let dropped = true; dropped; ) {
    dropped = false;
    for (const id of small) {
      if (staticImports(id, moduleInfo, indexes).every((i) => names.has(i) || small.has(i))) continue;
      small.delete(id);
      dropped = true;
    }
  }
  for (const id of small) names.set(id, "shell");
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

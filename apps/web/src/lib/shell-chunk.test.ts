// What every page loads first is one chunk, "shell" (vite/shell-chunk.js); the entries, the
// route files, what fewer pages load, what is only imported dynamically and the messages
// are left to Rolldown.
import { describe, expect, it } from "vitest";
import { chunkNames, namesUsed, reexports, staticClosure } from "../../vite/shell-chunk.js";

const gen = "/app/.svelte-kit/generated/client-optimized";
const routes = "/app/src/routes";
const graph: Record<string, string[]> = {
  "/nm/@sveltejs/kit/src/runtime/client/entry.js": ["kit"],
  [`${gen}/app.js`]: ["svelte", "root"],
  [`${gen}/nodes/0.js`]: [`${routes}/+layout.svelte`],
  [`${gen}/nodes/1.js`]: [`${routes}/area/+layout.svelte`],
  [`${gen}/nodes/2.js`]: [`${routes}/area/+page.svelte`],
  [`${gen}/nodes/3.js`]: [`${routes}/area/hours/+page.svelte`],
  [`${gen}/nodes/4.js`]: [`${routes}/login/+page.svelte`],
  [`${routes}/+layout.svelte`]: ["header", "svelte", "/app/src/lib/paraglide/messages.js"],
  "/app/src/lib/paraglide/messages.js": ["/app/src/lib/paraglide/messages/_index.js"],
  "/app/src/lib/paraglide/messages/_index.js": ["/app/src/lib/paraglide/messages/don_title.js"],
  "/app/src/lib/paraglide/messages/don_title.js": [],
  [`${routes}/area/+layout.svelte`]: ["subnav", "title"],
  [`${routes}/area/+page.svelte`]: ["form", "title", "badge"],
  [`${routes}/area/hours/+page.svelte`]: ["form", "table"],
  [`${routes}/login/+page.svelte`]: ["field", "badge"],
  form: ["field"],
  header: ["badge", "svelte"],
  kit: ["svelte"],
  root: ["svelte"],
  table: [],
  field: [],
  badge: ["svelte"],
  title: [],
  subnav: [],
  svelte: [],
  lazy: [],
};
const entries = new Set(["/nm/@sveltejs/kit/src/runtime/client/entry.js", `${gen}/app.js`, ...[0, 1, 2, 3, 4].map((n) => `${gen}/nodes/${n}.js`)]);
const info = (id: string) => (id in graph ? { importedIds: graph[id]!, isEntry: entries.has(id) } : null);

describe("the shell chunk", () => {
  const { names, pageCounts } = chunkNames(Object.keys(graph), info);

  it("put what every page loads into the shell", () => {
    for (const id of ["kit", "svelte", "root", "header", "badge"]) expect(names.get(id), id).toBe("shell");
    expect(pageCounts.get("svelte")).toBe(3);
    expect(pageCounts.get("form")).toBe(2);
  });

  it("counts the pages that load a module first, and leaves the modules fewer pages load alone", () => {
    expect(pageCounts.get("form")).toBe(2);
    expect(pageCounts.get("subnav")).toBe(2);
    expect(pageCounts.get("field")).toBe(3);
    for (const id of ["form", "subnav", "title"]) expect(names.has(id), id).toBe(false);
    expect(names.get("field")).toBe("shell");
  });

  it("leave entries, route files, a single page's modules and dynamic imports alone", () => {
    for (const id of [...entries, `${routes}/+layout.svelte`, `${routes}/area/+page.svelte`, "table", "lazy"]) expect(names.has(id), id).toBe(false);
  });

  it("leave the messages to Rolldown: the index names every message, a page keeps those it calls", () => {
    for (const id of Object.keys(graph).filter((m) => m.includes("/paraglide/"))) expect(names.has(id), id).toBe(false);
  });

  it("follow a cycle once", () => {
    const cyclic: Record<string, string[]> = { a: ["b"], b: ["c"], c: ["b"] };
    expect([...staticClosure(["a"], (id) => ({ importedIds: cyclic[id] ?? [] }))].sort()).toEqual(["a", "b", "c"]);
  });

  it("take from Svelte's client index only the modules of the helpers a module names", () => {
    const index = "/nm/svelte/src/internal/client/index.js";
    const modules: Record<string, { importedIds: string[]; code: string }> = {
      [index]: { importedIds: ["/nm/svelte/src/internal/client/dom/blocks/each.js", "/nm/svelte/src/internal/client/dom/blocks/html.js"], code: 'export { index, each } from "./dom/blocks/each.js";\nexport {\n  html\n} from "./dom/blocks/html.js";' },
      "/nm/svelte/src/internal/client/dom/blocks/each.js": { importedIds: [], code: "" },
      "/nm/svelte/src/internal/client/dom/blocks/html.js": { importedIds: [], code: "" },
      list: { importedIds: [index], code: 'import * as $ from "svelte/internal/client";\nvar x = $.each(a); var t = `${$.index(b)}px`;' },
      passes: { importedIds: [index], code: 'import * as $ from "svelte/internal/client"; f($);' },
      named: { importedIds: [index], code: 'import { html as h } from "./internal/client/index.js"; h();' },
    };
    const moduleInfo = (id: string) => modules[id] ?? null;
    expect(reexports(index, modules[index]!.code).get("html")).toBe("/nm/svelte/src/internal/client/dom/blocks/html.js");
    expect([...(namesUsed(modules.list!.code) ?? [])].sort()).toEqual(["each", "index"]);
    expect(namesUsed(modules.passes!.code)).toBeNull();
    expect([...staticClosure(["list"], moduleInfo)].sort()).toEqual(["/nm/svelte/src/internal/client/dom/blocks/each.js", "list"]);
    expect([...staticClosure(["named"], moduleInfo)].sort()).toEqual(["/nm/svelte/src/internal/client/dom/blocks/html.js", "named"]);
    // A namespace that escapes (passed to a function) loads the whole index, as an import would.
    expect(staticClosure(["passes"], moduleInfo).has("/nm/svelte/src/internal/client/dom/blocks/html.js")).toBe(true);
  });
});

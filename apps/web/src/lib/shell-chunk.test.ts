// What every page loads first is one chunk, "shell" (vite/shell-chunk.js), with the small
// modules several pages share; the entries, the route files, the larger modules fewer pages
// load, what is only imported dynamically and the messages are left to Rolldown.
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
  // Nothing counts as small here: what every page loads alone (the small ones below).
  const { names, pageCounts } = chunkNames(Object.keys(graph), info, { smallBytes: 0 });

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

  it("add the small modules at least minPages pages share, by the set of pages, with what they import", () => {
    // The area's two pages share subnav, title and form (180 bytes together); the area's home and
    // the login page share a captcha (900 bytes); a help page loads none of them.
    const shared: Record<string, string[]> = {
      ...graph,
      [`${gen}/nodes/5.js`]: [`${routes}/help/+page.svelte`],
      [`${routes}/help/+page.svelte`]: ["field"],
      [`${routes}/area/+page.svelte`]: ["form", "title", "badge", "captcha"],
      [`${routes}/login/+page.svelte`]: ["field", "badge", "captcha"],
      captcha: [],
    };
    const sharedInfo = (g: Record<string, string[]>) => (id: string) => (id in g ? { importedIds: g[id]!, isEntry: entries.has(id) || id === `${gen}/nodes/5.js` } : null);
    const bytes: Record<string, number> = { subnav: 100, title: 50, form: 30, captcha: 900 };
    const size = (ids: string[]) => ids.reduce((sum, id) => sum + (bytes[id] ?? 0), 0);
    const small = chunkNames(Object.keys(shared), sharedInfo(shared), { smallBytes: 200, minPages: 2, size }).names;
    for (const id of ["subnav", "title", "form"]) expect(small.get(id), id).toBe("shell");
    expect(small.has("captcha")).toBe(false);
    expect(small.has("table")).toBe(false);
    // Not shared by enough pages.
    expect(chunkNames(Object.keys(shared), sharedInfo(shared), { smallBytes: 200, minPages: 3, size }).names.has("subnav")).toBe(false);
    // A small module importing one that stays out stays out too (the shell would make every page
    // load the captcha); the others of its set still join.
    const importing = { ...shared, subnav: ["captcha"] };
    const names2 = chunkNames(Object.keys(importing), sharedInfo(importing), { smallBytes: 200, minPages: 2, size }).names;
    for (const id of ["subnav", "captcha"]) expect(names2.has(id), id).toBe(false);
    for (const id of ["title", "form"]) expect(names2.get(id), id).toBe("shell");
  });

  it("take from the messages' index only the messages a module names, none when that cannot be read", () => {
    for (const id of Object.keys(graph).filter((m) => m.includes("/paraglide/"))) expect(names.has(id), id).toBe(false);
    const index = "/app/src/lib/paraglide/messages.js";
    const modules: Record<string, { importedIds: string[]; code: string }> = {
      [index]: { importedIds: ["/app/src/lib/paraglide/messages/_index.js"], code: "export * as m from './messages/_index.js'" },
      "/app/src/lib/paraglide/messages/_index.js": { importedIds: ["/app/src/lib/paraglide/messages/don_title.js", "/app/src/lib/paraglide/messages/queue_navcount1.js"], code: "" },
      "/app/src/lib/paraglide/messages/don_title.js": { importedIds: ["/app/src/lib/paraglide/runtime.js"], code: "export const don_title = () => 'Spenden';" },
      "/app/src/lib/paraglide/messages/queue_navcount1.js": { importedIds: [], code: 'const queue_navcount1 = (i) => "";\nexport { queue_navcount1 as "queue_navCount" }' },
      "/app/src/lib/paraglide/runtime.js": { importedIds: [], code: "" },
      header: { importedIds: [index], code: 'import { m } from "$lib/paraglide/messages.js";\nconst t = m.queue_navCount({ count });' },
      title: { importedIds: [index], code: 'import { m as msg } from "$lib/paraglide/messages.js"; msg.don_title();' },
      escapes: { importedIds: [index], code: 'import { m } from "$lib/paraglide/messages.js"; translate(m);' },
    };
    const moduleInfo = (id: string) => modules[id] ?? null;
    expect([...staticClosure(["header"], moduleInfo)].sort()).toEqual(["/app/src/lib/paraglide/messages/queue_navcount1.js", "header"]);
    expect([...staticClosure(["title"], moduleInfo)].sort()).toEqual(["/app/src/lib/paraglide/messages/don_title.js", "/app/src/lib/paraglide/runtime.js", "title"]);
    expect([...staticClosure(["escapes"], moduleInfo)]).toEqual(["escapes"]);
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

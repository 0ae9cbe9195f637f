// What every page loads goes into one chunk (vite/shell-chunk.js): the modules statically
// reachable from SvelteKit's client entries and the root layout, not those only imported
// dynamically, nor the entries themselves.
import { describe, expect, it } from "vitest";
import { staticClosure } from "../../vite/shell-chunk.js";

const graph: Record<string, string[]> = {
  start: ["kit"],
  app: ["svelte", "root"],
  layout: ["header", "svelte"],
  header: ["badge", "svelte"],
  badge: ["svelte"],
  kit: ["svelte"],
  svelte: [],
  root: ["svelte"],
  page: ["form", "badge"],
  form: [],
};

describe("the shell's modules", () => {
  it("are the static closure of the entries, without the entries", () => {
    const closure = staticClosure(["start", "app", "layout"], (id) => ({ importedIds: graph[id] ?? [] }));
    expect([...closure].sort()).toEqual(["badge", "header", "kit", "root", "svelte"]);
  });

  it("follow a cycle once", () => {
    const cyclic: Record<string, string[]> = { a: ["b"], b: ["c"], c: ["b"] };
    expect([...staticClosure(["a"], (id) => ({ importedIds: cyclic[id] ?? [] }))].sort()).toEqual(["b", "c"]);
  });
});

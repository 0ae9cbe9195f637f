// Lucide's icons are written out as SVG at build time (vite/static-icons.js): each icon the app
// imports becomes a component Svelte compiles, with lucide's own paths, and the app passes
// them no prop the rewritten component drops.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { compile } from "svelte/compiler";
import { describe, expect, it } from "vitest";
import { staticIcon } from "../../../vite/static-icons.js";

const src = path.resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);
const IMPORT = /import (\w+) from "@lucide\/svelte\/icons\/([\w-]+)";/g;

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "paraglide" || entry.name === "paraglide-locales" ? [] : svelteFiles(full);
    return entry.name.endsWith(".svelte") ? [full] : [];
  });
}

const uses = svelteFiles(src).flatMap((file) => {
  const code = readFileSync(file, "utf8");
  return [...code.matchAll(IMPORT)].map(([, name, icon]) => ({ file, code, name: name!, icon: icon! }));
});

describe("lucide icons written out as SVG", () => {
  it("finds the app's icons", () => {
    // The header's menu and notification bell, at least: the scan reads the app's own files.
    expect(uses.map((u) => u.icon)).toEqual(expect.arrayContaining(["menu", "bell"]));
  });

  it.each([...new Set(uses.map((u) => u.icon))])("%s: lucide's paths in a static <svg> that compiles", (icon) => {
    // The package's `icons/<name>` is a module re-exporting the component, `<name>.svelte` beside it.
    const file = require.resolve(`@lucide/svelte/icons/${icon}`).replace(/\.js$/, ".svelte");
    const original = readFileSync(file, "utf8");
    const node = JSON.parse(/const iconData = (\{.*\});/.exec(original)![1]!).node as [string, Record<string, string>][];
    const code = staticIcon(original, file);
    for (const [tag, attributes] of node) {
      expect(code).toContain(`<${tag} `);
      for (const value of Object.values(attributes)) expect(code).toContain(`"${value}"`);
    }
    expect(code).toContain(`class={["lucide-icon lucide lucide-${icon}", props.class]}`);
    const server = compile(code, { filename: file, generate: "server" }).js.code;
    expect(server).toContain('viewBox="0 0 24 24"');
    expect(() => compile(code, { filename: file, generate: "client" })).not.toThrow();
  });

  it("are given no prop but size, aria-hidden and class", () => {
    for (const { file, code, name } of uses) {
      for (const [, attributes] of code.matchAll(new RegExp(`<${name}(\\s[^>]*)?/>`, "g"))) {
        const props = [...(attributes ?? "").matchAll(/([\w-]+)=/g)].map((m) => m[1]);
        for (const prop of props) expect(["size", "aria-hidden", "class"], `${path.relative(src, file)}: <${name} ${prop}=…>`).toContain(prop);
      }
      expect(code, `${path.relative(src, file)}: <${name}> with children`).not.toMatch(new RegExp(`<${name}[\\s>][^/]*</${name}>`));
    }
  });

  it("refuse a module that is not lucide's icon", () => {
    expect(() => staticIcon("<script>let x = 1;</script>", "x.svelte")).toThrow(/not the icon module/);
  });
});

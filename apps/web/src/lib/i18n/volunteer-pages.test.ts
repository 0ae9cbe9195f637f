// Every message the pages a volunteer uses show is in every language: the pages (and every
// component and module they import, followed through `$lib/…` and relative imports) are read
// for `m.<key>(` calls, and each key must be in each message file. The prefix list of
// coverage.ts says which messages the completeness test asks for; this finds a page that
// uses a staff-named message (a course's page, the start page's queue) that list misses.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "$lib/paraglide/runtime.js";

const src = path.resolve(import.meta.dirname, "../..");
const routes = path.join(src, "routes");

/** The routes a volunteer uses (the public Nachweis check page is for whoever gets one: German and English). */
const VOLUNTEER_ROUTES = ["ehrenamt", "kurse", "o", "login", "forgot-password", "reset-password", "verify-email", "accept-invitation", "account", "sitzung"];
const SHELL = ["+layout.svelte", "+error.svelte", "+page.svelte", "+layout.ts", "+layout.server.ts"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(svelte|ts)$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

function resolveImport(spec: string, from: string): string | null {
  const base = spec.startsWith("$lib/") ? path.join(src, "lib", spec.slice(5)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base || base.includes(`${path.sep}paraglide`)) return null;
  for (const candidate of [base, `${base}.ts`, path.join(base, "index.ts"), base.replace(/\.js$/, ".ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function usedKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/\bm\.(\w+)\(/g)) if (!keys.has(match[1]!)) keys.set(match[1]!, path.relative(src, file));
    for (const match of text.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
      const next = resolveImport(match[1]!, file);
      if (next) visit(next);
    }
  };
  for (const dir of VOLUNTEER_ROUTES) files(path.join(routes, dir)).forEach(visit);
  for (const name of SHELL) visit(path.join(routes, name));
  return keys;
}

describe("the pages a volunteer uses", () => {
  const keys = usedKeys();

  it("are found (the walk reaches the pages' components)", () => {
    expect(keys.size).toBeGreaterThan(300);
    expect(keys.has("log_activity")).toBe(true); // HourLogForm, imported by the volunteer home
    expect(keys.has("cohort_apply")).toBe(true); // a course's page
  });

  it("have every message they show in every language", () => {
    for (const locale of locales) {
      const catalogue = JSON.parse(readFileSync(path.resolve(src, `../messages/${locale}.json`), "utf8")) as Record<string, unknown>;
      const missing = [...keys].filter(([key]) => !(key in catalogue)).map(([key, file]) => `${key} (${file})`);
      expect(missing, `${locale} lacks`).toEqual([]);
    }
  });
});

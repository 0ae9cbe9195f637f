// Keeps the PGlite test templates between runs, so a run (or one test file
// while iterating) skips initdb, the migrations and the seed when nothing they
// depend on changed. The key hashes every input that can change the templates:
// the migrations, the server's sources (the seed reaches into every module),
// the shared domain package and the lockfile (PGlite's and Prisma's versions).
// Test files are left out: editing a test keeps the cache.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../db/migrate/paths.ts";

const CACHE_DIR = path.join(repoRoot, "node_modules", ".cache", "lotse", "test-templates");
/** Older keys kept besides the current one (another checkout state may still use them). */
const KEEP = 3;

const INPUTS = ["prisma", "apps/server/src", "packages/domain/src", "package-lock.json"];

function listFiles(entry: string, out: string[]): void {
  if (!existsSync(entry)) return;
  if (!statSync(entry).isDirectory()) {
    out.push(entry);
    return;
  }
  for (const name of readdirSync(entry)) {
    if (name === "node_modules" || name.endsWith(".test.ts")) continue;
    listFiles(path.join(entry, name), out);
  }
}

export function templateCacheKey(): string {
  const files: string[] = [];
  for (const input of INPUTS) listFiles(path.join(repoRoot, input), files);
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    hash.update(path.relative(repoRoot, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The folder holding the templates for `key`, built with `build(dir)` if it
 * is not there yet. Built in a temporary folder and renamed into place, so a
 * run stopped half-way or two runs at once never leave a partial template.
 */
export async function cachedTemplates(key: string, build: (dir: string) => Promise<void>): Promise<string> {
  const dir = path.join(CACHE_DIR, key);
  if (existsSync(dir)) return dir;
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = mkdtempSync(path.join(CACHE_DIR, `.${key}-`));
  try {
    await build(partial);
    renameSync(partial, dir);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(dir)) throw error; // else another run finished the same key first
  }
  pruneOldKeys(key);
  return dir;
}

function pruneOldKeys(current: string): void {
  const others = readdirSync(CACHE_DIR)
    .filter((name) => name !== current && !name.startsWith("."))
    .map((name) => ({ name, mtime: statSync(path.join(CACHE_DIR, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { name } of others.slice(KEEP)) rmSync(path.join(CACHE_DIR, name), { recursive: true, force: true });
}

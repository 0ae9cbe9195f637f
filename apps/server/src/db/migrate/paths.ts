// Locates the repository independent of the working directory: the CLI runs
// from apps/server (npm -w), tests from wherever vitest was started, and the
// server from a deploy directory. The schema folder is the one fixed landmark.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export function findRepoRoot(start: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, "prisma", "schema"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No prisma/schema folder found in ${start} or any parent directory`);
    dir = parent;
  }
}

export const repoRoot: string = findRepoRoot();

export interface LotsePaths {
  repoRoot: string;
  /** The data model: every `*.prisma` file in it (Prisma's multi-file schema). */
  schemaDir: string;
  migrationsDir: string;
  /** Default home of the embedded database; LOTSE_DATA_DIR overrides it. */
  dataDir: string;
}

export function paths(root: string = repoRoot): LotsePaths {
  return {
    repoRoot: root,
    schemaDir: path.join(root, "prisma", "schema"),
    migrationsDir: path.join(root, "prisma", "migrations"),
    dataDir: process.env.LOTSE_DATA_DIR ? path.resolve(process.env.LOTSE_DATA_DIR) : path.join(root, ".data"),
  };
}

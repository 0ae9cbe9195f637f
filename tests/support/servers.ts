// Starts the API (in-memory database with demo data) and the built web app on
// free ports for the browser tests, and stops them afterwards.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "@lotse/testing/ports";

const root = path.resolve(import.meta.dirname, "../..");

export async function waitFor(url: string, child: ChildProcess, name: string) {
  for (let i = 0; i < 480; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} not ready at ${url} after 120 s`);
}

/** Where an API instance keeps its data and answers (DATABASE_URL "" is the embedded database in dataDir). */
export interface ApiPlace {
  databaseUrl: string;
  dataDir: string;
}

/** Migrates and seeds the database with the database CLI first, as a deployment does (production refuses demo data). */
export function migrateAndSeed({ databaseUrl, dataDir }: ApiPlace) {
  // The tests count on the small base seed, not the lively demo office `npm start` shows.
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOTSE_DATA_DIR: dataDir, NODE_ENV: "development", DEMO_DATA: "base" };
  for (const command of ["migrate", "seed"]) {
    const result = spawnSync(process.execPath, ["--import", "tsx", "apps/server/scripts/db.ts", command], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
    if (result.status !== 0) throw new Error(`db ${command} failed (exit ${result.status})`);
  }
}

/** The API's environment in the browser tests: as in production (only the web app's persisted operations, Secure cookies, no introspection). */
export function apiEnv({ databaseUrl, dataDir, port, publicUrl }: ApiPlace & { port: number; publicUrl: string }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    SEED_DEMO: "0",
    PORT: String(port),
    PUBLIC_URL: publicUrl,
    LOTSE_DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    OUTBOX_POLL_MS: "200",
    // Every browser test signs up from 127.0.0.1; the hourly cap on password hashing per
    // address (a guard against abuse) would refuse the suite's later sign-ups.
    PASSWORD_HASHES_PER_IP_PER_HOUR: "1000",
  };
}

/** The built web app's environment, in front of the API on apiPort. */
export function webEnv({ port, webUrl, apiPort }: { port: number; webUrl: string; apiPort: number }): NodeJS.ProcessEnv {
  return { ...process.env, PORT: String(port), HOST: "127.0.0.1", ORIGIN: webUrl, API_URL: `http://127.0.0.1:${apiPort}` };
}

const children: ChildProcess[] = [];

export async function setup(project: TestProject) {
  const webBuild = path.join(root, "apps/web/build/index.js");
  if (!existsSync(webBuild)) throw new Error("apps/web/build is missing: run `npm run build -w @lotse/web` first (npm test does).");
  const apiPort = await freePort();
  const webPort = await freePort();
  const webUrl = `http://localhost:${webPort}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "lotse-e2e-"));
  migrateAndSeed({ databaseUrl: "", dataDir });
  const api = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: apiEnv({ databaseUrl: "", dataDir, port: apiPort, publicUrl: webUrl }),
  });
  children.push(api);
  await waitFor(`http://127.0.0.1:${apiPort}/ready`, api, "API");
  const web = spawn(process.execPath, [webBuild], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: webEnv({ port: webPort, webUrl, apiPort }),
  });
  children.push(web);
  await waitFor(`${webUrl}/login`, web, "web app");
  project.provide("webUrl", webUrl);
  project.provide("mailDir", path.join(dataDir, "mail"));
}

export async function teardown() {
  for (const child of children) child.kill("SIGTERM");
}

declare module "vitest" {
  export interface ProvidedContext {
    webUrl: string;
    mailDir: string;
  }
}

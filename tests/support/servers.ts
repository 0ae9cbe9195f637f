// Starts the API (embedded database with demo data) and the built web app on
// free ports for the browser tests, and stops them afterwards. Test files run
// side by side, one per vitest worker: each worker gets a Lotse of its own (an
// API on its own copy of the seeded database, a web app, a mail folder), so two
// files running at the same time never share mutable data.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "@lotse/testing/ports";
import { checkDisabledFeatures, hasChromium } from "./chromium.ts";

const root = path.resolve(import.meta.dirname, "../..");

/** Resolves when `url` answers 200: polled every 50 ms, failing at once when the process exits. */
export async function waitFor(url: string, child: ChildProcess, name: string) {
  const exited = new Promise<never>((_, reject) => {
    const fail = () => reject(new Error(`${name} exited with ${child.exitCode ?? child.signalCode} before it was ready`));
    if (child.exitCode !== null) fail();
    else child.once("exit", fail);
  });
  exited.catch(() => undefined);
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    const ok = await Promise.race([
      fetch(url).then(
        (r) => r.ok,
        () => false, // not yet listening
      ),
      exited,
    ]);
    if (ok) return;
    await Promise.race([new Promise((r) => setTimeout(r, 50)), exited]);
  }
  throw new Error(`${name} not ready at ${url} after 120 s`);
}

/** Where an API instance keeps its data and answers (DATABASE_URL "" is the embedded database in dataDir). */
export interface ApiPlace {
  databaseUrl: string;
  dataDir: string;
}

/** Runs the database CLI (apps/server/scripts/db.ts) with one command; rejects when it fails. */
function databaseCli(command: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "apps/server/scripts/db.ts", command], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`db ${command} failed (exit ${code ?? signal})`))));
  });
}

/**
 * Migrates and seeds the database with the database CLI first, as a deployment does (production
 * refuses demo data).
 */
export async function migrateAndSeed({ databaseUrl, dataDir }: ApiPlace) {
  // The tests count on the small base seed, not the lively demo office `npm start` shows.
  // The demo accounts' password hashes at the cheapest scrypt (apps/server's TEST_SCRYPT): a hash
  // verifies at the cost it was made at, so the suite's many sign-ins as a demo account cost no
  // 0.2 s of CPU each. The API still runs at the production cost (new passwords, unknown addresses).
  const cheapHashes = { PASSWORD_SCRYPT_N: "16", PASSWORD_SCRYPT_R: "1", PASSWORD_SCRYPT_P: "1" };
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOTSE_DATA_DIR: dataDir, NODE_ENV: "development", DEMO_DATA: "base", ...cheapHashes };
  await databaseCli("migrate", env);
  await databaseCli("seed", env);
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

/** One running Lotse of the suite, used by the files of one vitest worker. */
export interface Stack {
  webUrl: string;
  mailDir: string;
}

const children: ChildProcess[] = [];

/** Files that start the servers they need themselves (two API instances on PostgreSQL). */
const bringsItsOwnServers = (file: string) => /[\\/]notifications-two-instances\.test\.ts$/.test(file);

/** An API on `dataDir` and the web app in front of it; the web app's address. */
async function startLotse(dataDir: string, webBuild: string): Promise<string> {
  const apiPort = await freePort();
  const webPort = await freePort();
  const webUrl = `http://localhost:${webPort}`;
  const api = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: apiEnv({ databaseUrl: "", dataDir, port: apiPort, publicUrl: webUrl }),
  });
  children.push(api);
  // The web app starts beside the API, but is asked only once the API answers: its readiness
  // check loads /login, which asks the API (asked before, it logs 'API unreachable' many times).
  const web = spawn(process.execPath, [webBuild], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: webEnv({ port: webPort, webUrl, apiPort }),
  });
  children.push(web);
  await waitFor(`http://127.0.0.1:${apiPort}/ready`, api, "API");
  await waitFor(`${webUrl}/login`, web, "web app");
  return webUrl;
}

export async function setup(project: TestProject) {
  const webBuild = path.join(root, "apps/web/build/index.js");
  if (!existsSync(webBuild)) throw new Error("apps/web/build is missing: run `npm run build -w @lotse/web` first (npm test does).");
  // As many Lotses as files can run at once (a run of one file needs one).
  // (Vitest keeps the command line's file filters in filenamePattern, set before the global setup runs.)
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  const { testFiles } = await project.globTestFiles(filters);
  // A file that starts its own servers needs none of these (alone, as CI's PostgreSQL step runs it: none at all).
  const needing = testFiles.filter((file) => !bringsItsOwnServers(file));
  if (needing.length === 0) {
    project.provide("stacks", []);
    return;
  }
  const count = Math.min(project.config.maxWorkers, needing.length);
  // The database CLI migrates and seeds one embedded database, since production refuses
  // demo data; the tests count on the small base seed, not the lively demo office `npm start`
  // shows. Every further Lotse starts from a copy of that folder (the same rows, no second seed).
  const seeded = mkdtempSync(path.join(tmpdir(), "lotse-e2e-"));
  // Chromium's launch is checked on the other core meanwhile (the database CLI is one Node process).
  await Promise.all([migrateAndSeed({ databaseUrl: "", dataDir: seeded }), hasChromium ? checkDisabledFeatures() : undefined]);
  const dataDirs = [seeded];
  for (let i = 1; i < count; i++) {
    const copy = mkdtempSync(path.join(tmpdir(), "lotse-e2e-"));
    cpSync(seeded, copy, { recursive: true });
    dataDirs.push(copy);
  }
  const webUrls = await Promise.all(dataDirs.map((dir) => startLotse(dir, webBuild)));
  project.provide(
    "stacks",
    dataDirs.map((dir, i) => ({ webUrl: webUrls[i]!, mailDir: path.join(dir, "mail") })),
  );
}

export async function teardown() {
  for (const child of children) child.kill("SIGTERM");
}

declare module "vitest" {
  export interface ProvidedContext {
    /** One Lotse per vitest worker: the files of worker N (VITEST_POOL_ID) use stacks[N - 1]. */
    stacks: Stack[];
  }
}

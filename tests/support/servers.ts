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

const children: ChildProcess[] = [];

export async function setup(project: TestProject) {
  const webBuild = path.join(root, "apps/web/build/index.js");
  if (!existsSync(webBuild)) throw new Error("apps/web/build is missing: run `npm run build -w @lotse/web` first (npm test does).");
  const apiPort = await freePort();
  const webPort = await freePort();
  const webUrl = `http://localhost:${webPort}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "lotse-e2e-"));
  // The API runs as in production (only the web app's persisted operations,
  // Secure cookies, no introspection) on an embedded database that the
  // database CLI migrated and seeded first, since production refuses demo data.
  // The tests count on the small base seed, not the lively demo office `npm start` shows.
  const dbEnv = { ...process.env, DATABASE_URL: "", LOTSE_DATA_DIR: dataDir, NODE_ENV: "development", DEMO_DATA: "base" };
  for (const command of ["migrate", "seed"]) {
    const result = spawnSync(process.execPath, ["--import", "tsx", "apps/server/scripts/db.ts", command], { cwd: root, env: dbEnv, stdio: ["ignore", "ignore", "inherit"] });
    if (result.status !== 0) throw new Error(`db ${command} failed (exit ${result.status})`);
  }
  const api = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: "",
      SEED_DEMO: "0",
      PORT: String(apiPort),
      PUBLIC_URL: webUrl,
      LOTSE_DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      OUTBOX_POLL_MS: "200",
      // Every browser test signs up from 127.0.0.1; the hourly cap on password hashing per
      // address (a guard against abuse) would refuse the suite's later sign-ups.
      PASSWORD_HASHES_PER_IP_PER_HOUR: "1000",
    },
  });
  children.push(api);
  await waitFor(`http://127.0.0.1:${apiPort}/ready`, api, "API");
  const web = spawn(process.execPath, [webBuild], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(webPort), HOST: "127.0.0.1", ORIGIN: webUrl, API_URL: `http://127.0.0.1:${apiPort}` },
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

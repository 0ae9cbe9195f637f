#!/usr/bin/env node
// `npm run dev`: the API in watch mode and the web app's Vite dev server, with
// generated files brought up to date first.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const gen = spawnSync("npx", ["turbo", "run", "generate", "--output-logs=errors-only"], { cwd: root, stdio: "inherit" });
if (gen.status !== 0) process.exit(gen.status ?? 1);

const env = { ...process.env, SEED_DEMO: process.env.SEED_DEMO ?? "1", PUBLIC_URL: process.env.PUBLIC_URL ?? "http://localhost:5173" };
const children = [
  spawn("npm", ["run", "dev", "-w", "@lotse/server"], { cwd: root, stdio: "inherit", env }),
  spawn("npm", ["run", "dev", "-w", "@lotse/web"], { cwd: root, stdio: "inherit", env: { ...env, API_URL: "http://127.0.0.1:4000" } }),
];
const stop = () => children.forEach((c) => c.kill("SIGTERM"));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const c of children) c.on("exit", stop);

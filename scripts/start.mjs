#!/usr/bin/env node
// `npm start`: builds Lotse, then runs the API and the web app side by side on
// the embedded database (created, migrated and filled with demo data on first
// start), and prints where to go and how to sign in.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = process.env;
const production = env.NODE_ENV === "production";
const apiPort = env.API_PORT ?? "4000";
const webPort = env.PORT ?? "3000";
const publicUrl = env.PUBLIC_URL ?? `http://localhost:${webPort}`;
const apiUrl = `http://127.0.0.1:${apiPort}`;

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

if (env.LOTSE_SKIP_BUILD !== "1") {
  step("Building Lotse (generate, type-check, web build; cached after the first run)", "npx", [
    "turbo", "run", "build", "--filter=@lotse/web", "--filter=@lotse/server", "--output-logs=errors-only",
  ]);
}

const children = [];
function run(name, args, extraEnv) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"], env: { ...env, ...extraEnv } });
  child.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`\n✖ ${name} stopped (${signal ?? `exit ${code}`}); stopping Lotse.`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500).unref();
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

console.log("\n▶ Starting the API (applies migrations; loads demo data into an empty database)");
run("API", ["--import", "tsx", "apps/server/src/main.ts"], {
  PORT: apiPort,
  PUBLIC_URL: publicUrl,
  SEED_DEMO: env.SEED_DEMO ?? (production ? "0" : "1"),
  LOG_LEVEL: env.LOG_LEVEL ?? "warn",
});

async function waitForApi() {
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(`${apiUrl}/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  console.error("✖ The API did not become ready within 150 seconds.");
  stop(1);
}

await waitForApi();
run("web app", ["apps/web/build/index.js"], { PORT: webPort, HOST: env.HOST ?? "0.0.0.0", ORIGIN: publicUrl, API_URL: apiUrl });

console.log(`
✔ Lotse is running: ${publicUrl}
  (API: ${apiUrl}/graphql${production ? "" : `, GraphiQL in the browser at ${apiUrl}/graphql`})
${production ? "" : `
  Demo sign-ins, all with the password  Lotse-Demo-2026!
    admin@oldenburg.example            Administration (Oldenburg and Osnabrück)
    koordination@oldenburg.example     Koordination
    kurs@oldenburg.example             Kursleitung
    beratung@oldenburg.example         Schuleinstiegsberatung
    lotse@oldenburg.example            Ehrenamtliche (Lotsin)
    koordination@osnabrueck.example    Koordination (Landkreis Osnabrück)
`}
  Mail without SMTP_URL goes to .data/mail/. Stop with Ctrl+C.
`);

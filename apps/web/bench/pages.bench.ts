// `npm run bench` (web): how heavy and how quick the main pages of every role are.
// - First-load JavaScript per page, gzip bytes (scripts/first-load-js.mjs: the client entry
//   and the route's nodes with their static imports), plus the one file of messages a page
//   in another language than German loads.
// - Lighthouse (mobile, its default: a mid-range phone, 4x slower CPU, slow 4G, simulated)
//   performance and accessibility per main page, signed in as the role that sees it.
// - The server render time of the volunteer home (/ehrenamt as the browser gets it: the
//   root layout's and the page's loads against the API, then the HTML), median and p95.
// Runs the built web app (`npm run build -w @lotse/web`; turbo builds it first) and the API
// on an embedded database with the demo office, as `npm start` shows it. Debian's Chromium
// (CHROMIUM_PATH, default /usr/bin/chromium). Prints figures and asserts nothing; a page
// that does not answer (or ends on another page) is printed as such, the others are still
// measured, and the bench exits with 1. BENCH_LIGHTHOUSE=0 skips Lighthouse; BENCH_ROUTES
// (route ids, comma-separated) runs Lighthouse on those pages only, BENCH_ROLES (comma-separated:
// public, volunteer, coordinator, trainer, counsellor, admin) for those roles only. BENCH_RUNS=n
// runs Lighthouse n times per page and prints the run with the median performance score (and
// every run's score): one run on a shared machine is noisy. BENCH_LHR_DIR keeps that run's
// Lighthouse JSON (role-route.json) there, to read its TBT, long tasks and bootup time.
//
// Lighthouse's Chromium is signed in through its cookie jar (playwright-core connected to
// it), not a Cookie header: the root layout sets the language cookie on a signed-in page, and
// from then on Chromium's own Cookie header replaced the one Lighthouse added, so every page
// after the first one of a role ended on the sign-in page (it stopped at /ehrenamt).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { webSession } from "@lotse/testing/operations";
import { freePort } from "@lotse/testing/ports";
import { firstLoadJs, languageFiles } from "../scripts/first-load-js.mjs";

const root = path.resolve(import.meta.dirname, "../../..");
const PASSWORD = "Lotse-Demo-2026!";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

interface MainPage {
  /** The route's id in SvelteKit (for the bundle). */
  route: string;
  /** The address measured (a route with a parameter: one of the demo office's). */
  path?: string;
  /** A route with a parameter whose value the demo office makes anew: the first link of this form on the page `on`. */
  firstLink?: { on: string; href: RegExp };
}

/** The main pages of every role (the navigation of @lotse/domain/paths), and who sees them. */
const ROLES: { role: string; email: string | null; pages: MainPage[] }[] = [
  { role: "public", email: null, pages: [{ route: "/login" }, { route: "/forgot-password" }, { route: "/o/[slug]/mitmachen", path: "/o/oldenburg/mitmachen" }] },
  {
    role: "volunteer",
    email: "lotse@oldenburg.example",
    // No "/": it leads someone who is only a volunteer to their home (/ehrenamt).
    pages: [
      { route: "/ehrenamt" },
      { route: "/ehrenamt/stunden" },
      { route: "/ehrenamt/profil" },
      { route: "/ehrenamt/nachweis" },
      { route: "/ehrenamt/kurse" },
      { route: "/ehrenamt/zahlungen" },
      { route: "/kurse" },
      { route: "/account" },
    ],
  },
  {
    role: "coordinator",
    email: "koordination@oldenburg.example",
    pages: [
      { route: "/" },
      { route: "/koordination/ehrenamtliche" },
      { route: "/koordination/stunden" },
      { route: "/koordination/familien" },
      { route: "/koordination/tandems" },
      { route: "/koordination/tandems/vorschlaege" },
      { route: "/koordination/spenden" },
      { route: "/berichte" },
      { route: "/kursleitung" },
    ],
  },
  {
    role: "trainer",
    email: "kurs@oldenburg.example",
    pages: [{ route: "/" }, { route: "/kursleitung" }, { route: "/kursleitung/kurse/[id]", firstLink: { on: "/kursleitung", href: /\/kursleitung\/kurse\/[^"?#/]+/ } }],
  },
  { role: "counsellor", email: "beratung@oldenburg.example", pages: [{ route: "/" }, { route: "/beratung" }, { route: "/beratung/kinder" }, { route: "/beratung/buchen" }] },
  { role: "admin", email: "admin@oldenburg.example", pages: [{ route: "/" }, { route: "/admin/users" }, { route: "/admin/einstellungen" }] },
];

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const children: ChildProcess[] = [];

async function waitFor(url: string, child: ChildProcess, name: string) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} not ready at ${url}`);
}

/** The API (production mode) on a fresh embedded database with the demo office, and the built web app. */
async function startLotse(dataDir: string): Promise<string> {
  const apiPort = await freePort();
  const webPort = await freePort();
  const webUrl = `http://localhost:${webPort}`;
  const dbEnv = { ...process.env, DATABASE_URL: "", LOTSE_DATA_DIR: dataDir, NODE_ENV: "development", DEMO_DATA: "office" };
  for (const command of ["migrate", "seed"]) {
    const result = spawnSync(process.execPath, ["--import", "tsx", "apps/server/scripts/db.ts", command], { cwd: root, env: dbEnv, stdio: ["ignore", "ignore", "inherit"] });
    if (result.status !== 0) throw new Error(`db ${command} failed (exit ${result.status})`);
  }
  const api = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: "", SEED_DEMO: "0", PORT: String(apiPort), PUBLIC_URL: webUrl, LOTSE_DATA_DIR: dataDir, LOG_LEVEL: "warn" },
  });
  children.push(api);
  await waitFor(`http://127.0.0.1:${apiPort}/ready`, api, "API");
  const web = spawn(process.execPath, [path.join(root, "apps/web/build/index.js")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PORT: String(webPort), HOST: "127.0.0.1", ORIGIN: webUrl, API_URL: `http://127.0.0.1:${apiPort}` },
  });
  children.push(web);
  await waitFor(`${webUrl}/login`, web, "web app");
  return webUrl;
}

async function sessionCookie(webUrl: string, email: string | null): Promise<string> {
  if (!email) return "";
  const session = await webSession(webUrl).signIn(email, PASSWORD);
  return session.cookie;
}

function printFirstLoad() {
  console.log("\nFirst-load JavaScript (gzip) per main page");
  const seen = new Set<string>();
  for (const { role, pages } of ROLES) {
    for (const { route } of pages) {
      if (seen.has(route)) continue;
      seen.add(route);
      const { gzip, files } = firstLoadJs(route);
      console.log(`  ${role.padEnd(12)} ${route.padEnd(28)} ${String(gzip).padStart(7)} bytes  ${kB(gzip).padStart(8)}  (${files} files)`);
    }
  }
  const languages = languageFiles();
  console.log(`  + the messages of another language, loaded once: ${Object.entries(languages).map(([l, b]) => `${l} ${b} bytes`).join(", ")}`);
}

async function renderTime(webUrl: string, cookie: string, pathname: string, runs = 30) {
  const times: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const start = performance.now();
    const response = await fetch(`${webUrl}${pathname}`, { headers: { cookie }, redirect: "manual" });
    const html = await response.text();
    if (response.status !== 200 || !html.includes("</html>")) throw new Error(`${pathname}: ${response.status}`);
    if (i >= 5) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p95: at(0.95), runs };
}

/** Lighthouse's scores of every main page; the pages that failed, with why. */
async function lighthouseScores(webUrl: string): Promise<string[]> {
  console.log("\nLighthouse (mobile) per main page: performance / accessibility");
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const failures: string[] = [];
  // The same Chromium, for its cookie jar (Lighthouse does not clear cookies between runs).
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 1) || 1);
  const roles = process.env.BENCH_ROLES?.split(",");
  const lhrDir = process.env.BENCH_LHR_DIR;
  if (lhrDir) mkdirSync(lhrDir, { recursive: true });
  if (runs > 1) console.log(`  (${runs} runs per page: the run with the median performance score; every run's score in brackets)`);
  try {
    const jar = browser.contexts()[0];
    if (!jar) throw new Error("Chromium has no default browser context");
    for (const { role, email, pages } of ROLES.filter((r) => !roles || roles.includes(r.role))) {
      const cookie = await sessionCookie(webUrl, email);
      await jar.clearCookies();
      if (cookie) {
        const [name, ...value] = cookie.split("=");
        await jar.addCookies([{ name: name!, value: value.join("="), url: webUrl, httpOnly: true, sameSite: "Lax" }]);
      }
      const only = process.env.BENCH_ROUTES?.split(",");
      for (const page of pages.filter((p) => !only || only.includes(p.route))) {
        let pathname = page.path ?? page.route;
        if (page.firstLink) {
          const html = await (await fetch(`${webUrl}${page.firstLink.on}`, { headers: { cookie } })).text();
          const link = page.firstLink.href.exec(html)?.[0];
          if (!link) {
            console.log(`  ${role.padEnd(12)} ${page.route.padEnd(28)} not measured: no link on ${page.firstLink.on}`);
            failures.push(`${role} ${page.route}: no link on ${page.firstLink.on}`);
            continue;
          }
          pathname = link;
        }
        type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];
        const measured: Lhr[] = [];
        try {
          for (let run = 0; run < runs; run++) {
            const result = await lighthouse(`${webUrl}${pathname}`, {
              port: chrome.port,
              output: "json",
              logLevel: "error",
              onlyCategories: ["performance", "accessibility"],
              // A signed-in page opens the notifications' live stream (a POST to /graphql that stays
              // open, lib/graphql/live-client.ts) after it has loaded; Lighthouse waits for the network
              // to go quiet and so waited its 45 s limit on every such page ("The page loaded too
              // slowly"). The stream is blocked here (the page's own loads are server-side; the browser
              // sends no other GraphQL before someone acts); it is no part of loading the page.
              blockedUrlPatterns: ["*/graphql"],
            });
            if (!result) throw new Error("Lighthouse gave no result");
            const lhr = result.lhr;
            if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
            const finalPath = new URL(lhr.finalDisplayedUrl).pathname;
            if (finalPath !== pathname) throw new Error(`ended on ${finalPath} (signed in as ${role}?)`);
            measured.push(lhr);
          }
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          console.log(`  ${role.padEnd(12)} ${pathname.padEnd(28)} not measured: ${why}`);
          failures.push(`${role} ${pathname}: ${why}`);
          continue;
        }
        const perfScore = (l: Lhr) => Math.round((l.categories.performance?.score ?? 0) * 100);
        const sorted = [...measured].sort((a, b) => perfScore(a) - perfScore(b));
        const lhr = sorted[Math.floor((sorted.length - 1) / 2)]!;
        if (lhrDir) writeFileSync(path.join(lhrDir, `${role}${page.route.replace(/[^\w]+/g, "-").replace(/-$/, "")}.json`), JSON.stringify(lhr));
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const metric = (id: string) => lhr.audits[id]?.displayValue ?? "?";
        // A failed accessibility audit with the elements it names (their CSS selectors), to be found.
        const failed = Object.values(lhr.audits)
          .filter((a) => a.score === 0 && lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id && r.weight > 0))
          .map((a) => {
            const items = (a.details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? [];
            const selectors = items.flatMap((item) => (item.node?.selector ? [item.node.selector] : [])).slice(0, 3);
            return selectors.length > 0 ? `${a.id} (${selectors.join("; ")})` : a.id;
          });
        console.log(
          `  ${role.padEnd(12)} ${pathname.padEnd(28)} ${String(score("performance")).padStart(3)} / ${String(score("accessibility")).padStart(3)}` +
            `   FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}` +
            (runs > 1 ? `   [${measured.map(perfScore).join(", ")}]` : "") +
            (failed.length ? `   accessibility: ${failed.join(", ")}` : ""),
        );
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    await chrome.kill();
  }
  return failures;
}

const dataDir = mkdtempSync(path.join(tmpdir(), "lotse-bench-web-"));
try {
  printFirstLoad();
  const webUrl = await startLotse(dataDir);
  const volunteer = await sessionCookie(webUrl, "lotse@oldenburg.example");
  const { median, p95, runs } = await renderTime(webUrl, volunteer, "/ehrenamt");
  console.log(`\nServer render of the volunteer home (/ehrenamt, signed in, ${runs} runs): median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
  if (process.env.BENCH_LIGHTHOUSE !== "0") {
    const failures = await lighthouseScores(webUrl);
    if (failures.length > 0) {
      console.error(`\nLighthouse could not measure ${failures.length} page(s):\n  ${failures.join("\n  ")}`);
      process.exitCode = 1;
    }
  }
} finally {
  for (const child of children) child.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
}

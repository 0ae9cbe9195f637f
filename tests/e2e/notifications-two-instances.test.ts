// Two API instances behind two web apps on one PostgreSQL database, as a
// deployment with several API processes has them: the volunteer's browser
// talks to instance A, the coordinator's page is open on instance B. Hours
// logged through A raise the bell on B's page without a reload (the
// database's LISTEN/NOTIFY carries the event from A to B, B's server-sent
// events carry it to the page). PostgreSQL only (TEST_DATABASE_URL): the
// embedded PGlite lives inside one process and cannot be shared by two.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo } from "@lotse/testing/factories";
import { freePort } from "@lotse/testing/ports";
import { hasChromium, launchBrowser } from "../support/browser.ts";
import { hydrated, signInThroughPage } from "../support/pages.ts";
import { apiEnv, migrateAndSeed, waitFor, webEnv } from "../support/servers.ts";

const root = path.resolve(import.meta.dirname, "../..");
const baseUrl = process.env.TEST_DATABASE_URL;
const REASON = "two API instances share a PostgreSQL database: set TEST_DATABASE_URL";

describe.skipIf(!hasChromium || !baseUrl)(`notifications across two API instances in the browser [${REASON}]`, () => {
  const children: ChildProcess[] = [];
  const database = `lotse_e2e_two_${Date.now().toString(36)}`;
  let databaseUrl = "";
  let webA = "";
  let webB = "";
  let browser: Browser;
  let coordinatorPage: Page;
  let volunteerPage: Page;

  async function admin(sql: string) {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  /** An API instance on the shared database and a web app in front of it, as production runs them; the web app's address. */
  async function instance(name: string): Promise<string> {
    const [apiPort, webPort] = [await freePort(), await freePort()];
    const webUrl = `http://localhost:${webPort}`;
    const api = spawn(process.execPath, ["--import", "tsx", "apps/server/src/main.ts"], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: apiEnv({ databaseUrl, dataDir: mkdtempSync(path.join(tmpdir(), `lotse-e2e-${name}-`)), port: apiPort, publicUrl: webUrl }),
    });
    children.push(api);
    await waitFor(`http://127.0.0.1:${apiPort}/ready`, api, `API ${name}`);
    const web = spawn(process.execPath, [path.join(root, "apps/web/build/index.js")], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: webEnv({ port: webPort, webUrl, apiPort }),
    });
    children.push(web);
    await waitFor(`${webUrl}/login`, web, `web app ${name}`);
    return webUrl;
  }

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${database}`);
    const url = new URL(baseUrl!);
    url.pathname = `/${database}`;
    databaseUrl = url.toString();
    // Migrated and seeded once by the database CLI, as a deployment does before starting its instances.
    await migrateAndSeed({ databaseUrl, dataDir: mkdtempSync(path.join(tmpdir(), "lotse-e2e-seed-")) });
    [webA, webB] = await Promise.all([instance("a"), instance("b")]);
    browser = await launchBrowser();
    coordinatorPage = await (await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } })).newPage();
    volunteerPage = await (await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    const exited = children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve))));
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(exited);
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
  });

  const bell = () => coordinatorPage.getByRole("button", { name: /^Benachrichtigungen, \d+ ungelesen$/ });
  const unread = async () => Number(/(\d+) ungelesen/.exec((await bell().getAttribute("aria-label")) ?? "")?.[1] ?? Number.NaN);

  it("raises the bell on the coordinator's page on instance B when the volunteer logs hours through instance A", async () => {
    await signInThroughPage(coordinatorPage, webB, demo.coordinator, demo.password);
    await coordinatorPage.getByRole("heading", { name: /Kerstin Koordination/ }).waitFor();
    await expect.poll(() => bell().isEnabled()).toBe(true);
    const before = await unread();
    expect(before).toBeGreaterThanOrEqual(0);
    // Let the subscription's stream open before the event it should carry happens.
    await coordinatorPage.waitForTimeout(500);

    await signInThroughPage(volunteerPage, webA, demo.volunteer, demo.password);
    await volunteerPage.goto(`${webA}/ehrenamt`);
    await volunteerPage.getByRole("heading", { name: "Stunden erfassen" }).waitFor();
    await hydrated(volunteerPage, "Stunden speichern");
    await volunteerPage.getByLabel("Stunden", { exact: true }).fill("2");
    await volunteerPage.getByLabel("Minuten", { exact: true }).fill("10");
    await volunteerPage.getByLabel("Tätigkeit").selectOption({ label: "Sprachmittlung" });
    await volunteerPage.getByRole("button", { name: "Stunden speichern" }).click();
    await volunteerPage.getByText(/2 Std\. 10 Min\. am .* gespeichert/).waitFor();

    // No reload on B: the event crossed from A.
    await expect.poll(unread, { timeout: 15_000 }).toBeGreaterThan(before);
    await expect
      .poll(() => coordinatorPage.getByTestId("notification-announcement").textContent(), { timeout: 5_000 })
      .toMatch(/Neue Benachrichtigung: Neue Stunden zu prüfen: 2 Std\. 10 Min\./);
    await bell().click();
    const link = coordinatorPage.getByRole("region", { name: "Benachrichtigungen" }).getByRole("link", { name: /^Ungelesen: Neue Stunden zu prüfen: 2 Std\. 10 Min\./ });
    expect(await link.getAttribute("href")).toBe("/koordination/stunden");
  });
});

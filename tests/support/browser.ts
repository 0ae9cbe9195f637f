// The browser of a browser-test file, and the axe-core check of a page.
import { chromium, type Browser, type Download, type Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { inject } from "vitest";
import { CHROMIUM_LAUNCH } from "./chromium.ts";

export { CHROMIUM, hasChromium } from "./chromium.ts";

/**
 * The worker's Chromium (started once by support/servers.ts and used by each of its files in
 * turn), or a Chromium of the file's own when the suite started none for it. Every file makes
 * its own contexts (cookies, storage, cache apart); `close()` closes them and disconnects,
 * leaving the browser to the worker's next file.
 */
export async function launchBrowser(): Promise<Browser> {
  const worker = Number(process.env.VITEST_POOL_ID ?? 1);
  const endpoint = inject("stacks")[worker - 1]?.browserEndpoint;
  return endpoint ? chromium.connect(endpoint) : chromium.launch(CHROMIUM_LAUNCH);
}

/**
 * The bytes of a finished download. Read through its stream: the worker's Chromium is connected
 * to, not launched by the file, and a remote browser's downloads have no local path.
 */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Serious and critical axe-core findings on the current page (WCAG 2.1 AA rules). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol rather than added as a <script>:
  // the pages' CSP refuses inline scripts, but not the test tool's evaluation.
  // Once per document: a second check of the same page (another width) reuses it.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // resultTypes: every rule still runs on every node and every violation is listed with all
    // its nodes; passes and incomplete results (not read here) keep one node each, which spares
    // axe building a selector for every passing node.
    return axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
  });
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

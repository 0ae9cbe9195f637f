// The browser of a browser-test file, and the axe-core check of a page.
import { chromium, type Browser, type Download, type Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { CHROMIUM_LAUNCH } from "./chromium.ts";

export { CHROMIUM, hasChromium } from "./chromium.ts";

/**
 * The worker's Chromium, launched by its first file and kept for the next ones: a worker runs its
 * files one after another in one process (isolate: false). Kept on globalThis, so it is one per
 * worker even if a file loads this module anew. Launched in the worker's own process: driven
 * from another process (the global setup's launchServer, before), each call crossed a WebSocket
 * and was handled twice, which took the Node side about twice the CPU (3.9/4.3 s -> 2.1/2.6 s
 * for 600 role queries on three contexts).
 */
const WORKER_CHROMIUM = Symbol.for("lotse.workerChromium");
type WithWorkerChromium = typeof globalThis & { [WORKER_CHROMIUM]?: Promise<Browser> };

/**
 * The file's browser: the worker's Chromium, in which the file makes its own contexts (cookies,
 * storage, cache apart). Its `close()` closes the contexts (the worker runs one file at a time,
 * so all of them are the file's) and leaves the browser to the worker's next file; Chromium ends
 * with the worker (playwright-core closes what it launched when its process exits).
 */
export async function launchBrowser(): Promise<Browser> {
  const worker = globalThis as WithWorkerChromium;
  worker[WORKER_CHROMIUM] ??= chromium.launch(CHROMIUM_LAUNCH);
  const browser = await worker[WORKER_CHROMIUM];
  return new Proxy(browser, {
    get(target, property) {
      if (property === "close") return () => Promise.all(target.contexts().map((context) => context.close())).then(() => undefined);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The bytes of a finished download, read through its stream. */
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

// The web app's pages run under their Content-Security-Policy: every page
// visited here renders, hydrates and works with no CSP violation in the
// console, while a script injected into the page is refused. The headers of a
// page and of a proxied API answer are checked as the browser receives them.
// No bypassCSP anywhere in this file: the policy is what is under test.
import type { Browser, BrowserContext, ConsoleMessage, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo } from "@lotse/testing/factories";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { webUrl } from "../support/lotse.ts";
import { signInThroughPage, waitForHydration } from "../support/pages.ts";

const PASSWORD = demo.password;

/** Console lines and securitypolicyviolation events that mention the CSP. */
function watchViolations(page: Page): string[] {
  const found: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) found.push(message.text());
  });
  return found;
}

async function recordedViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

describe.skipIf(!hasChromium)("pages under the Content-Security-Policy", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let consoleViolations: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ locale: "de-DE" });
    // Records violations in the page too (console lines can be rate-limited).
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page = await context.newPage();
    consoleViolations = watchViolations(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("sends the CSP with a nonce, frame-ancestors 'none', nosniff and a referrer policy on a page", async () => {
    const response = await page.goto(`${webUrl}/login`);
    const headers = response!.headers();
    const csp = headers["content-security-policy"]!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    // Plain HTTP here: HSTS is for production over HTTPS only.
    expect(headers["strict-transport-security"]).toBeUndefined();
    // The nonce changes with every answer.
    const again = (await (await fetch(`${webUrl}/login`)).headers.get("content-security-policy"))!;
    expect(again.match(/nonce-[^']+/)![0]).not.toBe(csp.match(/nonce-[^']+/)![0]);
  });

  it("sends nosniff and refuses framing on a proxied API answer", async () => {
    const response = await fetch(`${webUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-lotse-csrf": "1" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("runs the public pages, a coordinator's and a volunteer's pages without a violation", async () => {
    for (const path of ["/login", "/forgot-password", "/o/oldenburg/mitmachen"]) {
      await page.goto(`${webUrl}${path}`);
      await waitForHydration(page);
      expect(await recordedViolations(page), path).toEqual([]);
    }

    await signInThroughPage(page, webUrl, demo.coordinator, PASSWORD);
    await page.getByRole("heading", { name: /Guten Tag, Kerstin Koordination/ }).waitFor();
    expect(await recordedViolations(page)).toEqual([]);
    // Client-side navigation (SvelteKit's router and urql) and full loads.
    await page.getByRole("link", { name: /Ehrenamtliche/ }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/koordination/ehrenamtliche");
    await page.getByRole("link", { name: "Leyla Lotsin" }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/koordination\/ehrenamtliche\/.+/);
    await page.getByRole("heading", { name: /Leyla Lotsin/ }).first().waitFor();
    expect(await recordedViolations(page)).toEqual([]);
    // SvelteKit's route announcer keeps its (hash-allowed) style: hidden, not a line of text on the page.
    expect(await page.evaluate(() => getComputedStyle(document.getElementById("svelte-announcer")!).position)).toBe("absolute");
    for (const path of ["/koordination/stunden", "/kurse", "/account"]) {
      await page.goto(`${webUrl}${path}`);
      await page.locator("main h1").first().waitFor();
      expect(await recordedViolations(page), path).toEqual([]);
    }
    // axe-core is evaluated through the DevTools protocol, so it runs under the CSP too.
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Abmelden" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/login");

    await signInThroughPage(page, webUrl, demo.volunteer, PASSWORD);
    for (const path of ["/ehrenamt", "/ehrenamt/stunden", "/ehrenamt/profil"]) {
      await page.goto(`${webUrl}${path}`);
      await waitForHydration(page);
      expect(await recordedViolations(page), path).toEqual([]);
    }
    expect(consoleViolations).toEqual([]);
  });

  it("refuses a script injected into the page and reports it", async () => {
    await context.clearCookies();
    await page.goto(`${webUrl}/login`);
    await waitForHydration(page);
    const ran = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__injected = true";
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect((await recordedViolations(page)).join(" ")).toContain("script-src");
  });
});

// A coordinator signs in, sees the start page, switches to English (kept for
// the next sign-in), and signs out; every page has no serious axe findings.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo } from "@lotse/testing/factories";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { webUrl } from "../support/lotse.ts";
import { signInThroughPage, waitForHydration, switchLanguage } from "../support/pages.ts";

describe.skipIf(!hasChromium)("coordinator in the browser", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: "de-DE" })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const signIn = (email: string) => signInThroughPage(page, webUrl, email, demo.password);

  it("signs in, switches to English, signs out", async () => {
    await page.goto(`${webUrl}/`);
    await expect.poll(() => new URL(page.url()).pathname).toBe("/login");
    expect(await page.getAttribute("html", "lang")).toBe("de");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await signIn(demo.coordinator);
    await page.getByRole("heading", { name: /Guten Tag, Kerstin Koordination/ }).waitFor();
    expect(await page.textContent("body")).toContain("Stadt Oldenburg");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await switchLanguage(page, "en");
    await page.getByRole("heading", { name: /Kerstin Koordination/ }).waitFor();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("en");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/login");

    // The choice was kept for the user: signing in again shows English.
    await signInThroughPage(page, webUrl, demo.coordinator, demo.password, "en");
    await switchLanguage(page, "de");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("de");
  });

  it("shows the same message for a wrong password, announced to screen readers", async () => {
    await page.context().clearCookies();
    await page.goto(`${webUrl}/login`);
    await waitForHydration(page);
    await page.getByLabel("E-Mail-Adresse").fill(demo.coordinator);
    await page.getByLabel("Passwort", { exact: true }).fill("falsches-passwort");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect.poll(async () => (await page.getByRole("alert").allTextContents()).join(" ")).toMatch(/E-Mail-Adresse oder Passwort ist falsch/);
  });
});

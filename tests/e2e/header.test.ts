// The header on a 360 px phone and without JavaScript: one line (name, bell, "Menü"),
// the menu opens the navigation with its work-queue counts, by keyboard too (Escape
// closes it and focus returns to the button); without JavaScript the menu still opens
// (a <details>) and the language, the organisation and signing out work as plain forms
// posting to /sitzung; in Arabic the header is mirrored. Each test makes its own people.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, inviteUser, newPerson, signIn, signUpVolunteer, switchOrganization, type Person } from "@lotse/testing/factories";
import { tokenIn } from "@lotse/testing/mail";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { horizontalOverflow, signInThroughPage } from "../support/pages.ts";

const OSNABRUECK = "Landkreis Osnabrück – Migrationszentrum";
const OLDENBURG = /Oldenburg/;
const PHONE = { width: 360, height: 780 };

/** The header's top line: its height, and whether each part sits on it. */
async function headerLine(page: Page) {
  const bar = (await page.locator(".site-header .bar").boundingBox())!;
  const parts = await page.locator(".site-header .bar .brand, .site-header .bar .bell-button, .site-header .bar summary").evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, left: box.left, right: box.right };
    }),
  );
  return { bar, parts };
}

/** Signs in with the form posted natively (no JavaScript). */
async function signInWithoutScript(page: Page, person: Pick<Person, "email" | "password">) {
  await page.goto(`${webUrl}/login`);
  await page.getByLabel("E-Mail-Adresse").fill(person.email);
  await page.getByLabel("Passwort", { exact: true }).fill(person.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect.poll(() => new URL(page.url()).pathname).not.toBe("/login");
}

describe.skipIf(!hasChromium)("the header on a phone, without JavaScript and in Arabic", () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const newPage = async (options: Parameters<Browser["newContext"]>[0] = {}) => {
    const context = await browser.newContext({ locale: "de-DE", viewport: PHONE, ...options });
    contexts.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("on a 360 px phone: one line, the menu opens the navigation with its counts, Escape closes it and focus returns", async () => {
    // A sign-up waiting for approval: the coordinator's navigation counts at least this one.
    await signUpVolunteer(lotse, newPerson("Kopfzeile wartet"));
    const page = await newPage();
    await signInThroughPage(page, webUrl, demo.coordinator, demo.password);
    await expect.poll(() => page.locator('select[name="ui-language"][data-live]').count()).toBeGreaterThan(0);

    const { bar, parts } = await headerLine(page);
    expect(parts).toHaveLength(3);
    expect(bar.height).toBeLessThan(64);
    for (const part of parts) {
      expect(part.top).toBeGreaterThanOrEqual(bar.y);
      expect(part.bottom).toBeLessThanOrEqual(bar.y + bar.height);
    }
    expect(await horizontalOverflow(page)).toBe(0);

    const menuButton = page.locator(".site-header summary", { hasText: "Menü" });
    const volunteersLink = page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: /^Ehrenamtliche/ });
    expect(await volunteersLink.isVisible()).toBe(false);

    // By keyboard: Tab reaches the button, Enter opens.
    await menuButton.focus();
    await page.keyboard.press("Enter");
    await volunteersLink.waitFor();
    expect(await volunteersLink.textContent()).toMatch(/\(\d+ offen\)/);
    expect(Number.parseInt((await volunteersLink.locator("[aria-hidden=true]").textContent()) ?? "0", 10)).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole("button", { name: "Abmelden" }).isVisible()).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    await expect.poll(() => volunteersLink.isVisible()).toBe(false);
    expect(await menuButton.evaluate((summary) => summary === document.activeElement)).toBe(true);

    // A link followed closes the menu on the next page.
    await page.keyboard.press("Enter");
    await volunteersLink.click();
    await page.getByRole("heading", { name: "Ehrenamtliche", level: 1 }).waitFor();
    await expect.poll(() => volunteersLink.isVisible()).toBe(false);
  });

  it("without JavaScript: the menu opens, and language, organisation and sign-out work as forms", async () => {
    // A volunteer of Oldenburg who is also a coordinator in Osnabrück: two organisations.
    const person = newPerson("Kopfzeile ohne Skript");
    await signUpVolunteer(lotse, person);
    const osnabrueckAdmin = await signIn(lotse, demo.admin);
    await switchOrganization(osnabrueckAdmin, OSNABRUECK);
    await inviteUser(osnabrueckAdmin, { email: person.email, name: person.name, roles: ["COORDINATOR"] });
    const mail = await lotse.mailbox.newestTo(person.email, { text: "/accept-invitation?" });
    const session = await signIn(lotse, person.email, person.password);
    await session.mutate("AcceptInvitation", { token: tokenIn(mail, "/accept-invitation") });

    const page = await newPage({ javaScriptEnabled: false });
    // Signed out: the language form sits in the header line.
    await page.goto(`${webUrl}/login`);
    await page.getByLabel("Sprache der Seite").selectOption("en");
    await page.getByRole("button", { name: "Sprache ändern" }).click();
    await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.getByLabel("Page language").selectOption("de");
    await page.getByRole("button", { name: "Change language" }).click();
    await page.getByRole("heading", { name: "Anmelden", level: 1 }).waitFor();

    await signInWithoutScript(page, person);
    const menuButton = page.locator(".site-header summary", { hasText: "Menü" });
    const openMenu = async () => {
      await menuButton.click();
      await page.getByRole("navigation", { name: "Hauptnavigation" }).waitFor();
    };

    // The language, saved as the person's own: the page comes back in English, on the same address.
    await openMenu();
    const back = new URL(page.url()).pathname;
    await page.getByLabel("Sprache der Seite").filter({ visible: true }).selectOption("en");
    await page.getByRole("button", { name: "Sprache ändern" }).click();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("en");
    expect(new URL(page.url()).pathname).toBe(back);
    await page.locator(".site-header summary", { hasText: "Menu" }).click();
    await page.getByLabel("Page language").filter({ visible: true }).selectOption("de");
    await page.getByRole("button", { name: "Change language" }).click();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("de");

    // The organisation: Osnabrück, where the person coordinates.
    await openMenu();
    const switcher = page.getByLabel("Organisation", { exact: true }).filter({ visible: true });
    expect(await switcher.locator("option:checked").textContent()).toMatch(OLDENBURG);
    await switcher.selectOption({ label: OSNABRUECK });
    await page.getByRole("button", { name: "Wechseln" }).click();
    await openMenu();
    await expect.poll(() => switcher.locator("option:checked").textContent()).toBe(OSNABRUECK);
    expect(await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: /^Ehrenamtliche/ }).count()).toBe(1);
    expect(await horizontalOverflow(page)).toBe(0);

    // Signing out ends at the sign-in page, and the start page asks to sign in again.
    await page.getByRole("button", { name: "Abmelden" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/login");
    await page.goto(`${webUrl}/`);
    await expect.poll(() => new URL(page.url()).pathname).toBe("/login");
  });

  it("in Arabic the header is mirrored: the name at the right, the menu at the left, the menu's links from the right", async () => {
    const person = newPerson("Kopfzeile Arabisch");
    await signUpVolunteer(lotse, person);
    const session = await signIn(lotse, person.email, person.password);
    await session.mutate("SetMyLocale", { locale: "AR" });
    const page = await newPage({ locale: "ar" });
    await signInThroughPage(page, webUrl, person.email, person.password);
    // The page's direction is set by the server: the start page (a volunteer's own home) loaded in the person's language.
    await page.goto(`${webUrl}/`);
    await expect.poll(() => new URL(page.url()).pathname).toBe("/ehrenamt");
    await expect.poll(() => page.getAttribute("html", "dir")).toBe("rtl");
    await expect.poll(() => page.locator('select[name="ui-language"][data-live]').count()).toBeGreaterThan(0);

    const width = PHONE.width;
    const brand = (await page.locator(".site-header .brand").boundingBox())!;
    const menuButton = page.locator(".site-header summary", { hasText: "القائمة" });
    const menu = (await menuButton.boundingBox())!;
    expect(brand.x + brand.width).toBeGreaterThan((width * 3) / 4);
    expect(menu.x).toBeLessThan(width / 4);
    const { bar } = await headerLine(page);
    expect(bar.height).toBeLessThan(64);

    await menuButton.click();
    const link = page.getByRole("navigation", { name: "التنقل الرئيسي" }).getByRole("link").first();
    await link.waitFor();
    // Where the link's words are (the link itself spans the panel): at the right edge.
    const text = await link.evaluate((a) => {
      const range = document.createRange();
      range.selectNodeContents(a);
      const box = range.getBoundingClientRect();
      return { left: box.left, right: box.right };
    });
    expect(text.right).toBeGreaterThan((width * 3) / 4);
    expect(text.left).toBeGreaterThan(width / 4);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

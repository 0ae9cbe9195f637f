// Page steps shared by the browser tests.
import type { Page } from "playwright-core";
import { expect } from "vitest";

const LABELS = {
  de: { email: "E-Mail-Adresse", password: "Passwort", submit: "Anmelden" },
  en: { email: "Email address", password: "Password", submit: "Sign in" },
};


/** Signs in through the login page; the browser leaves /login when it worked. */
export async function signInThroughPage(page: Page, webUrl: string, email: string, password: string, language: "de" | "en" = "de") {
  const labels = LABELS[language];
  if (new URL(page.url()).pathname !== "/login") await page.goto(`${webUrl}/login`);
  await waitForHydration(page);
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole("button", { name: labels.submit }).click();
  await expect.poll(() => new URL(page.url()).pathname).not.toBe("/login");
}

/**
 * Waits until the page is interactive: its button of that name is enabled and the page's script has
 * hydrated it. Buttons are enabled from the server's HTML (forms post without JavaScript), so an
 * enabled button alone does not tell: a choice made before hydration can be reset by it.
 */
export async function hydrated(page: Page, buttonName: string | RegExp) {
  await expect.poll(() => page.getByRole("button", { name: buttonName }).first().isEnabled()).toBe(true);
  await waitForHydration(page);
}

/**
 * Waits until the page's script has loaded and hydrated it (the header's
 * language select is marked live then). Forms that post natively work before
 * that, so their buttons are enabled from the start: wait here for what only
 * the script does (a field filled in when a choice is made), and before typing
 * into bound fields (hydration setting the bound values could drop what was
 * typed, which made sign-ins flaky under load).
 */
export async function waitForHydration(page: Page) {
  // A page without JavaScript (the no-JavaScript tests' context) is as live as it gets once loaded.
  if (await page.evaluate(() => matchMedia("(scripting: none)").matches)) return;
  await expect.poll(() => page.locator('select[name="ui-language"][data-live]').count()).toBeGreaterThan(0);
}

const SCRIPTS = /\/_app\/immutable\/.*\.js$/;

/**
 * Holds the page's scripts back, as a slow phone would, until `release()`: what a person does on the
 * server's HTML before hydration. `stop()` lets later pages load their scripts at once again.
 */
export async function holdScripts(page: Page): Promise<{ release: () => void; stop: () => Promise<void> }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(SCRIPTS, async (route) => {
    await held;
    await route.continue();
  });
  return { release, stop: () => page.unroute(SCRIPTS) };
}

/** How far the page would scroll sideways (0 when it fits, e.g. at 360 px). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The text of every alert on the page (errors are announced with role="alert"). */
export const alerts = async (page: Page) => (await page.getByRole("alert").allTextContents()).join(" ");

/** The text of every status message on the page (successes are announced with role="status"). */
export const statuses = async (page: Page) => (await page.getByRole("status").allTextContents()).join(" ");

/**
 * Opens the header's menu when the navigation sits behind it (a phone, signed in);
 * on a desktop, or when it is open already, nothing happens.
 */
export async function openMenu(page: Page) {
  const button = page.locator("summary").filter({ hasText: /^(Menü|Menu|القائمة|منو|Меню)$/ });
  if ((await button.count()) === 0 || !(await button.isVisible())) return;
  const open = await button.evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open);
  if (!open) await button.click();
}

/** Closes the header's menu by Escape, as a keyboard user does (when it is open). */
export async function closeMenu(page: Page) {
  const open = page.locator("details[open] > summary").filter({ hasText: /^(Menü|Menu|القائمة|منو|Меню)$/ });
  if ((await open.count()) > 0) await page.keyboard.press("Escape");
}

/** A link of the main navigation, found as a person finds it (on a phone through the menu). */
export async function navLink(page: Page, name: string | RegExp, navigation: string | RegExp = "Hauptnavigation", exact = false) {
  await openMenu(page);
  return page.getByRole("navigation", { name: navigation }).getByRole("link", { name, exact }).first();
}

/** The header's language select that is shown (a signed-in phone has it in the menu). */
const languageSelect = (page: Page) => page.locator('select[name="ui-language"]').filter({ visible: true });

/**
 * Chooses a UI language in the header's language select (listed by their own names);
 * the page loads again in that language.
 */
export async function switchLanguage(page: Page, locale: "de" | "en" | "ar" | "fa" | "uk" | "tr") {
  await openMenu(page);
  const select = languageSelect(page);
  // data-live: the page is interactive, choosing alone switches (before, the form needs its button).
  await expect.poll(() => page.locator('select[name="ui-language"][data-live]').count()).toBeGreaterThan(0);
  await Promise.all([page.waitForEvent("load"), select.selectOption(locale)]);
  await expect.poll(() => page.getAttribute("html", "lang")).toBe(locale);
  await waitForLanguageSwitch(page);
}

/** The language select is live again (the page hydrated after the reload). */
async function waitForLanguageSwitch(page: Page) {
  await expect.poll(() => page.locator('select[name="ui-language"][data-live]').count()).toBeGreaterThan(0);
}

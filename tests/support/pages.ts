// Page steps shared by the browser tests.
import type { Page } from "playwright-core";
import { expect } from "vitest";

const LABELS = {
  de: { email: "E-Mail-Adresse", password: "Passwort", submit: "Anmelden" },
  en: { email: "Email address", password: "Password", submit: "Sign in" },
};

/**
 * Waits until the page's forms are live. Buttons stay disabled until Svelte
 * has hydrated the page; typing before that can be lost when hydration sets
 * the bound values, which made sign-ins flaky under load.
 */
export async function waitForHydration(page: Page) {
  await page.waitForSelector('form button[type="submit"]:not([disabled])');
}

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

/** Waits until the page is interactive: its button of that name is enabled (forms are disabled until hydration). */
export async function hydrated(page: Page, buttonName: string | RegExp) {
  await expect.poll(() => page.getByRole("button", { name: buttonName }).first().isEnabled()).toBe(true);
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
 * Chooses a UI language in the header's language select (listed by their own names);
 * the page loads again in that language.
 */
export async function switchLanguage(page: Page, locale: "de" | "en" | "ar" | "fa" | "uk" | "tr") {
  const select = page.locator('select[name="ui-language"]');
  await expect.poll(() => select.isEnabled()).toBe(true);
  await Promise.all([page.waitForEvent("load"), select.selectOption(locale)]);
  await expect.poll(() => page.getAttribute("html", "lang")).toBe(locale);
  await waitForLanguageSwitch(page);
}

/** The language select is live again (the page hydrated after the reload). */
async function waitForLanguageSwitch(page: Page) {
  await expect.poll(() => page.locator('select[name="ui-language"]').isEnabled()).toBe(true);
}

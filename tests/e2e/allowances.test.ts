// Allowances in the browser: a coordinator pays Leyla an Ehrenamtspauschale
// for "Begleitung", is told why the same activity cannot also be paid from the
// Übungsleiterfreibetrag, and pays car travel in km at the organisation's rate.
// Leyla, on a phone-sized screen, sees that the limit holds across all
// organisations, declares an amount received elsewhere and sees what remains
// here shrink; in English, too. No serious axe findings, no sideways scrolling.
// The coordinator's forms that record something open from their buttons.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { webUrl } from "../support/lotse.ts";
import { signInThroughPage, switchLanguage, waitForHydration } from "../support/pages.ts";

const PASSWORD = "Lotse-Demo-2026!";

/** Amounts are written with a no-break space before "€": compared as plain spaces. */
const plain = (text: string | null) => (text ?? "").replace(/\u00a0/g, " ");
const alerts = async (page: Page) => plain((await page.getByRole("alert").allTextContents()).join(" "));
const statuses = async (page: Page) => plain((await page.getByRole("status").allTextContents()).join(" "));
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
/** Buttons work once Svelte has hydrated the page. */
const hydrated = (page: Page, button: string) => expect.poll(() => page.getByRole("button", { name: button }).isEnabled()).toBe(true);

describe.skipIf(!hasChromium)("allowances in the browser", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a coordinator pays a Pauschale, is refused the Übungsleiterfreibetrag for the same activity, and pays km at the rate", async () => {
    const page = await (await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } })).newPage();
    await signInThroughPage(page, webUrl, "koordination@oldenburg.example", PASSWORD);
    await page.goto(`${webUrl}/koordination/ehrenamtliche`);
    await page.getByRole("link", { name: /Leyla Lotsin/ }).first().click();
    await page.getByRole("heading", { name: "Leyla Lotsin", level: 1 }).waitFor();
    await waitForHydration(page);

    // The forms that record something open from their buttons: on a visit they are closed.
    for (const summary of ["Einsichtnahme erfassen", "Zahlung erfassen", "Ausgestellte Karte eintragen", "Frühere Stunden nachtragen"]) {
      const disclosure = page.locator("details", { has: page.locator("summary", { hasText: summary }) });
      expect(await disclosure.evaluate((details) => (details as HTMLDetailsElement).open), summary).toBe(false);
    }
    for (const button of ["Einsichtnahme speichern", "Zahlung speichern", "Karte eintragen", "Stunden nachtragen"]) {
      expect(await page.getByRole("button", { name: button, exact: true }).count(), button).toBe(0);
    }
    await page.getByText("Zahlung erfassen").click();
    await hydrated(page, "Zahlung speichern");

    const form = page.locator("form", { has: page.getByRole("button", { name: "Zahlung speichern" }) });
    await form.getByLabel("Ehrenamtspauschale").check();
    await form.getByLabel("Tätigkeit").selectOption({ label: "Begleitung" });
    await form.getByLabel("Betrag in Euro").fill("100,00");
    await form.getByRole("button", { name: "Zahlung speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Die Zahlung über 100,00");

    await form.getByLabel("Übungsleiterfreibetrag").check();
    await form.getByLabel("Tätigkeit").selectOption({ label: "Begleitung" });
    await form.getByLabel("Betrag in Euro").fill("50,00");
    await form.getByRole("button", { name: "Zahlung speichern" }).click();
    await expect.poll(() => alerts(page)).toMatch(/„Begleitung“.*nicht kombiniert werden/);
    // The form stays open with the error beside its button, and focus stays in it (not lost to the page).
    expect(await form.evaluate((element) => element.contains(document.activeElement))).toBe(true);

    await form.getByLabel("Fahrtkosten (km)").check();
    await form.getByLabel("Gefahrene Kilometer").fill("42");
    expect(plain(await form.textContent())).toContain("42 km à 0,30 € = 12,60 €");
    await form.getByRole("button", { name: "Zahlung speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Die Zahlung über 12,60");
    const payments = page.locator("table", { has: page.getByRole("columnheader", { name: "Wofür" }) });
    await expect.poll(async () => plain(await payments.textContent())).toContain("42 km à 0,30 €");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 360, height: 780 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it("the volunteer sees the limit across organisations and declares an amount received elsewhere, on a phone", async () => {
    const page = await (await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } })).newPage();
    await signInThroughPage(page, webUrl, "lotse@oldenburg.example", PASSWORD);
    await page.goto(`${webUrl}/ehrenamt/zahlungen`);
    await page.getByRole("heading", { name: "Meine Zahlungen und Pauschalen", level: 1 }).waitFor();
    await hydrated(page, "Angabe speichern");
    const main = async () => plain(await page.textContent("main"));
    expect(await main()).toContain("über alle Organisationen zusammen");
    expect(await main()).toContain("Höchstbetrag 960,00 €, hier ausgezahlt 100,00 €, noch möglich: 860,00 €");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.getByLabel("Betrag in Euro").fill("300,00");
    await page.getByLabel("Gezahlt von").fill("Sportverein Eversten");
    await page.getByRole("button", { name: "Angabe speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Die Angabe über 300,00");
    await expect.poll(main).toContain("noch möglich: 560,00 €");
    expect(await main()).toContain("Davon anderswo erhalten (angegeben): 300,00 €");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // Taken back again, so other tests see Leyla as before.
    await page.getByRole("button", { name: /Angabe entfernen: 300,00/ }).click();
    await expect.poll(() => statuses(page)).toContain("Die Angabe wurde entfernt.");
    await expect.poll(main).toContain("noch möglich: 860,00 €");

    // The same page in English.
    await switchLanguage(page, "en");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("en");
    await page.getByRole("heading", { name: "My payments and allowances", level: 1 }).waitFor();
    expect(await main()).toContain("across all organisations together");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await switchLanguage(page, "de");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("de");
  });
});

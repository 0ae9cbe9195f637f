// The public pages without JavaScript (a blocked script, an old phone, a page
// used before its script has loaded): the sign-up posts natively, shows the
// API's refusal at its field, focused, with everything typed still there (passwords
// aside: they come after the language rows, and one typed before a row is added is
// asked for again in words), and ends at "check your mail"; the mailed link confirms the address
// with a press of its button; a password reset can be requested, and a new
// password is checked and refused as with JavaScript.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkIn } from "@lotse/testing/mail";
import { hasChromium, launchBrowser } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, statuses } from "../support/pages.ts";

const stamp = Date.now();
const volunteer = { name: `Nora Ohneskript ${stamp}`, email: `e2e-nojs-${stamp}@example.org`, password: "Ehrenamt-ohne-Skript-2026" };

describe.skipIf(!hasChromium)("public pages without JavaScript", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", viewport: { width: 360, height: 780 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function typePasswords() {
    await page.getByLabel("Passwort", { exact: true }).fill(volunteer.password);
    await page.getByLabel("Passwort wiederholen").fill(volunteer.password);
  }

  it("signs up: a refused field shows its message with what was typed kept, then the mail to confirm is on its way", async () => {
    await page.goto(`${webUrl}/o/oldenburg/mitmachen`);
    await page.getByRole("heading", { name: "Ehrenamtlich mitmachen", level: 1 }).waitFor();
    const submit = page.getByRole("button", { name: "Anmeldung absenden" });
    expect(await submit.isEnabled()).toBe(true);

    await page.getByLabel("Name", { exact: true }).fill(volunteer.name);
    await page.getByLabel("E-Mail-Adresse").fill(volunteer.email);
    // The passwords come after the language rows, so a person going down the page has not typed them yet.
    const languages = page.getByRole("group", { name: "Sprachen, die Sie sprechen", exact: true });
    const passwords = page.getByRole("group", { name: "Ihr Passwort", exact: true });
    expect(await languages.evaluate((l, p) => Boolean(l.compareDocumentPosition(p!) & Node.DOCUMENT_POSITION_FOLLOWING), await passwords.elementHandle())).toBe(true);
    // A language row added and removed again: each posts the form, what was typed comes back (never a
    // password: one typed before is asked for again at its field, in words).
    await typePasswords();
    await page.getByRole("button", { name: "Weitere Sprache hinzufügen" }).click();
    const language = page.getByRole("group", { name: "Sprache 1", exact: true });
    await language.waitFor();
    expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe(volunteer.name);
    expect(await page.getByLabel("E-Mail-Adresse").inputValue()).toBe(volunteer.email);
    expect(await page.getByLabel("Passwort", { exact: true }).inputValue()).toBe("");
    expect(await passwords.textContent()).toContain("Bitte geben Sie Ihr Passwort hier noch einmal ein");
    await page.getByRole("button", { name: "Sprache 1 entfernen" }).click();
    await page.getByRole("heading", { name: "Ehrenamtlich mitmachen", level: 1 }).waitFor();
    expect(await language.count()).toBe(0);
    expect(await page.getByLabel("E-Mail-Adresse").inputValue()).toBe(volunteer.email);
    // Nothing was typed into them this time: nothing to ask again.
    expect(await passwords.textContent()).not.toContain("noch einmal");
    await typePasswords();
    await page.getByLabel("Ihr Deutschniveau").selectOption("B1");
    // Interpreting needs German at B2: the API refuses.
    await page.getByLabel(/Ich biete Sprachmittlung/).check();
    await page.getByLabel("Schule und Kita").check();
    await page.getByLabel(/Stadtteil oder Gemeinde/).selectOption({ label: "Eversten" });
    await page.getByLabel(/Wie viele Tandems/).fill("2");
    await page.getByLabel(/Ich habe den Text gelesen/).check();
    await submit.click();

    const germanLevel = page.getByLabel("Ihr Deutschniveau");
    await expect.poll(() => germanLevel.getAttribute("aria-invalid")).toBe("true");
    // Focus is at the refused field (its message is read with it), not at the top of the new page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("germanLevel");
    expect(await alerts(page)).toMatch(/Sprachmittlung.*B2/);
    const describedBy = (await germanLevel.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${describedBy.split(" ").pop()}"]`).textContent()).toMatch(/B2/);
    // Everything typed is still there, except the passwords (never sent back).
    expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe(volunteer.name);
    expect(await page.getByLabel("E-Mail-Adresse").inputValue()).toBe(volunteer.email);
    expect(await germanLevel.inputValue()).toBe("B1");
    expect(await page.getByLabel(/Ich biete Sprachmittlung/).isChecked()).toBe(true);
    expect(await page.getByLabel("Schule und Kita").isChecked()).toBe(true);
    expect(await page.getByLabel(/Stadtteil oder Gemeinde/).locator("option:checked").textContent()).toBe("Eversten");
    expect(await page.getByLabel(/Wie viele Tandems/).inputValue()).toBe("2");
    expect(await page.getByLabel(/Ich habe den Text gelesen/).isChecked()).toBe(true);
    expect(await page.getByLabel("Passwort", { exact: true }).inputValue()).toBe("");
    expect(await horizontalOverflow(page)).toBe(0);

    // A form check of our own is shown the same way: the passwords are missing now.
    await page.getByRole("button", { name: "Anmeldung absenden" }).click();
    await expect.poll(() => page.getByLabel("Passwort", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte prüfen Sie die markierten Felder.");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("password");

    await page.getByLabel(/Ich biete Sprachmittlung/).uncheck();
    await typePasswords();
    await page.getByRole("button", { name: "Anmeldung absenden" }).click();
    await page.getByRole("heading", { name: "Bitte bestätigen Sie Ihre E-Mail-Adresse" }).waitFor();
    expect(await page.textContent("main")).toContain(volunteer.email);
  });

  it("confirms the address with the mailed link by pressing its button", async () => {
    await page.goto(linkIn(await lotse.mailbox.newestTo(volunteer.email), "/verify-email"));
    await page.getByRole("heading", { name: "E-Mail-Adresse bestätigen", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Adresse jetzt bestätigen" }).click();
    await expect.poll(() => statuses(page)).toContain("Ihre E-Mail-Adresse ist bestätigt.");
  });

  it("requests a password reset and is told to look at the mail", async () => {
    await page.goto(`${webUrl}/forgot-password`);
    await page.getByRole("heading", { name: "Passwort vergessen", level: 1 }).waitFor();
    await page.getByLabel("E-Mail-Adresse").fill(volunteer.email);
    await page.getByRole("button", { name: "Link anfordern" }).click();
    await expect.poll(() => statuses(page)).toContain("Wenn zu dieser E-Mail-Adresse ein Zugang besteht, haben wir Ihnen einen Link zum Zurücksetzen des Passworts gesendet.");
    expect(await page.getByLabel("E-Mail-Adresse").count()).toBe(0);
  });

  it("checks a new password against its repetition, and says when the link is not valid", async () => {
    await page.goto(`${webUrl}/reset-password?token=${"A".repeat(43)}`);
    await page.getByRole("heading", { name: "Neues Passwort festlegen", level: 1 }).waitFor();
    // The password fields (one component on sign-up, reset and account): the rules are read with the first field.
    const description = (label: string) =>
      page.getByLabel(label, { exact: true }).evaluate((el) => (el.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" "));
    expect(await description("Neues Passwort")).toContain("Mindestens 12 Zeichen.");
    expect(await page.getByLabel("Neues Passwort wiederholen").getAttribute("autocomplete")).toBe("new-password");
    await page.getByLabel("Neues Passwort", { exact: true }).fill("Ein-neues-Passwort-2026");
    await page.getByLabel("Neues Passwort wiederholen").fill("Ein-anderes-Passwort-2026");
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    const repeat = page.getByLabel("Neues Passwort wiederholen");
    await expect.poll(() => repeat.getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Die beiden Passwörter stimmen nicht überein.");

    await page.getByLabel("Neues Passwort", { exact: true }).fill("Ein-neues-Passwort-2026");
    await repeat.fill("Ein-neues-Passwort-2026");
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    await expect.poll(() => alerts(page)).toMatch(/ungültig/);
    await page.getByRole("link", { name: "Neuen Link anfordern" }).waitFor();
  });
});

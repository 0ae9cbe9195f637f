// A new volunteer signs up on the public page of Stadt Oldenburg, confirms the
// email from the development mail folder, is approved by a coordinator, logs
// hours on a phone-sized screen, has them approved, and issues and downloads a Nachweis.
// Every new page is checked for serious axe findings on the way.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { demo } from "@lotse/testing/factories";
import { linkIn } from "@lotse/testing/mail";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { horizontalOverflow, hydrated, navLink, signInThroughPage, switchLanguage } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

const stamp = Date.now();
const volunteer = { name: `Emil Testlotse ${stamp}`, email: `e2e-lotse-${stamp}@example.org`, password: "Ehrenamt-im-Test-2026" };
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
const todayGerman = `${today.slice(8, 10)}.${today.slice(5, 7)}.${today.slice(0, 4)}`;

/** The page's script runs: the header's language choice is live only then (forms post without it too). */
async function pageScriptRunning(page: Page) {
  await expect.poll(() => page.locator('select[name="ui-language"][data-live]').count()).toBeGreaterThan(0);
}

async function signIn(page: Page, email: string, password: string) {
  await signInThroughPage(page, webUrl, email, password);
}

describe.skipIf(!hasChromium)("volunteer from sign-up to Nachweis in the browser", () => {
  let browser: Browser;
  let phone: BrowserContext;
  let desk: BrowserContext;
  let volunteerPage: Page;
  let coordinatorPage: Page;
  let volunteerUrl = "";
  // One story: each step builds on the account, the hours and the approval the steps before it left.
  const step = storySteps();

  beforeAll(async () => {
    browser = await launchBrowser();
    phone = await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } });
    desk = await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } });
    volunteerPage = await phone.newPage();
    coordinatorPage = await desk.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  step("signs up on the public page, keeping what was typed when the API refuses", async () => {
    const page = volunteerPage;
    await page.goto(`${webUrl}/o/oldenburg/mitmachen`);
    await page.getByRole("heading", { name: "Ehrenamtlich mitmachen" }).waitFor();
    expect(await page.textContent("body")).toContain("Stadt Oldenburg");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    // The public page speaks English on request too.
    await switchLanguage(page, "en");
    await page.getByRole("heading", { name: "Volunteer with us" }).waitFor();
    await switchLanguage(page, "de");
    await page.getByRole("heading", { name: "Ehrenamtlich mitmachen" }).waitFor();
    await hydrated(page, "Anmeldung absenden");

    await page.getByLabel("Name", { exact: true }).fill(volunteer.name);
    await page.getByLabel("E-Mail-Adresse").fill(volunteer.email);
    await page.getByLabel("Passwort", { exact: true }).fill(volunteer.password);
    await page.getByLabel("Passwort wiederholen").fill(volunteer.password);
    await page.getByLabel("Ihr Deutschniveau").selectOption("B1");
    // The consent's version says what it is and of when.
    expect(await page.textContent("body")).toMatch(/Einwilligungstext, Fassung 1 vom \d{2}\.\d{2}\.\d{4}/);
    // No empty language row to fill: German speakers name none; another language is added on request.
    expect(await page.getByLabel("Sprache", { exact: true }).count()).toBe(0);
    expect(await page.textContent("body")).toContain("Noch keine Sprache angegeben.");
    await page.getByRole("button", { name: "Weitere Sprache hinzufügen" }).click();
    await page.getByLabel(/Ich biete Sprachmittlung/).check();
    // The interpreting hint stays with its checkbox (read out with it).
    expect(await page.getByLabel(/Ich biete Sprachmittlung/).getAttribute("aria-describedby")).toContain("offersInterpreting-hint");
    await page.getByLabel("Sprache", { exact: true }).selectOption("uk");
    await page.getByLabel("Niveau", { exact: true }).selectOption("NATIVE");
    await page.getByLabel("Ich dolmetsche in dieser Sprache").check();
    await page.getByLabel("Schule und Kita").check();
    await page.getByRole("button", { name: "Zeitfenster hinzufügen" }).click();
    await page.getByLabel("Wochentag").selectOption("3");
    await page.getByLabel("Von", { exact: true }).fill("15:00");
    await page.getByLabel("Bis", { exact: true }).fill("18:00");
    await page.getByLabel(/Stadtteil oder Gemeinde/).selectOption({ label: "Eversten" });
    await page.getByLabel(/Wie viele Tandems/).fill("1");
    await page.getByLabel(/Ich habe den Text gelesen/).check();
    await page.getByRole("button", { name: "Anmeldung absenden" }).click();

    // Interpreting needs German B2: the API's message sits at the German level, announced and linked.
    const germanLevel = page.getByLabel("Ihr Deutschniveau");
    await expect.poll(async () => (await page.getByRole("alert").allTextContents()).join(" ")).toMatch(/Sprachmittlung.*B2/);
    expect(await germanLevel.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await germanLevel.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${describedBy.split(" ").pop()}"]`).textContent()).toMatch(/B2/);
    expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe(volunteer.name);
    expect(await page.getByLabel("Passwort wiederholen").inputValue()).toBe(volunteer.password);
    expect(await page.getByLabel("Wochentag").inputValue()).toBe("3");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await germanLevel.selectOption("C1");
    await page.getByRole("button", { name: "Anmeldung absenden" }).click();
    await page.getByRole("heading", { name: "Bitte bestätigen Sie Ihre E-Mail-Adresse" }).waitFor();
    expect(await page.textContent("main")).toContain(volunteer.email);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  step("confirms the email with the link from the development mail folder", async () => {
    const page = volunteerPage;
    const link = linkIn(await lotse.mailbox.newestTo(volunteer.email), "/verify-email");
    await page.goto(link);
    await page.getByText("Ihre E-Mail-Adresse ist bestätigt").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The link works once.
    await page.goto(link);
    await expect.poll(async () => (await page.getByRole("alert").allTextContents()).join(" ")).toMatch(/ungültig/);
    // A used or expired link offers a new one; the answer never says whether the address has an account.
    await hydrated(page, "Neuen Link senden");
    await page.getByLabel("E-Mail-Adresse").fill(volunteer.email);
    await page.getByRole("button", { name: "Neuen Link senden" }).click();
    await page.getByText("Wenn zu dieser Adresse eine noch unbestätigte Anmeldung gehört, ist ein neuer Link unterwegs.").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  step("logs hours on a phone-sized screen while the sign-up awaits approval", async () => {
    const page = volunteerPage;
    await signIn(page, volunteer.email, volunteer.password);
    await (await navLink(page, "Mein Ehrenamt")).click();
    await page.getByRole("heading", { name: "Stunden erfassen" }).waitFor();
    expect(await page.textContent("main")).toContain("Ihre Anmeldung wird noch von der Koordination geprüft.");
    // The form works before hydration too; the activity is remembered on this device only once the page runs.
    await pageScriptRunning(page);
    expect(await page.getByLabel("Datum").inputValue()).toBe(today);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    await page.getByLabel("Stunden", { exact: true }).fill("2");
    await page.getByLabel("Minuten", { exact: true }).fill("30");
    await page.getByLabel("Tätigkeit").selectOption({ label: "Sprachmittlung" });
    await page.getByLabel(/Notiz/).fill("Elterngespräch in der Grundschule");
    await page.getByRole("button", { name: "Stunden speichern" }).click();
    await page.getByText(`2 Std. 30 Min. am ${todayGerman} gespeichert`).waitFor();
    // Focus stays in the form, on the duration for the next entry (not on the page's body).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("log-hours");

    // The activity is remembered for the next entry on this device.
    await page.reload();
    await pageScriptRunning(page);
    await expect.poll(() => page.locator("#log-activity option:checked").textContent()).toBe("Sprachmittlung");

    await page.getByRole("link", { name: "Meine Stunden" }).click();
    await page.getByRole("heading", { name: "Meine Stunden", level: 1 }).waitFor();
    expect(await page.textContent("main")).toContain("Elterngespräch in der Grundschule");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    await page.getByRole("link", { name: "Mein Profil" }).click();
    await page.getByRole("heading", { name: "Mein Profil", level: 1 }).waitFor();
    expect(await page.getByLabel("Sprache", { exact: true }).inputValue()).toBe("uk");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
  });

  step("is approved by a coordinator from the volunteer list", async () => {
    const page = coordinatorPage;
    await signIn(page, demo.coordinator, demo.password);
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Ehrenamtliche" }).click();
    await page.getByRole("heading", { name: "Ehrenamtliche", level: 1 }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel("Suche nach Name oder E-Mail").fill(volunteer.name);
    await page.getByLabel("Status").selectOption("PENDING");
    await page.getByRole("button", { name: "Filtern" }).click();
    // The filter is a GET form: wait until its navigation has landed, or the click on the name
    // (already in the unfiltered list) is overtaken by it and the page stays on the list.
    await page.waitForURL(/[?&]status=PENDING/);
    await page.getByRole("link", { name: volunteer.name }).click();
    await page.getByRole("heading", { name: volunteer.name, level: 1 }).waitFor();
    volunteerUrl = page.url();
    expect(await page.textContent("main")).toContain("Ukrainisch (Muttersprache)");
    await hydrated(page, "Freigeben");
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Rejecting needs a reason.
    await page.getByRole("button", { name: "Ablehnen" }).click();
    await expect.poll(async () => (await page.getByRole("alert").allTextContents()).join(" ")).toContain("Bitte geben Sie einen Grund an.");

    // No Führungszeugnis yet: approving asks whether the person will work with children.
    await page.getByLabel("Nein, nicht mit Minderjährigen").check();
    await page.getByRole("button", { name: "Freigeben" }).click();
    await page.getByText(`${volunteer.name} wurde freigegeben.`).waitFor();
    expect(await page.locator(".status-line .badge").first().textContent()).toBe("Freigegeben");
  });

  step("has the hours approved by the coordinator in the review queue", async () => {
    const page = coordinatorPage;
    await page.goto(volunteerUrl);
    await page.getByRole("link", { name: "Offene Stunden dieser Person prüfen" }).click();
    await page.getByRole("heading", { name: "Stundenprüfung", level: 1 }).waitFor();
    await hydrated(page, "Ausgewählte anerkennen");
    expect(await page.textContent("main")).toContain("1 offener Eintrag");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel(`Eintrag von ${volunteer.name} am ${todayGerman} auswählen`).check();
    await page.getByRole("button", { name: "Ausgewählte anerkennen" }).click();
    await page.getByText("1 Eintrag anerkannt.").waitFor();
    expect(await page.textContent("main")).toContain("Keine offenen Einträge.");

    await volunteerPage.goto(`${webUrl}/ehrenamt/stunden`);
    await volunteerPage.getByRole("heading", { name: "Meine Stunden", level: 1 }).waitFor();
    expect(await volunteerPage.locator(".entry .badge").first().textContent()).toBe("Anerkannt");
  });

  step("issues a Nachweis of approved hours and downloads it as a PDF", async () => {
    const page = volunteerPage;
    await page.getByRole("link", { name: "Mein Nachweis" }).click();
    await page.getByRole("heading", { name: "Mein Nachweis", level: 1 }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await hydrated(page, "Nachweis ausstellen");
    await page.getByRole("button", { name: "Nachweis ausstellen" }).click();
    const link = page.getByRole("link", { name: /^Nachweis Nr\. \d+ herunterladen \(PDF\)$/ });
    await link.waitFor();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/nachweise\/[^/]+\.pdf$/);
    expect(await link.getAttribute("download")).toMatch(/\.pdf$/);

    // Fetched by the page itself, with the volunteer's session, through the web app's proxy.
    const pdf = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, type: response.headers.get("content-type"), head: String.fromCharCode(...bytes.slice(0, 4)) };
    }, href!);
    expect(pdf.status).toBe(200);
    expect(pdf.head).toBe("%PDF");
  });
});

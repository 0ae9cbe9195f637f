// The pages a volunteer uses, without JavaScript (a blocked script, an old
// phone, a page used before its script has loaded): the volunteer home says
// in plain words where things stand (waiting for approval since when, this
// month's hours, entries not yet reviewed, the next course session); hours
// are logged by the form's native post, a refused duration is shown at its
// field with what was typed kept, a valid entry is listed, and an open entry
// is edited and withdrawn on "Meine Stunden"; after approval the volunteer
// applies for a course place and the home names the next session, makes the
// address of a calendar feed (and replaces it after being asked), and asks
// for a Nachweis.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import type { ApiSession } from "@lotse/testing/operations";
import { createCohort, createCourse, demo, newPerson, signIn, signUpVolunteer, volunteerId } from "@lotse/testing/factories";
import { hasChromium, launchBrowser } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, signInThroughPage, statuses } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
const todayGerman = `${today.slice(8, 10)}.${today.slice(5, 7)}.${today.slice(0, 4)}`;
const person = newPerson("Ohneskript");
const cohortTitle = `Grundkurs ohne Skript ${Date.now().toString(36)}`;

describe.skipIf(!hasChromium)("a volunteer's pages without JavaScript", () => {
  let browser: Browser;
  let page: Page;
  let coordinator: ApiSession;
  let cohortId = "";
  const step = storySteps();

  beforeAll(async () => {
    coordinator = await signIn(lotse, demo.coordinator);
    await signUpVolunteer(lotse, person);
    const trainer = await signIn(lotse, demo.trainer);
    const course = await createCourse(trainer, { title: `Kurs ohne Skript ${Date.now().toString(36)}` });
    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    inAWeek.setUTCHours(8, 0, 0, 0);
    const cohort = await createCohort(trainer, course.id, {
      title: cohortTitle,
      capacity: 5,
      open: true,
      sessions: [{ startsAt: inAWeek, endsAt: new Date(inAWeek.getTime() + 3 * 3_600_000), topic: "Rolle und Auftrag" }],
    });
    cohortId = cohort.id;
    browser = await launchBrowser();
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", viewport: { width: 360, height: 780 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const queue = () => page.locator("section", { has: page.getByRole("heading", { name: "Auf einen Blick" }) });

  step("the home says the sign-up waits for approval since today, with no hours yet", async () => {
    await signInThroughPage(page, webUrl, person.email, person.password);
    await page.goto(`${webUrl}/ehrenamt`);
    await page.getByRole("heading", { name: "Mein Ehrenamt", level: 1 }).waitFor();
    const text = (await queue().textContent()) ?? "";
    expect(text).toContain(`Ihre Anmeldung wartet seit ${todayGerman} auf Freigabe`);
    expect(text).toContain("Stunden in diesem Monat: 0 Min.");
    expect(text).toContain("Alle Ihre Einträge sind geprüft.");
    expect(await horizontalOverflow(page)).toBe(0);
  });

  step("logs hours: a refused duration is shown at its field with everything typed kept, then a valid entry is listed", async () => {
    const submit = page.getByRole("button", { name: "Stunden speichern" });
    expect(await submit.isEnabled()).toBe(true);
    // Checked by the form's action, in the unit typed.
    await page.getByLabel("Stunden", { exact: true }).fill("zwei");
    await page.getByLabel(/Notiz/).fill("Hausaufgabenhilfe");
    await submit.click();
    const hours = page.getByLabel("Stunden", { exact: true });
    await expect.poll(() => hours.getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte Stunden als Zahl angeben");
    expect(await hours.inputValue()).toBe("zwei");
    expect(await page.getByLabel(/Notiz/).inputValue()).toBe("Hausaufgabenhilfe");

    // Refused by the API, named in hours as typed.
    await hours.fill("25");
    await page.getByRole("button", { name: "Stunden speichern" }).click();
    await expect.poll(() => alerts(page)).toContain("zwischen 1 Min. und 24 Std.");
    expect(await page.getByLabel("Stunden", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Stunden", { exact: true }).inputValue()).toBe("25");

    await page.getByLabel("Stunden", { exact: true }).fill("1");
    await page.getByLabel("Minuten", { exact: true }).fill("30");
    await page.getByRole("button", { name: "Stunden speichern" }).click();
    await expect.poll(() => statuses(page)).toContain(`1 Std. 30 Min. am ${todayGerman} gespeichert`);
    const recent = page.locator("section", { has: page.getByRole("heading", { name: "Zuletzt erfasst" }) });
    expect(await recent.textContent()).toContain("1 Std. 30 Min.");
    const text = (await queue().textContent()) ?? "";
    expect(text).toContain("Stunden in diesem Monat: 1 Std. 30 Min.");
    expect(text).toContain("Noch nicht geprüfte Einträge: 1");
    // The form is empty again for the next entry.
    expect(await page.getByLabel("Stunden", { exact: true }).inputValue()).toBe("");
  });

  step("edits the open entry and withdraws it on 'Meine Stunden'", async () => {
    await page.getByRole("link", { name: "Noch nicht geprüfte Einträge: 1" }).click();
    await page.getByRole("heading", { name: "Meine Stunden", level: 1 }).waitFor();
    await page.getByRole("link", { name: `Eintrag vom ${todayGerman} bearbeiten` }).click();
    await page.getByRole("heading", { name: `Eintrag vom ${todayGerman} bearbeiten` }).waitFor();
    await page.getByLabel("Stunden", { exact: true }).fill("2");
    await page.getByLabel("Minuten", { exact: true }).fill("");
    await page.getByRole("button", { name: "Änderung speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("geändert");
    expect(await page.locator(".entries").textContent()).toContain("2 Std.");
    expect(await page.getByRole("button", { name: "Änderung speichern" }).count()).toBe(0);

    await page.getByRole("link", { name: `Eintrag vom ${todayGerman} löschen` }).click();
    await page.getByRole("button", { name: "Ja, löschen" }).click();
    await expect.poll(() => statuses(page)).toContain("gelöscht");
    expect(await page.textContent("main")).toContain("Sie haben noch keine Stunden erfasst.");
  });

  step("once approved, applies for a course place; the home names the next session", async () => {
    const id = await volunteerId(coordinator, person);
    await coordinator.mutate("ReviewVolunteer", { id, decision: "APPROVE", reason: null, worksWithChildren: false });

    await page.goto(`${webUrl}/kurse`);
    await page.getByRole("link", { name: cohortTitle }).click();
    await page.getByRole("heading", { name: cohortTitle, level: 1 }).waitFor();
    await page.getByLabel(/Warum möchten Sie teilnehmen/).fill("Ich begleite Familien in meinem Stadtteil.");
    await page.getByRole("button", { name: "Verbindlich anmelden" }).click();
    await page.getByText("Sie sind angemeldet und haben einen Platz.").first().waitFor();
    expect(await horizontalOverflow(page)).toBe(0);

    await page.goto(`${webUrl}/ehrenamt`);
    const text = (await queue().textContent()) ?? "";
    expect(text).not.toContain("wartet seit");
    expect(text).toContain(`Ihr nächster Kurstermin:`);
    expect(text).toContain(cohortTitle);
    expect(await queue().getByRole("link", { name: /Ihr nächster Kurstermin/ }).getAttribute("href")).toContain(encodeURIComponent(cohortId));
  });

  step("makes the calendar feed's address on My courses, and replaces it after being asked", async () => {
    await page.getByRole("link", { name: "Meine Kurse" }).click();
    await page.getByRole("heading", { name: "Meine Kurse", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Abo-Adresse erzeugen" }).click();
    const first = await page.getByLabel("Ihre private Abo-Adresse").inputValue();
    expect(first).toMatch(/\/calendar\/feed\/[A-Za-z0-9_-]+\.ics$/);
    await page.goto(`${webUrl}/ehrenamt/kurse`);
    expect(await page.getByLabel("Ihre private Abo-Adresse").count()).toBe(0);
    await page.getByRole("button", { name: "Neue Abo-Adresse erzeugen" }).click();
    await page.getByRole("button", { name: "Ja, neue Adresse erzeugen" }).click();
    const renewed = await page.getByLabel("Ihre private Abo-Adresse").inputValue();
    expect(renewed).not.toBe(first);
  });

  step("asks for a Nachweis and finds it listed", async () => {
    await page.goto(`${webUrl}/ehrenamt/nachweis`);
    await page.getByRole("heading", { name: "Mein Nachweis", level: 1 }).waitFor();
    await page.getByLabel("Von", { exact: true }).fill("2020-01-01");
    await page.getByRole("button", { name: "Nachweis ausstellen" }).click();
    await expect.poll(() => statuses(page)).toMatch(/Nachweis Nr\. \d+ ist ausgestellt\./);
    const number = /Nachweis Nr\. (\d+)/.exec(await statuses(page))![1]!;
    expect(await page.getByRole("listitem").filter({ hasText: `Nachweis Nr. ${number}` }).count()).toBe(1);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});

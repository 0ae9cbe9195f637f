// The tandem settings and the volunteer's gender in the browser (issue 11).
// An admin sees each matching weight with its default, gets a weight out of
// range refused at its field, saves a change that a reload keeps, and puts the
// defaults back through "fill in the defaults". A volunteer states her gender
// on her profile (read only for a family's wish for a woman as volunteer) and
// the coordinator sees and changes it on her page.
//
// The browser tests share one database: afterAll puts the default weights
// back through the API should the test fail halfway.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import type { ApiSession } from "@lotse/testing/operations";
import { approvedVolunteer, demo, newPerson, signIn } from "@lotse/testing/factories";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, hydrated, waitForHydration, signInThroughPage, statuses } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

interface Weights {
  matchingSettings: { weights: { criterion: string; weight: number }[]; defaults: { weights: { criterion: string; weight: number }[] } };
}

describe.skipIf(!hasChromium)("Tandem settings and the volunteer's gender", () => {
  let browser: Browser;
  let page: Page;
  let admin: ApiSession;
  const step = storySteps();

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await signIn(lotse, demo.admin);
    page = await (await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } })).newPage();
  });
  afterAll(async () => {
    try {
      const { matchingSettings } = await admin.run<Weights>("MatchingSettings");
      if (JSON.stringify(matchingSettings.weights) !== JSON.stringify(matchingSettings.defaults.weights)) {
        await admin.mutate("UpdateMatchingSettings", { input: { weights: matchingSettings.defaults.weights } });
      }
    } finally {
      await browser?.close();
    }
  });

  const section = () => page.getByRole("region", { name: "Tandem-Vorschläge" });
  const language = () => section().getByLabel("Gemeinsame Sprache (nach Niveau)");

  step("an admin sees each weight with its default; a weight out of range is refused at its field", async () => {
    await signInThroughPage(page, webUrl, demo.admin, demo.password);
    await page.goto(`${webUrl}/admin/einstellungen`);
    await waitForHydration(page);
    expect(await language().inputValue()).toBe("30");
    expect(await section().textContent()).toContain("Voreinstellung: 30");
    expect(await section().getByLabel("Tage ohne Kontakt bis zum Hinweis").inputValue()).toBe("14");
    await language().fill("150");
    await section().getByRole("button", { name: "Tandem-Regeln speichern" }).click();
    await expect.poll(() => alerts(page)).toContain("Bitte eine ganze Zahl von 0 bis 100 angeben.");
    expect(await language().getAttribute("aria-invalid")).toBe("true");
    expect(await language().evaluate((e) => e === document.activeElement)).toBe(true);
    // Nothing lost: what was typed stays for correcting.
    expect(await language().inputValue()).toBe("150");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("a saved weight is kept after a reload; the defaults go back in with one button and a save", async () => {
    await language().fill("40");
    await section().getByRole("button", { name: "Tandem-Regeln speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Die Einstellungen wurden gespeichert.");
    expect(await alerts(page)).toBe("");
    await page.reload();
    await waitForHydration(page);
    expect(await language().inputValue()).toBe("40");
    expect(await section().textContent()).toContain("Voreinstellung: 30");
    await section().getByRole("button", { name: "Voreinstellungen eintragen" }).click();
    expect(await language().inputValue()).toBe("30");
    await section().getByRole("button", { name: "Tandem-Regeln speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Die Einstellungen wurden gespeichert.");
    const { matchingSettings } = await admin.run<Weights>("MatchingSettings");
    expect(matchingSettings.weights).toEqual(matchingSettings.defaults.weights);
  });

  step("a volunteer states her gender on her profile; the coordinator sees it and records a change", async () => {
    const coordinator = await signIn(lotse, demo.coordinator);
    const person = newPerson("Gender-Lotsin");
    const { id } = await approvedVolunteer(lotse, coordinator, person);
    const phone = await (await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } })).newPage();
    await signInThroughPage(phone, webUrl, person.email, person.password);
    await phone.goto(`${webUrl}/ehrenamt/profil`);
    await hydrated(phone, "Geschlecht speichern");
    const mine = phone.getByRole("region", { name: "Geschlecht" });
    expect(await mine.getByLabel("Keine Angabe").isChecked()).toBe(true);
    await mine.getByLabel("Frau").check();
    await mine.getByRole("button", { name: "Geschlecht speichern" }).click();
    await expect.poll(() => statuses(phone)).toContain("Die Angabe zum Geschlecht wurde gespeichert.");
    expect(await seriousAxeViolations(phone)).toEqual([]);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);

    const desk = await (await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } })).newPage();
    await signInThroughPage(desk, webUrl, demo.coordinator, demo.password);
    await desk.goto(`${webUrl}/koordination/ehrenamtliche/${encodeURIComponent(id)}`);
    await hydrated(desk, "Geschlecht speichern");
    const theirs = desk.getByRole("region", { name: "Geschlecht" });
    expect(await theirs.getByLabel("Frau").isChecked()).toBe(true);
    await theirs.getByLabel("Divers").check();
    await theirs.getByRole("button", { name: "Geschlecht speichern" }).click();
    await expect.poll(() => statuses(desk)).toContain("Die Angabe zum Geschlecht wurde gespeichert.");
    await phone.reload();
    await hydrated(phone, "Geschlecht speichern");
    expect(await phone.getByRole("region", { name: "Geschlecht" }).getByLabel("Divers").isChecked()).toBe(true);
  });
});

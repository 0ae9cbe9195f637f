// The verifiable Nachweis in the browser: a volunteer, on a phone-sized
// screen, asks for a Nachweis reaching back before their approval and is told
// it was shortened, then opens the public check page of its code in a browser
// with nobody signed in and sees it valid; a coordinator withdraws it with a
// reason, and the same page now says it was withdrawn, in German and English.
// Every page is checked for serious axe findings and sideways scrolling.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { approvedVolunteer, demo, newPerson, signIn } from "@lotse/testing/factories";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { horizontalOverflow, hydrated, signInThroughPage, statuses, switchLanguage } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

const person = newPerson("Nachweis");

describe.skipIf(!hasChromium)("a Nachweis issued, checked and withdrawn in the browser", () => {
  let browser: Browser;
  let phone: BrowserContext;
  let visitor: BrowserContext;
  let volunteerPage: Page;
  let checkPath = "";
  let number = "";
  const step = storySteps();

  beforeAll(async () => {
    browser = await launchBrowser();
    phone = await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } });
    visitor = await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } });
    const coordinator = await signIn(lotse, demo.coordinator);
    const { id } = await approvedVolunteer(lotse, coordinator, person);
    // 2 h 30 min from a paper list, approved as imported: the pages show them as hours and minutes.
    const { activityTypes } = await coordinator.run<{ activityTypes: { id: string }[] }>("VolunteerDetail", { id, year: new Date().getFullYear() });
    const date = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    await coordinator.mutate("ImportEarlierHours", { volunteerId: id, input: { activityTypeId: activityTypes[0]!.id, date, minutes: 150 }, reason: "Papierliste" });
  });
  afterAll(async () => {
    await browser?.close();
  });

  step("the volunteer issues a Nachweis for a period reaching back before the approval and is told it was shortened", async () => {
    const page = (volunteerPage = await phone.newPage());
    await signInThroughPage(page, webUrl, person.email, person.password);
    await page.goto(`${webUrl}/ehrenamt/nachweis`);
    await page.getByRole("heading", { name: "Mein Nachweis", level: 1 }).waitFor();
    await hydrated(page, "Nachweis ausstellen");
    await page.getByLabel("Von", { exact: true }).fill("2020-01-01");
    await page.getByRole("button", { name: "Nachweis ausstellen" }).click();
    await expect.poll(() => statuses(page)).toMatch(/Nachweis Nr\. \d+ ist ausgestellt\. Angefragt war 01\.01\.2020 bis .*bescheinigt wird nur die Zeit der Tätigkeit/);
    // Focus comes back to the button that sent the form, not to the page's body (lib/forms/enhance.ts).
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Nachweis ausstellen");
    number = /Nachweis Nr\. (\d+)/.exec(await statuses(page))![1]!;
    const item = page.getByRole("listitem").filter({ hasText: `Nachweis Nr. ${number}` });
    expect(await item.textContent()).toContain("gekürzt auf die Zeit der Tätigkeit");
    // The same "x Std. y Min." as "Meine Stunden", the Nachweis PDF and the check page, never "2,5 Std.".
    expect(await item.textContent()).toContain("2 Std. 30 Min. anerkannt");
    const years = page.getByRole("table", { name: "Anerkannte Stunden in jedem der letzten Jahre" });
    const firstYear = (await years.getByRole("row").nth(1).textContent()) ?? "";
    expect(firstYear).toContain("2 Std. 30 Min."); // the year's hours
    expect(firstYear).toContain("2 Min."); // its weekly average (150 min over 52 weeks: 2.9, rounded down so that it never reads as a threshold the year misses)
    expect(await page.textContent("main")).not.toMatch(/\d,\d+ Std\./);
    expect(await item.getByRole("link", { name: `Nachweis Nr. ${number} herunterladen (PDF)` }).getAttribute("href")).toMatch(/^\/nachweise\/[^/]+\.pdf$/);
    checkPath = (await item.getByRole("link", { name: `Prüfseite von Nr. ${number} öffnen` }).getAttribute("href"))!;
    expect(checkPath).toMatch(/^\/nachweis\/pruefen\/[0-9A-Z]{20}$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("anyone opens the check page of its code without signing in and sees it valid", async () => {
    const page = await visitor.newPage();
    await page.goto(`${webUrl}${checkPath}`);
    await page.getByRole("heading", { name: "Nachweis prüfen", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(checkPath);
    expect(await statuses(page)).toContain(`Nachweis Nr. ${number} ist gültig.`);
    const main = (await page.textContent("main")) ?? "";
    expect(main).toContain(person.name);
    expect(main).toContain("Stadt Oldenburg – Amt für Zuwanderung und Integration");
    expect(main).toContain(`mit Lotse auf Anforderung von ${person.name}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // Typed from paper in lower case: the same Nachweis.
    await page.goto(`${webUrl}${checkPath.toLowerCase()}`);
    expect(await statuses(page)).toContain(`Nachweis Nr. ${number} ist gültig.`);
    await page.goto(`${webUrl}/nachweis/pruefen/0000000000AAAAAAAAAA`);
    expect(await statuses(page)).toContain("Zum Prüfcode 0000000000AAAAAAAAAA gibt es keinen Nachweis.");
  });

  step("a coordinator withdraws it with a reason", async () => {
    const page = await (await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } })).newPage();
    await signInThroughPage(page, webUrl, demo.coordinator, demo.password);
    await page.goto(`${webUrl}/koordination/ehrenamtliche?search=${encodeURIComponent(person.email)}`);
    await page.getByRole("link", { name: person.name }).first().click();
    await page.getByRole("heading", { name: person.name, level: 1 }).waitFor();
    await hydrated(page, "In meinem Namen ausstellen");
    // The opener is a disclosure (it opens without JavaScript too), named for its Nachweis.
    await page.getByLabel(`Nachweis Nr. ${number} zurückziehen`).click();
    await page.getByLabel(/^Grund \(die Person sieht ihn/).fill("Zeitraum falsch angefragt");
    await page.getByRole("button", { name: "Nachweis zurückziehen" }).click();
    const item = page.getByRole("listitem").filter({ hasText: `Nachweis Nr. ${number}` });
    await expect.poll(async () => (await item.textContent()) ?? "").toContain("Zeitraum falsch angefragt");
    expect(await item.textContent()).toContain("zurückgezogen");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  step("the check page now says it was withdrawn, in German and in English", async () => {
    const page = await visitor.newPage();
    await page.goto(`${webUrl}${checkPath}`);
    expect(await statuses(page)).toContain(`Nachweis Nr. ${number} wurde zurückgezogen und ist nicht mehr gültig.`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await switchLanguage(page, "en");
    await page.getByRole("heading", { name: "Check a Nachweis", level: 1 }).waitFor();
    expect(await statuses(page)).toContain(`Nachweis no. ${number} has been withdrawn and is no longer valid.`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // The volunteer's own page shows it withdrawn, without a download.
    await volunteerPage.reload();
    const item = volunteerPage.getByRole("listitem").filter({ hasText: `Nachweis Nr. ${number}` });
    expect(await item.textContent()).toContain("Zurückgezogen am");
    expect(await item.getByRole("link", { name: /herunterladen/ }).count()).toBe(0);
  });
});

// A volunteer's start page is their own home (issue 10, "start pages are work queues"): someone
// whose only role is volunteer lands on /ehrenamt after signing in (and / leads there), which shows
// their status, hours this month and open entries, and the progress towards the Ehrenamtskarte as
// a figure, in German and Arabic; someone with a further role keeps the start page of all roles.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDuration } from "@lotse/domain/duration";
import { berlinToday } from "@lotse/domain/berlin-time";
import { approvedVolunteer, demo, newPerson, signIn } from "@lotse/testing/factories";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { horizontalOverflow, signInThroughPage, switchLanguage } from "../support/pages.ts";

describe.skipIf(!hasChromium)("the volunteer's start page", () => {
  let browser: Browser;
  const volunteer = newPerson("Startseite Lotsin");
  const twoRoles = newPerson("Startseite Lotsin Kursleitung");

  beforeAll(async () => {
    browser = await launchBrowser();
    const coordinator = await signIn(lotse, demo.coordinator);
    await approvedVolunteer(lotse, coordinator, volunteer);
    await approvedVolunteer(lotse, coordinator, twoRoles);
    // Two and a half hours approved, 45 minutes still open.
    const session = await signIn(lotse, volunteer.email, volunteer.password);
    const { activityTypes } = await session.run<{ activityTypes: { id: string }[] }>("MyVolunteering");
    const today = berlinToday();
    const approved = await session.mutate<{ id: string }>("LogHours", { input: { date: today, minutes: 150, activityTypeId: activityTypes[0]!.id, note: "Begleitung zur Ausländerbehörde" } });
    await session.mutate("LogHours", { input: { date: today, minutes: 45, activityTypeId: activityTypes[0]!.id, note: "Telefonat" } });
    await coordinator.mutate("ReviewHourLogs", { ids: [approved.id], decision: "APPROVE" });
    // The second one is also a trainer.
    const admin = await signIn(lotse, demo.admin);
    const { users } = await admin.run<{ users: { edges: { node: { id: string; roles: string[] } }[] } }>("Users", { first: 5, filter: { search: twoRoles.email } });
    await admin.mutate("SetUserRoles", { userId: users.edges[0]!.node.id, roles: ["VOLUNTEER", "TRAINER"] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const newPhonePage = async (): Promise<Page> => (await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 740 } })).newPage();
  const queue = (page: Page) => page.getByRole("region", { name: "Auf einen Blick" });

  it("a volunteer lands on their own home, which shows the Ehrenamtskarte's progress as a figure", async () => {
    const page = await newPhonePage();
    await signInThroughPage(page, webUrl, volunteer.email, volunteer.password);
    await expect.poll(() => new URL(page.url()).pathname).toBe("/ehrenamt");
    await page.getByRole("heading", { name: "Mein Ehrenamt", level: 1 }).waitFor();
    const text = (await queue(page).textContent()) ?? "";
    expect(text).toContain("Ehrenamtskarte: 2 Std. 30 Min. von 250 Std. in den letzten 12 Monaten anerkannt.");
    expect(text).toContain("Stunden in diesem Monat:");
    expect(await queue(page).getByRole("link", { name: "Noch nicht geprüfte Einträge: 1" }).getAttribute("href")).toBe("/ehrenamt/stunden");
    expect(await queue(page).getByRole("link", { name: "Die Voraussetzungen für die Ehrenamtskarte sind noch nicht erfüllt." }).getAttribute("href")).toBe("/ehrenamt/nachweis#elig-heading");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    // The start page leads there too.
    await page.goto(`${webUrl}/`);
    await expect.poll(() => new URL(page.url()).pathname).toBe("/ehrenamt");

    // In Arabic, the durations in Arabic's own units.
    await switchLanguage(page, "ar");
    await expect.poll(async () => (await page.locator("main section.queue").textContent()) ?? "").toContain(`تم اعتماد ${formatDuration(150, "ar")} من ${formatDuration(250 * 60, "ar")} في آخر 12 شهرًا`);
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await horizontalOverflow(page)).toBe(0);
  });

  it("someone who is a volunteer and a trainer keeps the start page of all their roles", async () => {
    const page = await newPhonePage();
    await signInThroughPage(page, webUrl, twoRoles.email, twoRoles.password);
    await page.getByRole("heading", { name: new RegExp(`Guten Tag, ${twoRoles.name}`) }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    await page.getByRole("heading", { name: "Ehrenamt (Lotse)", level: 3 }).waitFor();
    await page.getByRole("heading", { name: "Kursleitung", level: 3 }).waitFor();
  });
});

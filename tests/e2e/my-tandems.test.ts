// "Meine Tandems" in the browser: a coordinator registers a family (adults only:
// the demo volunteer has no Führungszeugnis) and proposes the demo volunteer
// Leyla through the web app's own operations; Leyla, on a 360 px phone, sees
// the proposal without the family's contact data, accepts it, now sees the
// address and phone, records a contact; the coordinator ends the tandem and
// the family is gone from her page. Every state is checked for serious axe
// findings and sideways scrolling.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import type { ApiSession } from "@lotse/testing/operations";
import { demo, registerFamily, signIn } from "@lotse/testing/factories";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, hydrated, signInThroughPage, statuses } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

const PHONE = "0441 555 0199";
const ADDRESS = "Bremer Straße 9, 26135 Oldenburg";

describe.skipIf(!hasChromium)("Meine Tandems: a proposal accepted, a contact recorded, the tandem ended", () => {
  let browser: Browser;
  let page: Page;
  let coordinator: ApiSession;
  let tandemId = "";
  const step = storySteps();

  beforeAll(async () => {
    browser = await launchBrowser();
    coordinator = await signIn(lotse, demo.coordinator);
    const leyla = await signIn(lotse, demo.volunteer);
    const { myVolunteerProfile } = await leyla.run<{ myVolunteerProfile: { id: string } }>("MyNachweise");
    const family = await registerFamily(coordinator, {
      addressedAs: "Familie Tandemtest",
      members: [
        { firstName: "Nour", birthYear: 1985, adult: true },
        { firstName: "Karim", birthYear: 1982, adult: true },
      ],
      address: ADDRESS,
      phone: PHONE,
      times: [{ weekday: 2, start: "16:00", end: "18:00" }],
    });
    tandemId = (await coordinator.mutate<{ id: string }>("ProposeMatch", { familyId: family.id, volunteerId: myVolunteerProfile.id })).id;
    page = await (await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const card = () => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Nour, Karim" }) });

  step("the volunteer finds the proposal through her navigation, without the family's contact data", async () => {
    await signInThroughPage(page, webUrl, demo.volunteer, demo.password);
    await page.goto(`${webUrl}/ehrenamt`);
    // Her home (her start page) counts the proposal waiting for her answer, linked to her tandems.
    const waiting = page.getByRole("region", { name: "Auf einen Blick" }).getByRole("link", { name: /^\d+ Tandem-Vorschl(ag wartet|äge warten) auf Ihre Antwort$/ });
    expect(Number.parseInt((await waiting.textContent())!, 10)).toBeGreaterThanOrEqual(1);
    expect(await waiting.getAttribute("href")).toBe("/ehrenamt/tandems");
    await page.getByRole("navigation", { name: /./ }).getByRole("link", { name: "Meine Tandems" }).first().click();
    await page.getByRole("heading", { name: "Meine Tandems", level: 1 }).waitFor();
    const text = (await card().textContent()) ?? "";
    expect(text).toContain("Vorgeschlagen");
    expect(text).toContain("Arabisch");
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(ADDRESS);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("she accepts and now sees the address and the phone number", async () => {
    await hydrated(page, "Tandem annehmen");
    await card().getByRole("button", { name: "Tandem annehmen" }).click();
    await expect.poll(() => statuses(page)).toContain("Sie haben das Tandem angenommen.");
    await expect.poll(async () => (await card().textContent()) ?? "").toContain(PHONE);
    expect(await card().textContent()).toContain(ADDRESS);
    expect(await card().getByRole("link", { name: PHONE }).getAttribute("href")).toBe("tel:04415550199");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("she records a phone call of 20 minutes", async () => {
    const form = card().getByRole("form", { name: "Kontakt eintragen" });
    await form.getByLabel("Art").selectOption("PHONE");
    await form.getByLabel(/^Dauer in Minuten/).fill("20");
    await form.getByLabel(/^Notiz/).fill("Termin beim Jobcenter besprochen");
    await form.getByRole("button", { name: "Kontakt speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Kontakt gespeichert.");
    expect(await alerts(page)).toBe("");
    const contacts = card().getByRole("list", { name: "Eingetragene Kontakte" });
    await expect.poll(async () => (await contacts.textContent()) ?? "").toContain("Telefonat · 20 Min.");
    expect(await contacts.textContent()).toContain("Termin beim Jobcenter besprochen");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("the coordinator ends the tandem and the family disappears from her page", async () => {
    await coordinator.mutate("EndMatch", { id: tandemId, reason: "GOAL_REACHED", note: null });
    await page.reload();
    await page.getByRole("heading", { name: "Meine Tandems", level: 1 }).waitFor();
    expect(await card().count()).toBe(0);
    expect((await page.textContent("main")) ?? "").not.toContain("Nour");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

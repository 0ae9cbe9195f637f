// Batch proposals in the browser (issue 11): through the API the coordinator
// registers three families who need a Swahili speaker and two volunteers who
// speak it, with one place each (other files' volunteers do not speak it, so
// the run's pairs are this file's). On the page she selects the three families,
// runs the proposals, reads each pair's explanation and the family left
// without a volunteer with its rule, drops one pair and confirms the other:
// exactly that volunteer has the proposal, the other none. The volunteer
// accepts, logs hours for the tandem on her phone, and the coordinator's hour
// review shows the tandem with the entry.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import type { ApiSession } from "@lotse/testing/operations";
import { approvedVolunteer, demo, newPerson, registerFamily, signIn, type Person } from "@lotse/testing/factories";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, hydrated, signInThroughPage, statuses } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

interface MyTandem {
  id: string;
  status: string;
  family: { firstNames: string[]; addressedAs: string | null } | null;
}

describe.skipIf(!hasChromium)("Batch proposals: select, run, review, drop a pair, confirm; hours for the tandem", () => {
  let browser: Browser;
  let page: Page;
  let coordinator: ApiSession;
  const unique = Date.now().toString(36);
  // Waiting since long ago: first in the list of waiting families (longest first), whatever other files add.
  const families = ["A", "B", "C"].map((letter, i) => ({ name: `Familie Batch-${letter} ${unique}`, firstName: `Amani${letter}${unique}`, waitingSince: `2020-01-0${i + 1}` }));
  const people: Person[] = [newPerson("Batch-Lotsin"), newPerson("Batch-Lotse")];
  const volunteers: { person: Person; id: string; session: ApiSession }[] = [];
  let kept = { family: "", volunteer: "" };
  let droppedPair = { family: "", volunteer: "" };
  const step = storySteps();

  beforeAll(async () => {
    browser = await launchBrowser();
    coordinator = await signIn(lotse, demo.coordinator);
    for (const person of people) {
      const { id } = await approvedVolunteer(lotse, coordinator, person, { languages: [{ code: "sw", level: "NATIVE", interpreting: false }] });
      volunteers.push({ person, id, session: await signIn(lotse, person.email, person.password) });
    }
    for (const family of families) {
      await registerFamily(coordinator, {
        addressedAs: family.name,
        members: [{ firstName: family.firstName, birthYear: 1986, adult: true }],
        languages: [{ code: "sw", level: "NATIVE" }],
        requiredLanguage: "sw",
        times: [{ weekday: 3, start: "16:00", end: "18:00" }],
        waitingSince: family.waitingSince,
      });
    }
    page = await (await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const pairs = () => page.locator("ol.pairs > li");
  const myTandems = async (session: ApiSession) => (await session.run<{ myMatches: MyTandem[] }>("MyTandems")).myMatches;

  step("the coordinator finds the page and selects the three families", async () => {
    await signInThroughPage(page, webUrl, demo.coordinator, demo.password);
    await page.getByRole("navigation", { name: /./ }).getByRole("link", { name: "Tandem-Vorschläge" }).first().click();
    await page.getByRole("heading", { name: "Tandem-Vorschläge für mehrere Familien", level: 1 }).waitFor();
    await hydrated(page, "Vorschläge berechnen");
    await page.getByLabel("Nur die ausgewählten Familien").check();
    // Nothing selected yet: the page says so at the list instead of asking the API.
    await page.getByRole("button", { name: "Vorschläge berechnen" }).click();
    await expect.poll(() => alerts(page)).toContain("Bitte wählen Sie mindestens eine Familie aus.");
    for (const family of families) await page.getByRole("checkbox", { name: new RegExp(family.name) }).check();
    expect(await page.getByText("Ausgewählt: 3").count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  step("runs the proposals: two pairs with their explanations, one family without a volunteer and why", async () => {
    await page.getByRole("button", { name: "Vorschläge berechnen" }).click();
    await expect.poll(() => statuses(page), { timeout: 30_000 }).toMatch(/Berechnet in [\d,]+ s: Paare: 2, Familien ohne Ehrenamtliche: 1\./);
    expect(await alerts(page)).toBe("");
    expect(await pairs().count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const text = (await pairs().nth(i).textContent()) ?? "";
      // Each pair is one of this file's families with one of its volunteers, explained criterion by criterion.
      expect(families.some((f) => text.includes(f.name))).toBe(true);
      expect(people.some((p) => text.includes(p.name))).toBe(true);
      expect(text).toMatch(/spricht \S+ \(Muttersprache\)/);
      expect(text).toMatch(/von \d+ Punkten/);
    }
    const unassigned = page.getByRole("list", { name: "Familien ohne Ehrenamtliche" });
    const left = (await unassigned.textContent()) ?? "";
    expect(families.filter((f) => left.includes(f.name))).toHaveLength(1);
    expect(left).toContain("Die passenden Ehrenamtlichen sind bereits anderen Familien zugeordnet.");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  step("drops one pair and confirms the other: only that one becomes a proposed tandem", async () => {
    const heading = async (i: number) => ((await pairs().nth(i).getByRole("heading", { level: 3 }).textContent()) ?? "").split(" – ");
    const [droppedFamily, droppedVolunteer] = await heading(0);
    const [keptFamily, keptVolunteer] = await heading(1);
    droppedPair = { family: droppedFamily!, volunteer: droppedVolunteer! };
    kept = { family: keptFamily!, volunteer: keptVolunteer! };
    await page.getByRole("button", { name: `Herausnehmen: ${droppedPair.family} – ${droppedPair.volunteer}` }).click();
    expect(await pairs().nth(0).textContent()).toContain("herausgenommen");
    await page.getByRole("button", { name: "Paare bestätigen (1)" }).click();
    await page.getByRole("heading", { name: "Vorgeschlagene Tandems: 1", level: 2 }).waitFor();
    const created = page.getByRole("list", { name: "Die neuen Tandems" });
    expect((await created.textContent())?.trim()).toBe(`${kept.family} – ${kept.volunteer}`);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const keptVolunteer_ = volunteers.find((v) => v.person.name === kept.volunteer)!;
    const droppedVolunteer_ = volunteers.find((v) => v.person.name === droppedPair.volunteer)!;
    const keptFirstName = families.find((f) => f.name === kept.family)!.firstName;
    const proposals = await myTandems(keptVolunteer_.session);
    expect(proposals.map((t) => ({ status: t.status, names: t.family?.firstNames }))).toEqual([{ status: "PROPOSED", names: [keptFirstName] }]);
    expect(await myTandems(droppedVolunteer_.session)).toEqual([]);
  });

  step("the volunteer accepts and logs hours for the tandem on her phone; the list shows the tandem", async () => {
    const volunteer = volunteers.find((v) => v.person.name === kept.volunteer)!;
    const [tandem] = await myTandems(volunteer.session);
    await volunteer.session.mutate("RespondToMatch", { id: tandem!.id, accept: true, reason: null });
    const phone = await (await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } })).newPage();
    await signInThroughPage(phone, webUrl, volunteer.person.email, volunteer.person.password);
    await phone.goto(`${webUrl}/ehrenamt`);
    await hydrated(phone, "Stunden speichern");
    expect(await phone.locator("#log-tandem option").allTextContents()).toEqual(["Kein Tandem", kept.family]);
    await phone.getByLabel("Stunden", { exact: true }).fill("2");
    await phone.getByLabel("Tandem (optional)").selectOption({ label: kept.family });
    await phone.getByLabel(/Notiz/).fill("Begleitung zur Kita-Anmeldung");
    await phone.getByRole("button", { name: "Stunden speichern" }).click();
    await phone.getByText(/^2 Std\. am .* gespeichert/).waitFor();
    expect(await alerts(phone)).toBe("");
    expect(await seriousAxeViolations(phone)).toEqual([]);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.goto(`${webUrl}/ehrenamt/stunden`);
    await phone.getByRole("heading", { name: "Meine Stunden", level: 1 }).waitFor();
    expect(await phone.locator(".entry", { hasText: "Begleitung zur Kita-Anmeldung" }).locator(".entry-meta").first().textContent()).toContain(`Tandem: ${kept.family}`);

    // The coordinator's review shows the entry with its tandem, linked to the tandem's page.
    await page.goto(`${webUrl}/koordination/stunden?volunteer=${encodeURIComponent(volunteer.id)}`);
    await page.getByRole("heading", { name: "Stundenprüfung", level: 1 }).waitFor();
    const link = page.getByRole("link", { name: `Tandem: ${kept.family}` });
    expect(await link.getAttribute("href")).toBe(`/koordination/tandems/${encodeURIComponent(tandem!.id)}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

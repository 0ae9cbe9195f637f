// Batch proposals without JavaScript (a blocked script, a slow office network,
// the page used before its script has loaded): through the API the coordinator
// registers three families who need an Amharic speaker and two volunteers who
// speak it, with one place each (no other file's volunteers speak it). On the
// page, every step posts the form and the server renders the next state: asked
// to run for "only the selected families" with none selected, the list says so;
// she selects the three, runs the proposals and reads each pair's explanation
// and the family left without a volunteer with its rule; pins a pair and lets
// it go again; drops one pair (and the page says so) and confirms the other:
// exactly that volunteer has the proposal, the other none.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import type { ApiSession } from "@lotse/testing/operations";
import { approvedVolunteer, demo, newPerson, registerFamily, signIn, type Person } from "@lotse/testing/factories";
import { hasChromium, launchBrowser } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, signInThroughPage, statuses } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

interface MyTandem {
  status: string;
  family: { firstNames: string[] } | null;
}

describe.skipIf(!hasChromium)("Batch proposals without JavaScript: select, run, review, drop a pair, confirm", () => {
  let browser: Browser;
  let page: Page;
  const unique = Date.now().toString(36);
  // Waiting since long ago: on the list's first page (longest waiting first), whatever other files add.
  const families = ["A", "B", "C"].map((letter, i) => ({ name: `Familie Ohneskript-${letter} ${unique}`, firstName: `Meron${letter}${unique}`, waitingSince: `2019-01-0${i + 1}` }));
  const people: Person[] = [newPerson("Batch-ohne-Skript-Lotsin"), newPerson("Batch-ohne-Skript-Lotse")];
  const sessions = new Map<string, ApiSession>();
  const step = storySteps();

  beforeAll(async () => {
    const coordinator = await signIn(lotse, demo.coordinator);
    for (const person of people) {
      await approvedVolunteer(lotse, coordinator, person, { languages: [{ code: "am", level: "NATIVE", interpreting: false }] });
      sessions.set(person.name, await signIn(lotse, person.email, person.password));
    }
    for (const family of families) {
      await registerFamily(coordinator, {
        addressedAs: family.name,
        members: [{ firstName: family.firstName, birthYear: 1986, adult: true }],
        languages: [{ code: "am", level: "NATIVE" }],
        requiredLanguage: "am",
        times: [{ weekday: 3, start: "16:00", end: "18:00" }],
        waitingSince: family.waitingSince,
      });
    }
    browser = await launchBrowser();
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", viewport: { width: 360, height: 780 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const pairs = () => page.locator("ol.pairs > li");
  const heading = () => page.getByRole("heading", { name: "Tandem-Vorschläge für mehrere Familien", level: 1 });
  const myTandems = async (name: string) => (await sessions.get(name)!.run<{ myMatches: MyTandem[] }>("MyTandems")).myMatches;
  const pairNames = async (i: number) => {
    const [family, volunteer] = ((await pairs().nth(i).getByRole("heading", { level: 3 }).textContent()) ?? "").split(" – ");
    return { family: family!, volunteer: volunteer! };
  };

  step("asked to run for the selected families with none selected, the list says so; then she selects the three", async () => {
    await signInThroughPage(page, webUrl, demo.coordinator, demo.password);
    await page.goto(`${webUrl}/koordination/tandems/vorschlaege`);
    await heading().waitFor();
    const run = page.getByRole("button", { name: "Vorschläge berechnen" });
    expect(await run.isEnabled()).toBe(true);
    // The list to choose from shows once "only the selected families" is chosen, without a script.
    expect(await page.getByRole("checkbox", { name: new RegExp(families[0]!.name) }).isVisible()).toBe(false);
    await page.getByLabel("Nur die ausgewählten Familien").check();
    expect(await page.getByRole("checkbox", { name: new RegExp(families[0]!.name) }).isVisible()).toBe(true);
    await run.click();
    await heading().waitFor();
    expect(await alerts(page)).toContain("Bitte wählen Sie mindestens eine Familie aus.");
    // The choice of scope came back with the answer.
    expect(await page.getByLabel("Nur die ausgewählten Familien").isChecked()).toBe(true);
    for (const family of families) await page.getByRole("checkbox", { name: new RegExp(family.name) }).check();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("runs the proposals: two pairs with their explanations, one family without a volunteer and why", async () => {
    await page.getByRole("button", { name: "Vorschläge berechnen" }).click();
    await page.getByRole("heading", { name: "Vorschlag", level: 2 }).waitFor();
    expect(await statuses(page)).toMatch(/Berechnet in [\d,]+ s: Paare: 2, Familien ohne Ehrenamtliche: 1\./);
    expect(await alerts(page)).toBe("");
    expect(await pairs().count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const text = (await pairs().nth(i).textContent()) ?? "";
      expect(families.some((f) => text.includes(f.name))).toBe(true);
      expect(people.some((p) => text.includes(p.name))).toBe(true);
      expect(text).toMatch(/spricht \S+ \(Muttersprache\)/);
      expect(text).toMatch(/von \d+ Punkten/);
    }
    const left = (await page.getByRole("list", { name: "Familien ohne Ehrenamtliche" }).textContent()) ?? "";
    expect(families.filter((f) => left.includes(f.name))).toHaveLength(1);
    expect(left).toContain("Die passenden Ehrenamtlichen sind bereits anderen Familien zugeordnet.");
    // The selection stays for the next run.
    for (const family of families) expect(await page.getByRole("checkbox", { name: new RegExp(family.name) }).isChecked()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("pins a pair for the next run and lets it go again; the proposal stays as it was", async () => {
    const first = await pairNames(0);
    await page.getByRole("button", { name: `Beim nächsten Berechnen festhalten: ${first.family} – ${first.volunteer}` }).click();
    const pinned = page.getByRole("list", { name: "Festgehaltene Paare" });
    await pinned.waitFor();
    expect((await pinned.textContent())?.trim()).toContain(`Festgehalten: ${first.family} – ${first.volunteer}`);
    expect(await pairs().count()).toBe(2);
    expect(await pairNames(0)).toEqual(first);
    await page.getByRole("button", { name: `Nicht mehr festhalten: ${first.family} – ${first.volunteer}` }).click();
    await heading().waitFor();
    expect(await pinned.count()).toBe(0);
    expect(await pairs().count()).toBe(2);
  });

  step("drops one pair and confirms the other: only that one becomes a proposed tandem", async () => {
    const dropped = await pairNames(0);
    const kept = await pairNames(1);
    await page.getByRole("button", { name: `Herausnehmen: ${dropped.family} – ${dropped.volunteer}` }).click();
    await page.getByRole("button", { name: `Wieder aufnehmen: ${dropped.family} – ${dropped.volunteer}` }).waitFor();
    expect(await pairs().nth(0).textContent()).toContain("herausgenommen");
    expect(await page.getByText("Zu bestätigen: 1, herausgenommen: 1.").count()).toBe(1);
    await page.getByRole("button", { name: "Paare bestätigen (1)" }).click();
    await page.getByRole("heading", { name: "Vorgeschlagene Tandems: 1", level: 2 }).waitFor();
    expect((await page.getByRole("list", { name: "Die neuen Tandems" }).textContent())?.trim()).toBe(`${kept.family} – ${kept.volunteer}`);
    expect(await pairs().count()).toBe(0);

    const keptFirstName = families.find((f) => f.name === kept.family)!.firstName;
    expect((await myTandems(kept.volunteer)).map((t) => ({ status: t.status, names: t.family?.firstNames }))).toEqual([{ status: "PROPOSED", names: [keptFirstName] }]);
    expect(await myTandems(dropped.volunteer)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});

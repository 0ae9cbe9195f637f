// The coordinator's start page is a work queue: counts that read as text, link
// to the filtered list, and follow the work done; the navigation shows the same
// counts as badges (named for screen readers). On a 360 px phone.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, newPerson, signUpVolunteer } from "@lotse/testing/factories";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { closeMenu, horizontalOverflow, hydrated, navLink, signInThroughPage } from "../support/pages.ts";

describe.skipIf(!hasChromium)("the coordinator's work queue in the browser", () => {
  let browser: Browser;
  let page: Page;
  const person = newPerson("Queue");

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 740 } })).newPage();
    await signUpVolunteer(lotse, person);
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Each card is one link whose text reads the count and what it counts.
  const cards = () => page.locator("main a.queue-item");
  const signUpsCard = () => cards().filter({ hasText: /Anmeldung(en)? warte[nt] auf Freigabe/ });
  // On the phone the navigation is behind the header's menu: opened to read the count, closed again.
  const navVolunteers = () => navLink(page, /^Ehrenamtliche/);
  const count = async () => Number.parseInt((await signUpsCard().textContent())!.trim(), 10);
  const navCount = async () => {
    const text = (await (await navVolunteers()).textContent()) ?? "";
    await closeMenu(page);
    return Number.parseInt(/\((\d+) offen\)/.exec(text)?.[1] ?? "0", 10);
  };

  it("counts the sign-up waiting, links to the filtered list, and counts one less after approving it", async () => {
    await signInThroughPage(page, webUrl, demo.coordinator, demo.password);
    await page.getByRole("heading", { name: /Kerstin Koordination/ }).waitFor();
    const before = await count();
    expect(before).toBeGreaterThanOrEqual(1);
    expect(await signUpsCard().textContent()).toMatch(new RegExp(`^\\s*${before}\\s+Anmeldung`));
    const navBefore = await navCount();
    expect(navBefore).toBeGreaterThanOrEqual(before);
    await page.getByRole("heading", { name: "Was jetzt ansteht", level: 4 }).waitFor();
    // The tandems and donations areas show their cards only while they count
    // something (the base seed has no families and no donations; other test
    // files of this run may add some).
    const texts = await cards().allTextContents();
    const tandemCards = texts.filter((text) => /Tandems? ohne Kontakt seit der Alarmfrist|Famili(e wartet|en warten) auf ein Tandem|Spende(n)? warte[nt] auf Annahme/.test(text));
    for (const text of tandemCards) expect(Number.parseInt(text.trim(), 10)).toBeGreaterThan(0);
    expect(texts.filter((text) => !tandemCards.includes(text))).toEqual([
      expect.stringMatching(/Anmeldung(en)? warte[nt] auf Freigabe/),
      expect.stringMatching(/Stundeneintr(ag|äge) zu prüfen/),
      expect.stringMatching(/Führungszeugnis(se)? (läuft|laufen) in 90 Tagen ab/),
      expect.stringMatching(/offene Anfragen? für Sprachmittlung/),
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    await signUpsCard().click();
    await page.waitForURL(/\/koordination\/ehrenamtliche\?status=PENDING/);
    await page.getByRole("heading", { name: "Ehrenamtliche", level: 1 }).waitFor();
    expect(await page.getByLabel("Status").inputValue()).toBe("PENDING");
    // Other tests' sign-ups may fill more than a page: find this one by name within the filter.
    await page.getByLabel("Suche nach Name oder E-Mail").fill(person.name);
    await page.getByRole("button", { name: "Filtern" }).click();
    await page.waitForURL(/[?&]search=/);
    expect(await page.getByLabel("Status").inputValue()).toBe("PENDING");
    await page.getByRole("link", { name: person.name }).click();
    await page.getByRole("heading", { name: person.name, level: 1 }).waitFor();
    await hydrated(page, "Freigeben");
    // No Führungszeugnis yet: approving asks whether the person will work with children.
    await page.getByLabel("Nein, nicht mit Minderjährigen").check();
    await page.getByRole("button", { name: "Freigeben" }).click();
    await page.getByText(`${person.name} wurde freigegeben.`).waitFor();

    await (await navLink(page, "Start", "Hauptnavigation", true)).click();
    await page.getByRole("heading", { name: /Kerstin Koordination/ }).waitFor();
    expect(await count()).toBe(before - 1);
    expect(await navCount()).toBe(navBefore - 1);
  });
});

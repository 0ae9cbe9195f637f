// The Schuleinstiegsberatung's forms without JavaScript (a blocked script, a
// slow office network, a page used before its script has loaded): a
// counsellor adds and removes rows of weekly hours with every typed value
// kept; registers a child, adding and removing a guardian and a language row
// on the way (a missing consent is refused at its checkbox, nothing typed is
// lost) and changes the record; books an appointment in free slots rendered
// by the server (an interpreter asked for without a language is refused at
// the field with the slot and note kept; a double click books once, in the
// room of the hours). A coordinator issues a Nachweis for a volunteer and
// withdraws it, which needs a reason. Every form posts natively.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { berlinToIso } from "@lotse/domain/berlin-time";
import { approvedVolunteer, demo, newPerson, signIn } from "@lotse/testing/factories";
import { hasChromium, launchBrowser } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, signInThroughPage, statuses } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

const COUNSELLOR = "beratung@oldenburg.example";
const unique = Date.now().toString(36);
const CHILD = { first: "Darius", last: `Ohneskript ${unique}` };
// Extra hours far ahead, before dawn: no other test books there.
const DAY = new Date(Date.now() + 230 * 86_400_000).toISOString().slice(0, 10);
const ROOM = `Raum Ohneskript ${unique}`;

describe.skipIf(!hasChromium)("counselling forms without JavaScript", () => {
  let browser: Browser;
  let page: Page;
  let childUrl = "";
  const step = storySteps();

  beforeAll(async () => {
    const counsellor = await signIn(lotse, COUNSELLOR);
    const { counsellors } = await counsellor.run<{ counsellors: { id: string; name: string }[] }>("Counsellors");
    const berna = counsellors.find((c) => c.name === "Berna Beratung")!;
    await counsellor.mutate("AddAvailabilityException", {
      input: { counsellorId: berna.id, kind: "EXTRA", startsAt: berlinToIso(DAY, "04:00"), endsAt: berlinToIso(DAY, "06:00"), room: ROOM, reason: "Frühsprechstunde ohne Skript" },
    });
    browser = await launchBrowser();
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", viewport: { width: 360, height: 780 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  step("a counsellor adds rows of weekly hours and removes them again, every typed value kept", async () => {
    await signInThroughPage(page, webUrl, COUNSELLOR, demo.password);
    await page.goto(`${webUrl}/beratung/verfuegbarkeit`);
    const rules = () => page.getByRole("form", { name: "Wöchentliche Sprechzeiten" });
    const rows = () => rules().getByRole("group", { name: /^Sprechzeit \d+$/ });
    const row = (n: number) => rules().getByRole("group", { name: `Sprechzeit ${n}`, exact: true });
    const before = await rows().count();

    await rules().getByRole("button", { name: "Sprechzeit hinzufügen" }).click();
    await expect.poll(() => rows().count()).toBe(before + 1);
    await row(before + 1).getByLabel("Von").fill("05:10");
    await row(before + 1).getByLabel("Bis").fill("05:40");
    await row(before + 1).getByLabel("Raum").fill(ROOM);

    // Another row: the first one's values come back as typed; the new row starts in the same room.
    await rules().getByRole("button", { name: "Sprechzeit hinzufügen" }).click();
    await expect.poll(() => rows().count()).toBe(before + 2);
    expect(await row(before + 1).getByLabel("Von").inputValue()).toBe("05:10");
    expect(await row(before + 1).getByLabel("Bis").inputValue()).toBe("05:40");
    expect(await row(before + 2).getByLabel("Raum").inputValue()).toBe(ROOM);
    expect(await horizontalOverflow(page)).toBe(0);

    // Removing the row before the last: the last one moves up with its values.
    await row(before + 2).getByLabel("Von").fill("05:45");
    await rules().getByRole("button", { name: `Sprechzeit ${before + 1} entfernen` }).click();
    await expect.poll(() => rows().count()).toBe(before + 1);
    expect(await row(before + 1).getByLabel("Von").inputValue()).toBe("05:45");
    await rules().getByRole("button", { name: `Sprechzeit ${before + 1} entfernen` }).click();
    await expect.poll(() => rows().count()).toBe(before);
    // Nothing was saved: the page as stored has the rows it had.
    await page.goto(`${webUrl}/beratung/verfuegbarkeit`);
    expect(await rows().count()).toBe(before);
  });

  step("she registers a child, adding and removing rows on the way; a missing consent is refused at its checkbox with everything typed kept", async () => {
    await page.goto(`${webUrl}/beratung/kinder/neu`);
    await page.getByRole("heading", { name: "Kind erfassen", level: 1 }).waitFor();
    await page.getByLabel("Vorname").fill(CHILD.first);
    await page.getByLabel("Nachname").fill(CHILD.last);
    await page.getByLabel("Geburtsdatum").fill("2016-02-03");
    const guardian = (n: number) => page.getByRole("group", { name: `Sorgeberechtigte Person ${n}`, exact: true });
    await guardian(1).getByLabel("Name", { exact: true }).fill("Leyla Ohneskript");
    await guardian(1).getByLabel("Liest in der Sprache").selectOption("fa");

    await page.getByRole("button", { name: "Weitere sorgeberechtigte Person" }).click();
    await guardian(2).waitFor();
    expect(await guardian(1).getByLabel("Name", { exact: true }).inputValue()).toBe("Leyla Ohneskript");
    expect(await guardian(1).getByLabel("Liest in der Sprache").inputValue()).toBe("fa");
    expect(await page.getByLabel("Nachname").inputValue()).toBe(CHILD.last);
    await guardian(2).getByLabel("Name", { exact: true }).fill("Reza Ohneskript");
    await guardian(2).getByLabel("Liest in der Sprache").selectOption("de");

    await page.getByLabel("Sprache 1", { exact: true }).selectOption("fa");
    await page.getByRole("button", { name: "Weitere Sprache" }).click();
    await page.getByLabel("Sprache 2", { exact: true }).selectOption("en");
    await page.getByRole("button", { name: "Sprache 1 entfernen" }).click();
    await expect.poll(() => page.getByLabel("Sprache 2", { exact: true }).count()).toBe(0);
    expect(await page.getByLabel("Sprache 1", { exact: true }).inputValue()).toBe("en");
    expect(await guardian(2).getByLabel("Name", { exact: true }).inputValue()).toBe("Reza Ohneskript");

    await page.getByLabel("Schuljahre bisher").fill("3");
    await page.getByLabel("Eingewilligt hat (Name)").fill("Leyla Ohneskript");
    await page.getByRole("button", { name: "Kind erfassen" }).click();

    const consent = page.getByLabel(/Sorgeberechtigten haben eingewilligt/);
    await expect.poll(() => consent.getAttribute("aria-invalid")).toBe("true");
    expect(await page.textContent("main")).toContain("Ohne die Einwilligung der Sorgeberechtigten kann das Kind nicht erfasst werden.");
    expect(await page.getByLabel("Vorname").inputValue()).toBe(CHILD.first);
    expect(await guardian(2).getByLabel("Name", { exact: true }).inputValue()).toBe("Reza Ohneskript");
    expect(await page.getByLabel("Sprache 1", { exact: true }).inputValue()).toBe("en");
    expect(await page.getByLabel("Schuljahre bisher").inputValue()).toBe("3");
    expect(await horizontalOverflow(page)).toBe(0);

    await consent.check();
    await page.getByRole("button", { name: "Kind erfassen" }).click();
    await page.getByRole("heading", { name: `${CHILD.first} ${CHILD.last}`, level: 1 }).waitFor();
    expect(await statuses(page)).toContain("Das Kind ist erfasst.");
    childUrl = page.url().split("?")[0]!;
    expect(await page.getByRole("group", { name: "Sorgeberechtigte Person 2", exact: true }).getByLabel("Name", { exact: true }).inputValue()).toBe("Reza Ohneskript");

    // Changing the record at its own page.
    await page.getByLabel(/^Zuletzt besuchte Klasse/).fill("3");
    await page.getByRole("button", { name: "Änderungen speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Die Angaben sind gespeichert.");
    await page.goto(childUrl);
    expect(await page.getByLabel(/^Zuletzt besuchte Klasse/).inputValue()).toBe("3");
  });

  step("she books in the free slots the server shows; an interpreter without a language is refused at the field; a double click books once", async () => {
    await page.goto(childUrl);
    await page.getByRole("region", { name: "Termine" }).getByRole("link", { name: "Termin buchen" }).click();
    await page.getByRole("heading", { name: "2. Freie Termine suchen" }).waitFor();
    await page.getByLabel("Art des Termins").selectOption({ label: "Erstberatung" });
    await page.getByLabel("Beratende Person").selectOption({ label: "Berna Beratung" });
    await page.getByLabel("Von Tag").fill(DAY);
    await page.getByLabel("Bis Tag").fill(DAY);
    await page.getByRole("button", { name: "Freie Termine zeigen" }).click();
    await page.getByRole("heading", { name: "3. Termin wählen und buchen" }).waitFor();
    // The free slots are the server's page: the extra hours' first one is there.
    expect(await page.getByRole("region", { name: "3. Termin wählen und buchen" }).textContent()).toContain("04:00–05:00");
    await page.getByLabel(/04:00–05:00 ·/).check();
    await page.getByLabel("Sprachmittlung (Dolmetschen) wird gebraucht").check();
    await page.getByLabel(/^Notiz/).fill("Ohne Skript gebucht");
    await page.getByRole("button", { name: "Termin buchen" }).click();

    const language = page.getByLabel("Sprache der Sprachmittlung");
    await expect.poll(() => language.getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte die Sprache wählen, für die eine Sprachmittlung gebraucht wird.");
    expect(await page.getByLabel(/04:00–05:00 ·/).isChecked()).toBe(true);
    expect(await page.getByLabel(/^Notiz/).inputValue()).toBe("Ohne Skript gebucht");
    expect(await page.getByLabel("Sprachmittlung (Dolmetschen) wird gebraucht").isChecked()).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);

    // No interpreter after all (the box hides the language again); booked with a double click.
    await page.getByLabel("Sprachmittlung (Dolmetschen) wird gebraucht").uncheck();
    expect(await language.isVisible()).toBe(false);
    await page.getByRole("button", { name: "Termin buchen" }).dblclick();
    await page.getByRole("heading", { name: `Termin: ${CHILD.first} ${CHILD.last}`, level: 1 }).waitFor();
    expect(await statuses(page)).toContain("Der Termin ist gebucht.");
    const details = (await page.locator("dl.details").first().textContent()) ?? "";
    expect(details).toContain("04:00–05:00");
    expect(details).toContain("Erstberatung");
    // The room left empty: the room of the hours.
    expect(details).toContain(ROOM);

    await page.goto(childUrl);
    const appointments = await page.locator("ul.appointments li").allTextContents();
    expect(appointments).toHaveLength(1);
    expect(appointments[0]).toContain("Erstberatung");
  });

  step("a coordinator issues a Nachweis for a volunteer and withdraws it, which needs a reason", async () => {
    const coordinatorApi = await signIn(lotse, demo.coordinator);
    const person = newPerson("NoJsNachweis");
    const { id } = await approvedVolunteer(lotse, coordinatorApi, person);
    const coordinator = await (await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", viewport: { width: 360, height: 780 } })).newPage();
    await signInThroughPage(coordinator, webUrl, demo.coordinator, demo.password);
    await coordinator.goto(`${webUrl}/koordination/ehrenamtliche/${encodeURIComponent(id)}`);
    const panel = coordinator.getByRole("region", { name: "Nachweis über ehrenamtliche Tätigkeit" });
    await panel.getByRole("button", { name: "In meinem Namen ausstellen" }).click();
    await expect.poll(() => statuses(coordinator)).toMatch(/Nachweis Nr\. \d+ (für den .* )?ist ausgestellt\./);
    const number = /Nachweis Nr\. (\d+)/.exec(await statuses(coordinator))![1]!;

    const item = () => coordinator.getByRole("region", { name: "Nachweis über ehrenamtliche Tätigkeit" }).getByRole("listitem").filter({ hasText: `Nachweis Nr. ${number}` });
    await item().getByLabel(`Nachweis Nr. ${number} zurückziehen`).click();
    await item().getByRole("button", { name: "Nachweis zurückziehen" }).click();
    const reason = item().getByLabel(/^Grund \(die Person sieht ihn/);
    await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
    expect(await item().locator(".badge").textContent()).toBe("gültig");
    await reason.fill("Zeitraum ohne Skript falsch angefragt");
    await item().getByRole("button", { name: "Nachweis zurückziehen" }).click();
    await expect.poll(() => statuses(coordinator)).toContain(`Nachweis Nr. ${number} ist zurückgezogen.`);
    expect(await item().textContent()).toContain("Zeitraum ohne Skript falsch angefragt");
    expect(await item().locator(".badge").textContent()).toBe("zurückgezogen");
    expect(await horizontalOverflow(coordinator)).toBe(0);
    await coordinator.context().close();
  });
});

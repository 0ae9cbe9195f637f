// The donations area without JavaScript (a blocked script, a slow office
// network, a page used before its script has loaded), on a 360 px phone: a
// coordinator creates a donor (a missing name is refused at its field),
// records a money donation (a wrong amount is refused at its field with
// everything typed kept), accepts it in the acceptance queue (a missing
// reference is refused first), issues its Zuwendungsbestätigung and cancels
// it with a reason, records a goods donation with a second item row added and
// a wrong value refused at the item's field, reserves and hands over a piece,
// creates a fund and pays out of it. Every form posts natively.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { demo } from "@lotse/testing/factories";
import { hasChromium, launchBrowser } from "../support/browser.ts";
import { webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, signInThroughPage, statuses } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

const unique = Date.now().toString(36);
const DONOR = `Nora Ohneskript ${unique}`;
// \s also matches the no-break space Intl puts before "€".
const flat = (text: string) => text.replace(/\s+/g, " ");
const numberIn = (text: string) => /Zuwendungsbestätigung Nr\. (\d{4}-\d{6}) ausgestellt/.exec(text)?.[1] ?? null;

describe.skipIf(!hasChromium)("donations without JavaScript: a donor, a money donation refused then recorded, accepted, receipted and cancelled; a goods donation", () => {
  let browser: Browser;
  let page: Page;
  let donorPath = "";
  let receiptNumber = "";
  const step = storySteps();

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", viewport: { width: 360, height: 780 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const said = async () => flat(await statuses(page));

  step("creates a donor: a missing name is refused at its field, the address typed stays", async () => {
    await signInThroughPage(page, webUrl, demo.coordinator, demo.password);
    await page.goto(`${webUrl}/koordination/spenden/spender`);
    await page.getByRole("heading", { name: "Spender", level: 1 }).waitFor();
    const create = page.getByRole("button", { name: "Spender anlegen" });
    expect(await create.isEnabled()).toBe(true);
    await page.getByLabel(/^Anschrift/).fill("Lindenallee 3\n26122 Oldenburg");
    await create.click();
    await page.getByRole("heading", { name: "Spender", level: 1 }).waitFor();
    expect(await alerts(page)).toContain("Bitte füllen Sie dieses Feld aus.");
    expect(await page.getByLabel("Name", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel(/^Anschrift/).inputValue()).toBe("Lindenallee 3\n26122 Oldenburg");
    await page.getByLabel("Name", { exact: true }).fill(DONOR);
    await page.getByRole("button", { name: "Spender anlegen" }).click();
    await page.getByRole("heading", { name: DONOR, level: 1 }).waitFor();
    donorPath = new URL(page.url()).pathname;
    expect(await page.textContent("main")).toContain("26122 Oldenburg");
  });

  step("records a money donation: a wrong amount is refused at its field with everything typed kept", async () => {
    const donorId = decodeURIComponent(donorPath.split("/").pop()!);
    await page.goto(`${webUrl}/koordination/spenden/geld?donor=${encodeURIComponent(donorId)}`);
    await page.getByRole("heading", { name: "Geldspende erfassen", level: 1 }).waitFor();
    const save = page.getByRole("button", { name: "Geldspende speichern" });
    expect(await save.isEnabled()).toBe(true);
    await page.getByLabel("Betrag in Euro").fill("zwölf Euro");
    await page.getByLabel("Zahlungsweg").selectOption("CASH");
    await page.getByLabel(/^Notiz/).fill("Sammeldose Sommerfest");
    await save.click();
    await page.getByRole("heading", { name: "Geldspende erfassen", level: 1 }).waitFor();
    expect(await alerts(page)).toContain("Bitte geben Sie einen Betrag in Euro ein");
    const amount = page.getByLabel("Betrag in Euro");
    expect(await amount.getAttribute("aria-invalid")).toBe("true");
    expect(await amount.inputValue()).toBe("zwölf Euro");
    expect(await page.getByLabel("Zahlungsweg").inputValue()).toBe("CASH");
    expect(await page.getByLabel(/^Notiz/).inputValue()).toBe("Sammeldose Sommerfest");
    expect(await page.getByLabel("Spender/in").inputValue()).toBe(donorId);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await amount.fill("250,00");
    await page.getByRole("button", { name: "Geldspende speichern" }).click();
    await page.getByRole("heading", { name: "Geldspende erfassen", level: 1 }).waitFor();
    expect(await said()).toContain("Geldspende gespeichert. Sie wartet auf die Annahme durch:");
    // A new donation starts empty.
    expect(await page.getByLabel("Betrag in Euro").inputValue()).toBe("");
  });

  step("accepts it in the acceptance queue: without a reference nothing is decided", async () => {
    await page.goto(`${webUrl}/koordination/spenden/annahme`);
    const name = new RegExp(`^Entscheidung über ${DONOR}, 250,00\\s€`);
    // Other runs may leave pending donations: leaf through the queue's pages.
    while ((await page.getByRole("form", { name }).count()) === 0) {
      const next = page.getByRole("link", { name: "Nächste Seite" });
      expect(await next.count()).toBe(1);
      await next.click();
    }
    const decision = () => page.getByRole("form", { name });
    await decision().getByRole("button", { name: "Annehmen" }).click();
    expect(flat((await decision().textContent()) ?? "")).toContain("Bitte geben Sie das Aktenzeichen oder den Beschluss an.");
    expect(await decision().getByLabel(/^Aktenzeichen/).getAttribute("aria-invalid")).toBe("true");
    await decision().getByLabel(/^Aktenzeichen/).fill("HVB-Verfügung 7/2026");
    await decision().getByRole("button", { name: "Annehmen" }).click();
    await page.getByRole("heading", { name: "Annahme von Spenden", level: 1 }).waitFor();
    expect(await said()).toContain(`Angenommen: ${DONOR}, 250,00 €`);
    expect(await page.getByRole("form", { name }).count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("issues its Zuwendungsbestätigung and cancels it: a missing reason is refused first", async () => {
    await page.goto(`${webUrl}${donorPath}`);
    await page.getByRole("button", { name: /^Bestätigung ausstellen – Spende vom .+ über 250,00\s€$/ }).click();
    await page.getByRole("heading", { name: DONOR, level: 1 }).waitFor();
    receiptNumber = numberIn(await said()) ?? "";
    expect(receiptNumber).toMatch(/^\d{4}-\d{6}$/);

    await page.getByRole("button", { name: `Zuwendungsbestätigung ${receiptNumber} stornieren` }).click();
    const cancel = page.getByRole("form", { name: `Zuwendungsbestätigung ${receiptNumber} stornieren` });
    await cancel.getByRole("button", { name: "Endgültig stornieren" }).click();
    expect(await alerts(page)).toContain("Bitte geben Sie einen Grund an.");
    await cancel.getByLabel("Grund der Stornierung").fill("Betrag war falsch erfasst");
    await cancel.getByRole("button", { name: "Endgültig stornieren" }).click();
    await page.getByRole("heading", { name: DONOR, level: 1 }).waitFor();
    expect(await said()).toContain(`Zuwendungsbestätigung ${receiptNumber} storniert.`);
    expect(flat((await page.getByRole("region", { name: "Zuwendungsbestätigungen" }).textContent()) ?? "")).toContain("Betrag war falsch erfasst");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("records a goods donation with a second item added; a wrong value is refused at that item", async () => {
    const donorId = decodeURIComponent(donorPath.split("/").pop()!);
    await page.goto(`${webUrl}/koordination/spenden/sachspende?donor=${encodeURIComponent(donorId)}`);
    await page.getByRole("heading", { name: "Sachspende erfassen", level: 1 }).waitFor();
    const first = page.getByRole("group", { name: "Gegenstand 1" });
    await first.getByLabel("Kategorie").selectOption({ index: 1 });
    await first.getByLabel(/^Genaue Bezeichnung/).fill(`Winterjacke Gr. 128, ${unique}`);
    await first.getByLabel("Wert je Stück in Euro").fill("15");
    await first.getByLabel("Lagerort").fill("Keller, Regal 1");
    await page.getByRole("button", { name: "Weiteren Gegenstand hinzufügen" }).click();
    const second = page.getByRole("group", { name: "Gegenstand 2" });
    await second.waitFor();
    // The first item's texts came back with the new row.
    expect(await first.getByLabel(/^Genaue Bezeichnung/).inputValue()).toBe(`Winterjacke Gr. 128, ${unique}`);
    await second.getByLabel("Kategorie").selectOption({ index: 1 });
    await second.getByLabel(/^Genaue Bezeichnung/).fill(`Schneehose Gr. 128, ${unique}`);
    await second.getByLabel("Wert je Stück in Euro").fill("teuer");
    await second.getByLabel("Lagerort").fill("Keller, Regal 1");
    await page.getByRole("button", { name: "Sachspende speichern" }).click();
    await page.getByRole("heading", { name: "Sachspende erfassen", level: 1 }).waitFor();
    expect(await alerts(page)).toContain("Bitte geben Sie einen Betrag in Euro ein");
    expect(await second.getByLabel("Wert je Stück in Euro").getAttribute("aria-invalid")).toBe("true");
    expect(await second.getByLabel("Wert je Stück in Euro").inputValue()).toBe("teuer");
    expect(await first.getByLabel(/^Genaue Bezeichnung/).inputValue()).toBe(`Winterjacke Gr. 128, ${unique}`);
    await second.getByLabel("Wert je Stück in Euro").fill("10,00");
    await page.getByRole("button", { name: "Sachspende speichern" }).click();
    await page.getByRole("heading", { name: "Sachspende erfassen", level: 1 }).waitFor();
    expect(await said()).toContain("Sachspende im Wert von 25,00 € gespeichert.");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("in the storage room: reserves the jacket for a family not in the list (its name refused while missing) and hands it over", async () => {
    await page.goto(`${webUrl}/koordination/spenden/lager`);
    await page.getByLabel("Bezeichnung enthält").fill(`Winterjacke Gr. 128, ${unique}`);
    await page.getByRole("button", { name: "Filtern" }).click();
    await page.getByRole("link", { name: `Winterjacke Gr. 128, ${unique}` }).click();
    await page.getByRole("heading", { name: `Winterjacke Gr. 128, ${unique}`, level: 1 }).waitFor();

    // "Another family" asks for the name in its own field, shown once chosen.
    const reserve = () => page.getByRole("form", { name: "Für eine Familie reservieren" });
    await reserve().getByLabel("Familie", { exact: true }).selectOption("other");
    await reserve().getByRole("button", { name: "Reservieren" }).click();
    expect(await alerts(page)).toContain("Bitte füllen Sie dieses Feld aus.");
    expect(await reserve().getByLabel("Familie", { exact: true }).inputValue()).toBe("other");
    await reserve().getByLabel("Name der Familie").fill(`Familie Ohneskript ${unique}`);
    await reserve().getByRole("button", { name: "Reservieren" }).click();
    expect(await said()).toContain(`1 Stück für Familie Ohneskript ${unique} reserviert.`);
    await page.getByRole("button", { name: `An Familie Ohneskript ${unique} übergeben` }).click();
    expect(await said()).toContain(`1 Stück an Familie Ohneskript ${unique} übergeben.`);

    await page.getByRole("heading", { name: `Winterjacke Gr. 128, ${unique}`, level: 1 }).waitFor();
    expect(flat((await page.getByRole("list", { name: "Bestand" }).textContent()) ?? "")).toMatch(/0 verfügbar.*0 reserviert.*1 übergeben/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("pays out of a fund: a missing purpose is refused in that fund's form, the amount typed stays", async () => {
    await page.goto(`${webUrl}/koordination/spenden/fonds`);
    await page.getByRole("heading", { name: "Fonds", level: 1 }).waitFor();
    await page.getByLabel("Name des Fonds").fill(`Fonds Ohneskript ${unique}`);
    await page.getByRole("button", { name: "Fonds anlegen" }).click();
    expect(await said()).toContain(`Fonds Fonds Ohneskript ${unique} angelegt.`);
    // A new fund holds nothing yet: a payment is refused by the API beside the form that stays open.
    const pay = () => page.getByRole("form", { name: `Aus Fonds Ohneskript ${unique} auszahlen` });
    await page.getByText(`Aus Fonds Ohneskript ${unique} auszahlen`).click();
    await pay().getByLabel("Betrag in Euro").fill("20,00");
    await pay().getByLabel("Empfänger/in oder Familie").fill("Familie Beispiel");
    await pay().getByLabel("Genehmigt von").fill("Amtsleitung");
    await pay().getByRole("button", { name: "Auszahlen" }).click();
    expect(await pay().getByLabel("Zweck").getAttribute("aria-invalid")).toBe("true");
    expect(await pay().getByLabel("Betrag in Euro").inputValue()).toBe("20,00");
    await pay().getByLabel("Zweck").fill("Schulbedarf");
    await pay().getByRole("button", { name: "Auszahlen" }).click();
    expect(await alerts(page)).not.toBe("");
    expect(await pay().getByLabel("Zweck").inputValue()).toBe("Schulbedarf");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});

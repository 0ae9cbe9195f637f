// Donations in the browser (issue 12), on a 360 px phone: the coordinator
// records a donor and a goods donation, reserves two of its pieces for a
// family registered in the matching module and hands them over; records a
// money donation, accepts it in the acceptance queue with the committee's
// reference, issues its Zuwendungsbestätigung, downloads the PDF and reads it
// (amount in figures and words, number), cancels it with a reason (the PDF is
// then marked STORNIERT) and issues a new one with the next number. Every
// page is checked for serious axe findings and sideways scrolling.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { demo, registerFamily, signIn } from "@lotse/testing/factories";
import { pdfText } from "@lotse/testing/pdf";
import { downloaded, hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, hydrated, navLink, signInThroughPage, statuses } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

const unique = Date.now().toString(36);
const DONOR = `Greta Spendentest ${unique}`;
const FAMILY = `Familie Spendentest ${unique}`;
const BIKE = `Kinderfahrrad 20 Zoll, blau, ${unique}`;
// \s also matches the no-break space Intl puts before "€".
const flat = (text: string) => text.replace(/\s+/g, " ");
const numberIn = (text: string) => /Zuwendungsbestätigung Nr\. (\d{4}-\d{6}) ausgestellt/.exec(text)?.[1] ?? null;

describe.skipIf(!hasChromium)("donations: goods reserved and handed over, money accepted and receipted, a receipt cancelled and issued anew", () => {
  let browser: Browser;
  let page: Page;
  let firstNumber = "";
  const step = storySteps();

  beforeAll(async () => {
    browser = await launchBrowser();
    const coordinator = await signIn(lotse, demo.coordinator);
    await registerFamily(coordinator, { addressedAs: FAMILY });
    page = await (await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 }, acceptDownloads: true })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const checkPage = async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  };
  const said = async () => flat(await statuses(page));
  const subnav = (name: string) => page.getByRole("navigation", { name: "Bereiche der Spenden" }).getByRole("link", { name, exact: true });

  /** Downloads through the link as a user does and returns the PDF's text. */
  async function downloadPdf(linkName: string) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
    const bytes = await downloaded(download);
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    return flat(await pdfText(new Uint8Array(bytes)));
  }

  step("the coordinator opens the donations area and adds a donor with an address", async () => {
    await signInThroughPage(page, webUrl, demo.coordinator, demo.password);
    await (await navLink(page, /^Spenden/)).click();
    await page.getByRole("heading", { name: "Spenden", level: 1 }).waitFor();
    await checkPage();
    await subnav("Spender").click();
    await page.getByRole("heading", { name: "Spender", level: 1 }).waitFor();
    await hydrated(page, "Spender anlegen");
    await page.getByLabel("Name", { exact: true }).fill(DONOR);
    await page.getByLabel(/^Anschrift/).fill("Gartenweg 7\n26122 Oldenburg");
    await checkPage();
    await page.getByRole("button", { name: "Spender anlegen" }).click();
    await page.getByRole("heading", { name: DONOR, level: 1 }).waitFor();
    expect(await page.textContent("main")).toContain("26122 Oldenburg");
    await checkPage();
  });

  step("records a goods donation: three bicycles valued at 45,50 € each", async () => {
    await subnav("Sachspende erfassen").click();
    await page.getByRole("heading", { name: "Sachspende erfassen", level: 1 }).waitFor();
    await hydrated(page, "Sachspende speichern");
    await page.getByLabel("Spender/in").selectOption({ label: DONOR });
    await page.getByLabel("Herkunft").selectOption("PRIVATE");
    await page.getByLabel("Kategorie").selectOption({ label: "Fahrräder" });
    await page.getByLabel(/^Genaue Bezeichnung/).fill(BIKE);
    await page.getByLabel("Anzahl").fill("3");
    await page.getByLabel("Zustand").selectOption("GOOD");
    await page.getByLabel(/^Alter/).fill("2 Jahre");
    // A bad value is refused at the field and nothing typed is lost.
    await page.getByLabel("Wert je Stück in Euro").fill("viel");
    await page.getByLabel("Wie der Wert ermittelt wurde").selectOption("MARKET_ESTIMATE");
    await page.getByLabel("Lagerort").fill("Keller, Regal 3");
    await page.getByRole("button", { name: "Sachspende speichern" }).click();
    await expect.poll(() => alerts(page)).toContain("Bitte geben Sie einen Betrag in Euro ein");
    expect(await page.getByLabel(/^Genaue Bezeichnung/).inputValue()).toBe(BIKE);
    await page.getByLabel("Wert je Stück in Euro").fill("45,50");
    await page.getByRole("button", { name: "Sachspende speichern" }).click();
    await expect.poll(said).toContain("Sachspende im Wert von 136,50 € gespeichert.");
    await checkPage();
  });

  step("finds the bicycles in the storage room, reserves two for a family and hands them over", async () => {
    await subnav("Lager").click();
    await page.getByRole("heading", { name: "Lager", level: 1 }).waitFor();
    await page.getByLabel("Bezeichnung enthält").fill(unique);
    await page.getByRole("button", { name: "Filtern" }).click();
    await page.waitForURL(/[?&]search=/);
    await checkPage();
    await page.getByRole("link", { name: BIKE }).click();
    await page.getByRole("heading", { name: BIKE, level: 1 }).waitFor();
    const stock = page.getByRole("list", { name: "Bestand" });
    expect(flat((await stock.textContent()) ?? "")).toContain("3 verfügbar");
    await hydrated(page, "Reservieren");
    await page.getByLabel("Familie", { exact: true }).selectOption({ label: FAMILY });
    await page.getByRole("form", { name: "Für eine Familie reservieren" }).getByLabel("Anzahl").fill("2");
    await checkPage();
    await page.getByRole("button", { name: "Reservieren" }).click();
    await expect.poll(said).toContain(`2 Stück für ${FAMILY} reserviert.`);
    expect(flat((await stock.textContent()) ?? "")).toMatch(/1 verfügbar.*2 reserviert/);
    await checkPage();
    await page.getByRole("button", { name: `An ${FAMILY} übergeben` }).click();
    await expect.poll(said).toContain(`2 Stück an ${FAMILY} übergeben.`);
    expect(flat((await stock.textContent()) ?? "")).toMatch(/1 verfügbar.*0 reserviert.*2 übergeben/);
    expect(flat((await page.getByRole("region", { name: "Verlauf" }).textContent()) ?? "")).toContain("Übergeben · 2");
    await checkPage();
  });

  step("records a money donation of 1.234,56 € and accepts it in the acceptance queue", async () => {
    await subnav("Geldspende erfassen").click();
    await page.getByRole("heading", { name: "Geldspende erfassen", level: 1 }).waitFor();
    // An office with many donors narrows the list by name (a plain GET form).
    await page.getByLabel("Namen in der Liste suchen").fill(`Spendentest ${unique}`);
    await page.getByRole("button", { name: "Liste eingrenzen" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(`Spendentest ${unique}`);
    expect(await page.getByLabel("Spender/in").locator("option").allTextContents()).toEqual([expect.any(String), DONOR]);
    await hydrated(page, "Geldspende speichern");
    await page.getByLabel("Spender/in").selectOption({ label: DONOR });
    await page.getByLabel("Betrag in Euro").fill("1.234,56");
    await page.getByLabel("Zahlungsweg").selectOption("TRANSFER");
    await checkPage();
    await page.getByRole("button", { name: "Geldspende speichern" }).click();
    await expect.poll(said).toContain("Geldspende gespeichert. Sie wartet auf die Annahme durch: Verwaltungsausschuss.");

    await subnav("Annahme").click();
    await page.getByRole("heading", { name: "Annahme von Spenden", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Verwaltungsausschuss" }).click();
    await page.waitForURL(/body=COMMITTEE/);
    const decision = page.getByRole("form", { name: new RegExp(`^Entscheidung über ${DONOR}, 1\\.234,56\\s€`) });
    await decision.waitFor();
    await hydrated(page, "Annehmen");
    await checkPage();
    // Without the reference nothing is decided.
    await decision.getByRole("button", { name: "Annehmen" }).click();
    await expect.poll(async () => (await decision.textContent()) ?? "").toContain("Bitte geben Sie das Aktenzeichen oder den Beschluss an.");
    await decision.getByLabel(/^Aktenzeichen/).fill("VA-Beschluss 12/2026");
    await decision.getByRole("button", { name: "Annehmen" }).click();
    await expect.poll(said).toContain(`Angenommen: ${DONOR}, 1.234,56 €`);
    expect(await page.getByRole("form", { name: new RegExp(`^Entscheidung über ${DONOR}, 1\\.234,56\\s€`) }).count()).toBe(0);
    await checkPage();
  });

  step("issues its Zuwendungsbestätigung, downloads it and reads amount in figures and words and the number", async () => {
    await subnav("Spender").click();
    await page.getByRole("link", { name: DONOR }).click();
    await page.getByRole("heading", { name: DONOR, level: 1 }).waitFor();
    await hydrated(page, /^Bestätigung ausstellen – Spende vom .+ über 1\.234,56\s€$/);
    await page.getByRole("button", { name: /^Bestätigung ausstellen – Spende vom .+ über 1\.234,56\s€$/ }).click();
    await expect.poll(async () => numberIn(await said())).not.toBeNull();
    firstNumber = numberIn(await said())!;
    await checkPage();
    const text = await downloadPdf(`Zuwendungsbestätigung ${firstNumber} herunterladen`);
    expect(text).toContain("Bestätigung über Geldzuwendungen");
    expect(text).toContain(`Nr. ${firstNumber}`);
    expect(text).toContain(DONOR);
    expect(text).toContain("1.234,56 €");
    expect(text).toContain("eintausendzweihundertvierunddreißig Euro sechsundfünfzig Cent");
    expect(text).not.toContain("STORNIERT");
  });

  step("cancels the receipt with a reason (its PDF now marked STORNIERT) and issues a new one with the next number", async () => {
    await page.getByRole("button", { name: `Zuwendungsbestätigung ${firstNumber} stornieren` }).click();
    await page.getByLabel("Grund der Stornierung").fill("Anschrift war falsch geschrieben");
    await page.getByRole("button", { name: "Endgültig stornieren" }).click();
    await expect.poll(said).toContain(`Zuwendungsbestätigung ${firstNumber} storniert.`);
    expect(flat((await page.getByRole("region", { name: "Zuwendungsbestätigungen" }).textContent()) ?? "")).toContain("Anschrift war falsch geschrieben");
    const cancelled = await downloadPdf(`Zuwendungsbestätigung ${firstNumber} herunterladen`);
    expect(cancelled).toContain("STORNIERT");
    expect(cancelled).toContain("Anschrift war falsch geschrieben");
    await checkPage();

    await hydrated(page, /^Bestätigung ausstellen – Spende vom .+ über 1\.234,56\s€$/);
    await page.getByRole("button", { name: /^Bestätigung ausstellen – Spende vom .+ über 1\.234,56\s€$/ }).click();
    // The page said the first number (or the cancellation) before: wait for a new number.
    await expect.poll(async () => numberIn(await said())).toMatch(new RegExp(`^(?!${firstNumber}$)\\d{4}-\\d{6}$`));
    const secondNumber = numberIn(await said())!;
    expect(secondNumber.slice(0, 4)).toBe(firstNumber.slice(0, 4));
    expect(Number(secondNumber.slice(5))).toBeGreaterThan(Number(firstNumber.slice(5)));
    const text = await downloadPdf(`Zuwendungsbestätigung ${secondNumber} herunterladen`);
    expect(text).toContain(`Nr. ${secondNumber}`);
    expect(text).toContain("eintausendzweihundertvierunddreißig Euro sechsundfünfzig Cent");
    expect(text).not.toContain("STORNIERT");
    await checkPage();
  });

  step("the donations list, the funds and the receipts pages show the day's work and pass the checks", async () => {
    await subnav("Spenden").click();
    await page.getByRole("heading", { name: "Spenden", level: 1 }).waitFor();
    await page.getByLabel("Status").selectOption("ACCEPTED");
    await page.getByRole("button", { name: "Filtern" }).click();
    await page.waitForURL(/[?&]status=ACCEPTED/);
    expect(flat((await page.textContent("main")) ?? "")).toContain(DONOR);
    await checkPage();
    await subnav("Fonds").click();
    await page.getByRole("heading", { name: "Fonds", level: 1 }).waitFor();
    await checkPage();
    await subnav("Zuwendungsbestätigungen").click();
    await page.getByRole("heading", { name: "Zuwendungsbestätigungen", level: 1 }).waitFor();
    const issued = flat((await page.getByRole("table").last().textContent()) ?? "");
    expect(issued).toContain(firstNumber);
    expect(issued).toContain("STORNIERT");
    expect(await page.getByRole("link", { name: /^Alle Zuwendungsbestätigungen \d{4} als ZIP$/ }).getAttribute("href")).toMatch(/^\/receipts\/\d{4}\.zip$/);
    await checkPage();
  });
});

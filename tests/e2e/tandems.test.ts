// Tandems from the coordinator's side in the browser (issue 11): the coordinator
// registers a family with a child through the form (a refused birth year keeps
// everything typed), sees the ranked suggestions with their explanation per
// criterion — the volunteer with a Führungszeugnis, not the one without — asks
// "why not?" for the latter and gets the rule, proposes the former; she accepts
// on a 360 px phone, now sees the family's contact data and records a contact;
// the coordinator finds the tandem active with that contact, ends it with a
// reason, and the family's data are gone from her page. Every page is checked
// for serious or critical axe findings.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import type { ApiSession } from "@lotse/testing/operations";
import { approvedVolunteer, demo, newPerson, signIn } from "@lotse/testing/factories";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, hydrated, signInThroughPage, statuses } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

const stamp = Date.now().toString(36);
const FAMILY = `Familie Tesfay ${stamp}`;
const PHONE = "0441 555 0177";
const ADDRESS = "Donnerschweer Straße 12, 26123 Oldenburg";
const NOTE = "Asthma beim Sohn, Inhalator immer dabei";
const CLEARANCE_RULE = "Zur Familie gehört ein Kind: Dafür fehlt ein gültiges erweitertes Führungszeugnis ohne Eintrag.";
// Both speak Tigrinya, which the family requires: only the Führungszeugnis tells them apart.
const tigrinya = { languages: [{ code: "ti", level: "NATIVE", interpreting: false }] };
const cleared = newPerson("Tandem", `Mehret Klar ${stamp}`);
const uncleared = newPerson("Tandem", `Yonas Ohne ${stamp}`);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!hasChromium)("Tandems: register a family, suggestions with explanations, propose, accept, contact, end", () => {
  let browser: Browser;
  let desk: Page;
  let phone: Page;
  let coordinator: ApiSession;
  const step = storySteps();

  beforeAll(async () => {
    browser = await launchBrowser();
    coordinator = await signIn(lotse, demo.coordinator);
    const [{ id }] = await Promise.all([approvedVolunteer(lotse, coordinator, cleared, tigrinya), approvedVolunteer(lotse, coordinator, uncleared, tigrinya)]);
    await coordinator.mutate("RecordConductCertificate", { volunteerId: id, input: { issuedOn: daysAgo(20), inspectedOn: daysAgo(2), hasRelevantEntry: false } });
    desk = await (await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } })).newPage();
    phone = await (await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } })).newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  const axeClean = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]);
  const person = (n: number) => desk.getByRole("group", { name: `Person ${n}`, exact: true });

  step("the coordinator registers a family with a child; a refused birth year keeps everything typed", async () => {
    await signInThroughPage(desk, webUrl, demo.coordinator, demo.password);
    await desk.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Familien" }).click();
    await desk.getByRole("heading", { name: "Familien", level: 1 }).waitFor();
    await axeClean(desk);
    await desk.getByRole("link", { name: "Familie erfassen" }).click();
    await desk.getByRole("heading", { name: "Familie erfassen", level: 1 }).waitFor();
    await hydrated(desk, "Familie speichern");
    await axeClean(desk);

    await desk.getByLabel("Anrede", { exact: true }).fill(FAMILY);
    await person(1).getByLabel("Vorname").fill("Abeba");
    await person(1).getByLabel("Geburtsjahr").fill("1988");
    await desk.getByRole("button", { name: "Weitere Person hinzufügen" }).click();
    await person(2).getByLabel("Vorname").fill("Selam");
    await person(2).getByLabel("Geburtsjahr").fill("2099");
    await person(2).getByLabel("Erwachsen oder Kind").selectOption("child");
    const language = desk.getByRole("group", { name: "Sprache 1", exact: true });
    await language.getByLabel("Sprache", { exact: true }).selectOption("ti");
    await language.getByLabel("Niveau").selectOption("NATIVE");
    await desk.getByLabel(/^Deutschkenntnisse der Familie/).selectOption("A1");
    await desk.getByLabel(/^Adresse/).fill(ADDRESS);
    await desk.getByLabel(/^Telefonnummer/).fill(PHONE);
    await desk.getByLabel(/^Sprache, die die oder der Ehrenamtliche sprechen muss/).selectOption("ti");
    // The needs are the design system's checkbox group: one group, named by its legend, a box per topic.
    const needs = desk.getByRole("group", { name: /^Wobei die Familie Unterstützung wünscht/ });
    await needs.getByLabel("Schule und Kita").check();
    await needs.getByLabel(/^Wünsche/).fill("Begleitung zur Anmeldung in der Grundschule");
    await desk.getByRole("button", { name: "Zeitfenster hinzufügen" }).click();
    const time = desk.getByRole("group", { name: "Zeitfenster 1", exact: true });
    await time.getByLabel("Wochentag").selectOption("2");
    await time.getByLabel("Von").fill("16:00");
    await time.getByLabel("Bis").fill("18:00");
    await desk.getByLabel("Die Familie hat in die Verarbeitung ihrer Daten eingewilligt.").check();
    await desk.getByLabel(/Ausdrückliche Einwilligung nach Art\. 9/).check();
    await desk.getByLabel(/^Geschützte Notiz/).fill(NOTE);
    await desk.getByRole("button", { name: "Familie speichern" }).click();

    // The API refuses the year at the field; the page stays with everything typed.
    const year = person(2).getByLabel("Geburtsjahr");
    await expect.poll(() => year.getAttribute("aria-invalid")).toBe("true");
    expect(await person(2).textContent()).toContain("Der Wert liegt außerhalb des erlaubten Bereichs.");
    expect(await desk.getByLabel("Anrede", { exact: true }).inputValue()).toBe(FAMILY);
    expect(await desk.getByLabel(/^Telefonnummer/).inputValue()).toBe(PHONE);
    expect(await desk.getByLabel(/^Geschützte Notiz/).inputValue()).toBe(NOTE);
    expect(await time.getByLabel("Von").inputValue()).toBe("16:00");
    expect(await needs.getByLabel("Schule und Kita").isChecked()).toBe(true);
    expect(new URL(desk.url()).pathname).toBe("/koordination/familien/neu");
    await axeClean(desk);

    await year.fill("2016");
    await desk.getByRole("button", { name: "Familie speichern" }).click();
    await desk.getByRole("heading", { name: FAMILY, level: 1 }).waitFor();
    expect(await statuses(desk)).toContain("Die Familie ist erfasst.");
    const record = (await desk.getByRole("region", { name: "Angaben zur Familie" }).textContent()) ?? "";
    expect(record).toContain("Selam, geboren 2016 (Kind)");
    expect(record).toContain("Tigrinya (Muttersprache)");
    expect(record).toContain("Schule und Kita");
    expect(record).toContain(PHONE);
    // The Art. 9 note is shown to coordinators.
    expect(record).toContain(NOTE);
    expect(await desk.getByText("Wartet", { exact: true }).count()).toBeGreaterThan(0);
  });

  step("the family's page suggests the volunteer with a Führungszeugnis, with the explanation per criterion, and not the one without", async () => {
    const suggestions = desk.getByRole("region", { name: "Vorschläge" });
    const card = suggestions.getByRole("listitem").filter({ has: desk.getByRole("heading", { name: cleared.name }) });
    await card.waitFor();
    const explanation = card.getByRole("table", { name: `Warum ${cleared.name} passt` });
    const rows = await explanation.getByRole("row").allTextContents();
    // Header plus one row per criterion: language, distance, shared time, topics, load, qualification.
    expect(rows.length).toBeGreaterThanOrEqual(7);
    const language = await explanation.getByRole("row").filter({ has: desk.getByRole("rowheader", { name: "Sprache" }) }).textContent();
    expect(language).toContain("spricht Tigrinya (Muttersprache)");
    expect(language).toMatch(/\d+(,\d)? von \d+/);
    expect(await explanation.getByRole("rowheader", { name: "Gemeinsame Zeit" }).count()).toBe(1);
    expect(await explanation.getByRole("rowheader", { name: "Auslastung" }).count()).toBe(1);
    expect((await card.textContent()) ?? "").toMatch(/Platz \d+ · [\d,]+ Punkte/);
    expect((await suggestions.textContent()) ?? "").not.toContain(uncleared.name);
    await axeClean(desk);
  });

  step("“why not?” answers with the rule for the volunteer without a Führungszeugnis", async () => {
    const whyNot = desk.getByRole("region", { name: "Warum nicht?" });
    await whyNot.getByLabel("Name oder E-Mail-Adresse").fill(uncleared.email);
    await whyNot.getByRole("button", { name: "Suchen" }).click();
    await desk.getByRole("link", { name: `Warum nicht ${uncleared.name}?` }).click();
    const answer = desk.getByRole("region", { name: `Warum nicht ${uncleared.name}?` });
    await answer.waitFor();
    const text = (await answer.textContent()) ?? "";
    expect(text).toContain("Ausgeschlossen durch die Regel:");
    expect(text).toContain(CLEARANCE_RULE);
    await axeClean(desk);
  });

  step("the coordinator proposes the suggested volunteer and sees the stored explanation", async () => {
    await hydrated(desk, `${cleared.name} vorschlagen`);
    await desk.getByRole("button", { name: `${cleared.name} vorschlagen` }).click();
    await desk.getByRole("heading", { name: `Tandem ${FAMILY} – ${cleared.name}`, level: 1 }).waitFor();
    expect(await statuses(desk)).toContain("Das Tandem ist vorgeschlagen.");
    expect(await desk.getByText("Vorgeschlagen", { exact: true }).count()).toBeGreaterThan(0);
    const explanation = desk.getByRole("region", { name: "Begründung des Vorschlags" });
    expect((await explanation.textContent()) ?? "").toContain("spricht Tigrinya (Muttersprache)");
    expect(await desk.getByRole("region", { name: "Verlauf" }).getByRole("listitem").count()).toBe(1);
    await axeClean(desk);
  });

  const card = () => phone.getByRole("listitem").filter({ has: phone.getByRole("heading", { name: "Abeba, Selam" }) });

  step("she accepts on a 360 px phone and then sees the family's address and phone", async () => {
    await signInThroughPage(phone, webUrl, cleared.email, cleared.password);
    await phone.goto(`${webUrl}/ehrenamt/tandems`);
    await phone.getByRole("heading", { name: "Meine Tandems", level: 1 }).waitFor();
    const before = (await card().textContent()) ?? "";
    expect(before).toContain("Tigrinya");
    expect(before).not.toContain(PHONE);
    expect(before).not.toContain(ADDRESS);
    expect(before).not.toContain(NOTE);
    await hydrated(phone, "Tandem annehmen");
    await card().getByRole("button", { name: "Tandem annehmen" }).click();
    await expect.poll(async () => (await card().textContent()) ?? "").toContain(PHONE);
    const after = (await card().textContent()) ?? "";
    expect(after).toContain(ADDRESS);
    expect(after).not.toContain(NOTE);
    expect(await seriousAxeViolations(phone)).toEqual([]);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
  });

  step("she records a meeting of 45 minutes", async () => {
    const form = card().getByRole("form", { name: "Kontakt eintragen" });
    await form.getByLabel("Art").selectOption("MEETING");
    await form.getByLabel(/^Dauer in Minuten/).fill("45");
    await form.getByLabel(/^Notiz/).fill("Zusammen zur Kita-Anmeldung");
    await form.getByRole("button", { name: "Kontakt speichern" }).click();
    await expect.poll(() => statuses(phone)).toContain("Kontakt gespeichert.");
    await expect.poll(async () => (await card().textContent()) ?? "").toContain("Treffen · 45 Min.");
    expect(await seriousAxeViolations(phone)).toEqual([]);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
  });

  step("the coordinator finds the tandem active in the lists and its contact in the log", async () => {
    await desk.goto(`${webUrl}/koordination/familien?language=ti&status=MATCHED`);
    const familyRow = desk.getByRole("row").filter({ has: desk.getByRole("link", { name: FAMILY }) });
    expect((await familyRow.textContent()) ?? "").toContain("Im Tandem");
    await axeClean(desk);

    await desk.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Tandems" }).click();
    await desk.getByRole("heading", { name: "Tandems", level: 1 }).waitFor();
    await desk.getByLabel("Status").selectOption("ACTIVE");
    await desk.getByRole("button", { name: "Filtern" }).click();
    await expect.poll(() => new URL(desk.url()).searchParams.get("status")).toBe("ACTIVE");
    const row = desk.getByRole("row").filter({ has: desk.getByRole("link", { name: FAMILY }) });
    const rowText = (await row.textContent()) ?? "";
    expect(rowText).toContain(cleared.name);
    expect(rowText).toContain("Aktiv");
    // Contact today: no alert flag.
    expect(rowText).not.toContain("Kein Kontakt seit");
    await axeClean(desk);

    await row.getByRole("link", { name: FAMILY }).click();
    await desk.getByRole("heading", { name: `Tandem ${FAMILY} – ${cleared.name}`, level: 1 }).waitFor();
    const log = (await desk.getByRole("region", { name: "Kontakte" }).textContent()) ?? "";
    expect(log).toContain("Treffen · 45 Min.");
    expect(log).toContain("Zusammen zur Kita-Anmeldung");
    expect(log).toContain(`eingetragen von ${cleared.name}`);
    const history = await desk.getByRole("region", { name: "Verlauf" }).getByRole("listitem").allTextContents();
    expect(history.some((h) => h.includes("Vorgeschlagen → Aktiv") && h.includes(cleared.name))).toBe(true);
    await axeClean(desk);
  });

  step("the coordinator ends the tandem with a reason", async () => {
    await hydrated(desk, "Tandem beenden");
    await desk.getByRole("button", { name: "Tandem beenden" }).click();
    const form = desk.getByRole("form", { name: "Tandem beenden" });
    await form.getByRole("button", { name: "Beenden bestätigen" }).click();
    // No reason chosen: said at the field, nothing ended.
    await expect.poll(async () => (await form.textContent()) ?? "").toContain("Bitte wählen Sie einen Grund.");
    await axeClean(desk);
    await form.getByLabel("Grund").selectOption("GOAL_REACHED");
    await form.getByLabel(/^Notiz/).fill("Kita-Platz gefunden");
    await form.getByRole("button", { name: "Beenden bestätigen" }).click();
    await expect.poll(() => statuses(desk)).toContain("Das Tandem ist beendet.");
    await expect.poll(async () => (await desk.textContent("main")) ?? "").toContain("Ziel erreicht");
    const history = await desk.getByRole("region", { name: "Verlauf" }).getByRole("listitem").allTextContents();
    expect(history.some((h) => h.includes("Aktiv → Beendet") && h.includes("Ziel erreicht: Kita-Platz gefunden"))).toBe(true);
    await axeClean(desk);
  });

  step("the family's contact data are gone from her page", async () => {
    await phone.reload();
    await phone.getByRole("heading", { name: "Meine Tandems", level: 1 }).waitFor();
    expect(await card().count()).toBe(0);
    const main = (await phone.textContent("main")) ?? "";
    expect(main).not.toContain(PHONE);
    expect(main).not.toContain(ADDRESS);
    expect(main).not.toContain("Abeba");
    expect(await seriousAxeViolations(phone)).toEqual([]);
  });
});

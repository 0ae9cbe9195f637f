// A trainer's cohort without JavaScript (a blocked script, an old phone, a page
// used before its script has loaded), on a 360 px phone: a session is added
// from its disclosure (a missing topic is refused at its field with what was
// typed kept), an application is decided after the get-to-know interview (no
// result chosen is refused first), and attendance is taken for a session that
// has started, each posted natively to the page's form actions. Then a session
// is removed after its question, a participant's removal without a reason is
// refused at the reason (and one overtaken by another trainer is refused where
// the list begins), the cohort is completed from its question's own address, and a
// certificate is revoked with a reason.
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ApiSession } from "@lotse/testing/operations";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { createCohort, createCourse, demo, enrol, newPerson, signedInVolunteers, signIn as apiSignIn } from "@lotse/testing/factories";
import { hasChromium, launchBrowser } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, signInThroughPage, statuses } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

const stamp = Date.now();
const admitted = newPerson("NoJsKursA", `Ayla Ohneskript ${stamp}`);
const waiting = newPerson("NoJsKursB", `Boris Ohneskript ${stamp}`);
const cohortTitle = `Durchgang ohne Skript ${stamp}`;

/** A Berlin calendar day ("YYYY-MM-DD") some days from now. */
function berlinDay(offsetDays: number): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date(Date.now() + offsetDays * 86_400_000));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}
const germanDay = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const nextWeek = berlinDay(7);
const lastWeek = berlinDay(-7);

describe.skipIf(!hasChromium)("a trainer's cohort without JavaScript", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cohortUrl = "";
  let trainerApi: ApiSession;
  let waitingEnrolmentId = "";
  const step = storySteps();

  beforeAll(async () => {
    const coordinator = await apiSignIn(lotse, demo.coordinator);
    const [first, second] = await signedInVolunteers(lotse, coordinator, [admitted, waiting]);
    const trainer = await apiSignIn(lotse, demo.trainer);
    trainerApi = trainer;
    const course = await createCourse(trainer, { title: `Kurs ohne Skript ${stamp}` });
    // A session that began yesterday morning: its attendance can be taken.
    const yesterday = new Date(Date.now() - 86_400_000);
    const cohort = await createCohort(trainer, course.id, {
      title: cohortTitle,
      capacity: 4,
      requiresInterview: true,
      open: true,
      sessions: [{ startsAt: yesterday, endsAt: new Date(yesterday.getTime() + 3 * 3_600_000), topic: "Rolle und Auftrag" }],
    });
    await enrol(first!, cohort.id, "Ich begleite Familien.");
    waitingEnrolmentId = (await enrol(second!, cohort.id, "Ich spreche Arabisch.")).id;
    cohortUrl = `${webUrl}/kursleitung/kurse/${encodeURIComponent(cohort.id)}`;

    browser = await launchBrowser();
    context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", viewport: { width: 360, height: 780 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  step("adds a session from its disclosure; a missing topic is refused at its field with what was typed kept", async () => {
    // Signing in needs expect.poll, which runs only inside a test.
    await signInThroughPage(page, webUrl, demo.trainer, demo.password);
    await page.goto(cohortUrl);
    await page.getByRole("heading", { name: cohortTitle, level: 1 }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    // The form opens from its button (a disclosure, no script needed).
    const addForm = page.locator("form", { has: page.getByRole("button", { name: "Termin hinzufügen" }) });
    expect(await addForm.isVisible()).toBe(false);
    await page.getByText("Neuen Termin eintragen").click();
    await addForm.getByLabel("Datum").fill(nextWeek);
    await addForm.getByLabel("Beginn").fill("09:00");
    await addForm.getByLabel("Ende").fill("12:00");
    await addForm.getByRole("button", { name: "Termin hinzufügen" }).click();

    const topic = addForm.getByLabel("Thema", { exact: true });
    await expect.poll(() => topic.getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte prüfen Sie die markierten Felder.");
    expect(await addForm.getByLabel("Datum").inputValue()).toBe(nextWeek);
    expect(await addForm.getByLabel("Beginn").inputValue()).toBe("09:00");

    await topic.fill("Kommunikation");
    await addForm.getByRole("button", { name: "Termin hinzufügen" }).click();
    await page.getByText(new RegExp(`Der Termin am .*${germanDay(nextWeek)} ist hinzugefügt\\.`)).waitFor();
    expect(await statuses(page)).toContain("ist hinzugefügt");
    const sessions = page.locator("ol.sessions > li");
    expect(await sessions.count()).toBe(2);
    expect(await sessions.nth(1).textContent()).toContain("Kommunikation");
    expect(await horizontalOverflow(page)).toBe(0);
  });

  step("decides an application after the interview; no result chosen is refused first", async () => {
    await page.goto(cohortUrl);
    const interview = page.locator("form", { has: page.getByRole("group", { name: `Ergebnis des Gesprächs mit ${admitted.name}` }) });
    await interview.getByLabel(/Notiz/).fill("Sehr motiviert.");
    await interview.getByRole("button", { name: "Ergebnis speichern" }).click();
    await expect.poll(() => alerts(page)).toContain("Bitte wählen Sie ein Ergebnis.");
    expect(await interview.getByLabel(/Notiz/).inputValue()).toBe("Sehr motiviert.");

    await interview.getByLabel("Aufnehmen", { exact: true }).check();
    await interview.getByRole("button", { name: "Ergebnis speichern" }).click();
    await page.getByText(`${admitted.name} ist aufgenommen und hat einen Platz.`).waitFor();
    await page.getByRole("heading", { name: "Teilnehmende (1 von 4)" }).waitFor();
    // The other applicant still waits for the interview.
    expect(await page.getByRole("group", { name: `Ergebnis des Gesprächs mit ${waiting.name}` }).count()).toBe(1);
  });

  step("takes attendance for the session that has started, on the phone", async () => {
    await page.goto(cohortUrl);
    await page.getByRole("link", { name: /^Anwesenheit erfassen: / }).click();
    await page.getByRole("heading", { name: /^Anwesenheit am /, level: 1 }).waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
    const row = page.getByRole("group", { name: admitted.name });
    // Not yet recorded: preset to present.
    expect(await row.getByLabel("Anwesend").isChecked()).toBe(true);
    await row.getByLabel("Abwesend").check();
    await page.getByRole("button", { name: "Anwesenheit speichern" }).click();
    await page.getByText("Anwesenheit gespeichert: 0 von 1 anwesend.").waitFor();
    expect(await page.getByRole("group", { name: admitted.name }).getByLabel("Abwesend").isChecked()).toBe(true);

    // Saved: the cohort page's matrix shows it.
    await page.goto(cohortUrl);
    const matrix = page.getByRole("region", { name: /Anwesenheit je Termin/ });
    expect(await matrix.getByRole("row", { name: new RegExp(admitted.name) }).textContent()).toContain("Abwesend");
    expect(await horizontalOverflow(page)).toBe(0);
  });

  step("removes a session after its question; removing a participant needs a reason, and one overtaken is refused", async () => {
    await page.goto(cohortUrl);
    const next = page.locator("ol.sessions > li", { hasText: "Kommunikation" });
    await next.locator("summary", { hasText: "Entfernen" }).click();
    await next.getByRole("button", { name: "Ja, Termin entfernen" }).click();
    await page.getByText(new RegExp(`Der Termin am .*${germanDay(nextWeek)} ist entfernt\\.`)).waitFor();
    expect(await page.locator("ol.sessions > li").count()).toBe(1);

    // The other applicant was admitted meanwhile (through the API, as by another trainer).
    await trainerApi.run("RecordAdmissionInterview", { enrolmentId: waitingEnrolmentId, passed: true, note: null });
    await page.goto(cohortUrl);
    const row = () => page.locator("ul.people > li", { hasText: waiting.name });
    await row().locator("summary", { hasText: "Abmelden" }).click();
    await row().getByRole("button", { name: `${waiting.name} abmelden` }).click();
    const reason = row().getByLabel("Grund");
    await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte geben Sie einen Grund an.");
    expect(await horizontalOverflow(page)).toBe(0);

    // Another trainer removes them first: this removal is refused, said above the lists (their row has no form any more).
    await reason.fill("Hat den Kurs abgesagt.");
    await trainerApi.run("RemoveParticipant", { enrolmentId: waitingEnrolmentId, reason: "Abgesagt." });
    await row().getByRole("button", { name: `${waiting.name} abmelden` }).click();
    await expect.poll(() => alerts(page)).toContain("Diese Anmeldung ist nicht mehr aktiv.");
    await page.getByRole("heading", { name: "Teilnehmende (1 von 4)" }).waitFor();
  });

  step("a session added in the past is saved with a warning in the answer (the form warns only with the script)", async () => {
    await page.goto(cohortUrl);
    await page.getByText("Neuen Termin eintragen").click();
    const addForm = page.locator("form", { has: page.getByRole("button", { name: "Termin hinzufügen" }) });
    await addForm.getByLabel("Datum").fill(lastWeek);
    await addForm.getByLabel("Beginn").fill("09:00");
    await addForm.getByLabel("Ende").fill("12:00");
    await addForm.getByLabel("Thema", { exact: true }).fill("Nachgetragen");
    await addForm.getByRole("button", { name: "Termin hinzufügen" }).click();
    await page.getByText(new RegExp(`Der Termin am .*${germanDay(lastWeek)} ist hinzugefügt\\. Er liegt in der Vergangenheit`)).waitFor();
    expect(await statuses(page)).toContain("ändern Sie sein Datum oder entfernen Sie ihn");

    // Removed again: it was a mistake (and the cohort is completed below with the sessions it had).
    const past = page.locator("ol.sessions > li", { hasText: "Nachgetragen" });
    await past.locator("summary", { hasText: "Entfernen" }).click();
    await past.getByRole("button", { name: "Ja, Termin entfernen" }).click();
    await page.getByText(new RegExp(`Der Termin am .*${germanDay(lastWeek)} ist entfernt\\.`)).waitFor();
    expect(await page.locator("ol.sessions > li").count()).toBe(1);
  });

  step("completes the cohort from its question's own address and revokes a certificate with a reason", async () => {
    // The participant was present after all: attendance corrected.
    await page.goto(cohortUrl);
    await page.getByRole("link", { name: /^Anwesenheit erfassen: / }).click();
    await page.getByRole("group", { name: admitted.name }).getByLabel("Anwesend").check();
    await page.getByRole("button", { name: "Anwesenheit speichern" }).click();
    await page.getByText("Anwesenheit gespeichert: 1 von 1 anwesend.").waitFor();

    await page.goto(cohortUrl);
    await page.getByRole("button", { name: "Kurs abschließen …" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has("complete")).toBe(true);
    expect(await page.textContent("main")).toContain("Den Kurs jetzt für 1 teilnehmende Person abschließen?");
    await page.getByRole("button", { name: "Ja, Kurs abschließen" }).click();
    await page.getByText("Der Kurs ist abgeschlossen. Zertifikate ausgestellt: 1. Unter der Mindestanwesenheit: 0.").waitFor();
    expect(await page.locator(".status-line .badge").first().textContent()).toBe("Abgeschlossen");

    const certificates = page.locator("section", { has: page.getByRole("heading", { name: "Zertifikate", level: 2 }) });
    await certificates.locator("summary", { hasText: "Widerrufen" }).click();
    const confirm = certificates.getByRole("button", { name: /^Zertifikat Nr\. \d+ widerrufen$/ });
    await confirm.click();
    const reason = page.getByLabel("Grund des Widerrufs");
    await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
    await reason.fill("Falsch ausgestellt.");
    await page.getByRole("button", { name: /^Zertifikat Nr\. \d+ widerrufen$/ }).click();
    await page.getByText(new RegExp(`Das Zertifikat Nr\\. \\d+ von ${admitted.name} ist widerrufen\\.`)).waitFor();
    expect(await statuses(page)).toContain("ist widerrufen");
    expect(await horizontalOverflow(page)).toBe(0);
  });
});

// Integrationslotsen training in the browser: a trainer creates a course and a
// cohort with two sessions (one yesterday, one that started an hour ago) and
// two places, opens enrolment; three approved volunteers apply on phone-sized
// screens and the third lands on the waiting list; the trainer gives a session's
// topic in Arabic, which a volunteer reading Arabic sees; one withdraws, the third
// accepts the offer; the trainer takes attendance on a phone, completes the
// cohort, and the certified volunteer downloads the certificate PDF.
//
// The volunteers are signed up and approved through the API with the web app's
// own persisted operations (the production API runs no others), which is much
// quicker than the sign-up page (covered by volunteers.test.ts).
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { approvedVolunteer, demo, signIn as apiSignIn } from "@lotse/testing/factories";
import { pdfText } from "@lotse/testing/pdf";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, hydrated, navLink, signInThroughPage, switchLanguage, waitForHydration } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

const stamp = Date.now();
const PASSWORD = "Kurs-im-Test-2026!";
const people = {
  first: { name: `Anna Erstlotsin ${stamp}`, email: `e2e-kurs-a-${stamp}@example.org`, password: PASSWORD },
  second: { name: `Bela Zweitlotse ${stamp}`, email: `e2e-kurs-b-${stamp}@example.org`, password: PASSWORD },
  // Letters outside Windows-1252: the certificate PDF prints them as typed.
  third: { name: `Cem Şahin-Łotse ${stamp}`, email: `e2e-kurs-c-${stamp}@example.org`, password: PASSWORD },
};
const courseTitle = `Basisqualifizierung Test ${stamp}`;
const courseTitleEnglish = `Basic training test ${stamp}`;
const cohortTitle = `Durchgang Test ${stamp}`;

// ---- Berlin dates and times for the sessions -------------------------------------

const berlin = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
function berlinParts(d: Date): { date: string; time: string } {
  const p = Object.fromEntries(berlin.formatToParts(d).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}
/** The first session's topic in Arabic, as the trainer enters it. */
const yesterdayTopicArabic = "الدور والمهمة";
const germanDay = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** Yesterday 09:00–12:00 (three hours) in Berlin. */
const yesterday = { date: berlinParts(new Date(Date.now() - 86_400_000)).date, start: "09:00", end: "12:00", topic: "Rolle und Auftrag" };
/** A session that started an hour ago and lasts half an hour (kept within its day). */
const recent = (() => {
  const start = berlinParts(new Date(Date.now() - 3_600_000));
  const time = start.time > "23:00" ? "23:00" : start.time;
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + 30;
  const end = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  return { date: start.date, start: time, end, topic: "Kommunikation" };
})();

// ---- the browser --------------------------------------------------------------------

async function signIn(page: Page, email: string, password: string) {
  await signInThroughPage(page, webUrl, email, password);
}

/** The status badge in the "Ihre Anmeldung" section of a volunteer's cohort page. */
const enrolmentBadge = (page: Page) => page.locator("section", { has: page.getByRole("heading", { name: "Ihre Anmeldung" }) }).locator(".badge").first();

describe.skipIf(!hasChromium)("Integrationslotsen course from cohort to certificate in the browser", () => {
  let browser: Browser;
  let desk: BrowserContext;
  let trainer: Page;
  const volunteerPages: Record<keyof typeof people, Page> = {} as Record<keyof typeof people, Page>;
  let cohortUrl = "";
  let volunteerCohortUrl = "";

  // One story: each step builds on the cohort and the places the steps before it left.
  const step = storySteps();

  beforeAll(async () => {
    const coordinator = await apiSignIn(lotse, demo.coordinator);
    for (const person of Object.values(people)) await approvedVolunteer(lotse, coordinator, person);

    browser = await launchBrowser();
    desk = await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } });
    trainer = await desk.newPage();
    for (const key of Object.keys(people) as (keyof typeof people)[]) {
      const phone = await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } });
      volunteerPages[key] = await phone.newPage();
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  step("a trainer creates a course and a cohort with two sessions and two places, and opens enrolment", async () => {
    const page = trainer;
    await signIn(page, demo.trainer, demo.password);
    // The start page links the trainer's pages.
    await page.getByRole("list", { name: "Kurse leiten" }).getByRole("link", { name: "Kursleitung" }).waitFor();
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Kursleitung" }).click();
    await page.getByRole("heading", { name: "Kursleitung", level: 1 }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The forms to create a course and a cohort open from their buttons.
    await page.getByText("Neuen Kurs eintragen").click();

    // A course needs its hours; the mistake is announced next to the field.
    const newCourse = page.locator("form", { has: page.getByRole("button", { name: "Kurs anlegen" }) });
    await newCourse.getByLabel("Titel", { exact: true }).fill(courseTitle);
    await newCourse.getByLabel("Unterrichtsstunden").fill("viele");
    await newCourse.getByRole("button", { name: "Kurs anlegen" }).click();
    const hours = newCourse.getByLabel("Unterrichtsstunden");
    await expect.poll(() => hours.getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("ganze Zahl von 1 bis 500");
    await hours.fill("40");
    await newCourse.getByLabel("Themen").fill("Identität und Rolle\nKommunikation");
    await newCourse.getByLabel(/Qualifikation, die der Kurs verleiht/).fill("Integrationslotse/-lotsin");
    // The title in English for volunteers who read Lotse in English (the other languages stay German).
    await newCourse.getByText("Übersetzungen", { exact: true }).click();
    await newCourse.getByLabel("Titel (Englisch)").fill(courseTitleEnglish);
    await newCourse.getByRole("button", { name: "Kurs anlegen" }).click();
    await page.getByText(`Der Kurs „${courseTitle}“ ist angelegt.`).waitFor();

    await page.getByText("Neuen Durchgang eintragen").click();
    const newCohort = page.locator("form", { has: page.getByRole("button", { name: "Durchgang anlegen" }) });
    await newCohort.getByLabel("Kurs", { exact: true }).selectOption({ label: courseTitle });
    await newCohort.getByLabel("Bezeichnung des Durchgangs", { exact: true }).fill(cohortTitle);
    await newCohort.getByLabel("Ort", { exact: false }).fill("Kulturzentrum PFL, Raum 2");
    await newCohort.getByLabel("Plätze").fill("2");
    // Admission without the get-to-know interview (on by default) in this test.
    await newCohort.getByLabel("Vor der Aufnahme ein Kennenlerngespräch führen").uncheck();
    await newCohort.getByRole("button", { name: "Durchgang anlegen" }).click();
    // Two places is below the usual 13 to 20: the trainer confirms.
    await expect.poll(() => alerts(page)).toContain("2 Plätze sind weniger als üblich (13 bis 20)");
    await newCohort.getByRole("button", { name: "Ja, mit 2 Plätzen speichern" }).click();
    await page.getByRole("link", { name: `„${cohortTitle}“ öffnen` }).click();
    await page.getByRole("heading", { name: cohortTitle, level: 1 }).waitFor();
    cohortUrl = page.url();
    await hydrated(page, "Anmeldung öffnen");
    expect(await page.textContent("main")).toContain("In Planung");
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The form to add a session opens from its button.
    await page.getByText("Neuen Termin eintragen").click();
    const addSession = page.locator("form", { has: page.getByRole("button", { name: "Termin hinzufügen" }) });
    for (const s of [yesterday, recent]) {
      await addSession.getByLabel("Datum").fill(s.date);
      await addSession.getByLabel("Beginn").fill(s.start);
      await addSession.getByLabel("Ende").fill(s.end);
      await addSession.getByLabel("Thema", { exact: true }).fill(s.topic);
      await addSession.getByRole("button", { name: "Termin hinzufügen" }).click();
      await page.getByText(new RegExp(`Der Termin am .*${germanDay(s.date)} ist hinzugefügt\\.`)).waitFor();
    }
    const sessions = page.locator("ol.sessions > li");
    await expect.poll(() => sessions.count()).toBe(2);
    expect(await sessions.nth(0).textContent()).toContain(`${germanDay(yesterday.date)}, ${yesterday.start}–${yesterday.end}`);
    expect(await sessions.nth(1).textContent()).toContain(`${recent.start}–${recent.end}`);

    await page.getByRole("button", { name: "Anmeldung öffnen" }).click();
    await page.getByText("Die Anmeldung ist geöffnet.").waitFor();
    expect(await page.locator(".status-line .badge").first().textContent()).toBe("Anmeldung offen");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  step("three volunteers apply on their phones; the third is on the waiting list", async () => {
    for (const key of ["first", "second", "third"] as const) {
      const page = volunteerPages[key];
      await signIn(page, people[key].email, PASSWORD);
      await (await navLink(page, "Kurse")).click();
      await page.getByRole("heading", { name: "Kurse", level: 1 }).waitFor();
      if (key === "first") {
        expect(await seriousAxeViolations(page)).toEqual([]);
        expect(await horizontalOverflow(page)).toBe(0);
      }
      await page.getByRole("link", { name: cohortTitle }).click();
      await page.getByRole("heading", { name: cohortTitle, level: 1 }).waitFor();
      volunteerCohortUrl = page.url();
      await hydrated(page, "Verbindlich anmelden");
      if (key === "first") {
        expect(await page.textContent("main")).toContain("Rolle und Auftrag");
        expect(await seriousAxeViolations(page)).toEqual([]);
        expect(await horizontalOverflow(page)).toBe(0);
        // The page speaks English on request too.
        await switchLanguage(page, "en");
        await page.getByRole("heading", { name: "Your enrolment" }).waitFor();
        expect(await page.textContent("main")).toContain("Minimum attendance for the certificate");
        // The course as the trainer translated it.
        expect(await page.textContent("main")).toContain(courseTitleEnglish);
        await switchLanguage(page, "de");
        await page.getByRole("heading", { name: "Ihre Anmeldung" }).waitFor();
        await hydrated(page, "Verbindlich anmelden");
      }
      if (key === "third") expect(await page.textContent("main")).toContain("Alle Plätze sind vergeben");
      await page.getByLabel(/Warum möchten Sie teilnehmen/).fill("Ich begleite Familien in meinem Stadtteil.");
      await page.getByRole("button", { name: "Verbindlich anmelden" }).click();
      await page
        .getByText(key === "third" ? "Sie sind angemeldet und stehen auf der Warteliste, auf Platz 1." : "Sie sind angemeldet und haben einen Platz.")
        .waitFor();
    }
    const third = volunteerPages.third;
    expect(await third.textContent("main")).toContain("Sie stehen auf der Warteliste, auf Platz 1.");
    expect(await seriousAxeViolations(third)).toEqual([]);
    expect(await horizontalOverflow(third)).toBe(0);

    // The catalogue shows the cohort as full, with one person waiting.
    await third.getByRole("link", { name: "Zurück zu den Kursen" }).click();
    const card = third.locator("li.card", { has: third.getByRole("link", { name: cohortTitle }) });
    expect(await card.textContent()).toContain("Alle Plätze vergeben");
    expect(await card.textContent()).toContain("1 Person auf der Warteliste");
    expect(await card.textContent()).toContain("Warteliste, Platz 1");

    // The trainer sees the two participants and the waiting list.
    await trainer.goto(cohortUrl);
    await trainer.getByRole("heading", { name: "Teilnehmende (2 von 2)" }).waitFor();
    expect(await trainer.textContent("main")).toContain(`Platz 1: ${people.third.name}`);
  });

  step("the trainer gives a session's topic in Arabic; a volunteer who reads Arabic sees it on the course page", async () => {
    const page = trainer;
    await page.goto(cohortUrl);
    await page.getByRole("heading", { name: cohortTitle, level: 1 }).waitFor();
    await waitForHydration(page);
    const session = page.locator("ol.sessions > li").first();
    await session.getByText("Bearbeiten").click();
    const edit = session.locator("form", { has: page.getByRole("button", { name: "Termin speichern" }) });
    // The translations stand closed below the German topic until opened.
    const arabic = edit.getByLabel("Thema (Arabisch)");
    expect(await arabic.isVisible()).toBe(false);
    await edit.getByText("Übersetzungen des Themas").click();
    await arabic.fill(yesterdayTopicArabic);
    await edit.getByRole("button", { name: "Termin speichern" }).click();
    await page.getByText(new RegExp(`Der Termin am .*${germanDay(yesterday.date)} ist gespeichert\\.`)).waitFor();
    // The trainer's list keeps the German topic as entered.
    expect(await session.textContent()).toContain(yesterday.topic);

    const volunteer = volunteerPages.first;
    await volunteer.goto(volunteerCohortUrl);
    await volunteer.getByRole("heading", { name: "Ihre Anmeldung" }).waitFor();
    await switchLanguage(volunteer, "ar");
    const sessions = volunteer.locator("ol.sessions");
    await expect.poll(() => sessions.textContent()).toContain(yesterdayTopicArabic);
    expect(await sessions.textContent()).not.toContain(yesterday.topic);
    // The other session has no Arabic topic: it shows the German one.
    expect(await sessions.textContent()).toContain(recent.topic);
    await switchLanguage(volunteer, "de");
    await volunteer.getByRole("heading", { name: "Ihre Anmeldung" }).waitFor();
  });

  step("one withdraws after confirming, and the third accepts the offered place", async () => {
    const second = volunteerPages.second;
    await second.goto(volunteerCohortUrl);
    await hydrated(second, "Vom Kurs abmelden");
    await second.getByRole("button", { name: "Vom Kurs abmelden" }).click();
    // The question is its own address (?withdraw), so it works without JavaScript: wait for it.
    await second.getByText("Ihr Platz geht dann an die nächste Person auf der Warteliste.").waitFor();
    await second.getByRole("button", { name: "Ja, abmelden" }).click();
    await second.getByText("Sie haben sich abgemeldet.").first().waitFor();
    expect(await enrolmentBadge(second).textContent()).toBe("Abgemeldet");

    const third = volunteerPages.third;
    const offer = await lotse.mailbox.newestTo(people.third.email, { subject: "frei", text: cohortTitle });
    expect(offer.text).toContain(cohortTitle);
    await third.goto(volunteerCohortUrl);
    await hydrated(third, "Platz annehmen");
    expect(await third.textContent("main")).toMatch(/Ein Platz ist frei geworden und bis .+ für Sie reserviert\./);
    expect(await seriousAxeViolations(third)).toEqual([]);
    await third.getByRole("button", { name: "Platz annehmen" }).click();
    await third.getByText("Sie haben den Platz angenommen.").waitFor();
    expect(await enrolmentBadge(third).textContent()).toBe("Platz bestätigt");
  });

  step("the trainer takes attendance on a phone and completes the cohort", async () => {
    const page = trainer;
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(cohortUrl);
    await page.getByRole("heading", { name: "Teilnehmende (2 von 2)" }).waitFor();
    const former = page.locator("ul.people", { hasText: people.second.name });
    expect(await former.textContent()).toContain("Abgemeldet");

    const entries: [typeof yesterday, Record<"first" | "third", "Anwesend" | "Entschuldigt" | "Abwesend">][] = [
      [yesterday, { first: "Entschuldigt", third: "Anwesend" }],
      [recent, { first: "Anwesend", third: "Abwesend" }],
    ];
    for (const [index, [session, marks]] of entries.entries()) {
      await page.goto(cohortUrl);
      // One link per started session, in session order.
      const link = page.getByRole("link", { name: /^Anwesenheit erfassen: / }).nth(index);
      expect(await link.getAttribute("aria-label")).toContain(germanDay(session.date));
      await link.click();
      await page.getByRole("heading", { name: new RegExp(`^Anwesenheit am .*${germanDay(session.date)}`), level: 1 }).waitFor();
      // The "all present" shortcut shows once the page is live (choices made before could be reset by hydration).
      await hydrated(page, "Alle anwesend");
      if (session === yesterday) {
        expect(await seriousAxeViolations(page)).toEqual([]);
        expect(await horizontalOverflow(page)).toBe(0);
      }
      for (const key of ["first", "third"] as const) {
        await page.getByRole("group", { name: people[key].name }).getByLabel(marks[key]).check();
      }
      await page.getByRole("button", { name: "Anwesenheit speichern" }).click();
      await page.getByText("Anwesenheit gespeichert: 1 von 2 anwesend.").waitFor();
    }

    // The matrix weights the three-hour session: 3 of 3.5 hours = 85 %, half an hour = 14 %.
    await page.goto(cohortUrl);
    const matrix = page.getByRole("region", { name: /Anwesenheit je Termin/ });
    const rowOf = (name: string) => matrix.getByRole("row", { name: new RegExp(name) });
    expect(await rowOf(people.third.name).textContent()).toMatch(/Anwesend.*Abwesend.*85 %/);
    expect(await rowOf(people.first.name).textContent()).toMatch(/Entschuldigt.*Anwesend.*14 %/);
    expect(await horizontalOverflow(page)).toBe(0);
    // Too wide for the phone: it scrolls inside its labelled region, and a visible hint says so.
    const scrollHint = page.getByText("Die Tabelle ist breiter als der Bildschirm");
    await scrollHint.waitFor();
    expect(await matrix.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await matrix.getAttribute("aria-describedby")).toBe("matrix-scroll-hint");

    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(() => scrollHint.count()).toBe(0);
    await hydrated(page, "Kurs abschließen …");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Kurs abschließen …" }).click();
    expect(await page.textContent("main")).toContain("Den Kurs jetzt für 2 Teilnehmende abschließen?");
    await page.getByRole("button", { name: "Ja, Kurs abschließen" }).click();
    await page.getByText("Der Kurs ist abgeschlossen. Zertifikate ausgestellt: 1. Unter der Mindestanwesenheit: 1.").waitFor();
    expect(await page.locator(".status-line .badge").first().textContent()).toBe("Abgeschlossen");
    const certificates = page.locator("section", { has: page.getByRole("heading", { name: "Zertifikate", level: 2 }) });
    expect(await certificates.textContent()).toMatch(new RegExp(`Nr\\. \\d+: ${people.third.name}`));
    expect(await certificates.textContent()).toContain(`${people.first.name}: 14 %`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // Trainers can open the certificate too.
    const trainerLink = certificates.getByRole("link", { name: new RegExp(`^PDF herunterladen.*Zertifikat Nr\\. \\d+ von ${people.third.name}$`) });
    expect(await trainerLink.getAttribute("download")).toMatch(/^zertifikat-\d+-cem-sahin-lotse-[a-z0-9-]+\.pdf$/);
    const trainerHref = await trainerLink.getAttribute("href");
    const status = await page.evaluate(async (url) => (await fetch(url)).status, trainerHref!);
    expect(status).toBe(200);
  });

  step("the certified volunteer downloads the certificate PDF; the other sees why there is none", async () => {
    const page = volunteerPages.third;
    await page.goto(`${webUrl}/ehrenamt/kurse`);
    await page.getByRole("heading", { name: "Meine Kurse", level: 1 }).waitFor();
    expect(await page.textContent("main")).toContain("Integrationslotse/-lotsin");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);

    const link = page.getByRole("link", { name: /^Zertifikat Nr\. \d+ herunterladen \(PDF\)$/ }).first();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/certificates\/[^/]+\.pdf$/);
    // The file carries the person's name ("Cem Şahin-Łotse" -> cem-sahin-lotse).
    expect(await link.getAttribute("download")).toMatch(/^zertifikat-\d+-cem-sahin-lotse-[a-z0-9-]+\.pdf$/);
    // Fetched by the page itself, with the volunteer's session, through the web app's proxy.
    const pdf = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      let binary = "";
      for (const b of bytes) binary += String.fromCharCode(b);
      return { status: response.status, type: response.headers.get("content-type"), base64: btoa(binary) };
    }, href!);
    expect(pdf.status).toBe(200);
    const bytes = Buffer.from(pdf.base64, "base64");
    expect(bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(await pdfText(bytes)).toContain(people.third.name);

    // The same link on the cohort page.
    await page.goto(volunteerCohortUrl);
    expect(await page.getByRole("link", { name: /^Zertifikat Nr\. \d+ herunterladen \(PDF\)$/ }).getAttribute("href")).toBe(href);

    const first = volunteerPages.first;
    await first.goto(volunteerCohortUrl);
    expect(await first.textContent("main")).toContain("Ihre Anwesenheit lag bei 14 % und damit unter der Mindestanwesenheit von 80 %.");
    expect(await first.getByRole("link", { name: /Zertifikat/ }).count()).toBe(0);
  });

  step("the participant links hours to the course, and sees the course with the entry", async () => {
    const page = volunteerPages.third;
    await page.goto(`${webUrl}/ehrenamt`);
    await hydrated(page, "Stunden speichern");
    await page.getByLabel("Stunden", { exact: true }).fill("1");
    await page.getByLabel("Tätigkeit").selectOption({ label: "Sonstiges" });
    // Only the courses the volunteer holds a place in are offered.
    expect(await page.locator("#log-course option").allTextContents()).toEqual(["Kein Kurs", cohortTitle]);
    await page.getByLabel("Kurs (optional)").selectOption({ label: cohortTitle });
    await page.getByLabel(/Notiz/).fill("Nachbereitung des Kurstags");
    await page.getByRole("button", { name: "Stunden speichern" }).click();
    await page.getByText(/^1 Std\. am .* gespeichert/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto(`${webUrl}/ehrenamt/stunden`);
    await page.getByRole("heading", { name: "Meine Stunden", level: 1 }).waitFor();
    expect(await page.locator(".entry", { hasText: "Nachbereitung des Kurstags" }).locator(".entry-meta").first().textContent()).toContain(`Sonstiges · ${cohortTitle}`);
    // Someone who withdrew holds no place, so the form has no course field for them.
    const second = volunteerPages.second;
    await second.goto(`${webUrl}/ehrenamt`);
    await hydrated(second, "Stunden speichern");
    expect(await second.locator("#log-course").count()).toBe(0);
  });

  step("offers the cohort's calendar file and a private calendar feed shown once", async () => {
    const page = volunteerPages.first;
    await page.goto(volunteerCohortUrl);
    const ics = await page.getByRole("link", { name: "Alle Termine als Kalenderdatei (ICS)" }).getAttribute("href");
    const file = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, text: await response.text() };
    }, ics!);
    expect(file.status).toBe(200);
    expect(file.text).toContain("BEGIN:VCALENDAR");
    expect(file.text).toContain("Rolle und Auftrag");

    await page.goto(`${webUrl}/ehrenamt/kurse`);
    await hydrated(page, "Abo-Adresse erzeugen");
    await page.getByRole("button", { name: "Abo-Adresse erzeugen" }).click();
    const field = page.getByLabel("Ihre private Abo-Adresse");
    await field.waitFor();
    const feedUrl = await field.inputValue();
    expect(feedUrl).toMatch(new RegExp(`^${webUrl}/calendar/feed/[A-Za-z0-9_-]+\\.ics$`));
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    // Public by its secret: a calendar app fetches it without a session.
    const feed = await fetch(feedUrl);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");

    // After a reload the address is not shown again; a new one replaces it.
    await page.reload();
    await hydrated(page, "Neue Abo-Adresse erzeugen");
    expect(await page.getByLabel("Ihre private Abo-Adresse").count()).toBe(0);
    await page.getByRole("button", { name: "Neue Abo-Adresse erzeugen" }).click();
    await page.getByRole("button", { name: "Ja, neue Adresse erzeugen" }).click();
    const renewed = await page.getByLabel("Ihre private Abo-Adresse").inputValue();
    expect(renewed).not.toBe(feedUrl);
    expect((await fetch(feedUrl)).status).toBe(404);
  });
});

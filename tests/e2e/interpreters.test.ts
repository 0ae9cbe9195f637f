// The Sprachmittlerpool in the browser. Through the web app's own operations a
// counsellor books a child with an Arabic interpreter (the request goes to the
// pool) and a new volunteer who offers Arabic interpreting is approved. The
// coordinator, on the pool page, records that volunteer's neutrality and
// confidentiality pledge and assigns them from the request's suggestions. The
// interpreter, on a 360 px phone, accepts, sees the appointment at its Berlin
// time, and downloads its calendar file, whose DTSTART is that same moment.
// Every state is checked for serious axe findings (and, on the phone, for
// sideways scrolling).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import type { ApiSession } from "@lotse/testing/operations";
import { approvedVolunteer, demo, newPerson, signIn, type Person } from "@lotse/testing/factories";
import { downloaded, hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { horizontalOverflow, hydrated, signInThroughPage, statuses } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

const COUNSELLOR = "beratung@oldenburg.example";
const ROOM = "Raum Sprachmittlung";

/** The Berlin calendar day `days` from today (YYYY-MM-DD). */
function berlinDay(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const berlinClock = (instant: Date) => new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);

/** The instant that is `time` on `date` in Berlin (the offset is one or two hours). */
function berlinInstant(date: string, time: string): Date {
  for (const offset of [1, 2]) {
    const [h, m] = time.split(":").map(Number) as [number, number];
    const candidate = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), h - offset, m));
    if (berlinClock(candidate) === time) return candidate;
  }
  throw new Error(`no instant for ${date} ${time} in Berlin`);
}

describe.skipIf(!hasChromium)("Sprachmittlerpool: pledge, assignment, acceptance on a phone, the calendar file", () => {
  let browser: Browser;
  let desk: Page;
  let phone: Page;
  let coordinator: ApiSession;
  let interpreter: Person;
  const unique = Date.now().toString(36);
  const institution = `Grundschule Sprachmittlungstest ${unique}`;
  const date = berlinDay(3);
  const startsAt = berlinInstant(date, "10:00");
  const step = storySteps();

  beforeAll(async () => {
    browser = await launchBrowser();
    coordinator = await signIn(lotse, demo.coordinator);
    const counsellor = await signIn(lotse, COUNSELLOR);

    interpreter = newPerson("Dolmetscherin", `Samira Dolmetsch ${unique}`);
    await approvedVolunteer(lotse, coordinator, interpreter, {
      germanLevel: "C1",
      offersInterpreting: true,
      languages: [{ code: "ar", level: "NATIVE", interpreting: true }],
    });

    // The counsellor's week (every day 08:00–18:00 in a room of this test), a child, and a booking that needs Arabic.
    const { counsellors } = await counsellor.run<{ counsellors: { id: string; name: string }[] }>("Counsellors");
    const berna = counsellors.find((c) => c.name === "Berna Beratung");
    if (!berna) throw new Error("the base seed's counsellor is missing");
    await counsellor.mutate("SetCounsellorAvailability", {
      counsellorId: berna.id,
      rules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "08:00", end: "18:00", room: ROOM })),
    });
    const child = await counsellor.mutate<{ id: string }>("RegisterChild", {
      input: {
        firstName: "Amal",
        lastName: "Sprachmittlungstest",
        birthDate: "2016-04-01",
        languages: ["ar"],
        schoolYears: 3,
        schoolCountries: ["SY"],
        guardians: [{ name: "Rana Sprachmittlungstest", readsLanguage: "ar" }],
        consentGivenBy: "Rana Sprachmittlungstest",
        consent: true,
      },
    });
    await counsellor.mutate("BookAppointment", {
      input: {
        childId: child.id,
        counsellorId: berna.id,
        kind: "INITIAL",
        startsAt: startsAt.toISOString(),
        room: ROOM,
        interpreterLanguage: "ar",
        institution,
        idempotencyKey: `interpreters-e2e-${unique}`,
      },
    });

    desk = await (await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } })).newPage();
    phone = await (await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const requestCard = () => desk.getByRole("listitem").filter({ hasText: institution });

  step("the coordinator records the interpreter's pledge on the pool page", async () => {
    await signInThroughPage(desk, webUrl, demo.coordinator, demo.password);
    await desk.getByRole("navigation", { name: /./ }).getByRole("link", { name: "Sprachmittlung" }).first().click();
    await desk.getByRole("heading", { name: "Sprachmittlerpool", level: 1 }).waitFor();
    // The request is open, the interpreter not yet in the pool (so not suggested).
    expect(await requestCard().count()).toBe(1);
    expect(await requestCard().textContent()).toContain("10:00–11:00 Uhr");
    expect(await seriousAxeViolations(desk)).toEqual([]);

    await hydrated(desk, "Erklärung erfassen");
    const form = desk.getByRole("form", { name: "Verpflichtungserklärung erfassen" });
    await form.getByLabel("Ehrenamtliche Person").selectOption({ label: `${interpreter.name} (Arabisch)` });
    await form.getByRole("button", { name: "Erklärung erfassen" }).click();
    await expect.poll(() => statuses(desk)).toContain(`Erklärung erfasst: ${interpreter.name} ist jetzt im Pool.`);
    const arabic = desk.getByRole("table", { name: /^Arabisch/ });
    await expect.poll(async () => (await arabic.textContent()) ?? "").toContain(interpreter.name);
    expect(await seriousAxeViolations(desk)).toEqual([]);
  });

  step("the coordinator sees the suggestions for the request and assigns the interpreter", async () => {
    await requestCard().getByRole("button", { name: "Vorschläge zeigen" }).click();
    await expect.poll(async () => (await requestCard().textContent()) ?? "").toContain(interpreter.name);
    const suggestions = requestCard().getByRole("list", { name: /^Vorschläge/ });
    expect(await suggestions.textContent()).toContain("Einsätze (±30 Tage): 0");
    expect(await seriousAxeViolations(desk)).toEqual([]);
    await suggestions.getByRole("button", { name: `${interpreter.name} zuweisen` }).click();
    await expect.poll(() => statuses(desk)).toContain(`${interpreter.name} ist angefragt und antwortet in Lotse.`);
    // No longer open: the card is gone from the coordinator's list.
    await expect.poll(() => requestCard().count()).toBe(0);
    expect(await seriousAxeViolations(desk)).toEqual([]);
  });

  step("the interpreter accepts on a 360 px phone and sees the appointment at its Berlin time", async () => {
    await signInThroughPage(phone, webUrl, interpreter.email, interpreter.password);
    await phone.goto(`${webUrl}/ehrenamt`);
    await phone.getByRole("navigation", { name: /./ }).getByRole("link", { name: "Sprachmittlung" }).first().click();
    await phone.getByRole("heading", { name: "Meine Sprachmittlung", level: 1 }).waitFor();
    const requests = phone.getByRole("region", { name: "Anfragen" });
    const card = requests.getByRole("listitem").filter({ hasText: institution });
    const text = (await card.textContent()) ?? "";
    expect(text).toContain("10:00–11:00 Uhr");
    expect(text).toContain(ROOM);
    expect(text).toContain("Arabisch");
    expect(text).not.toContain("Amal"); // the child stays with the counsellor
    expect(await seriousAxeViolations(phone)).toEqual([]);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);

    await hydrated(phone, "Zusagen");
    await card.getByRole("button", { name: "Zusagen" }).click();
    await expect.poll(() => statuses(phone)).toContain("Zugesagt. Die Bestätigung kommt per E-Mail mit der Kalenderdatei.");
    const mine = phone.getByRole("region", { name: "Meine Einsätze" }).getByRole("listitem").filter({ hasText: institution });
    await expect.poll(async () => (await mine.textContent()) ?? "").toContain("Zugesagt");
    expect(await mine.textContent()).toContain("10:00–11:00 Uhr");
    expect(await seriousAxeViolations(phone)).toEqual([]);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);

    // The written confirmation went out (with the calendar file attached; the API tests read that part).
    const mail = await lotse.mailbox.newestTo(interpreter.email, { subject: "Bestätigung Sprachmittlung" });
    expect(mail.text).toContain("Die Kalenderdatei (Termin) hängt an");
  });

  step("the calendar file's DTSTART is the moment the page shows", async () => {
    const mine = phone.getByRole("region", { name: "Meine Einsätze" }).getByRole("listitem").filter({ hasText: institution });
    const [download] = await Promise.all([phone.waitForEvent("download"), mine.getByRole("link", { name: "Termin in den Kalender (.ics)" }).click()]);
    const ics = (await downloaded(download)).toString("utf8").replace(/\r\n /g, "");
    const dtstart = /^DTSTART(?:;TZID=Europe\/Berlin)?:(\d{8}T\d{6}Z?)$/m.exec(ics)?.[1];
    expect(dtstart, ics).toBeDefined();
    // UTC (…Z) is converted to Berlin; a TZID=Europe/Berlin value already is Berlin time.
    const shown = dtstart!.endsWith("Z")
      ? berlinClock(new Date(`${dtstart!.slice(0, 4)}-${dtstart!.slice(4, 6)}-${dtstart!.slice(6, 8)}T${dtstart!.slice(9, 11)}:${dtstart!.slice(11, 13)}:00Z`))
      : `${dtstart!.slice(9, 11)}:${dtstart!.slice(11, 13)}`;
    expect(shown).toBe("10:00");
    expect(dtstart!.slice(0, 8)).toBe(date.replace(/-/g, ""));
    if (dtstart!.endsWith("Z")) expect(dtstart).toBe(startsAt.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, ""));
    expect(ics).toContain(`LOCATION:${ROOM}`);
    expect(ics).not.toContain("Amal");
  });

  step("the interpreter creates the private feed address, which serves the appointment", async () => {
    await phone.getByRole("button", { name: "Private Kalender-Adresse erstellen" }).click();
    const field = phone.getByLabel("Ihre private Kalender-Adresse");
    await expect.poll(() => field.inputValue()).toMatch(/\/calendar\/appointments\/feed\/[A-Za-z0-9_-]+\.ics$/);
    const feed = await (await fetch(await field.inputValue())).text();
    expect(feed).toContain(`DTSTART:${startsAt.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "")}`);
    expect(feed).toContain("STATUS:CONFIRMED");
    expect(await seriousAxeViolations(phone)).toEqual([]);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
  });
});

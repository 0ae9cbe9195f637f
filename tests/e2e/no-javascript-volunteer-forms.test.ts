// The rest of a volunteer's forms without JavaScript, on a 360 px phone: the
// profile (a name left empty is refused at its field with everything else
// typed kept), a language row added and removed again (each posting the
// form, everything typed kept), the gender, declining a tandem proposal with its reason (asked
// at its own address; an empty reason refused at its field), declaring an
// allowance received elsewhere (an amount that is none refused at its field,
// the payer kept) and removing it, answering interpreting requests (declining
// asks first) with the private calendar address made, and at last withdrawing
// consent and giving it again (left unticked, the checkbox says why).
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { approvedVolunteer, demo, newPerson, registerFamily, signIn } from "@lotse/testing/factories";
import { hasChromium, launchBrowser } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, signInThroughPage, statuses } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

const COUNSELLOR = "beratung@oldenburg.example";
const ROOM = "Raum ohne Skript";
const unique = Date.now().toString(36);
const person = newPerson("Formular-ohne-Skript");
const acceptInstitution = `Schule Zusage ohne Skript ${unique}`;
const declineInstitution = `Schule Absage ohne Skript ${unique}`;

/** An hour on a weekday a few days ahead, in UTC (the counsellor is available all day). */
function slot(days: number, hourUtc: number): Date {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d;
}

describe.skipIf(!hasChromium)("a volunteer's profile, tandem, allowance and interpreting forms without JavaScript", () => {
  let browser: Browser;
  let page: Page;
  const step = storySteps();

  beforeAll(async () => {
    const coordinator = await signIn(lotse, demo.coordinator);
    const { id: volunteerId } = await approvedVolunteer(lotse, coordinator, person, {
      germanLevel: "C1",
      offersInterpreting: true,
      languages: [{ code: "ar", level: "NATIVE", interpreting: true }],
    });

    // A tandem proposal to decline (adults only: no Führungszeugnis needed).
    const family = await registerFamily(coordinator, {
      addressedAs: `Familie Ohneskript ${unique}`,
      members: [
        { firstName: "Rasha", birthYear: 1987, adult: true },
        { firstName: "Omar", birthYear: 1984, adult: true },
      ],
      times: [{ weekday: 3, start: "16:00", end: "18:00" }],
    });
    await coordinator.mutate("ProposeMatch", { familyId: family.id, volunteerId });

    // Two interpreting requests: one to accept, one to decline.
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
    await coordinator.mutate("RecordInterpreterPledge", { volunteerId, signedOn: today });
    const counsellor = await signIn(lotse, COUNSELLOR);
    const { counsellors } = await counsellor.run<{ counsellors: { id: string; name: string }[] }>("Counsellors");
    const berna = counsellors.find((c) => c.name === "Berna Beratung");
    if (!berna) throw new Error("the base seed's counsellor is missing");
    await counsellor.mutate("SetCounsellorAvailability", {
      counsellorId: berna.id,
      rules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "06:00", end: "20:00", room: ROOM })),
    });
    for (const [i, institution] of [acceptInstitution, declineInstitution].entries()) {
      const child = await counsellor.mutate<{ id: string }>("RegisterChild", {
        input: {
          firstName: `Kind${i}`,
          lastName: `Ohneskript ${unique}`,
          birthDate: "2016-04-01",
          languages: ["ar"],
          schoolYears: 3,
          schoolCountries: ["SY"],
          guardians: [{ name: `Eltern Ohneskript ${unique}`, readsLanguage: "ar" }],
          consentGivenBy: `Eltern Ohneskript ${unique}`,
          consent: true,
        },
      });
      const appointment = await counsellor.mutate<{ id: string }>("BookAppointment", {
        input: {
          childId: child.id,
          counsellorId: berna.id,
          kind: "INITIAL",
          startsAt: slot(5 + i, 9 + i).toISOString(),
          room: ROOM,
          interpreterLanguage: "ar",
          institution,
          idempotencyKey: `no-js-volunteer-forms-${unique}-${i}`,
        },
      });
      await coordinator.mutate("AssignInterpreter", { appointmentId: appointment.id, interpreterId: volunteerId, kilometres: null });
    }

    browser = await launchBrowser();
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", viewport: { width: 360, height: 780 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const profileForm = () => page.locator("form.profile");

  step("saves the profile: an empty name is refused at its field with the phone typed kept", async () => {
    await signInThroughPage(page, webUrl, person.email, person.password);
    await page.goto(`${webUrl}/ehrenamt/profil`);
    await page.getByRole("heading", { name: "Mein Profil", level: 1 }).waitFor();
    const submit = page.getByRole("button", { name: "Profil speichern" });
    expect(await submit.isEnabled()).toBe(true);
    await profileForm().getByLabel("Name", { exact: true }).fill("");
    await profileForm().getByLabel(/Telefonnummer/).fill("0441 555 0123");
    await submit.click();
    const name = profileForm().getByLabel("Name", { exact: true });
    await expect.poll(() => name.getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte füllen Sie dieses Feld aus.");
    expect(await profileForm().getByLabel(/Telefonnummer/).inputValue()).toBe("0441 555 0123");

    await name.fill(person.name);
    await page.getByRole("button", { name: "Profil speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Ihr Profil wurde gespeichert.");
    expect(await profileForm().getByLabel(/Telefonnummer/).inputValue()).toBe("0441 555 0123");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("adds a language row and removes it again: each posts the form, everything typed comes back", async () => {
    const second = profileForm().getByRole("group", { name: "Sprache 2", exact: true });
    await profileForm().getByLabel(/Telefonnummer/).fill("0441 555 0124");
    await page.getByRole("button", { name: "Weitere Sprache hinzufügen" }).click();
    await second.waitFor();
    expect(await profileForm().getByLabel(/Telefonnummer/).inputValue()).toBe("0441 555 0124");
    await second.getByLabel("Sprache", { exact: true }).selectOption("ti");
    await second.getByLabel("Niveau").selectOption("B1");
    await page.getByRole("button", { name: "Profil speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Ihr Profil wurde gespeichert.");
    expect(await second.getByLabel("Sprache", { exact: true }).inputValue()).toBe("ti");

    await page.getByRole("button", { name: "Sprache 2 entfernen" }).click();
    await page.getByRole("heading", { name: "Mein Profil", level: 1 }).waitFor();
    expect(await second.count()).toBe(0);
    const first = profileForm().getByRole("group", { name: "Sprache 1", exact: true });
    expect(await first.getByLabel("Sprache", { exact: true }).inputValue()).toBe("ar");
    expect(await profileForm().getByLabel(/Telefonnummer/).inputValue()).toBe("0441 555 0124");
    await page.getByRole("button", { name: "Profil speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Ihr Profil wurde gespeichert.");
    expect(await second.count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("states her gender", async () => {
    const mine = page.getByRole("region", { name: "Geschlecht" });
    await mine.getByLabel("Frau").check();
    await mine.getByRole("button", { name: "Geschlecht speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Die Angabe zum Geschlecht wurde gespeichert.");
    expect(await page.getByRole("region", { name: "Geschlecht" }).getByLabel("Frau").isChecked()).toBe(true);
  });

  step("declines the tandem proposal with a reason; an empty reason is refused at its field", async () => {
    await page.goto(`${webUrl}/ehrenamt/tandems`);
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Rasha, Omar" }) });
    await card.getByRole("link", { name: "Ablehnen" }).click();
    const reason = card.getByLabel("Warum passt es nicht?");
    await card.getByRole("button", { name: "Vorschlag ablehnen" }).click();
    await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte geben Sie einen Grund an.");

    await page.getByLabel("Warum passt es nicht?").fill("Mittwochs arbeite ich.");
    await page.getByRole("button", { name: "Vorschlag ablehnen" }).click();
    await expect.poll(() => statuses(page)).toContain("Sie haben den Vorschlag abgelehnt.");
    expect(await page.getByRole("heading", { name: "Rasha, Omar" }).count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("declares an allowance received elsewhere: an amount that is none is refused at its field, the payer kept; then removes it", async () => {
    await page.goto(`${webUrl}/ehrenamt/zahlungen`);
    await page.getByRole("heading", { name: "Meine Zahlungen und Pauschalen", level: 1 }).waitFor();
    await page.getByLabel("Betrag in Euro").fill("zwanzig");
    await page.getByLabel("Gezahlt von").fill("Sportverein Ohneskript");
    await page.getByRole("button", { name: "Angabe speichern" }).click();
    const amount = page.getByLabel("Betrag in Euro");
    await expect.poll(() => amount.getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte geben Sie einen Betrag in Euro an");
    expect(await amount.inputValue()).toBe("zwanzig");
    expect(await page.getByLabel("Gezahlt von").inputValue()).toBe("Sportverein Ohneskript");

    await amount.fill("120,50");
    await page.getByRole("button", { name: "Angabe speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Die Angabe über 120,50");
    expect(await page.textContent("main")).toContain("Sportverein Ohneskript");
    expect(await page.getByLabel("Betrag in Euro").inputValue()).toBe("");

    await page.getByRole("button", { name: /Angabe entfernen: 120,50/ }).click();
    await expect.poll(() => statuses(page)).toContain("Die Angabe wurde entfernt.");
    expect(await page.getByRole("button", { name: /Angabe entfernen/ }).count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("accepts one interpreting request, declines the other after being asked, and makes the calendar address", async () => {
    await page.goto(`${webUrl}/ehrenamt/sprachmittlung`);
    await page.getByRole("heading", { name: "Meine Sprachmittlung", level: 1 }).waitFor();
    const requests = page.getByRole("region", { name: "Anfragen" });
    await requests.getByRole("listitem").filter({ hasText: acceptInstitution }).getByRole("button", { name: "Zusagen" }).click();
    await expect.poll(() => statuses(page)).toContain("Zugesagt.");
    const mine = page.getByRole("region", { name: "Meine Einsätze" });
    expect(await mine.textContent()).toContain(acceptInstitution);

    await requests.getByRole("listitem").filter({ hasText: declineInstitution }).getByRole("link", { name: "Absagen" }).click();
    await requests.getByRole("listitem").filter({ hasText: declineInstitution }).getByRole("button", { name: "Ja, absagen" }).click();
    await expect.poll(() => statuses(page)).toContain("Abgesagt.");
    expect(await requests.getByRole("listitem").filter({ hasText: declineInstitution }).count()).toBe(0);

    await page.getByRole("button", { name: "Private Kalender-Adresse erstellen" }).click();
    expect(await page.getByLabel("Ihre private Kalender-Adresse").inputValue()).toMatch(/\/calendar\/appointments\/feed\/[A-Za-z0-9_-]+\.ics$/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  step("withdraws consent after being asked, then gives it again (unticked, the checkbox says why)", async () => {
    await page.goto(`${webUrl}/ehrenamt/profil`);
    await page.getByRole("button", { name: "Einwilligung widerrufen" }).click();
    await page.getByRole("button", { name: "Ja, Einwilligung widerrufen" }).click();
    await expect.poll(() => statuses(page)).toContain("Ihre Einwilligung wurde widerrufen.");

    await page.getByRole("button", { name: "Einwilligung erteilen" }).click();
    const box = page.locator("#give-consent");
    await expect.poll(() => box.getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Ohne Ihre Einwilligung");
    await box.check();
    await page.getByRole("button", { name: "Einwilligung erteilen" }).click();
    await expect.poll(() => statuses(page)).toContain("Vielen Dank, Ihre Einwilligung wurde gespeichert.");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});

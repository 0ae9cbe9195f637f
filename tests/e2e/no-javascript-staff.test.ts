// Staff pages without JavaScript (a blocked script, a slow office network, a
// page used before its script has loaded): a coordinator decides on a pending
// volunteer, where approving without a Führungszeugnis first asks whether the
// person will work with children (yes refuses, § 72a SGB VIII; no approves),
// and records an inspected Führungszeugnis; reviews hour entries (rejecting
// needs a reason); an admin invites a person, changes their roles,
// deactivates them and saves settings (a number out of range is refused at
// its field with what was typed kept); a coordinator registers a family (a
// birth year in the wrong form is refused at its field, everything typed kept;
// a person and a language row are added and one removed, each posting the form),
// changes it at its own address and closes it with a reason; a counsellor adds
// extra hours (their room missing is refused at its field, the times typed
// kept). Every form posts natively.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { berlinToday } from "@lotse/domain/berlin-time";
import { demo, newPerson, signIn, signUpVolunteer, volunteerId } from "@lotse/testing/factories";
import { hasChromium, launchBrowser } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, signInThroughPage, statuses } from "../support/pages.ts";

describe.skipIf(!hasChromium)("staff pages without JavaScript", () => {
  let browser: Browser;
  let context: BrowserContext;
  let coordinator: Page;
  const pending = newPerson("NoJsPending");
  let pendingUrl = "";

  beforeAll(async () => {
    const api = await signIn(lotse, demo.coordinator);
    await signUpVolunteer(lotse, pending);
    pendingUrl = `${webUrl}/koordination/ehrenamtliche/${encodeURIComponent(await volunteerId(api, pending))}`;
    browser = await launchBrowser();
    context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", viewport: { width: 360, height: 780 } });
    coordinator = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("approves a pending volunteer only once it is clear they will not work with children without a Führungszeugnis", async () => {
    const page = coordinator;
    await signInThroughPage(page, webUrl, demo.coordinator, demo.password);
    await page.goto(pendingUrl);
    await page.getByRole("heading", { name: pending.name, level: 1 }).waitFor();
    const approve = page.getByRole("button", { name: "Freigeben" });
    expect(await approve.isEnabled()).toBe(true);
    const question = page.getByRole("group", { name: "Wird die Person mit Kindern oder Jugendlichen arbeiten?" });
    const decision = page.getByRole("region", { name: "Entscheidung" });

    // Unanswered: the question says so.
    await approve.click();
    await page.getByRole("heading", { name: pending.name, level: 1 }).waitFor();
    expect(await alerts(page)).toContain("Bitte geben Sie an, ob die Person mit Kindern oder Jugendlichen arbeiten wird.");

    // Yes: refused, the Führungszeugnis comes first; what was typed stays.
    await decision.getByLabel("Begründung").fill("Vorgespräch am Montag geführt");
    await question.getByLabel("Ja, mit Kindern oder Jugendlichen").check();
    await page.getByRole("button", { name: "Freigeben" }).click();
    await page.getByRole("heading", { name: pending.name, level: 1 }).waitFor();
    expect(await alerts(page)).toContain("Freigabe nicht möglich: Wer mit Kindern oder Jugendlichen arbeitet, muss zuerst ein erweitertes Führungszeugnis vorlegen");
    expect(await page.locator(".status-line .badge").first().textContent()).toBe("Wartet auf Prüfung");
    expect(await decision.getByLabel("Begründung").inputValue()).toBe("Vorgespräch am Montag geführt");
    expect(await question.getByLabel("Ja, mit Kindern oder Jugendlichen").isChecked()).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);

    // No: approved.
    await question.getByLabel("Nein, nicht mit Minderjährigen").check();
    await page.getByRole("button", { name: "Freigeben" }).click();
    await page.getByText(`${pending.name} wurde freigegeben.`).waitFor();
    expect(await page.locator(".status-line .badge").first().textContent()).toBe("Freigegeben");
  });

  it("records an inspected Führungszeugnis", async () => {
    const page = coordinator;
    await page.goto(pendingUrl);
    const certificate = page.getByRole("region", { name: "Erweitertes Führungszeugnis" });
    // The form opens from its button (a <details>, native without JavaScript).
    expect(await certificate.getByRole("button", { name: "Einsichtnahme speichern" }).count()).toBe(0);
    await certificate.getByText("Einsichtnahme erfassen").click();
    // Without the issue date: refused, the page comes back with the form open, the error at its field and focus there.
    await certificate.getByRole("button", { name: "Einsichtnahme speichern" }).click();
    await page.getByRole("heading", { name: pending.name, level: 1 }).waitFor();
    expect(await certificate.getByLabel("Ausgestellt am").getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("cert-issued");
    await certificate.getByLabel("Ausgestellt am").fill(berlinToday());
    await certificate.getByRole("button", { name: "Einsichtnahme speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Die Einsichtnahme wurde gespeichert.");
    expect(await certificate.locator(".status-line .badge").first().textContent()).toBe("Gültig");
  });

  it("reviews the volunteer's hour entries: rejecting needs a reason, approving needs a selection", async () => {
    // The volunteer approved above logs two entries of today.
    const volunteer = await signIn(lotse, pending.email, pending.password);
    const { activityTypes } = await volunteer.run<{ activityTypes: { id: string }[] }>("MyVolunteering");
    const today = berlinToday();
    for (const minutes of [90, 45]) await volunteer.mutate("LogHours", { input: { date: today, minutes, activityTypeId: activityTypes[0]!.id, note: `${minutes} Minuten ohne Skript` } });

    const page = coordinator;
    const id = new URL(pendingUrl).pathname.split("/").pop()!;
    await page.goto(`${webUrl}/koordination/stunden?volunteer=${id}`);
    await page.getByRole("heading", { name: "Stundenprüfung", level: 1 }).waitFor();
    expect(await page.textContent("main")).toContain("2 offene Einträge");
    const row = (text: string) => page.getByRole("row").filter({ hasText: text });

    await page.getByRole("button", { name: "Ausgewählte anerkennen" }).click();
    await page.getByRole("heading", { name: "Stundenprüfung", level: 1 }).waitFor();
    expect(await alerts(page)).toContain("Bitte wählen Sie mindestens einen Eintrag aus.");

    await row("45 Minuten ohne Skript").getByRole("checkbox").check();
    await page.getByRole("button", { name: "Ausgewählte ablehnen" }).click();
    await page.getByRole("heading", { name: "Stundenprüfung", level: 1 }).waitFor();
    expect(await alerts(page)).toContain("Bitte geben Sie einen Grund an.");
    // The selection is kept for the next try.
    expect(await row("45 Minuten ohne Skript").getByRole("checkbox").isChecked()).toBe(true);
    await page.getByLabel("Begründung für eine Ablehnung").fill("Doppelt eingetragen");
    await page.getByRole("button", { name: "Ausgewählte ablehnen" }).click();
    await expect.poll(() => statuses(page)).toContain("1 Eintrag abgelehnt.");

    await row("90 Minuten ohne Skript").getByRole("checkbox").check();
    await page.getByRole("button", { name: "Ausgewählte anerkennen" }).click();
    await expect.poll(() => statuses(page)).toContain("1 Eintrag anerkannt.");
    expect(await page.textContent("main")).toContain("Keine offenen Einträge.");
    expect(await horizontalOverflow(page)).toBe(0);
  });

  it("an admin invites a person, changes their roles and deactivates them; and saves the details printed on every Nachweis", async () => {
    // A context of its own: the admin's session must not replace the coordinator's.
    const page = await (await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", viewport: { width: 360, height: 780 } })).newPage();
    await signInThroughPage(page, webUrl, demo.admin, demo.password);
    const invitee = newPerson("NoJsInvite");
    await page.goto(`${webUrl}/admin/users`);
    await page.getByRole("heading", { name: "Person einladen", level: 2 }).waitFor();
    const invite = page.getByRole("region", { name: "Person einladen" });

    // No role: refused at the roles, the typed name and address kept.
    await invite.getByLabel("Name", { exact: true }).fill(invitee.name);
    await invite.getByLabel("E-Mail-Adresse").fill(invitee.email);
    await invite.getByLabel("Ehrenamt (Lotse)").uncheck();
    await invite.getByRole("button", { name: "Einladung senden" }).click();
    await page.getByRole("heading", { name: "Person einladen", level: 2 }).waitFor();
    expect(await alerts(page)).not.toBe("");
    expect(await invite.getByLabel("Name", { exact: true }).inputValue()).toBe(invitee.name);
    expect(await invite.getByLabel("E-Mail-Adresse").inputValue()).toBe(invitee.email);

    await invite.getByLabel("Kursleitung").check();
    await invite.getByRole("button", { name: "Einladung senden" }).click();
    await expect.poll(() => statuses(page)).toContain(`Die Einladung an ${invitee.email} wurde versendet.`);

    // Their roles: the editor opens by a link, the change is saved by a plain post.
    await page.goto(`${webUrl}/admin/users?search=${encodeURIComponent(invitee.email)}`);
    await page.getByRole("link", { name: `Rollen bearbeiten: ${invitee.name}` }).click();
    const editor = page.getByRole("group", { name: `Rollen von ${invitee.name}` });
    await editor.getByLabel("Koordination").check();
    await page.getByRole("button", { name: "Rollen speichern" }).click();
    await expect.poll(() => statuses(page)).toContain(`Die Rollen von ${invitee.name} wurden gespeichert.`);
    expect(await page.getByRole("row").filter({ hasText: invitee.name }).textContent()).toMatch(/Koordination.*Kursleitung/);

    await page.getByRole("button", { name: `Deaktivieren: ${invitee.name}` }).click();
    await expect.poll(() => statuses(page)).toContain(`Der Zugang von ${invitee.name} wurde deaktiviert.`);
    expect(await horizontalOverflow(page)).toBe(0);

    // A setting: the contact person printed on every Nachweis.
    await page.goto(`${webUrl}/admin/einstellungen`);
    const nachweis = page.getByRole("region", { name: "Angaben auf dem Nachweis" });
    const contact = `Frau Ohneskript, Tel. 0441 ${String(Date.now()).slice(-6)}`;
    const before = await nachweis.getByLabel("Ansprechperson").inputValue();
    await nachweis.getByLabel("Ansprechperson").fill(contact);
    await nachweis.getByRole("button", { name: "Angaben speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Die Angaben für den Nachweis sind gespeichert.");
    expect(await page.getByRole("region", { name: "Angaben auf dem Nachweis" }).getByLabel("Ansprechperson").inputValue()).toBe(contact);
    // Saved back as it was: other test files read the organisation's settings.
    await page.getByRole("region", { name: "Angaben auf dem Nachweis" }).getByLabel("Ansprechperson").fill(before);
    await page.getByRole("region", { name: "Angaben auf dem Nachweis" }).getByRole("button", { name: "Angaben speichern" }).click();
    await expect.poll(() => page.getByRole("region", { name: "Angaben auf dem Nachweis" }).getByLabel("Ansprechperson").inputValue()).toBe(before);
    await page.close();
  });

  it("saves the Ehrenamtskarte rules and the retention periods; a number out of range is refused at its field with what was typed kept", async () => {
    const admin = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", viewport: { width: 360, height: 780 } });
    const page = await admin.newPage();
    await signInThroughPage(page, webUrl, demo.admin, demo.password);
    await page.goto(`${webUrl}/admin/einstellungen`);

    // Settings other tests rely on: refused first, then saved as they were.
    const card = () => page.getByRole("region", { name: "Ehrenamtskarte", exact: true });
    const years = card().getByLabel("Jahre mit den nötigen Stunden");
    const before = await years.inputValue();
    const validity = await card().getByLabel(/Gültigkeit/).inputValue();
    await years.fill("99");
    await card().getByRole("button", { name: "Einstellungen zur Ehrenamtskarte speichern" }).click();
    await expect.poll(() => card().getByLabel("Jahre mit den nötigen Stunden").getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte eine ganze Zahl von");
    expect(await card().getByLabel("Jahre mit den nötigen Stunden").inputValue()).toBe("99");
    expect(await card().getByLabel(/Gültigkeit/).inputValue()).toBe(validity);
    await card().getByLabel("Jahre mit den nötigen Stunden").fill(before);
    await card().getByRole("button", { name: "Einstellungen zur Ehrenamtskarte speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Die Einstellungen zur Ehrenamtskarte sind gespeichert.");
    expect(await card().getByLabel("Jahre mit den nötigen Stunden").inputValue()).toBe(before);

    const retention = () => page.getByRole("region", { name: "Aufbewahrung und Löschung", exact: true });
    const audit = () => retention().getByLabel("Protokolleinträge entfernen nach (Jahren)");
    const auditBefore = await audit().inputValue();
    await audit().fill("zehn");
    await retention().getByRole("button", { name: "Fristen speichern" }).click();
    await expect.poll(() => audit().getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte eine ganze Zahl von");
    expect(await audit().inputValue()).toBe("zehn");
    await audit().fill(auditBefore);
    await retention().getByRole("button", { name: "Fristen speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("Die Fristen wurden gespeichert.");
    expect(await audit().inputValue()).toBe(auditBefore);
    expect(await horizontalOverflow(page)).toBe(0);
    await admin.close();
  });

  it("registers a family, changes it at its own address and closes it with a reason", async () => {
    const page = coordinator;
    const family = `Familie Ohneskript ${Date.now()}`;
    await page.goto(`${webUrl}/koordination/familien/neu`);
    await page.getByRole("heading", { name: "Familie erfassen", level: 1 }).waitFor();
    expect(await page.getByRole("button", { name: "Familie speichern" }).isEnabled()).toBe(true);
    await page.getByLabel("Anrede", { exact: true }).fill(family);
    const person = page.getByRole("group", { name: "Person 1", exact: true });
    await person.getByLabel("Vorname").fill("Abeba");
    await person.getByLabel("Geburtsjahr").fill("88");
    const language = page.getByRole("group", { name: "Sprache 1", exact: true });
    await language.getByLabel("Sprache", { exact: true }).selectOption("ti");
    await language.getByLabel("Niveau").selectOption("NATIVE");

    // A second person and a second language row, added and one removed again: each posts the form, everything typed comes back.
    await page.getByRole("button", { name: "Weitere Person hinzufügen" }).click();
    const second = page.getByRole("group", { name: "Person 2", exact: true });
    await second.waitFor();
    expect(await person.getByLabel("Vorname").inputValue()).toBe("Abeba");
    expect(await person.getByLabel("Geburtsjahr").inputValue()).toBe("88");
    expect(await page.getByLabel("Anrede", { exact: true }).inputValue()).toBe(family);
    await second.getByLabel("Vorname").fill("Dawit");
    await second.getByLabel("Geburtsjahr").fill("1990");
    await page.getByRole("button", { name: "Weitere Sprache hinzufügen" }).click();
    const secondLanguage = page.getByRole("group", { name: "Sprache 2", exact: true });
    await secondLanguage.waitFor();
    expect(await second.getByLabel("Vorname").inputValue()).toBe("Dawit");
    await page.getByRole("button", { name: "Sprache 2 entfernen" }).click();
    await page.getByRole("heading", { name: "Familie erfassen", level: 1 }).waitFor();
    expect(await secondLanguage.count()).toBe(0);
    expect(await language.getByLabel("Sprache", { exact: true }).inputValue()).toBe("ti");
    expect(await language.getByLabel("Niveau").inputValue()).toBe("NATIVE");
    expect(await second.getByLabel("Geburtsjahr").inputValue()).toBe("1990");
    await page.getByLabel(/^Telefonnummer/).fill("030 1234567");
    await page.getByLabel("Die Familie hat in die Verarbeitung ihrer Daten eingewilligt.").check();
    await page.getByRole("button", { name: "Familie speichern" }).click();

    // Refused at the year; everything typed is still there.
    const year = page.getByRole("group", { name: "Person 1", exact: true }).getByLabel("Geburtsjahr");
    await expect.poll(() => year.getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte geben Sie das Jahr vierstellig an, z. B. 2015.");
    expect(await year.inputValue()).toBe("88");
    expect(await page.getByLabel("Anrede", { exact: true }).inputValue()).toBe(family);
    expect(await page.getByRole("group", { name: "Sprache 1", exact: true }).getByLabel("Niveau").inputValue()).toBe("NATIVE");
    expect(await page.getByLabel(/^Telefonnummer/).inputValue()).toBe("030 1234567");
    expect(await page.getByLabel("Die Familie hat in die Verarbeitung ihrer Daten eingewilligt.").isChecked()).toBe(true);
    expect(await horizontalOverflow(page)).toBe(0);

    await year.fill("1988");
    await page.getByRole("button", { name: "Familie speichern" }).click();
    await page.getByRole("heading", { name: family, level: 1 }).waitFor();
    expect(await statuses(page)).toContain("Die Familie ist erfasst.");
    expect(await page.getByRole("region", { name: "Angaben zur Familie" }).textContent()).toContain("Dawit");

    // Changing it: the form is the page's own address (?edit).
    await page.getByRole("link", { name: "Bearbeiten" }).click();
    await page.getByLabel(/^Telefonnummer/).fill("030 7654321");
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    await page.getByText("Die Angaben sind gespeichert.").waitFor();
    expect(await page.getByRole("region", { name: "Angaben zur Familie" }).textContent()).toContain("030 7654321");

    // Closing it needs a reason.
    await page.locator("summary", { hasText: "Familie abschließen" }).click();
    await page.getByRole("button", { name: "Abschluss bestätigen" }).click();
    const reason = page.getByLabel("Grund für den Abschluss");
    await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
    await reason.fill("Familie ist umgezogen.");
    await page.getByRole("button", { name: "Abschluss bestätigen" }).click();
    await page.getByText("Die Familie ist abgeschlossen.").waitFor();
    expect(await horizontalOverflow(page)).toBe(0);
  });

  it("a counsellor adds extra hours; a missing room is refused at its field with the times kept", async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", viewport: { width: 360, height: 780 } })).newPage();
    await signInThroughPage(page, webUrl, "beratung@oldenburg.example", demo.password);
    await page.goto(`${webUrl}/beratung/verfuegbarkeit`);
    await page.getByRole("heading", { name: "Verfügbarkeit", level: 1 }).waitFor();
    // Far ahead, early in the morning: no other test books there.
    const day = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    const form = page.getByRole("form", { name: "Ausnahme eintragen" });
    await form.getByLabel("Art").selectOption({ label: "Zusätzliche Sprechzeit" });
    await form.getByLabel("Von (Datum)").fill(day);
    await form.getByLabel(/^Von \(Uhrzeit\)/).fill("06:15");
    await form.getByLabel(/^Bis \(Uhrzeit\)/).fill("06:45");
    await form.getByLabel(/^Grund/).fill(`Frühsprechstunde ${day}`);
    await form.getByRole("button", { name: "Ausnahme speichern" }).click();

    const room = page.getByRole("form", { name: "Ausnahme eintragen" }).getByLabel("Raum");
    await expect.poll(() => room.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByRole("form", { name: "Ausnahme eintragen" }).getByLabel(/^Von \(Uhrzeit\)/).inputValue()).toBe("06:15");
    expect(await page.getByRole("form", { name: "Ausnahme eintragen" }).getByLabel(/^Grund/).inputValue()).toBe(`Frühsprechstunde ${day}`);
    expect(await horizontalOverflow(page)).toBe(0);

    await room.fill("Raum 0.1");
    await page.getByRole("form", { name: "Ausnahme eintragen" }).getByRole("button", { name: "Ausnahme speichern" }).click();
    await page.getByText("Die Ausnahme ist eingetragen.").waitFor();
    expect(await page.getByRole("list", { name: "Eingetragene Ausnahmen" }).textContent()).toContain(`Frühsprechstunde ${day}`);
    await page.context().close();
  });
});

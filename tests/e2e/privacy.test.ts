// An admin answers a data protection request in the browser: finds a volunteer
// by name, downloads what is stored about them as JSON and PDF, is stopped at
// the confirmation box, then erases them. Afterwards the volunteer cannot sign
// in and the search no longer finds the name. The same works without
// JavaScript (the erasure is a form action). The page has no serious axe
// findings and does not scroll sideways on a 360 px phone.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedVolunteer, demo, newPerson, signIn } from "@lotse/testing/factories";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, hydrated, signInThroughPage, statuses } from "../support/pages.ts";

describe.skipIf(!hasChromium)("data protection requests in the browser", () => {
  let browser: Browser;
  const person = newPerson("Auskunft");
  const withoutScript = newPerson("Auskunft-ohne-Skript");

  beforeAll(async () => {
    browser = await launchBrowser();
    const coordinator = await signIn(lotse, demo.coordinator);
    await approvedVolunteer(lotse, coordinator, person);
    await approvedVolunteer(lotse, coordinator, withoutScript);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("finds the volunteer, downloads their data, and erases them after the confirmation", async () => {
    const context = await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInThroughPage(page, webUrl, demo.admin, demo.password);

    await page.getByRole("link", { name: "Datenschutz", exact: true }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/datenschutz");
    await page.getByRole("heading", { name: "Datenschutz: Auskunft und Löschung", level: 1 }).waitFor();

    // The search is a plain GET form: the name lands in the address.
    await page.getByLabel("Name oder E-Mail-Adresse").fill(person.name);
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(person.name);
    const hit = page.locator(".people li", { hasText: person.name });
    await hit.waitFor();
    expect(await hit.textContent()).toContain("Konto");
    expect(await hit.textContent()).toContain(person.email);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The plan: what goes, what stays, nothing holding it back.
    await hit.getByRole("link", { name: person.name }).click();
    await page.getByRole("heading", { name: `${person.name}: was eine Löschung bewirkt` }).waitFor();
    expect(await page.locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The downloads, as the links fetch them (the browser's cookies).
    const jsonHref = await page.getByRole("link", { name: "Auskunft als JSON herunterladen" }).getAttribute("href");
    const json = await page.request.get(`${webUrl}${jsonHref}`);
    expect(json.status()).toBe(200);
    expect(await json.text()).toContain(person.email);
    const pdfHref = await page.getByRole("link", { name: "Auskunft als PDF herunterladen" }).getAttribute("href");
    const pdf = await page.request.get(`${webUrl}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

    // Without the box ticked, the error is at the box and nothing is erased.
    await hydrated(page, "Endgültig löschen");
    await page.getByRole("button", { name: "Endgültig löschen" }).click();
    const box = page.getByRole("checkbox", { name: /Ich habe geprüft/ });
    await expect.poll(() => box.getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte bestätigen Sie die Löschung.");

    await box.check();
    await page.getByRole("button", { name: "Endgültig löschen" }).click();
    await expect.poll(() => statuses(page)).toContain(`${person.name} wurde gelöscht.`);
    expect(new URL(page.url()).searchParams.get("person")).toBeNull();
    expect(await page.locator(".people li", { hasText: person.name }).count()).toBe(0);

    // Nobody by that name any more, and the account no longer signs in.
    await page.goto(`${webUrl}/admin/datenschutz?q=${encodeURIComponent(person.name)}`);
    await expect.poll(() => statuses(page)).toContain("Niemand gefunden.");
    await expect(signIn(lotse, person.email, person.password)).rejects.toThrow();
    await context.close();
  });

  it("erases without JavaScript: the unticked box is refused at its field with the plan kept, then the person is erased", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await signInThroughPage(page, webUrl, demo.admin, demo.password);
    await page.goto(`${webUrl}/admin/datenschutz`);
    await page.getByLabel("Name oder E-Mail-Adresse").fill(withoutScript.name);
    await page.getByRole("button", { name: "Suchen" }).click();
    await page.locator(".people li", { hasText: withoutScript.name }).getByRole("link", { name: withoutScript.name }).click();
    await page.getByRole("heading", { name: `${withoutScript.name}: was eine Löschung bewirkt` }).waitFor();

    const erase = page.getByRole("button", { name: "Endgültig löschen" });
    expect(await erase.isEnabled()).toBe(true);
    await erase.click();
    const box = page.getByRole("checkbox", { name: /Ich habe geprüft/ });
    await expect.poll(() => box.getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte bestätigen Sie die Löschung.");
    // Still the person's plan, nothing erased.
    expect(await page.getByRole("heading", { name: `${withoutScript.name}: was eine Löschung bewirkt` }).count()).toBe(1);

    await box.check();
    await page.getByRole("button", { name: "Endgültig löschen" }).click();
    await expect.poll(() => statuses(page)).toContain(`${withoutScript.name} wurde gelöscht.`);
    expect(new URL(page.url()).searchParams.get("person")).toBeNull();
    expect(new URL(page.url()).searchParams.get("q")).toBe(withoutScript.name);
    expect(await page.locator(".people li", { hasText: withoutScript.name }).count()).toBe(0);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // The confirmation is said once: the page loaded again no longer repeats it.
    await page.reload();
    expect(await statuses(page)).not.toContain("wurde gelöscht");
    await expect(signIn(lotse, withoutScript.email, withoutScript.password)).rejects.toThrow();
    await context.close();
  });

  it("names an empty search at its field", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    await signInThroughPage(page, webUrl, demo.admin, demo.password);
    await page.goto(`${webUrl}/admin/datenschutz?q=`);
    expect(await page.getByLabel("Name oder E-Mail-Adresse").getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte geben Sie einen Namen oder eine E-Mail-Adresse ein.");
    await context.close();
  });

  it("reads on a 360 px phone without sideways scrolling", async () => {
    const context = await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await signInThroughPage(page, webUrl, demo.admin, demo.password);
    await page.goto(`${webUrl}/admin/datenschutz?q=${encodeURIComponent(demo.volunteer)}`);
    await page.locator(".people li a").first().click();
    await page.locator("#plan-heading").waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it("is not for coordinators", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    await signInThroughPage(page, webUrl, demo.coordinator, demo.password);
    const response = await page.goto(`${webUrl}/admin/datenschutz`);
    expect(response?.status()).toBe(403);
    await context.close();
  });
});

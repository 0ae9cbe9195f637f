// An admin reads the audit log in the browser: a family the coordinator just
// registered is there with who did it; the search by person finds it; the
// chain check says the chain is intact; the search downloads as CSV. The page
// has no serious axe findings and does not scroll sideways on a 360 px phone.
// A coordinator is refused the page.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, registerFamily, signIn } from "@lotse/testing/factories";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { horizontalOverflow, signInThroughPage, statuses } from "../support/pages.ts";

const FAMILY = "Familie Protokolltest";

describe.skipIf(!hasChromium)("the audit log in the browser", () => {
  let browser: Browser;
  let familyId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const coordinator = await signIn(lotse, demo.coordinator);
    familyId = (
      await registerFamily(coordinator, {
        addressedAs: FAMILY,
        members: [{ firstName: "Samir", birthYear: 1979, adult: true }],
        germanLevel: "A1",
        address: "Teststraße 1, 26121 Oldenburg",
        phone: "0441 123456",
      })
    ).id;
    // The log names records by their database id; the API hands out global ids ("Family:<id>", base64).
    familyId = Buffer.from(familyId, "base64").toString("utf8").replace(/^Family:/, "");
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows who registered the family, finds it by person, checks the chain and exports the search", async () => {
    const context = await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInThroughPage(page, webUrl, demo.admin, demo.password);

    await page.getByRole("link", { name: "Protokoll" }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/protokoll");
    await page.getByRole("heading", { name: "Protokoll der Änderungen", level: 1 }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Newest first: the registration is on the first page, with the coordinator's name.
    const row = page.locator("tbody tr", { hasText: "family.registered" }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain("Family");
    expect(await row.textContent()).toMatch(/Koordination|Demo/);

    // The search by person: the coordinator's entries and those about them.
    await page.getByLabel("Person (E-Mail)").fill(demo.coordinator);
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("personEmail")).toBe(demo.coordinator);
    await expect.poll(() => statuses(page)).toMatch(/\d+ Eintr(ag|äge) gefunden/);
    const rows = await page.locator("tbody tr").allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((text) => text.includes(familyId) && text.includes("family.registered"))).toBe(true);

    // A malformed date is named at its field and left out of the search.
    await page.goto(`${webUrl}/admin/protokoll?from=2026-02-30`);
    expect(await page.getByLabel("Von", { exact: true }).getAttribute("aria-invalid")).toBe("true");

    // The chain check.
    await page.goto(`${webUrl}/admin/protokoll`);
    await page.getByRole("link", { name: "Kette jetzt prüfen" }).click();
    await expect.poll(() => statuses(page)).toMatch(/Die Kette ist vollständig und unverändert\./);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The export of the search, as the link downloads it (the browser's cookies).
    await page.goto(`${webUrl}/admin/protokoll?entityType=Family`);
    const href = await page.getByRole("link", { name: "Diese Einträge als CSV herunterladen" }).getAttribute("href");
    expect(href).toBe("/exports/audit-log.csv?entityType=Family");
    const csv = await page.request.get(`${webUrl}${href}`);
    expect(csv.status()).toBe(200);
    const text = (await csv.text()).replace(/^\uFEFF/, "");
    expect(text.split("\r\n")[0]).toBe("Zeit;Nr. in der Kette;Wer;E-Mail;Aktion;Datensatz-Art;Datensatz;Änderungen;Hash");
    expect(text).toContain(familyId);
    await context.close();
  });

  it("reads on a 360 px phone without sideways scrolling", async () => {
    const context = await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await signInThroughPage(page, webUrl, demo.admin, demo.password);
    await page.goto(`${webUrl}/admin/protokoll?entityType=Family`);
    await page.locator("tbody tr").first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });

  it("is not for coordinators", async () => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    await signInThroughPage(page, webUrl, demo.coordinator, demo.password);
    const response = await page.goto(`${webUrl}/admin/protokoll`);
    expect(response?.status()).toBe(403);
    expect(await page.getByRole("link", { name: "Protokoll" }).count()).toBe(0);
    await context.close();
  });
});

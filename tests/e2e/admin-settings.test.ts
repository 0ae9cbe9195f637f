// An admin changes the organisation's settings in the browser: counts course
// attendance as volunteer hours and adds the Ehrenamtspauschale for 2027; after
// a reload both are kept. The page has no serious axe findings, on a desk and
// on a phone-sized screen, and a wrong amount is announced at its field. An
// amount another admin saved after the page was loaded is not overwritten.
// Payments and courses and the donation rules are saved in the page too, a
// wrong value refused at its field with the focus on it.
//
// The browser tests share one database, and the course test expects the demo
// organisation's default settings: the test puts them back through the page,
// and afterAll restores them through the API should the test fail halfway.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo, signIn } from "@lotse/testing/factories";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, waitForHydration, signInThroughPage, statuses } from "../support/pages.ts";

const PASSWORD = demo.password;

interface Settings {
  countAttendanceAsHours: boolean;
  ehrenamtspauschale: { year: number; limitCents: number }[];
  ehrenamtskarte: { minActiveYears: number; validityYears: number; countsCourseAttendance: boolean };
  nachweis: { address: string; contactPerson: string; activityDescription: string };
}

/** The settings through the API, as the demo admin (the web app's own operations). */
async function adminApi() {
  const admin = await signIn(lotse, demo.admin);
  return {
    settings: async () => (await admin.run<{ organizationSettings: Settings }>("OrganizationSettings")).organizationSettings,
    save: (input: Settings) => admin.run("UpdateOrganizationSettings", { input }),
  };
}

/** How far the page, or the table of limits inside it, would scroll sideways. */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const overflow = (e: Element) => e.scrollWidth - e.clientWidth;
    return Math.max(overflow(document.documentElement), ...[...document.querySelectorAll(".table-wrap")].map(overflow));
  });
}

describe.skipIf(!hasChromium)("organisation settings in the browser", () => {
  let browser: Browser;
  let original: Settings | null = null;

  beforeAll(async () => {
    original = await (await adminApi()).settings();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    try {
      if (original) {
        const api = await adminApi();
        const now = await api.settings();
        if (JSON.stringify(now) !== JSON.stringify(original)) await api.save(original);
      }
    } finally {
      await browser?.close();
    }
  });

  /** The settings page open for the admin on a desk, the payment/course and donation settings as the API
   *  reads them before and now, and `restore`, which puts back whatever of them a test changed. */
  async function settingsPageWithRestore() {
    const admin = await signIn(lotse, demo.admin);
    const payment = async () => (await admin.run<{ organizationSettings: Record<string, unknown> }>("PaymentAndCourseSettings")).organizationSettings;
    const donations = async () => (await admin.run<{ donationSettings: Record<string, unknown> }>("DonationSettings")).donationSettings;
    const paymentBefore = await payment();
    const donationsBefore = await donations();
    const page = await (await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } })).newPage();
    await signInThroughPage(page, webUrl, demo.admin, PASSWORD);
    await page.goto(`${webUrl}/admin/einstellungen`);
    await waitForHydration(page);
    const restore = async () => {
      if (JSON.stringify(await payment()) !== JSON.stringify(paymentBefore)) {
        const { mileageCentsPerKm, cohortCapacityMin, cohortCapacityMax, admissionInterviewByDefault } = paymentBefore;
        await admin.mutate("UpdatePaymentAndCourseSettings", { input: { mileageCentsPerKm, cohortCapacityMin, cohortCapacityMax, admissionInterviewByDefault } });
      }
      if (JSON.stringify(await donations()) !== JSON.stringify(donationsBefore)) await admin.mutate("UpdateDonationSettings", { input: donationsBefore });
    };
    return { page, payment, donations, paymentBefore, donationsBefore, restore };
  }

  it("an admin counts course attendance as hours and adds the Pauschale for 2027; both are kept", async () => {
    expect(original).toEqual({
      countAttendanceAsHours: false,
      ehrenamtspauschale: [
        { year: 2013, limitCents: 72_000 },
        { year: 2021, limitCents: 84_000 },
        { year: 2026, limitCents: 96_000 },
      ],
      ehrenamtskarte: { minActiveYears: 2, validityYears: 3, countsCourseAttendance: true },
      nachweis: {
        address: "Industriestraße 1\n26121 Oldenburg",
        contactPerson: "Frau Demo-Koordination, Tel. 0441 000000",
        activityDescription: "Ehrenamtliche Begleitung und Unterstützung zugewanderter Menschen als Integrationslotsin oder Integrationslotse.",
      },
    });
    const page = await (await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } })).newPage();
    await signInThroughPage(page, webUrl, demo.admin, PASSWORD);

    // Linked from the start page (and the navigation) next to user administration.
    await page.getByRole("link", { name: "Einstellungen" }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/admin/einstellungen");
    await page.getByRole("heading", { name: "Einstellungen", level: 1 }).waitFor();
    const save = page.getByRole("button", { name: "Einstellungen speichern" });
    await waitForHydration(page);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const checkbox = page.getByLabel("Kursbesuche als Ehrenamtsstunden anrechnen");
    expect(await checkbox.isChecked()).toBe(false);
    expect(await page.getByLabel("Höchstbetrag 2026 in Euro").inputValue()).toBe("960,00");

    // A mistake is announced and tied to its field; nothing is saved.
    await page.getByLabel("Jahr", { exact: true }).fill("2026");
    await page.getByRole("button", { name: "Jahr hinzufügen" }).click();
    await expect.poll(() => alerts(page)).toMatch(/Für dieses Jahr ist bereits ein Betrag eingetragen/);
    const newYear = page.getByLabel("Jahr", { exact: true });
    expect(await newYear.getAttribute("aria-invalid")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("settings-new-year");

    await checkbox.check();
    await newYear.fill("2027");
    await page.getByLabel("Höchstbetrag in Euro", { exact: true }).fill("1.000,00");
    await page.getByRole("button", { name: "Jahr hinzufügen" }).click();
    // The new year is a row of the table now, in its place, with the amount focused.
    const amount2027 = page.getByLabel("Höchstbetrag 2027 in Euro");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("settings-limit-2027");
    expect(await amount2027.inputValue()).toBe("1.000,00");
    expect(await page.locator("tbody th").allTextContents()).toEqual(["2013", "2021", "2026", "2027"]);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await save.click();
    await expect.poll(() => statuses(page)).toMatch(/Die Einstellungen wurden gespeichert\./);

    await page.reload();
    await waitForHydration(page);
    expect(await checkbox.isChecked()).toBe(true);
    expect(await page.getByLabel("Höchstbetrag 2027 in Euro").inputValue()).toBe("1000,00");
    expect(await page.locator("tbody th").allTextContents()).toEqual(["2013", "2021", "2026", "2027"]);
    expect(await (await adminApi()).settings()).toEqual({
      countAttendanceAsHours: true,
      ehrenamtspauschale: [
        { year: 2013, limitCents: 72_000 },
        { year: 2021, limitCents: 84_000 },
        { year: 2026, limitCents: 96_000 },
        { year: 2027, limitCents: 100_000 },
      ],
      ehrenamtskarte: { minActiveYears: 2, validityYears: 3, countsCourseAttendance: true },
      nachweis: original!.nachweis,
    });

    // Back to the defaults the other browser tests expect: untick, remove 2027, save.
    await checkbox.uncheck();
    await page.getByRole("button", { name: "Entfernen: 2027" }).click();
    await save.click();
    await expect.poll(() => statuses(page)).toMatch(/Die Einstellungen wurden gespeichert\./);
    expect(await (await adminApi()).settings()).toEqual(original);
  });

  it("does not overwrite an amount another admin saved after the page was loaded: it says so and keeps theirs", async () => {
    const page = await (await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } })).newPage();
    await signInThroughPage(page, webUrl, demo.admin, PASSWORD);
    await page.goto(`${webUrl}/admin/einstellungen`);
    const save = page.getByRole("button", { name: "Einstellungen speichern" });
    await waitForHydration(page);
    const api = await adminApi();
    try {
      // Meanwhile, in another browser, the 2026 amount becomes 900 €.
      await api.save({ ...original!, ehrenamtspauschale: original!.ehrenamtspauschale.map((l) => (l.year === 2026 ? { ...l, limitCents: 90_000 } : l)) });
      await page.getByLabel("Höchstbetrag 2026 in Euro").fill("1.000,00");
      await save.click();
      await expect.poll(() => alerts(page)).toContain("Jemand anderes hat dies inzwischen geändert. Bitte laden Sie die Seite neu");
      expect(await statuses(page)).not.toMatch(/gespeichert/);
      expect((await api.settings()).ehrenamtspauschale.find((l) => l.year === 2026)?.limitCents).toBe(90_000);
      expect(await seriousAxeViolations(page)).toEqual([]);
      // Reloaded, the page shows the other admin's amount.
      await page.reload();
      await waitForHydration(page);
      expect(await page.getByLabel("Höchstbetrag 2026 in Euro").inputValue()).toBe("900,00");
    } finally {
      await api.save(original!);
    }
  });

  it("works on a phone-sized screen and refuses an amount that is not one, at its field", async () => {
    const page = await (await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } })).newPage();
    await signInThroughPage(page, webUrl, demo.admin, PASSWORD);
    await page.goto(`${webUrl}/admin/einstellungen`);
    const save = page.getByRole("button", { name: "Einstellungen speichern" });
    await waitForHydration(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const amount = page.getByLabel("Höchstbetrag 2026 in Euro");
    await amount.fill("viel");
    await save.click();
    await expect.poll(() => amount.getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toMatch(/Bitte einen Betrag von 0,00 bis 10.000,00 Euro angeben/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("settings-limit-2026");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await (await adminApi()).settings()).toEqual(original);
  });

  it("an admin sets the address and contact person printed on every Nachweis, on a phone", async () => {
    const page = await (await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } })).newPage();
    await signInThroughPage(page, webUrl, demo.admin, PASSWORD);
    await page.goto(`${webUrl}/admin/einstellungen`);
    await page.getByRole("heading", { name: "Angaben auf dem Nachweis", level: 2 }).waitFor();
    const save = page.getByRole("button", { name: "Angaben speichern" });
    await waitForHydration(page);
    expect(await page.getByLabel("Anschrift").inputValue()).toBe("Industriestraße 1\n26121 Oldenburg");
    await page.getByLabel("Ansprechperson").fill("Herr Neu, Tel. 0441 111111");
    await save.click();
    await expect.poll(() => statuses(page)).toContain("Die Angaben für den Nachweis sind gespeichert.");
    expect((await (await adminApi()).settings()).nachweis.contactPerson).toBe("Herr Neu, Tel. 0441 111111");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it("saves payments and courses and the donation rules in the page; a wrong value is refused at its field, which gets the focus", async () => {
    const { page, payment, donations, paymentBefore, donationsBefore, restore } = await settingsPageWithRestore();
    const focused = () => page.evaluate(() => document.activeElement?.id);
    try {
      const courses = page.getByRole("region", { name: "Zahlungen und Kurse" });
      const max = courses.getByLabel("Höchstens (Plätze)");
      const maxBefore = await max.inputValue();
      await max.fill("1");
      await courses.getByRole("button", { name: "Zahlungen und Kurse speichern" }).click();
      await expect.poll(() => max.getAttribute("aria-invalid")).toBe("true");
      expect(await alerts(page)).toContain("Die größte übliche Zahl darf nicht unter der kleinsten liegen.");
      expect(await focused()).toBe("settings-capacity-max");
      await max.fill(String(Number(maxBefore) + 1));
      await courses.getByRole("button", { name: "Zahlungen und Kurse speichern" }).click();
      await expect.poll(() => statuses(page)).toContain("Die Einstellungen wurden gespeichert.");
      expect(await payment()).toEqual({ ...paymentBefore, cohortCapacityMax: Number(maxBefore) + 1 });
      await max.fill(maxBefore);
      // The save reloads the page's data, which renders the other forms again: the next form is
      // typed into only after that (as a person would after the confirmation), or the reload would
      // put back its saved values over what was typed (CI saw that once under load).
      const reloaded = page.waitForResponse((response) => response.url().includes("__data.json"));
      await courses.getByRole("button", { name: "Zahlungen und Kurse speichern" }).click();
      await reloaded;
      await expect.poll(() => payment()).toEqual(paymentBefore);

      const rules = page.getByRole("region", { name: "Spenden", exact: true });
      const place = rules.getByLabel("Ort auf der Bestätigung");
      const proof = rules.getByLabel("Vereinfachter Nachweis bis (Euro)");
      const placeBefore = await place.inputValue();
      const proofBefore = await proof.inputValue();
      await proof.fill("viel");
      await place.fill("Oldenburg (Oldb)");
      await rules.getByRole("button", { name: "Regeln für Spenden speichern" }).click();
      await expect.poll(() => proof.getAttribute("aria-invalid")).toBe("true");
      expect(await focused()).toBe("don-proof");
      await proof.fill(proofBefore);
      await rules.getByRole("button", { name: "Regeln für Spenden speichern" }).click();
      await expect.poll(() => statuses(page)).toContain("Einstellungen der Spenden gespeichert.");
      expect(await donations()).toEqual({ ...donationsBefore, receiptPlace: "Oldenburg (Oldb)" });
      await place.fill(placeBefore);
      await rules.getByRole("button", { name: "Regeln für Spenden speichern" }).click();
      await expect.poll(() => donations()).toEqual(donationsBefore);
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await restore();
    }
  });

  it("keeps what is typed into one form while another form's save reloads the page's data", async () => {
    const { page, payment, donations, paymentBefore, donationsBefore, restore } = await settingsPageWithRestore();
    try {
      const courses = page.getByRole("region", { name: "Zahlungen und Kurse" });
      const max = courses.getByLabel("Höchstens (Plätze)");
      const rules = page.getByRole("region", { name: "Spenden", exact: true });
      const place = rules.getByLabel("Ort auf der Bestätigung");
      const nachweisAddress = page.locator("#nachweis-address");
      const addressBefore = await nachweisAddress.inputValue();
      // The reload after the courses save is held until the person has typed into the other forms:
      // the typing falls between the save's answer and the reloaded data, whatever the machine's load.
      let release!: () => void;
      const typed = new Promise<void>((resolve) => (release = resolve));
      let held = false;
      await page.route(/__data\.json/, async (route) => {
        held = true;
        await typed;
        await route.continue();
      });
      const reloaded = page.waitForResponse((response) => response.url().includes("__data.json"));
      await max.fill(String(Number(paymentBefore.cohortCapacityMax) + 1));
      await courses.getByRole("button", { name: "Zahlungen und Kurse speichern" }).click();
      await expect.poll(() => held).toBe(true);
      await place.fill("Oldenburg (Oldb) – noch nicht gespeichert");
      await nachweisAddress.fill(`${addressBefore}\nZimmer 12`);
      release();
      await reloaded;
      await expect.poll(() => statuses(page)).toContain("Die Einstellungen wurden gespeichert.");
      await page.unroute(/__data\.json/);
      expect(await payment()).toEqual({ ...paymentBefore, cohortCapacityMax: Number(paymentBefore.cohortCapacityMax) + 1 });
      // The other forms still show what was typed, unsaved.
      expect(await place.inputValue()).toBe("Oldenburg (Oldb) – noch nicht gespeichert");
      expect(await nachweisAddress.inputValue()).toBe(`${addressBefore}\nZimmer 12`);
      expect(await donations()).toEqual(donationsBefore);
      // And the typed value is what their own save sends.
      await rules.getByRole("button", { name: "Regeln für Spenden speichern" }).click();
      await expect.poll(() => statuses(page)).toContain("Einstellungen der Spenden gespeichert.");
      expect(await donations()).toEqual({ ...donationsBefore, receiptPlace: "Oldenburg (Oldb) – noch nicht gespeichert" });
      expect(await max.inputValue()).toBe(String(Number(paymentBefore.cohortCapacityMax) + 1));
    } finally {
      await restore();
    }
  });
});

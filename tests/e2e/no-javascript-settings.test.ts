// The admin's settings page without JavaScript (a blocked script, a slow office
// network, a page used before its script has loaded), on a 360 px phone: every
// form posts natively. The Ehrenamtspauschale table gains and loses a year row
// by a plain post that hands the form back with everything typed kept; a wrong
// amount is refused at its field; payments and courses, the donation rules, a
// new goods category and the tandem weights are saved, each refused first at
// the field with what was typed kept, and "fill in the defaults" fills them in
// without saving.
//
// The browser tests share one database and other files expect the seeded
// settings: each test puts them back through the page, and afterAll through the
// API should a test fail halfway.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiSession } from "@lotse/testing/operations";
import { demo, signIn } from "@lotse/testing/factories";
import { hasChromium, launchBrowser } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { alerts, horizontalOverflow, signInThroughPage, statuses } from "../support/pages.ts";

interface General {
  countAttendanceAsHours: boolean;
  ehrenamtspauschale: { year: number; limitCents: number }[];
}
interface PaymentAndCourse {
  mileageCentsPerKm: number;
  cohortCapacityMin: number;
  cohortCapacityMax: number;
  admissionInterviewByDefault: boolean;
}
interface Donations {
  acceptanceByMayorUpToCents: number;
  acceptanceByCommitteeUpToCents: number;
  simplifiedProofLimitCents: number;
  receiptRetentionYears: number;
  issuerAddress: string;
  receiptPlace: string;
  defaultPurpose: string;
}
type Weights = { criterion: string; weight: number }[];
interface Matching {
  noContactAlertDays: number;
  allowSeveralActivePerFamily: boolean;
  weights: Weights;
}

const SEEDED_LIMITS = [
  { year: 2013, limitCents: 72_000 },
  { year: 2021, limitCents: 84_000 },
  { year: 2026, limitCents: 96_000 },
];

describe.skipIf(!hasChromium)("the settings page without JavaScript", () => {
  let browser: Browser;
  let page: Page;
  let admin: ApiSession;

  const general = async (): Promise<General> => {
    const { organizationSettings: s } = await admin.run<{ organizationSettings: General }>("OrganizationSettings");
    return { countAttendanceAsHours: s.countAttendanceAsHours, ehrenamtspauschale: s.ehrenamtspauschale };
  };
  const paymentAndCourse = async (): Promise<PaymentAndCourse> => {
    const { organizationSettings: s } = await admin.run<{ organizationSettings: PaymentAndCourse }>("PaymentAndCourseSettings");
    return { mileageCentsPerKm: s.mileageCentsPerKm, cohortCapacityMin: s.cohortCapacityMin, cohortCapacityMax: s.cohortCapacityMax, admissionInterviewByDefault: s.admissionInterviewByDefault };
  };
  const donations = async (): Promise<Donations> => (await admin.run<{ donationSettings: Donations }>("DonationSettings")).donationSettings;
  const matching = async (): Promise<Matching & { defaults: Matching }> => (await admin.run<{ matchingSettings: Matching & { defaults: Matching } }>("MatchingSettings")).matchingSettings;
  const matchingNow = async (): Promise<Matching> => {
    const { noContactAlertDays, allowSeveralActivePerFamily, weights } = await matching();
    return { noContactAlertDays, allowSeveralActivePerFamily, weights };
  };

  let originalGeneral: General;
  let originalPayment: PaymentAndCourse;
  let originalDonations: Donations;
  let originalMatching: Matching;

  beforeAll(async () => {
    admin = await signIn(lotse, demo.admin);
    originalGeneral = await general();
    originalPayment = await paymentAndCourse();
    originalDonations = await donations();
    originalMatching = await matchingNow();
    browser = await launchBrowser();
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "de-DE", viewport: { width: 360, height: 780 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    try {
      if (JSON.stringify(await general()) !== JSON.stringify(originalGeneral)) await admin.mutate("UpdateOrganizationSettings", { input: originalGeneral });
      if (JSON.stringify(await paymentAndCourse()) !== JSON.stringify(originalPayment)) await admin.mutate("UpdatePaymentAndCourseSettings", { input: originalPayment });
      if (JSON.stringify(await donations()) !== JSON.stringify(originalDonations)) await admin.mutate("UpdateDonationSettings", { input: originalDonations });
      if (JSON.stringify(await matchingNow()) !== JSON.stringify(originalMatching)) await admin.mutate("UpdateMatchingSettings", { input: originalMatching });
    } finally {
      await browser?.close();
    }
  });

  // Signed in by the first test that opens the page (expect.poll runs only inside a test).
  let signedIn = false;
  const open = async () => {
    if (!signedIn) {
      await signInThroughPage(page, webUrl, demo.admin, demo.password);
      signedIn = true;
    }
    await page.goto(`${webUrl}/admin/einstellungen`);
    await page.getByRole("heading", { name: "Einstellungen", level: 1 }).waitFor();
  };

  it("adds and removes a Pauschale year by plain posts, keeps everything typed, refuses a wrong amount at its field, and saves", async () => {
    expect(originalGeneral).toEqual({ countAttendanceAsHours: false, ehrenamtspauschale: SEEDED_LIMITS });
    await open();
    const years = () => page.locator("tbody th").allTextContents();
    const checkbox = () => page.getByLabel("Kursbesuche als Ehrenamtsstunden anrechnen");
    const newYear = () => page.getByLabel("Jahr", { exact: true });
    const newAmount = () => page.getByLabel("Höchstbetrag in Euro", { exact: true });
    const amount = (year: number) => page.getByLabel(`Höchstbetrag ${year} in Euro`);
    const save = () => page.getByRole("button", { name: "Einstellungen speichern" }).click();

    // A year that is there already: refused at the field, both fields keep what was typed.
    await newYear().fill("2026");
    await newAmount().fill("500");
    await page.getByRole("button", { name: "Jahr hinzufügen" }).click();
    await expect.poll(() => alerts(page)).toContain("Für dieses Jahr ist bereits ein Betrag eingetragen.");
    expect(await newYear().getAttribute("aria-invalid")).toBe("true");
    expect(await newYear().inputValue()).toBe("2026");
    expect(await newAmount().inputValue()).toBe("500");
    expect(await years()).toEqual(["2013", "2021", "2026"]);

    // Added: one row more, in its place; the box ticked and the amount changed before stay.
    await checkbox().check();
    await amount(2021).fill("850,00");
    await newYear().fill("2027");
    await newAmount().fill("1.000,00");
    await page.getByRole("button", { name: "Jahr hinzufügen" }).click();
    await expect.poll(() => statuses(page)).toContain("Das Jahr 2027 steht jetzt in der Tabelle. Es gilt, sobald Sie die Einstellungen speichern.");
    expect(await years()).toEqual(["2013", "2021", "2026", "2027"]);
    expect(await amount(2027).inputValue()).toBe("1.000,00");
    expect(await amount(2021).inputValue()).toBe("850,00");
    expect(await checkbox().isChecked()).toBe(true);
    expect(await newYear().inputValue()).toBe("");
    expect(await alerts(page)).toBe("");
    expect(await general()).toEqual(originalGeneral);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // A wrong amount: refused at its field, the whole table as typed.
    await amount(2026).fill("viel");
    await save();
    await expect.poll(() => amount(2026).getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte einen Betrag von 0,00 bis 10.000,00 Euro angeben");
    expect(await amount(2026).inputValue()).toBe("viel");
    expect(await years()).toEqual(["2013", "2021", "2026", "2027"]);
    expect(await amount(2021).inputValue()).toBe("850,00");
    expect(await checkbox().isChecked()).toBe(true);
    expect(await general()).toEqual(originalGeneral);

    await amount(2026).fill("960,00");
    await save();
    await expect.poll(() => statuses(page)).toContain("Die Einstellungen wurden gespeichert.");
    expect(await general()).toEqual({
      countAttendanceAsHours: true,
      ehrenamtspauschale: [{ year: 2013, limitCents: 72_000 }, { year: 2021, limitCents: 85_000 }, { year: 2026, limitCents: 96_000 }, { year: 2027, limitCents: 100_000 }],
    });

    // Back as seeded: a row removed by a plain post, then saved.
    await checkbox().uncheck();
    await amount(2021).fill("840,00");
    await page.getByRole("button", { name: "Entfernen: 2027" }).click();
    await expect.poll(() => statuses(page)).toContain("Das Jahr 2027 ist aus der Tabelle genommen.");
    expect(await years()).toEqual(["2013", "2021", "2026"]);
    expect(await amount(2021).inputValue()).toBe("840,00");
    expect(await checkbox().isChecked()).toBe(false);
    await save();
    await expect.poll(() => statuses(page)).toContain("Die Einstellungen wurden gespeichert.");
    expect(await general()).toEqual(originalGeneral);
  });

  it("saves payments and courses; a largest cohort size below the smallest is refused at its field, the rest typed kept", async () => {
    await open();
    const section = () => page.getByRole("region", { name: "Zahlungen und Kurse" });
    const rate = () => section().getByLabel("Fahrtkosten je Kilometer in Euro");
    const min = () => section().getByLabel("Mindestens (Plätze)");
    const max = () => section().getByLabel("Höchstens (Plätze)");
    const save = () => section().getByRole("button", { name: "Zahlungen und Kurse speichern" }).click();
    const before = { rate: await rate().inputValue(), min: await min().inputValue(), max: await max().inputValue() };

    await rate().fill("0,42");
    await min().fill("12");
    await max().fill("10");
    await save();
    await expect.poll(() => max().getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Die größte übliche Zahl darf nicht unter der kleinsten liegen.");
    expect(await rate().inputValue()).toBe("0,42");
    expect(await min().inputValue()).toBe("12");
    expect(await max().inputValue()).toBe("10");
    expect(await paymentAndCourse()).toEqual(originalPayment);

    await max().fill("20");
    await save();
    await expect.poll(() => statuses(page)).toContain("Die Einstellungen wurden gespeichert.");
    expect(await paymentAndCourse()).toEqual({ ...originalPayment, mileageCentsPerKm: 42, cohortCapacityMin: 12, cohortCapacityMax: 20 });

    await rate().fill(before.rate);
    await min().fill(before.min);
    await max().fill(before.max);
    await save();
    await expect.poll(() => statuses(page)).toContain("Die Einstellungen wurden gespeichert.");
    expect(await paymentAndCourse()).toEqual(originalPayment);
  });

  it("saves the donation rules and adds a goods category; a wrong amount and an empty name are refused at their fields", async () => {
    await open();
    const section = () => page.getByRole("region", { name: "Spenden", exact: true });
    const proof = () => section().getByLabel("Vereinfachter Nachweis bis (Euro)");
    const place = () => section().getByLabel("Ort auf der Bestätigung");
    const save = () => section().getByRole("button", { name: "Regeln für Spenden speichern" }).click();
    const before = { proof: await proof().inputValue(), place: await place().inputValue() };

    await proof().fill("viel");
    await place().fill("Oldenburg (Oldb)");
    await save();
    await expect.poll(() => proof().getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte geben Sie einen Betrag in Euro ein");
    expect(await proof().inputValue()).toBe("viel");
    expect(await place().inputValue()).toBe("Oldenburg (Oldb)");
    expect(await donations()).toEqual(originalDonations);

    await proof().fill(before.proof);
    await save();
    await expect.poll(() => statuses(page)).toContain("Einstellungen der Spenden gespeichert.");
    expect(await donations()).toEqual({ ...originalDonations, receiptPlace: "Oldenburg (Oldb)" });
    await place().fill(before.place);
    await save();
    await expect.poll(() => statuses(page)).toContain("Einstellungen der Spenden gespeichert.");
    expect(await donations()).toEqual(originalDonations);

    const category = () => section().getByLabel("Neue Kategorie");
    const add = () => section().getByRole("button", { name: "Kategorie hinzufügen" }).click();
    await add();
    await expect.poll(() => category().getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte füllen Sie dieses Feld aus.");
    // A new category comes last in every list, so the lists other files choose from start as seeded.
    const name = `Zeltzubehör ${Date.now().toString(36)}`;
    await category().fill(name);
    await add();
    await expect.poll(() => statuses(page)).toContain(`Kategorie ${name} hinzugefügt.`);
    expect(await section().getByRole("listitem").filter({ hasText: name }).count()).toBe(1);
    expect(await category().inputValue()).toBe("");
  });

  it("saves a tandem weight, refused first at its field when out of range; the defaults are filled in by a plain post and saved", async () => {
    await open();
    const section = () => page.getByRole("region", { name: "Tandem-Vorschläge" });
    const language = () => section().getByLabel("Gemeinsame Sprache (nach Niveau)");
    const save = () => section().getByRole("button", { name: "Tandem-Regeln speichern" }).click();
    const weightOf = async (criterion: string) => (await matching()).weights.find((w) => w.criterion === criterion)?.weight;
    expect(await language().inputValue()).toBe("30");

    await language().fill("150");
    await section().getByLabel("Tage ohne Kontakt bis zum Hinweis").fill("21");
    await save();
    await expect.poll(() => language().getAttribute("aria-invalid")).toBe("true");
    expect(await alerts(page)).toContain("Bitte eine ganze Zahl von 0 bis 100 angeben.");
    expect(await language().inputValue()).toBe("150");
    expect(await section().getByLabel("Tage ohne Kontakt bis zum Hinweis").inputValue()).toBe("21");
    expect(await weightOf("LANGUAGE")).toBe(30);

    await language().fill("40");
    await section().getByLabel("Tage ohne Kontakt bis zum Hinweis").fill("14");
    await save();
    await expect.poll(() => statuses(page)).toContain("Die Einstellungen wurden gespeichert.");
    expect(await weightOf("LANGUAGE")).toBe(40);
    expect(await language().inputValue()).toBe("40");

    await section().getByRole("button", { name: "Voreinstellungen eintragen" }).click();
    await expect.poll(() => statuses(page)).toContain("Die Voreinstellungen sind eingetragen");
    expect(await language().inputValue()).toBe("30");
    expect(await weightOf("LANGUAGE")).toBe(40);
    await save();
    await expect.poll(() => statuses(page)).toContain("Die Einstellungen wurden gespeichert.");
    const { weights, defaults } = await matching();
    expect(weights).toEqual(defaults.weights);
    // The seeded settings are the defaults: nothing else changed.
    expect(await matchingNow()).toEqual(originalMatching);
  });
});

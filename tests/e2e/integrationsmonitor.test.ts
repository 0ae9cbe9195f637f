// The Integrationsmonitor in the browser, on a 360 px phone: the coordinator
// opens /berichte from the navigation (one section, links to the others and to
// all of them on one page, which the rest of this file reads), filters by period (this year, by
// years) and by a district with a family registered here, sees the charts with
// their tables (the family's language in the demand table), downloads a
// section's CSV and switches to the view for sharing, where small numbers
// show as "< 5". Every page is checked for serious axe findings and sideways
// scrolling. Other files' data share the database: figures are checked as
// "at least" where others could add to them.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { berlinToday } from "@lotse/domain/berlin-time";
import { demo, registerFamily, signIn } from "@lotse/testing/factories";
import { downloaded, hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { horizontalOverflow, navLink, signInThroughPage } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

const unique = Date.now().toString(36);
const FAMILY = `Familie Monitortest ${unique}`;
// The office's day (the report counts Berlin days): from midnight to 1 or 2 a.m. in Berlin the UTC
// day is still yesterday, and a family registered now would fall after a period ending then.
const today = berlinToday();
const thisYear = today.slice(0, 4);
const SECTIONS = ["Ehrenamtliche", "Stunden", "Tandems", "Kurse", "Spenden", "Schuleinstiegsberatung", "Sprachen: Bedarf und Angebot"];

describe.skipIf(!hasChromium)("Integrationsmonitor: filter by period and district, chart and table, CSV, the view for sharing", () => {
  let browser: Browser;
  let page: Page;
  let district = { id: "", name: "" };
  const step = storySteps();

  beforeAll(async () => {
    browser = await launchBrowser();
    const coordinator = await signIn(lotse, demo.coordinator);
    const { signUpOptions } = await lotse.session().run<{ signUpOptions: { districts: { id: string; name: string }[] } }>("SignUpOptions", { organizationSlug: "oldenburg" });
    district = signUpOptions.districts[0]!;
    await registerFamily(coordinator, {
      addressedAs: FAMILY,
      members: [
        { firstName: "Samira", birthYear: 1988, adult: true },
        { firstName: "Yusuf", birthYear: 2016, adult: false },
      ],
      languages: [{ code: "ti", level: "NATIVE" }],
      germanLevel: "A2",
      districtId: district.id,
    });
    page = await (await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 }, acceptDownloads: true })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const checkPage = async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  };

  step("the coordinator opens the Integrationsmonitor from the navigation", async () => {
    await signInThroughPage(page, webUrl, demo.coordinator, demo.password);
    await (await navLink(page, /^Integrationsmonitor/)).click();
    await page.getByRole("heading", { name: "Integrationsmonitor", level: 1 }).waitFor();
    // One section at a time (the first), every other one a link away, and all of them on one page.
    await page.getByRole("heading", { name: "Ehrenamtliche", level: 2, exact: true }).waitFor();
    await expect(page.getByRole("heading", { name: "Stunden", level: 2, exact: true }).count()).resolves.toBe(0);
    const sections = page.getByRole("navigation", { name: "Abschnitte des Berichts" });
    expect((await sections.getByRole("link").allTextContents()).map((t) => t.trim())).toEqual([...SECTIONS, "Alle Abschnitte (zum Drucken)"]);
    await checkPage();
    await sections.getByRole("link", { name: "Sprachen: Bedarf und Angebot" }).click();
    await page.getByRole("heading", { name: "Sprachen: Bedarf und Angebot", level: 2, exact: true }).waitFor();
    await expect(page.getByRole("heading", { name: "Ehrenamtliche", level: 2, exact: true }).count()).resolves.toBe(0);
    await sections.getByRole("link", { name: "Alle Abschnitte (zum Drucken)" }).click();
    for (const section of SECTIONS) {
      await page.getByRole("heading", { name: section, level: 2, exact: true }).waitFor();
    }
    await checkPage();

    // A table wider than its frame scrolls sideways with a hint above it, shown only then: every
    // table on the phone, not those that fit at 1280 px.
    const frames = () =>
      page.locator(".report .pair").evaluateAll((pairs) =>
        pairs.map((pair) => {
          const frame = pair.querySelector(".table-wrap")!;
          const hint = pair.querySelector<HTMLElement>(".scroll-hint")!;
          const shown = hint.checkVisibility() && hint.nextElementSibling === frame;
          return `${frame.querySelector("caption")?.textContent}: ${frame.scrollWidth > frame.clientWidth ? "scrolls" : "fits"}, hint ${shown ? "shown" : "hidden"}`;
        }),
      );
    const phone = await frames();
    expect(phone.length).toBeGreaterThan(10);
    expect(phone.filter((f) => f.endsWith("scrolls, hint shown"))).toEqual(phone);
    await page.getByText("↔ Die Tabelle ist breiter als der Bildschirm: seitlich wischen, um alle Spalten zu sehen.").first().waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(async () => (await frames()).filter((f) => !/scrolls, hint shown|fits, hint hidden/.test(f))).toEqual([]);
    expect((await frames()).filter((f) => f.endsWith("fits, hint hidden")).length).toBeGreaterThan(0);
    await page.setViewportSize({ width: 360, height: 780 });
    await expect.poll(async () => (await frames()).filter((f) => !f.endsWith("scrolls, hint shown"))).toEqual([]);
    // Also for someone who asked for reduced motion (the page turns animations off then).
    await page.emulateMedia({ reducedMotion: "reduce" });
    await expect.poll(async () => (await frames()).filter((f) => !f.endsWith("scrolls, hint shown"))).toEqual([]);
    await page.emulateMedia({ reducedMotion: "no-preference" });
  });

  step("gets its charts drawn on the server: none of the JavaScript the browser loaded holds chart code", async () => {
    await page.getByRole("img", { name: "Ehrenamtliche nach Zeitraum" }).waitFor();
    const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((url) => /\.m?js(\?|$)/.test(url)));
    expect(scripts.length).toBeGreaterThan(0);
    for (const url of scripts) {
      const code = await (await page.request.get(url)).text();
      // Observable Plot's own style variable, in every build of it (and nowhere else).
      expect(code.includes("--plot-background"), url).toBe(false);
    }
  });

  step("filters by this year, by years, and by the family's district: a chart and its table", async () => {
    await page.getByLabel("von", { exact: true }).fill(`${thisYear}-01-01`);
    await page.getByLabel("bis", { exact: true }).fill(today);
    await page.getByLabel("gegliedert nach").selectOption({ label: "Jahren" });
    await page.getByLabel("Stadtteil", { exact: true }).selectOption({ label: district.name });
    await page.getByRole("button", { name: "Anzeigen" }).click();
    await page.waitForURL(/granularity=YEAR/);
    expect(new URL(page.url()).searchParams.get("from")).toBe(`${thisYear}-01-01`);
    expect(new URL(page.url()).searchParams.get("district")).toBe(district.id);
    // The chart is one image named after its table; the table beside it holds the numbers.
    await page.getByRole("img", { name: "Familien und Kinder je Sprache gegenüber Ehrenamtlichen und Sprachmittler/innen" }).waitFor();
    const table = page.getByRole("table", { name: "Familien und Kinder je Sprache gegenüber Ehrenamtlichen und Sprachmittler/innen" });
    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Tigrinya", exact: true }) });
    const cells = await row.getByRole("cell").allTextContents();
    // families, children (at least this file's), volunteers, interpreters
    expect(Number(cells[0]!.replace(/\D/g, ""))).toBeGreaterThanOrEqual(1);
    expect(Number(cells[1]!.replace(/\D/g, ""))).toBeGreaterThanOrEqual(1);
    await page.getByRole("img", { name: "Ehrenamtliche nach Zeitraum" }).waitFor();
    await expect(page.getByRole("table", { name: "Ehrenamtliche nach Zeitraum" }).getByRole("rowheader", { name: thisYear, exact: true }).count()).resolves.toBe(1);
    await checkPage();
  });

  step("downloads the volunteers' figures as CSV", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV herunterladen: Ehrenamtliche" }).click()]);
    expect(download.suggestedFilename()).toBe(`integrationsmonitor-volunteers-${thisYear}-01-01-${today}.csv`);
    const csv = (await downloaded(download)).toString("utf8").replace(/^\uFEFF/, "");
    const lines = csv.split("\r\n");
    expect(lines[0]).toContain(`Stadtteil ${district.name}`);
    expect(lines[1]).toBe("Zeitraum;neu registriert;freigeschaltet;aktiv;beendet");
    expect(lines[2]).toMatch(new RegExp(`^${thisYear};`));
  });

  step("the view for sharing shows small numbers as “< 5”", async () => {
    await page.getByRole("link", { name: "Ansicht zur Weitergabe (kleine Zahlen geschützt)" }).click();
    await page.waitForURL(/ansicht=weitergabe/);
    await page.getByText("Ansicht zur Weitergabe: Personenzahlen unter 5").waitFor();
    const row = page.getByRole("table", { name: "Familien und Kinder je Sprache gegenüber Ehrenamtlichen und Sprachmittler/innen" }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Tigrinya", exact: true }) });
    // One or a few families speak Tigrinya in this district: hidden.
    expect((await row.getByRole("cell").allTextContents())[0]).toMatch(/< 5|^\s*[5-9]|\d{2}/);
    await checkPage();
  });
});

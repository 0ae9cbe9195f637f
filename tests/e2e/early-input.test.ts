// A choice made before the page's script has loaded (a slow phone) survives hydration and is the
// one saved. The page's JavaScript is held back by the browser until the volunteer has chosen an
// activity other than the preselected one and typed the duration; then the script loads and
// hydrates the page, and the form still shows the choice, and saving it (now through the script)
// records that activity. Before lib/forms/early-input.ts, hydration set the select back to the
// preselected activity and the entry was saved with it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { approvedVolunteer, demo, newPerson, signIn } from "@lotse/testing/factories";
import { hasChromium, launchBrowser } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { holdScripts, signInThroughPage, statuses, waitForHydration } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

const person = newPerson("Frueh-gewaehlt");

describe.skipIf(!hasChromium)("a choice made before hydration", () => {
  let browser: Browser;
  let page: Page;
  const step = storySteps();

  beforeAll(async () => {
    const coordinator = await signIn(lotse, demo.coordinator);
    await approvedVolunteer(lotse, coordinator, person);
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  let chosen = { value: "", label: "" };

  step("an activity chosen while the script is still loading is kept by hydration and saved", async () => {
    await signInThroughPage(page, webUrl, person.email, person.password);
    const scripts = await holdScripts(page);

    await page.goto(`${webUrl}/ehrenamt`, { waitUntil: "commit" });
    const activity = page.getByLabel("Tätigkeit", { exact: true });
    await activity.waitFor();
    const options = await activity.locator("option").evaluateAll((list) => list.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent?.trim() ?? "" })));
    expect(options.length).toBeGreaterThan(1);
    const preselected = await activity.inputValue();
    chosen = options.find((o) => o.value !== preselected)!;
    await activity.selectOption(chosen.value);
    await page.getByLabel("Stunden", { exact: true }).fill("1");
    await page.getByLabel("Minuten", { exact: true }).fill("15");
    // The script is still held back: nothing has hydrated the page yet.
    expect(await page.locator('select[name="ui-language"][data-live]').count()).toBe(0);

    scripts.release();
    await waitForHydration(page);
    // Give the hydrated page a moment in which a reset would show.
    await page.waitForTimeout(300);
    expect(await activity.inputValue()).toBe(chosen.value);
    expect(await page.getByLabel("Stunden", { exact: true }).inputValue()).toBe("1");

    await page.getByRole("button", { name: "Stunden speichern" }).click();
    await expect.poll(() => statuses(page)).toContain("1 Std. 15 Min.");
    await scripts.stop();
  });

  step("the saved entry carries the activity chosen", async () => {
    await page.goto(`${webUrl}/ehrenamt/stunden`);
    const entry = page.locator("li.entry").filter({ hasText: "1 Std. 15 Min." });
    await entry.waitFor();
    expect(await entry.locator(".entry-meta").first().textContent()).toContain(chosen.label);
  });
});

// A "create" form opened from its button before the script has loaded: the person types into the
// server's form; hydration leaves that form as it is (it is neither rebuilt nor removed), so what
// was typed stays, and saving it posts the form without the script and creates the course.
describe.skipIf(!hasChromium)("a form opened before hydration", () => {
  let browser: Browser;
  let page: Page;
  const step = storySteps();
  const title = `Frueh geoeffnet ${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  step("a course typed into the form before the script loaded is kept by hydration and saved", async () => {
    await signInThroughPage(page, webUrl, demo.trainer, demo.password);
    const scripts = await holdScripts(page);

    await page.goto(`${webUrl}/kursleitung`, { waitUntil: "commit" });
    await page.getByText("Neuen Kurs eintragen").click();
    const newCourse = page.locator("form", { has: page.getByRole("button", { name: "Kurs anlegen" }) });
    await newCourse.getByLabel("Titel", { exact: true }).fill(title);
    await newCourse.getByLabel("Unterrichtsstunden").fill("12");
    expect(await page.locator('select[name="ui-language"][data-live]').count()).toBe(0);

    scripts.release();
    await waitForHydration(page);
    await page.waitForTimeout(300);
    expect(await newCourse.getByLabel("Titel", { exact: true }).inputValue()).toBe(title);
    expect(await newCourse.getByLabel("Unterrichtsstunden").inputValue()).toBe("12");

    await newCourse.getByRole("button", { name: "Kurs anlegen" }).click();
    await page.getByText(`Der Kurs „${title}“ ist angelegt.`).waitFor();
    expect(await page.getByRole("heading", { name: title, level: 3 }).count()).toBe(1);
    await scripts.stop();
  });
});

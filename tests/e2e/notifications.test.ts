// The bell in the header: a coordinator's page is open while a volunteer logs
// hours in another browser; the bell's count rises without a reload (server-
// sent events through the web app's proxy), a screen reader hears the new
// notification, and the panel links to the hour review. On a 360 px phone.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demo } from "@lotse/testing/factories";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { webUrl } from "../support/lotse.ts";
import { horizontalOverflow, hydrated, signInThroughPage } from "../support/pages.ts";

describe.skipIf(!hasChromium)("notifications in the browser", () => {
  let browser: Browser;
  let desk: BrowserContext;
  let phone: BrowserContext;
  let coordinatorPage: Page;
  let volunteerPage: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    phone = await browser.newContext({ locale: "de-DE", viewport: { width: 360, height: 780 } });
    desk = await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } });
    coordinatorPage = await phone.newPage();
    volunteerPage = await desk.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const bell = () => coordinatorPage.getByRole("button", { name: /^Benachrichtigungen, \d+ ungelesen$/ });
  const unread = async () => Number(/(\d+) ungelesen/.exec((await bell().getAttribute("aria-label")) ?? "")?.[1] ?? Number.NaN);

  it("raises the coordinator's count live when a volunteer logs hours, and opens the hour review from the panel", async () => {
    await signInThroughPage(coordinatorPage, webUrl, demo.coordinator, demo.password);
    await coordinatorPage.getByRole("heading", { name: /Kerstin Koordination/ }).waitFor();
    await expect.poll(() => bell().isEnabled()).toBe(true);
    const before = await unread();
    expect(before).toBeGreaterThanOrEqual(0);
    // Let the subscription's stream open before the event it should carry happens.
    await coordinatorPage.waitForTimeout(500);

    await signInThroughPage(volunteerPage, webUrl, demo.volunteer, demo.password);
    await volunteerPage.goto(`${webUrl}/ehrenamt`);
    await volunteerPage.getByRole("heading", { name: "Stunden erfassen" }).waitFor();
    await hydrated(volunteerPage, "Stunden speichern");
    await volunteerPage.getByLabel("Stunden", { exact: true }).fill("1");
    await volunteerPage.getByLabel("Minuten", { exact: true }).fill("15");
    await volunteerPage.getByLabel("Tätigkeit").selectOption({ label: "Sprachmittlung" });
    await volunteerPage.getByRole("button", { name: "Stunden speichern" }).click();
    await volunteerPage.getByText(/1 Std\. 15 Min\. am .* gespeichert/).waitFor();

    // No reload: the open page hears of it.
    await expect.poll(unread, { timeout: 15_000 }).toBeGreaterThan(before);
    await expect
      .poll(() => coordinatorPage.getByTestId("notification-announcement").textContent(), { timeout: 5_000 })
      .toMatch(/Neue Benachrichtigung: Neue Stunden zu prüfen: 1 Std\. 15 Min\./);
    expect(await coordinatorPage.getByTestId("notification-count").textContent()).toBe(String(await unread()));

    // A second entry: two unread at least, one to follow and one for "mark all read".
    const afterFirst = await unread();
    await volunteerPage.getByLabel("Stunden", { exact: true }).fill("0");
    await volunteerPage.getByLabel("Minuten", { exact: true }).fill("45");
    await volunteerPage.getByRole("button", { name: "Stunden speichern" }).click();
    await volunteerPage.getByText(/45 Min\. am .* gespeichert/).waitFor();
    await expect.poll(unread, { timeout: 15_000 }).toBe(afterFirst + 1);

    await bell().click();
    const panel = coordinatorPage.getByRole("region", { name: "Benachrichtigungen" });
    await panel.waitFor();
    expect(await bell().getAttribute("aria-expanded")).toBe("true");
    expect(await seriousAxeViolations(coordinatorPage)).toEqual([]);
    expect(await horizontalOverflow(coordinatorPage)).toBe(0);
    const box = await panel.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);

    // Unread notices of this kind (earlier test files leave theirs too; other work, such as a
    // daily job's notices, may arrive meanwhile, so the count of exactly these is compared).
    const unreadOfThisEntry = () => panel.getByRole("link", { name: /^Ungelesen: Neue Stunden zu prüfen: 1 Std\. 15 Min\./ });
    const link = unreadOfThisEntry().first();
    expect(await link.getAttribute("href")).toBe("/koordination/stunden");
    const unreadBefore = await unreadOfThisEntry().count();
    await link.click();
    await coordinatorPage.waitForURL(/\/koordination\/stunden$/);
    await coordinatorPage.getByRole("heading", { name: "Stundenprüfung", level: 1 }).waitFor();
    // Following it marked it read.
    await bell().click();
    await panel.waitFor();
    await expect.poll(() => unreadOfThisEntry().count()).toBe(unreadBefore - 1);
    await bell().click();

    // Mark all read: the count goes, the panel says so.
    await bell().click();
    await coordinatorPage.getByRole("button", { name: "Alle als gelesen markieren" }).click();
    await expect.poll(unread).toBe(0);
    expect(await coordinatorPage.getByTestId("notification-count").count()).toBe(0);
    await coordinatorPage.keyboard.press("Escape");
    expect(await bell().getAttribute("aria-expanded")).toBe("false");
  });
});

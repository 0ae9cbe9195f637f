// A volunteer whose first language is Arabic signs up on a phone in Arabic: the page is
// right to left (dir="rtl", the layout mirrored), the verification mail comes in Arabic
// (the page's language was kept at sign-up), the consent is given to the binding German text
// shown with its Arabic translation, and the first hours entry is made in Arabic (the activity
// types named in Arabic); the course catalogue names the demo course and describes it in Arabic
// (the course's translation, issue 10).
// The Arabic volunteer home has no serious or critical axe finding at 360 px.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { linkIn } from "@lotse/testing/mail";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { horizontalOverflow, hydrated, switchLanguage } from "../support/pages.ts";
import { storySteps } from "../support/steps.ts";

const stamp = Date.now();
const volunteer = { name: `Amal Testlotsin ${stamp}`, email: `e2e-arabic-${stamp}@example.org`, password: "Ehrenamt-auf-Arabisch-2026" };

/** Where an element sits across the width of the viewport: its left and right edge in px. */
async function edges(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return { left: box.x, right: box.x + box.width };
}

describe.skipIf(!hasChromium)("a volunteer signs up and logs hours in Arabic", () => {
  let browser: Browser;
  let phone: BrowserContext;
  let page: Page;
  const step = storySteps();

  beforeAll(async () => {
    browser = await launchBrowser();
    phone = await browser.newContext({ locale: "ar", viewport: { width: 360, height: 780 } });
    page = await phone.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  step("chooses Arabic on the sign-up page: right to left, the layout mirrored", async () => {
    await page.goto(`${webUrl}/o/oldenburg/mitmachen`);
    await page.getByRole("heading", { name: "Ehrenamtlich mitmachen" }).waitFor();
    expect(await page.getAttribute("html", "dir")).toBe("ltr");
    const brandLtr = await edges(page, ".brand");
    await page.keyboard.press("Tab");
    const skipLtr = await edges(page, ".skip-link");

    await switchLanguage(page, "ar");
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    await page.getByRole("heading", { name: "شارك في العمل التطوعي" }).waitFor();
    const brandRtl = await edges(page, ".brand");
    await page.keyboard.press("Tab");
    const skipRtl = await edges(page, ".skip-link");
    // Mirrored: what started at the left edge now ends at the right edge, the same distance in.
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect(brandLtr.left).toBeLessThan(width / 4);
    expect(brandRtl.right).toBeGreaterThan((width * 3) / 4);
    expect(Math.abs(width - brandRtl.right - brandLtr.left)).toBeLessThanOrEqual(2);
    expect(skipLtr.left).toBeLessThan(width / 4);
    expect(Math.abs(width - skipRtl.right - skipLtr.left)).toBeLessThanOrEqual(2);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  step("signs up in Arabic", async () => {
    await hydrated(page, "إرسال التسجيل");
    // The binding German consent text, with the Arabic translation beside it for information.
    expect(await page.locator('#signup-consent-text section[lang="de"]').textContent()).toContain("Einwilligung in die Verarbeitung personenbezogener Daten");
    expect(await page.locator('#signup-consent-text section[lang="ar"]').textContent()).toContain("الموافقة على معالجة البيانات الشخصية");
    expect(await page.locator('#signup-consent-text section[lang="ar"]').getAttribute("dir")).toBe("rtl");
    expect(await page.locator('#signup-consent-text section[lang="de"]').getAttribute("dir")).toBe("ltr");
    await page.getByLabel("الاسم", { exact: true }).fill(volunteer.name);
    await page.getByLabel("عنوان البريد الإلكتروني").fill(volunteer.email);
    await page.getByLabel("كلمة المرور", { exact: true }).fill(volunteer.password);
    await page.getByLabel("كرّر كلمة المرور").fill(volunteer.password);
    await page.getByLabel("مستواك في اللغة الألمانية").selectOption("B1");
    // The office's districts are named in Arabic (with the German name as on the signs), not in German alone.
    const districts = await page.getByLabel("الحي أو البلدية").locator("option").allTextContents();
    expect(districts).toEqual(expect.arrayContaining(["أوسترنبورغ (Osternburg)", "وسط المدينة (Innenstadt)"]));
    expect(districts).not.toContain("Osternburg");
    await page.getByLabel("الحي أو البلدية").selectOption({ label: "أوسترنبورغ (Osternburg)" });
    expect(await page.getByLabel("اللغة", { exact: true }).count()).toBe(0);
    await page.getByRole("button", { name: "إضافة لغة أخرى" }).click();
    await page.getByLabel("اللغة", { exact: true }).selectOption("ar");
    await page.getByLabel("المستوى", { exact: true }).selectOption("NATIVE");
    await page.getByLabel(/قرأت النص وأوافق/).check();
    await page.getByRole("button", { name: "إرسال التسجيل" }).click();
    await page.getByRole("heading", { name: "يُرجى تأكيد عنوان بريدك الإلكتروني" }).waitFor();
    expect(await page.textContent("main")).toContain(volunteer.email);
  });

  step("gets the verification mail in Arabic and confirms the address", async () => {
    const mail = await lotse.mailbox.newestTo(volunteer.email, { subject: /Lotse/ });
    expect(mail.subject).toBe("Lotse: يُرجى تأكيد عنوان بريدك الإلكتروني");
    expect(mail.text).toContain(`مرحبًا ${volunteer.name}`);
    await page.goto(linkIn(mail, "/verify-email"));
    await page.getByText("تم تأكيد عنوان بريدك الإلكتروني").waitFor();
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
  });

  step("signs in and logs the first hours in Arabic", async () => {
    await page.goto(`${webUrl}/login`);
    await hydrated(page, "تسجيل الدخول");
    await page.getByLabel("عنوان البريد الإلكتروني").fill(volunteer.email);
    await page.getByLabel("كلمة المرور", { exact: true }).fill(volunteer.password);
    await page.getByRole("button", { name: "تسجيل الدخول" }).click();
    // Only a volunteer here: the start page is their own home.
    await expect.poll(() => new URL(page.url()).pathname).toBe("/ehrenamt");

    // The profile names the district chosen at sign-up in Arabic.
    await page.goto(`${webUrl}/ehrenamt/profil`);
    await expect.poll(() => page.getByLabel("الحي أو البلدية").locator("option:checked").textContent()).toBe("أوسترنبورغ (Osternburg)");

    await page.goto(`${webUrl}/ehrenamt`);
    await page.getByRole("heading", { name: "تسجيل الساعات" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.textContent("main")).toContain("لا يزال مكتب التنسيق يراجع تسجيلك.");
    await hydrated(page, "حفظ الساعات");
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel("الساعات", { exact: true }).fill("1");
    await page.getByLabel("الدقائق", { exact: true }).fill("45");
    // The organisation's activity types are named in Arabic (German only where one has no translation).
    const activities = await page.getByLabel("النشاط").locator("option").allTextContents();
    expect(activities).toEqual(expect.arrayContaining(["مرافقة", "حضور دورة", "فعالية"]));
    expect(activities).not.toContain("Begleitung");
    await page.getByLabel("النشاط").selectOption({ label: "مرافقة" });
    await page.getByRole("button", { name: "حفظ الساعات" }).click();
    await expect.poll(async () => (await page.getByRole("status").allTextContents()).join(" ")).toMatch(/تم حفظ .* بتاريخ .*سيراجع مكتب التنسيق القيد/);
  });

  step("reads the open course in Arabic: title and description as the trainer translated them", async () => {
    await page.goto(`${webUrl}/kurse`);
    await page.getByRole("heading", { name: "الدورات", exact: true }).waitFor();
    const catalogue = (await page.textContent("main")) ?? "";
    expect(catalogue).toContain("التأهيل الأساسي لمرشدات ومرشدي الاندماج");
    expect(catalogue).not.toContain("Basisqualifizierung Integrationslotsinnen und -lotsen");
    await page.getByRole("link", { name: "Basisqualifizierung Frühjahr" }).first().click();
    await page.getByRole("heading", { name: "Basisqualifizierung Frühjahr", level: 1 }).waitFor();
    expect(await page.textContent("main")).toContain("تأهيل للمتطوعين الذين يرافقون القادمين الجدد في حياتهم اليومية");
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
  });
});

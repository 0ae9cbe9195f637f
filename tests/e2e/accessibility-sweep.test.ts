// Every page, as the people who use it see it: axe-core (WCAG 2.1 AA rules)
// finds no serious or critical issue in German and in Arabic (right to left),
// on a 360 px phone and at 1280 px, and no page scrolls sideways on the phone.
//
// The pages are found as a person finds them: from the start page, every link
// of the site is followed once per kind of page (a detail page's id counts as
// one page), as a person with every staff role, as a volunteer with a tandem
// proposal and a course place, and without signing in. So a page added later is
// swept without touching this file, as long as something links to it.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedVolunteer, createCohort, createCourse, demo, enrol, inviteUser, newPerson, registerFamily, signIn, type Person } from "@lotse/testing/factories";
import { tokenIn } from "@lotse/testing/mail";
import { hasChromium, launchBrowser, seriousAxeViolations } from "../support/browser.ts";
import { lotse, webUrl } from "../support/lotse.ts";
import { horizontalOverflow, signInThroughPage, switchLanguage } from "../support/pages.ts";

const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };
const SWEEP_TIMEOUT = 600_000;

/** A path's kind of page: segments that carry an id (digits, base64 global ids, codes) become ":id". */
function pageKind(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => (/\d|=|%/.test(segment) || segment.length >= 20 ? ":id" : segment))
    .join("/");
}

/** Links that are not pages: files through the API (also those without a download attribute) and the sign-out. */
const notAPage = (pathname: string) => /\.(pdf|ics|csv|json|zip)$/i.test(pathname) || /^\/(exports|calendar|certificates|nachweise)\//.test(pathname) || /logout|abmelden/i.test(pathname);

/** Follows every link of the site from the start paths, one page per kind; the pages in the order found. */
async function crawl(page: Page, start: readonly string[], limit = 80): Promise<string[]> {
  const found = new Map<string, string>();
  const queue = [...start];
  while (queue.length > 0 && found.size < limit) {
    const path = queue.shift()!;
    const kind = pageKind(path);
    if (found.has(kind)) continue;
    const response = await page.goto(`${webUrl}${path}`);
    // A link to a page the person may not open is a finding of its own.
    expect(response?.status(), `${path} answers`).toBeLessThan(400);
    found.set(kind, path);
    const hrefs = await page.$$eval("a[href]:not([download])", (links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(webUrl).origin || notAPage(url.pathname)) continue;
      if (!found.has(pageKind(url.pathname))) queue.push(url.pathname);
    }
  }
  return [...found.values()];
}

/** The findings on each page at one width: axe's serious and critical issues, and sideways scrolling on a phone. */
async function sweep(page: Page, paths: readonly string[], viewport: { width: number; height: number }): Promise<string[]> {
  await page.setViewportSize(viewport);
  const findings: string[] = [];
  for (const path of paths) {
    await page.goto(`${webUrl}${path}`);
    await page.locator("h1").first().waitFor();
    const where = `${path} (${await page.getAttribute("html", "lang")}, ${viewport.width} px)`;
    for (const violation of await seriousAxeViolations(page)) findings.push(`${where}: ${violation}`);
    if (viewport.width === PHONE.width) {
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) findings.push(`${where}: scrolls sideways by ${overflow} px`);
    }
  }
  return findings;
}

/** An account with the given staff roles in Oldenburg: invited by the admin, password set through the mailed link. */
async function staffMember(person: Person, roles: string[]): Promise<void> {
  const admin = await signIn(lotse, demo.admin);
  await inviteUser(admin, { email: person.email, name: person.name, roles });
  const mail = await lotse.mailbox.newestTo(person.email, { text: "/reset-password?" });
  await lotse.session().mutate("ResetPassword", { token: tokenIn(mail, "/reset-password"), password: person.password });
}

describe.skipIf(!hasChromium)("every page has no serious accessibility issue, in German and Arabic, on a phone and a desktop", () => {
  let browser: Browser;
  const staff = newPerson("Barrierefrei Team");
  const volunteer = newPerson("Barrierefrei Lotsin");

  beforeAll(async () => {
    browser = await launchBrowser();
    await staffMember(staff, ["ADMIN", "COORDINATOR", "TRAINER", "COUNSELLOR"]);
    const coordinator = await signIn(lotse, demo.coordinator);
    const { id: volunteerId } = await approvedVolunteer(lotse, coordinator, volunteer, { languages: [{ code: "ar", level: "NATIVE", interpreting: false }] });

    // Something behind every kind of detail page: a cohort with a session and the volunteer's
    // place in it, a family with a tandem proposal to her, a child of the counselling.
    const team = await signIn(lotse, staff.email, staff.password);
    const course = await createCourse(team, { title: `Barrierefreiheit ${volunteer.email}` });
    const start = new Date(Date.now() + 7 * 86_400_000);
    const cohort = await createCohort(team, course.id, {
      title: "Sweep-Kohorte",
      capacity: 12,
      open: true,
      sessions: [{ startsAt: start, endsAt: new Date(start.getTime() + 3 * 3_600_000), topic: "Rollen und Grenzen", room: "Raum 1" }],
    });
    await enrol(await signIn(lotse, volunteer.email, volunteer.password), cohort.id);
    const family = await registerFamily(team, {
      addressedAs: "Familie Barrierefrei",
      members: [{ firstName: "Huda", birthYear: 1988, adult: true }],
      germanLevel: "A1",
      address: "Lange Straße 1, 26122 Oldenburg",
      phone: "0441 987654",
    });
    await team.mutate("ProposeMatch", { familyId: family.id, volunteerId });
    await team.mutate("RegisterChild", {
      input: {
        firstName: "Lina",
        lastName: "Barrierefrei",
        birthDate: "2017-03-01",
        languages: ["ar"],
        schoolYears: 2,
        schoolCountries: ["SY"],
        guardians: [{ name: "Huda Barrierefrei", readsLanguage: "ar" }],
        consentGivenBy: "Huda Barrierefrei",
        consent: true,
      },
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Signs in, finds the pages, and sweeps them in German, then in Arabic (the account's saved language). */
  async function sweepAs(person: Person | null, start: readonly string[]): Promise<{ pages: string[]; findings: string[] }> {
    const context: BrowserContext = await browser.newContext({ locale: "de-DE", viewport: DESKTOP });
    try {
      const page = await context.newPage();
      if (person) await signInThroughPage(page, webUrl, person.email, person.password);
      const pages = await crawl(page, start);
      const findings = [...(await sweep(page, pages, DESKTOP)), ...(await sweep(page, pages, PHONE))];
      if (person) {
        await switchLanguage(page, "ar");
      } else {
        await context.addCookies([{ name: "lotse_locale", value: "ar", url: webUrl }]);
        await page.reload();
      }
      expect(await page.getAttribute("html", "dir")).toBe("rtl");
      findings.push(...(await sweep(page, pages, PHONE)), ...(await sweep(page, pages, DESKTOP)));
      return { pages, findings };
    } finally {
      await context.close();
    }
  }

  it("the staff's pages (admin, coordination, training, counselling, Integrationsmonitor)", async () => {
    const { pages, findings } = await sweepAs(staff, ["/"]);
    // The crawl reached every area and its detail pages.
    const kinds = pages.map(pageKind);
    for (const kind of ["/admin/einstellungen", "/admin/users", "/koordination/ehrenamtliche/:id", "/koordination/familien/:id", "/koordination/spenden", "/kursleitung/kurse/:id", "/beratung/kinder/:id", "/berichte"]) {
      expect(kinds, `${kind} was found`).toContain(kind);
    }
    expect(findings).toEqual([]);
  }, SWEEP_TIMEOUT);

  it("the volunteer's pages", async () => {
    const { pages, findings } = await sweepAs(volunteer, ["/"]);
    const kinds = pages.map(pageKind);
    for (const kind of ["/ehrenamt", "/ehrenamt/stunden", "/ehrenamt/kurse", "/ehrenamt/nachweis", "/ehrenamt/profil", "/ehrenamt/tandems", "/kurse", "/kurse/:id", "/account"]) {
      expect(kinds, `${kind} was found`).toContain(kind);
    }
    expect(findings).toEqual([]);
  }, SWEEP_TIMEOUT);

  it("the public pages", async () => {
    const { findings } = await sweepAs(null, ["/login", "/o/oldenburg/mitmachen", "/forgot-password", "/verify-email", "/reset-password", "/accept-invitation"]);
    expect(findings).toEqual([]);
  }, SWEEP_TIMEOUT);
});

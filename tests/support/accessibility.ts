// The accessibility sweep of the accessibility-*.test.ts files: every page, as
// the people who use it see it, has no serious or critical axe-core finding
// (WCAG 2.1 AA rules) in German and in Arabic (right to left), on a 360 px
// phone and at 1280 px, and no page scrolls sideways on the phone.
//
// The pages are found as a person finds them: from the start pages every link of
// the site is followed once per kind of page (a detail page's id counts as one
// page). So a page added later is swept without touching the tests, as long as
// something links to it. The staff's pages are many, so their sweep is split by
// area into files of their own that the two vitest workers run side by side
// (STAFF_AREAS): a staff file follows the links of the start page and of its own
// area's pages, and the file of the area "other" takes every page no named area
// claims, so every page the start page or its own area links to is swept once.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { approvedVolunteer, createCohort, createCourse, demo, enrol, inviteUser, newPerson, registerFamily, signIn, type Person } from "@lotse/testing/factories";
import { tokenIn } from "@lotse/testing/mail";
import { seriousAxeViolations } from "./browser.ts";
import { lotse, webUrl } from "./lotse.ts";
import { horizontalOverflow, signInThroughPage, switchLanguage } from "./pages.ts";

export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 900 };
export const SWEEP_TIMEOUT = 600_000;

/** A path's kind of page: segments that carry an id (digits, base64 global ids, codes) become ":id". */
export function pageKind(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => (/\d|=|%/.test(segment) || segment.length >= 20 ? ":id" : segment))
    .join("/");
}

/** Links that are not pages: files through the API (also those without a download attribute) and the sign-out. */
const notAPage = (pathname: string) => /\.(pdf|ics|csv|json|zip)$/i.test(pathname) || /^\/(exports|calendar|certificates|nachweise)\//.test(pathname) || /logout|abmelden/i.test(pathname);

/**
 * The staff's areas, each swept by a file of its own; a page belongs to the first
 * area with a prefix of its path, and to "other" when none has one.
 */
export const STAFF_AREAS = {
  donations: ["/koordination/spenden"],
  coordination: ["/koordination"],
  "training-counselling": ["/kursleitung", "/beratung", "/kurse"],
  other: [],
} as const satisfies Record<string, readonly string[]>;
export type StaffArea = keyof typeof STAFF_AREAS;

export function staffArea(kind: string): StaffArea {
  for (const [area, prefixes] of Object.entries(STAFF_AREAS) as [StaffArea, readonly string[]][]) {
    if (prefixes.some((prefix) => kind === prefix || kind.startsWith(`${prefix}/`))) return area;
  }
  return "other";
}

/** Waits until a resize has been laid out and the page's script has reacted to it (two frames). */
async function laidOut(page: Page) {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * The findings on the loaded page at both widths: axe's serious and critical issues, and
 * sideways scrolling on the phone. The page is checked at the width it was loaded at, then
 * resized to the other one (its layout is CSS media queries and resize observers, so a
 * resized page is the page a person at that width gets; a second load would only cost time).
 */
async function checkBothWidths(page: Page, path: string): Promise<string[]> {
  const findings: string[] = [];
  const first = page.viewportSize()?.width === PHONE.width ? PHONE : DESKTOP;
  for (const viewport of first === PHONE ? [PHONE, DESKTOP] : [DESKTOP, PHONE]) {
    if (page.viewportSize()?.width !== viewport.width) {
      await page.setViewportSize(viewport);
      await laidOut(page);
    }
    const where = `${path} (${await page.getAttribute("html", "lang")}, ${viewport.width} px)`;
    for (const violation of await seriousAxeViolations(page)) findings.push(`${where}: ${violation}`);
    if (viewport.width === PHONE.width) {
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) findings.push(`${where}: scrolls sideways by ${overflow} px`);
    }
  }
  return findings;
}

/** Loads a page to be swept: it answers (a link to a page the person may not open is a finding of its own) and shows its heading. */
async function open(page: Page, path: string) {
  const response = await page.goto(`${webUrl}${path}`);
  expect(response?.status(), `${path} answers`).toBeLessThan(400);
  await page.locator("h1").first().waitFor();
}

/**
 * Follows the links from the start paths, one page per kind, and checks each page of the
 * kinds `sweeps` takes as it is found (both widths). Only links to kinds `sweeps` takes are
 * followed (from the start paths and the swept pages). The pages swept, in the order found.
 */
async function crawlAndCheck(page: Page, start: readonly string[], sweeps: (kind: string) => boolean, findings: string[], limit = 80): Promise<string[]> {
  const found = new Map<string, string>();
  const visited = new Set<string>();
  const queue = [...start];
  while (queue.length > 0 && found.size < limit) {
    const path = queue.shift()!;
    const kind = pageKind(path);
    if (visited.has(kind)) continue;
    visited.add(kind);
    await open(page, path);
    const hrefs = await page.$$eval("a[href]:not([download])", (links) => links.map((a) => (a as HTMLAnchorElement).href));
    if (sweeps(kind)) {
      found.set(kind, path);
      findings.push(...(await checkBothWidths(page, path)));
    }
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(webUrl).origin || notAPage(url.pathname)) continue;
      const linked = pageKind(url.pathname);
      if (!visited.has(linked) && sweeps(linked)) queue.push(url.pathname);
    }
  }
  return [...found.values()];
}

/**
 * Signs in (or not), finds the pages `sweeps` takes and checks them in German, then in
 * Arabic (the account's saved language, or the visitor's cookie), each at both widths.
 */
export async function sweepAs(browser: Browser, person: Person | null, start: readonly string[], sweeps: (kind: string) => boolean = () => true): Promise<{ pages: string[]; findings: string[] }> {
  const context: BrowserContext = await browser.newContext({ locale: "de-DE", viewport: DESKTOP });
  try {
    const page = await context.newPage();
    if (person) await signInThroughPage(page, webUrl, person.email, person.password);
    const findings: string[] = [];
    const pages = await crawlAndCheck(page, start, sweeps, findings);
    if (person) {
      await switchLanguage(page, "ar");
    } else {
      await context.addCookies([{ name: "lotse_locale", value: "ar", url: webUrl }]);
      await page.reload();
    }
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    for (const path of pages) {
      await open(page, path);
      findings.push(...(await checkBothWidths(page, path)));
    }
    return { pages, findings };
  } finally {
    await context.close();
  }
}

/** An account with every staff role in Oldenburg: invited by the admin, password set through the mailed link. */
export async function staffWithEveryRole(): Promise<Person> {
  const person = newPerson("Barrierefrei Team");
  const admin = await signIn(lotse, demo.admin);
  await inviteUser(admin, { email: person.email, name: person.name, roles: ["ADMIN", "COORDINATOR", "TRAINER", "COUNSELLOR"] });
  const mail = await lotse.mailbox.newestTo(person.email, { text: "/reset-password?" });
  await lotse.session().mutate("ResetPassword", { token: tokenIn(mail, "/reset-password"), password: person.password });
  return person;
}

/**
 * Something behind every kind of detail page: an approved volunteer (who reads Arabic) with a
 * place in a cohort with a session, a family with a tandem proposal to her, a child of the counselling.
 */
export async function volunteerWithEverything(staff: Person): Promise<Person> {
  const volunteer = newPerson("Barrierefrei Lotsin");
  const coordinator = await signIn(lotse, demo.coordinator);
  const { id: volunteerId } = await approvedVolunteer(lotse, coordinator, volunteer, { languages: [{ code: "ar", level: "NATIVE", interpreting: false }] });
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
  return volunteer;
}

/**
 * The staff sweep of one area, as a person with every staff role who finds the area's pages
 * from the start page; `withVolunteer` first makes the detail pages of a volunteer's story.
 */
export async function sweepStaffArea(browser: Browser, area: StaffArea, { withVolunteer }: { withVolunteer: boolean }) {
  const staff = await staffWithEveryRole();
  if (withVolunteer) await volunteerWithEverything(staff);
  return sweepAs(browser, staff, ["/"], (kind) => staffArea(kind) === area);
}

// The accessibility sweep (support/accessibility.ts) of a volunteer's pages: no
// serious axe finding in German and Arabic, at 360 and 1280 px, no sideways
// scrolling on the phone, for every page found from the start page by a
// volunteer with a tandem proposal and a course place.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person } from "@lotse/testing/factories";
import { hasChromium, launchBrowser } from "../support/browser.ts";
import { pageKind, staffWithEveryRole, SWEEP_TIMEOUT, sweepAs, volunteerWithEverything } from "../support/accessibility.ts";

describe.skipIf(!hasChromium)("a volunteer's pages have no serious accessibility issue, in German and Arabic, on a phone and a desktop", () => {
  let browser: Browser;
  let volunteer: Person;
  beforeAll(async () => {
    browser = await launchBrowser();
    volunteer = await volunteerWithEverything(await staffWithEveryRole());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the volunteer's pages", async () => {
    const { pages, findings } = await sweepAs(browser, volunteer, ["/"]);
    const kinds = pages.map(pageKind);
    for (const kind of ["/ehrenamt", "/ehrenamt/stunden", "/ehrenamt/kurse", "/ehrenamt/nachweis", "/ehrenamt/profil", "/ehrenamt/tandems", "/kurse", "/kurse/:id", "/account"]) {
      expect(kinds, `${kind} was found`).toContain(kind);
    }
    expect(findings).toEqual([]);
  }, SWEEP_TIMEOUT);
});

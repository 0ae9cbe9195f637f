// The accessibility sweep (support/accessibility.ts) of the staff's pages of training and counselling:
// no serious axe finding in German and Arabic, at 360 and 1280 px, no sideways
// scrolling on the phone, for every page of the area found from the start page
// by a person with every staff role.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchBrowser } from "../support/browser.ts";
import { pageKind, SWEEP_TIMEOUT, sweepStaffArea } from "../support/accessibility.ts";

describe.skipIf(!hasChromium)("the staff's pages of training and counselling have no serious accessibility issue, in German and Arabic, on a phone and a desktop", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("every page of the training and the Schuleinstiegsberatung", async () => {
    const { pages, findings } = await sweepStaffArea(browser, "training-counselling", { withVolunteer: true });
    // The crawl reached the area and its detail pages.
    const kinds = pages.map(pageKind);
    for (const kind of ["/kursleitung", "/kursleitung/kurse/:id", "/beratung", "/beratung/kinder/:id"]) {
      expect(kinds, `${kind} was found`).toContain(kind);
    }
    expect(findings).toEqual([]);
  }, SWEEP_TIMEOUT);
});

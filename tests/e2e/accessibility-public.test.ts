// The accessibility sweep (support/accessibility.ts) of the pages without signing
// in: no serious axe finding in German and Arabic, at 360 and 1280 px, no
// sideways scrolling on the phone, for every page found from the public start pages.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchBrowser } from "../support/browser.ts";
import { SWEEP_TIMEOUT, sweepAs } from "../support/accessibility.ts";

describe.skipIf(!hasChromium)("the public pages have no serious accessibility issue, in German and Arabic, on a phone and a desktop", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the public pages", async () => {
    const { findings } = await sweepAs(browser, null, ["/login", "/o/oldenburg/mitmachen", "/forgot-password", "/verify-email", "/reset-password", "/accept-invitation"]);
    expect(findings).toEqual([]);
  }, SWEEP_TIMEOUT);
});

// The running Lotse of a browser-test run for the factories of @lotse/testing:
// sessions against the web app's /graphql (persisted operations only, as the
// production API runs) and the development mail folder the API delivers to.
import type { Lotse } from "@lotse/testing/factories";
import { mailFolder } from "@lotse/testing/mail";
import { webSession } from "@lotse/testing/operations";
import { inject } from "vitest";

export const webUrl = inject("webUrl");

export const lotse: Lotse = {
  session: () => webSession(webUrl),
  mailbox: mailFolder(inject("mailDir")),
};

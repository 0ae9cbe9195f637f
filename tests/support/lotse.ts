// The running Lotse of a browser-test file for the factories of @lotse/testing:
// sessions against the web app's /graphql (persisted operations only, as the
// production API runs) and the development mail folder the API delivers to.
// Each vitest worker has a Lotse of its own (support/servers.ts): a file uses its worker's.
import type { Lotse } from "@lotse/testing/factories";
import { mailFolder } from "@lotse/testing/mail";
import { webSession } from "@lotse/testing/operations";
import { inject } from "vitest";

const stacks = inject("stacks");
const worker = Number(process.env.VITEST_POOL_ID ?? 1);
const stack = stacks[worker - 1];
if (!stack) throw new Error(`no Lotse for vitest worker ${worker} (${stacks.length} started): files running at once would share one`);

export const webUrl = stack.webUrl;

export const lotse: Lotse = {
  session: () => webSession(webUrl),
  mailbox: mailFolder(stack.mailDir),
};

import { m } from "$lib/paraglide/messages.js";
import { enumLabel } from "./enum-label";

/** The text for one value of status.*; a value without a message is shown as it is. */
export const statusLabel = /* @__PURE__ */ enumLabel({
  "ACTIVE": m.status_ACTIVE,
  "INVITED": m.status_INVITED,
  "DEACTIVATED": m.status_DEACTIVATED,
});

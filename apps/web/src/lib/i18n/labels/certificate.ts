import { m } from "$lib/paraglide/messages.js";
import { enumLabel } from "./enum-label";

/** The text for one value of certificate.*; a value without a message is shown as it is. */
export const certificateLabel = /* @__PURE__ */ enumLabel({
  "MISSING": m.certificate_MISSING,
  "VALID": m.certificate_VALID,
  "EXPIRING": m.certificate_EXPIRING,
  "EXPIRED": m.certificate_EXPIRED,
});

import { m } from "$lib/paraglide/messages.js";
import { enumLabel } from "./enum-label";

/** The text for one value of reviewStatus.*; a value without a message is shown as it is. */
export const reviewStatusLabel = /* @__PURE__ */ enumLabel({
  "PENDING": m.reviewStatus_PENDING,
  "APPROVED": m.reviewStatus_APPROVED,
  "REJECTED": m.reviewStatus_REJECTED,
});

import { m } from "$lib/paraglide/messages.js";
import { enumLabel } from "./enum-label";

/** The text for one value of volunteerStatus.*; a value without a message is shown as it is. */
export const volunteerStatusLabel = /* @__PURE__ */ enumLabel({
  "PENDING": m.volunteerStatus_PENDING,
  "APPROVED": m.volunteerStatus_APPROVED,
  "PAUSED": m.volunteerStatus_PAUSED,
  "REJECTED": m.volunteerStatus_REJECTED,
  "ENDED": m.volunteerStatus_ENDED,
});

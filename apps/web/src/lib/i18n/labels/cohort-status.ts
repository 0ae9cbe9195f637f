import { m } from "$lib/paraglide/messages.js";
import { enumLabel } from "./enum-label";

/** The text for one value of cohortStatus.*; a value without a message is shown as it is. */
export const cohortStatusLabel = /* @__PURE__ */ enumLabel({
  "PLANNED": m.cohortStatus_PLANNED,
  "OPEN": m.cohortStatus_OPEN,
  "RUNNING": m.cohortStatus_RUNNING,
  "COMPLETED": m.cohortStatus_COMPLETED,
  "CANCELLED": m.cohortStatus_CANCELLED,
});

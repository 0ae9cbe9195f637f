import { m } from "$lib/paraglide/messages.js";
import { enumLabel } from "./enum-label";

/** The text for one value of outcome.*; a value without a message is shown as it is. */
export const outcomeLabel = /* @__PURE__ */ enumLabel({
  "CERTIFIED": m.outcome_CERTIFIED,
  "BELOW_MINIMUM": m.outcome_BELOW_MINIMUM,
});

import { m } from "$lib/paraglide/messages.js";
import { enumLabel } from "./enum-label";

/** The text for one value of level.*; a value without a message is shown as it is. */
export const levelLabel = /* @__PURE__ */ enumLabel({
  "A1": m.level_A1,
  "A2": m.level_A2,
  "B1": m.level_B1,
  "B2": m.level_B2,
  "C1": m.level_C1,
  "C2": m.level_C2,
  "NATIVE": m.level_NATIVE,
});

import { m } from "$lib/paraglide/messages.js";
import { enumLabel } from "./enum-label";

/** The text for one value of my.*; a value without a message is shown as it is. */
export const myLabel = /* @__PURE__ */ enumLabel({
  "APPLIED": m.my_APPLIED,
  "ADMITTED": m.my_ADMITTED,
  "WITHDRAWN": m.my_WITHDRAWN,
  "REMOVED": m.my_REMOVED,
  "DECLINED": m.my_DECLINED,
  "EXPIRED": m.my_EXPIRED,
  "NOT_ADMITTED": m.my_NOT_ADMITTED,
});

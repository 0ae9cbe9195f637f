import { m } from "$lib/paraglide/messages.js";
import { enumLabel } from "./enum-label";

/** The text for one value of enrolmentStatus.*; a value without a message is shown as it is. */
export const enrolmentStatusLabel = /* @__PURE__ */ enumLabel({
  "APPLIED": m.enrolmentStatus_APPLIED,
  "ADMITTED": m.enrolmentStatus_ADMITTED,
  "WAITLISTED": m.enrolmentStatus_WAITLISTED,
  "OFFERED": m.enrolmentStatus_OFFERED,
  "WITHDRAWN": m.enrolmentStatus_WITHDRAWN,
  "REMOVED": m.enrolmentStatus_REMOVED,
  "DECLINED": m.enrolmentStatus_DECLINED,
  "EXPIRED": m.enrolmentStatus_EXPIRED,
  "NOT_ADMITTED": m.enrolmentStatus_NOT_ADMITTED,
});

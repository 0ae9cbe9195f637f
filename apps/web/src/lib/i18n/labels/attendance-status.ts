import { m } from "$lib/paraglide/messages.js";
import { enumLabel } from "./enum-label";

/** The text for one value of attendanceStatus.*; a value without a message is shown as it is. */
export const attendanceStatusLabel = /* @__PURE__ */ enumLabel({
  "PRESENT": m.attendanceStatus_PRESENT,
  "EXCUSED": m.attendanceStatus_EXCUSED,
  "ABSENT": m.attendanceStatus_ABSENT,
});

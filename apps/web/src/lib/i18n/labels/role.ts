import { m } from "$lib/paraglide/messages.js";
import { enumLabel } from "./enum-label";

/** The text for one value of role.*; a value without a message is shown as it is. */
export const roleLabel = /* @__PURE__ */ enumLabel({
  "ADMIN": m.role_ADMIN,
  "COORDINATOR": m.role_COORDINATOR,
  "TRAINER": m.role_TRAINER,
  "COUNSELLOR": m.role_COUNSELLOR,
  "VOLUNTEER": m.role_VOLUNTEER,
});

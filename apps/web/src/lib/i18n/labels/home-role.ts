import { m } from "$lib/paraglide/messages.js";
import { enumLabel } from "./enum-label";

/** The text for one value of home.role.*; a value without a message is shown as it is. */
export const homeRoleLabel = /* @__PURE__ */ enumLabel({
  "ADMIN": m.home_role_ADMIN,
  "COORDINATOR": m.home_role_COORDINATOR,
  "TRAINER": m.home_role_TRAINER,
  "COUNSELLOR": m.home_role_COUNSELLOR,
  "VOLUNTEER": m.home_role_VOLUNTEER,
});

import { m } from "$lib/paraglide/messages.js";
import { enumLabel } from "./enum-label";

/** The text for one value of allowanceKind.*; a value without a message is shown as it is. */
export const allowanceKindLabel = /* @__PURE__ */ enumLabel({
  "EHRENAMTSPAUSCHALE": m.allowanceKind_EHRENAMTSPAUSCHALE,
  "EXPENSE_REIMBURSEMENT": m.allowanceKind_EXPENSE_REIMBURSEMENT,
  "UEBUNGSLEITERFREIBETRAG": m.allowanceKind_UEBUNGSLEITERFREIBETRAG,
  "MILEAGE": m.allowanceKind_MILEAGE,
});

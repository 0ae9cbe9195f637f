// Who may do what with donations, for GraphQL and the plain routes alike:
// coordinators manage donors, donations, funds, the inventory and receipts;
// admins maintain the settings (thresholds, categories, retention). The scoped
// client keeps other organisations out whatever is asked.
import type { ServiceCtx } from "../service-context.ts";

type Caller = Pick<ServiceCtx, "viewer">;

/** Donors, donations, funds, inventory, receipts and the reports: coordinators. */
export function canManageDonations(ctx: Caller): boolean {
  return !!ctx.viewer?.roles.includes("COORDINATOR");
}

/** The acceptance thresholds, goods categories and receipt retention: admins. */
export function canMaintainDonationSettings(ctx: Caller): boolean {
  return !!ctx.viewer?.roles.includes("ADMIN");
}

/** Reading the settings and categories (forms need them): coordinators and admins. */
export function canReadDonationSettings(ctx: Caller): boolean {
  return canManageDonations(ctx) || canMaintainDonationSettings(ctx);
}

/** The roles GraphQL's auth rules name for the managing fields. */
export const DONATION_MANAGERS = ["COORDINATOR"] as const;

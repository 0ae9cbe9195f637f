// Who may do what with donations, for GraphQL and the plain routes alike:
// coordinators manage donors, donations, funds, the inventory and receipts;
// admins maintain the settings (thresholds, categories, retention). The scoped
// client keeps other organisations out whatever is asked.
import { holdsAnyRole } from "../access-rule.ts";
import type { Viewer } from "../identity/index.ts";
import type { ServiceCtx } from "../service-context.ts";

type Caller = Pick<ServiceCtx, "viewer">;
type Who = Pick<Viewer, "roles"> | null | undefined;

/** Donors, donations, funds, inventory, receipts and the reports: coordinators. */
export const mayManageDonations = (viewer: Who) => holdsAnyRole(viewer, "COORDINATOR");

/** The acceptance thresholds, goods categories and receipt retention: admins. */
export const mayMaintainDonationSettings = (viewer: Who) => holdsAnyRole(viewer, "ADMIN");

/** Reading the settings and categories (forms need them): coordinators and admins. */
export const mayReadDonationSettings = (viewer: Who) => mayManageDonations(viewer) || mayMaintainDonationSettings(viewer);

export const canManageDonations = (ctx: Caller) => mayManageDonations(ctx.viewer);
export const canMaintainDonationSettings = (ctx: Caller) => mayMaintainDonationSettings(ctx.viewer);
export const canReadDonationSettings = (ctx: Caller) => mayReadDonationSettings(ctx.viewer);

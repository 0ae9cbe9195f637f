// The shape of every "who may" rule. A module's access.ts is the only file of
// the module that names roles: it exports rules named for the decision
// (mayReviewHours, mayManageDonations), and the GraphQL fields (as
// `authScopes: { may: rule }`), the plain routes and the services all ask the
// same function. boundaries.test.ts fails for a GraphQL file that names a role.
import type { Role } from "../generated/prisma/client.ts";
import type { Viewer } from "./identity/index.ts";

/** The caller as a rule sees it; null when nobody is signed in. */
export type AccessRule = (viewer: Viewer | null) => boolean;

/** Whether the caller holds at least one of the roles (false when signed out). */
export const holdsAnyRole = (viewer: Pick<Viewer, "roles"> | null | undefined, ...roles: Role[]): boolean => roles.some((role) => viewer?.roles.includes(role) ?? false);

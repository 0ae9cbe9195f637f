// Roles are rows of MembershipRole; these helpers turn them into the sorted,
// duplicate-free lists the API shows and the session carries.
import { sortRoles } from "@lotse/domain/roles";
import type { Role } from "../../generated/prisma/client.ts";


export function rolesOf(membership: { roles: { role: Role }[] }): Role[] {
  return sortRoles(membership.roles.map((r) => r.role));
}

// Roles are rows of MembershipRole; these helpers turn them into the sorted,
// duplicate-free lists the API shows and the session carries.
import type { Role } from "../../generated/prisma/client.ts";

export const ROLE_ORDER: Role[] = ["ADMIN", "COORDINATOR", "COUNSELLOR", "TRAINER", "VOLUNTEER"];

export function uniqueRoles(roles: Iterable<Role>): Role[] {
  const set = new Set(roles);
  return ROLE_ORDER.filter((r) => set.has(r));
}

export function rolesOf(membership: { roles: { role: Role }[] }): Role[] {
  return uniqueRoles(membership.roles.map((r) => r.role));
}

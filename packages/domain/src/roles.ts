// The roles a membership can hold, in the one order every list of roles uses
// (the API's answers, the role checkboxes, the start page's cards).
export const ROLES = ["ADMIN", "COORDINATOR", "COUNSELLOR", "TRAINER", "VOLUNTEER"] as const;

export type Role = (typeof ROLES)[number];

/** The roles given, each once, in ROLES order. */
export function sortRoles(roles: Iterable<Role>): Role[] {
  const set = new Set(roles);
  return ROLES.filter((r) => set.has(r));
}

// The user list's URL parameters <-> the `users` query's variables, so filters
// and pages are links (back button, bookmarks, no JavaScript needed to page).
import type { Role, UserStatus, UsersFilter } from "$lib/graphql/types";
import { PATHS } from "@lotse/domain/paths";
import { ROLES } from "@lotse/domain/roles";

export const PAGE_SIZE = 20;
/** `?size=` may ask for another page size within these bounds (handy for long lists and tests). */
export const MIN_PAGE_SIZE = 2;
export const MAX_PAGE_SIZE = 100;
export const STATUSES: readonly UserStatus[] = ["ACTIVE", "INVITED", "DEACTIVATED"];

export interface UsersParams {
  search: string;
  role: Role | null;
  status: UserStatus | null;
  after: string | null;
  before: string | null;
  /** null = the default PAGE_SIZE */
  size: number | null;
}

export function parseUsersParams(params: URLSearchParams): UsersParams {
  const role = params.get("role");
  const status = params.get("status");
  const size = Number.parseInt(params.get("size") ?? "", 10);
  return {
    search: (params.get("search") ?? "").trim().slice(0, 200),
    role: ROLES.includes(role as Role) ? (role as Role) : null,
    status: STATUSES.includes(status as UserStatus) ? (status as UserStatus) : null,
    after: params.get("after") || null,
    before: params.get("before") || null,
    size: Number.isFinite(size) ? Math.min(MAX_PAGE_SIZE, Math.max(MIN_PAGE_SIZE, size)) : null,
  };
}

export function usersVariables(p: UsersParams) {
  const pageSize = p.size ?? PAGE_SIZE;
  const filter: UsersFilter = {};
  if (p.search) filter.search = p.search;
  if (p.role) filter.role = p.role;
  if (p.status) filter.status = p.status;
  const hasFilter = Object.keys(filter).length > 0;
  const page = p.before ? { last: pageSize, before: p.before } : { first: pageSize, after: p.after };
  return { ...page, filter: hasFilter ? filter : null };
}

/** A link to the list with the same filter and another page. */
export function usersHref(
  p: UsersParams,
  page: { after?: string | null; before?: string | null },
  base: string = PATHS.users,
): string {
  const q = new URLSearchParams();
  if (p.search) q.set("search", p.search);
  if (p.role) q.set("role", p.role);
  if (p.status) q.set("status", p.status);
  if (p.size) q.set("size", String(p.size));
  if (page.after) q.set("after", page.after);
  if (page.before) q.set("before", page.before);
  const s = q.toString();
  return s ? `${base}?${s}` : base;
}

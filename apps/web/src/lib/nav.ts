// Routes and who may see them: the single place that decides which links exist.
import type { Role } from "$lib/graphql/types";
import type { MessageKey } from "$lib/i18n";

/** Pages that work without signing in. */
export const PUBLIC_PATHS: readonly string[] = ["/login", "/forgot-password", "/reset-password"];

export function isPublicPath(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return PUBLIC_PATHS.includes(path);
}

/**
 * The `next` parameter after sign-in: only a path on this site (no scheme,
 * no protocol-relative `//host`, no backslash tricks); otherwise the start page.
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return "/";
  if (/[\u0000-\u001f]/.test(next)) return "/";
  return next;
}

export function loginUrl(pathname: string, search: string): string {
  const target = pathname + search;
  return target === "/" ? "/login" : `/login?next=${encodeURIComponent(target)}`;
}

export interface NavItem {
  href: string;
  label: MessageKey;
  /** Shown only to holders of one of these roles; undefined = everyone signed in. */
  roles?: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "nav.home" },
  { href: "/admin/users", label: "nav.users", roles: ["ADMIN"] },
  { href: "/account", label: "nav.account" },
];

export function navFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.some((r) => roles.includes(r)));
}

/** The order roles are listed in everywhere. */
export const ROLES: readonly Role[] = ["ADMIN", "COORDINATOR", "TRAINER", "COUNSELLOR", "VOLUNTEER"];

export function sortRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((r) => roles.includes(r));
}

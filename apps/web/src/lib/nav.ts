// Routes and who may see them: the single place that decides which links exist.
import type { Role } from "$lib/graphql/types";
import type { MessageKey } from "$lib/i18n";

/** Pages that work without signing in. */
export const PUBLIC_PATHS: readonly string[] = ["/login", "/forgot-password", "/reset-password", "/verify-email", "/accept-invitation"];

/** Public pages with a parameter: an organisation's volunteer sign-up (`/o/<slug>/mitmachen`). */
export const PUBLIC_PATTERNS: readonly RegExp[] = [/^\/o\/[^/]+\/mitmachen$/];

export function isPublicPath(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return PUBLIC_PATHS.includes(path) || PUBLIC_PATTERNS.some((pattern) => pattern.test(path));
}

/** The public volunteer sign-up page of an organisation. */
export function signUpPath(organizationSlug: string): string {
  return `/o/${encodeURIComponent(organizationSlug)}/mitmachen`;
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
  { href: "/ehrenamt", label: "nav.volunteering", roles: ["VOLUNTEER"] },
  { href: "/kurse", label: "nav.courses", roles: ["VOLUNTEER"] },
  { href: "/koordination/ehrenamtliche", label: "nav.volunteers", roles: ["COORDINATOR"] },
  { href: "/koordination/stunden", label: "nav.hourReview", roles: ["COORDINATOR"] },
  { href: "/kursleitung", label: "nav.training", roles: ["TRAINER", "COORDINATOR"] },
  { href: "/admin/users", label: "nav.users", roles: ["ADMIN"] },
  { href: "/admin/einstellungen", label: "nav.settings", roles: ["ADMIN"] },
  { href: "/account", label: "nav.account" },
];

/** The volunteer's own pages (sub-navigation of "My volunteering"). */
export const VOLUNTEER_PAGES: readonly { href: string; label: MessageKey }[] = [
  { href: "/ehrenamt", label: "vol.navLog" },
  { href: "/ehrenamt/stunden", label: "vol.navHours" },
  { href: "/ehrenamt/profil", label: "vol.navProfile" },
  { href: "/ehrenamt/nachweis", label: "vol.navNachweis" },
];

/** The volunteer's pages as linked from the start page: their own area and the course catalogue. */
export const VOLUNTEER_HOME_LINKS: readonly { href: string; label: MessageKey }[] = [...VOLUNTEER_PAGES, { href: "/kurse", label: "nav.courses" }];

/** The admins' pages, as linked from the start page. */
export const ADMIN_PAGES: readonly { href: string; label: MessageKey }[] = [
  { href: "/admin/users", label: "nav.users" },
  { href: "/admin/einstellungen", label: "nav.settings" },
];

/** The trainers' pages, as linked from the start page. */
export const TRAINER_PAGES: readonly { href: string; label: MessageKey }[] = [{ href: "/kursleitung", label: "nav.training" }];

/** The coordinators' pages for volunteers, as linked from the start page. */
export const COORDINATOR_PAGES: readonly { href: string; label: MessageKey }[] = [
  { href: "/koordination/ehrenamtliche", label: "nav.volunteers" },
  { href: "/koordination/stunden", label: "nav.hourReview" },
  { href: "/kursleitung", label: "nav.training" },
];

export function navFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.some((r) => roles.includes(r)));
}

/** The order roles are listed in everywhere. */
export const ROLES: readonly Role[] = ["ADMIN", "COORDINATOR", "TRAINER", "COUNSELLOR", "VOLUNTEER"];

export function sortRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((r) => roles.includes(r));
}

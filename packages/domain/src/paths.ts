// The web app's pages, and which role sees which: the navigation and the start
// page's links are built from this table, and the API's emails link to the
// same paths. Labels are keys of the web's dictionary.
import type { Role } from "./roles.ts";

export const PATHS = {
  home: "/",
  login: "/login",
  forgotPassword: "/forgot-password",
  resetPassword: "/reset-password",
  verifyEmail: "/verify-email",
  acceptInvitation: "/accept-invitation",
  account: "/account",
  volunteering: "/ehrenamt",
  volunteerHours: "/ehrenamt/stunden",
  volunteerProfile: "/ehrenamt/profil",
  /** The volunteer's enrolments, qualifications, certificates and calendar feed. */
  volunteerCourses: "/ehrenamt/kurse",
  nachweis: "/ehrenamt/nachweis",
  volunteerAllowances: "/ehrenamt/zahlungen",
  catalogue: "/kurse",
  training: "/kursleitung",
  volunteers: "/koordination/ehrenamtliche",
  hourReview: "/koordination/stunden",
  users: "/admin/users",
  settings: "/admin/einstellungen",
  auditLog: "/admin/protokoll",
  /** What the retention jobs did (reached from the settings page). */
  retention: "/admin/aufbewahrung",
  /** Right of access and erasure: find a person, export, erase. */
  dataProtection: "/admin/datenschutz",
  families: "/koordination/familien",
  tandems: "/koordination/tandems",
  tandemProposals: "/koordination/tandems/vorschlaege",
  myTandems: "/ehrenamt/tandems",
  donations: "/koordination/spenden",
  /** The interpreter's requests and appointments (Sprachmittlerpool). */
  myInterpreting: "/ehrenamt/sprachmittlung",
  /** The coordinators' Sprachmittlerpool: pool, open requests, statements. */
  interpreterPool: "/koordination/sprachmittlung",
  counselling: "/beratung",
  counsellingBooking: "/beratung/buchen",
  counsellingAvailability: "/beratung/verfuegbarkeit",
  children: "/beratung/kinder",
  newChild: "/beratung/kinder/neu",
  /** The Integrationsmonitor (counsellors: the school-entry section only). */
  reports: "/berichte",
  /** Where the header's forms post without JavaScript: language, organisation, sign-out. */
  session: "/sitzung",
} as const;

/** One appointment of the Schuleinstiegsberatung (its id is the API's global ID). */
export function appointmentPath(id: string): string {
  return `${PATHS.counselling}/termine/${encodeURIComponent(id)}`;
}

/** One child's record. */
export function childPath(id: string): string {
  return `${PATHS.children}/${encodeURIComponent(id)}`;
}

/** Pages that work without signing in. */
export const PUBLIC_PATHS: readonly string[] = [PATHS.login, PATHS.forgotPassword, PATHS.resetPassword, PATHS.verifyEmail, PATHS.acceptInvitation, PATHS.session];

/** Public pages with a parameter: an organisation's volunteer sign-up (`/o/<slug>/mitmachen`), the check of a Nachweis by its code. */
export const PUBLIC_PATTERNS: readonly RegExp[] = [/^\/o\/[^/]+\/mitmachen$/, /^\/nachweis\/pruefen\/[^/]+$/];

export function isPublicPath(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return PUBLIC_PATHS.includes(path) || PUBLIC_PATTERNS.some((pattern) => pattern.test(path));
}

/**
 * After switching organisation: the admin pages and the volunteer's own pages need that role in the
 * new organisation; on one of them without it, the person starts over on the start page.
 */
export function leavesArea(path: string, roles: readonly string[]): boolean {
  return (path.startsWith("/admin") && !roles.includes("ADMIN")) || (path.startsWith(PATHS.volunteering) && !roles.includes("VOLUNTEER"));
}

/** The public volunteer sign-up page of an organisation. */
export function signUpPath(organizationSlug: string): string {
  return `/o/${encodeURIComponent(organizationSlug)}/mitmachen`;
}

/** The link in a password-reset or invitation email. */
export function resetPasswordPath(token: string, options: { invite?: boolean } = {}): string {
  return `${PATHS.resetPassword}?token=${encodeURIComponent(token)}${options.invite ? "&invite=1" : ""}`;
}

/** The link in the email that asks an existing account to accept a further organisation's membership. */
export function acceptInvitationPath(token: string): string {
  return `${PATHS.acceptInvitation}?token=${encodeURIComponent(token)}`;
}

/** The link in the email that confirms a volunteer's address. */
export function verifyEmailPath(token: string): string {
  return `${PATHS.verifyEmail}?token=${encodeURIComponent(token)}`;
}

export interface PageLink {
  readonly href: string;
  readonly label: string;
}

/** The right-of-access downloads of one person (`subject`: their global ID), as the API serves them. */
export const personalDataDownloadPath = (subject: string, format: "json" | "pdf") => `/exports/personal-data/${encodeURIComponent(subject)}.${format}`;

export interface NavItem extends PageLink {
  /** Shown only to holders of one of these roles; undefined = everyone signed in. */
  readonly roles?: readonly Role[];
}

/** The main navigation, in the order shown. */
export const NAV_ITEMS = [
  { href: PATHS.home, label: "nav.home" },
  { href: PATHS.volunteering, label: "nav.volunteering", roles: ["VOLUNTEER"] },
  { href: PATHS.catalogue, label: "nav.courses", roles: ["VOLUNTEER"] },
  { href: PATHS.volunteers, label: "nav.volunteers", roles: ["COORDINATOR"] },
  { href: PATHS.hourReview, label: "nav.hourReview", roles: ["COORDINATOR"] },
  { href: PATHS.families, label: "nav.families", roles: ["COORDINATOR"] },
  { href: PATHS.tandems, label: "nav.tandems", roles: ["COORDINATOR"] },
  { href: PATHS.tandemProposals, label: "nav.tandemProposals", roles: ["COORDINATOR"] },
  { href: PATHS.interpreterPool, label: "nav.interpreterPool", roles: ["COORDINATOR"] },
  { href: PATHS.training, label: "nav.training", roles: ["TRAINER", "COORDINATOR"] },
  { href: PATHS.donations, label: "nav.donations", roles: ["COORDINATOR"] },
  { href: PATHS.counselling, label: "nav.counselling", roles: ["COUNSELLOR"] },
  { href: PATHS.children, label: "nav.children", roles: ["COUNSELLOR"] },
  { href: PATHS.reports, label: "nav.reports", roles: ["COORDINATOR", "ADMIN", "COUNSELLOR"] },
  { href: PATHS.users, label: "nav.users", roles: ["ADMIN"] },
  { href: PATHS.settings, label: "nav.settings", roles: ["ADMIN"] },
  { href: PATHS.auditLog, label: "nav.auditLog", roles: ["ADMIN"] },
  { href: PATHS.dataProtection, label: "nav.dataProtection", roles: ["ADMIN"] },
  { href: PATHS.account, label: "nav.account" },
] as const satisfies readonly NavItem[];

/** The navigation a holder of these roles sees. */
export function navFor(roles: readonly Role[]): (typeof NAV_ITEMS)[number][] {
  return NAV_ITEMS.filter((item: NavItem) => !item.roles || item.roles.some((r) => roles.includes(r)));
}

/** The volunteer's own pages (sub-navigation of "My volunteering"). */
export const VOLUNTEER_PAGES = [
  { href: PATHS.volunteering, label: "vol.navLog" },
  { href: PATHS.volunteerHours, label: "vol.navHours" },
  { href: PATHS.volunteerCourses, label: "vol.navCourses" },
  { href: PATHS.volunteerProfile, label: "vol.navProfile" },
  { href: PATHS.nachweis, label: "vol.navNachweis" },
  { href: PATHS.volunteerAllowances, label: "vol.navAllowances" },
  { href: PATHS.myTandems, label: "vol.navTandems" },
  { href: PATHS.myInterpreting, label: "vol.navInterpreting" },
] as const satisfies readonly PageLink[];

// The counselling area's sub-navigation and the start page's links per role are in page-links.ts:
// every page's header imports this file, and only two pages need those tables.

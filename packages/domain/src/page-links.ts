// The counselling area's sub-navigation and the start page's links for each role. Beside
// paths.ts, not in it: every page's header imports paths.ts, and in the browser the two
// tables would then travel with every page though only /beratung and the start page use them.
import type { Role } from "./roles.ts";
import { PATHS, VOLUNTEER_PAGES, type PageLink } from "./paths.ts";

/** The Schuleinstiegsberatung's pages (sub-navigation under /beratung). */
export const COUNSELLING_PAGES = [
  { href: PATHS.counselling, label: "counsel.navWeek" },
  { href: PATHS.counsellingBooking, label: "counsel.navBook" },
  { href: PATHS.children, label: "counsel.navChildren" },
  { href: PATHS.counsellingAvailability, label: "counsel.navAvailability" },
] as const satisfies readonly PageLink[];

/** The start page's links for each role (a role without pages yet has none). */
export const START_PAGE_LINKS = {
  ADMIN: [
    { href: PATHS.users, label: "nav.users" },
    { href: PATHS.settings, label: "nav.settings" },
    { href: PATHS.auditLog, label: "nav.auditLog" },
    { href: PATHS.dataProtection, label: "nav.dataProtection" },
  ],
  COORDINATOR: [
    { href: PATHS.volunteers, label: "nav.volunteers" },
    { href: PATHS.hourReview, label: "nav.hourReview" },
    { href: PATHS.families, label: "nav.families" },
    { href: PATHS.tandems, label: "nav.tandems" },
    { href: PATHS.tandemProposals, label: "nav.tandemProposals" },
    { href: PATHS.interpreterPool, label: "nav.interpreterPool" },
    { href: PATHS.training, label: "nav.training" },
    { href: PATHS.donations, label: "nav.donations" },
  ],
  COUNSELLOR: [
    { href: PATHS.counselling, label: "nav.counselling" },
    { href: PATHS.children, label: "nav.children" },
  ],
  TRAINER: [{ href: PATHS.training, label: "nav.training" }],
  VOLUNTEER: [...VOLUNTEER_PAGES, { href: PATHS.catalogue, label: "nav.courses" }],
} as const satisfies Record<Role, readonly PageLink[]>;

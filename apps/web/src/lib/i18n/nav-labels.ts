// The navigation's link texts. The pages and who sees them are @lotse/domain/paths
// (shared with the API), which names each link by its message key. The header's links are
// written on the server (routes/+layout.server.ts), so the browser's shell carries no table of
// every role's link texts; the start page and the counselling area look them up here.
import { m } from "$lib/paraglide/messages.js";
import type { UiLocale } from "./locale";

/** A message without inputs, in the language given (the server's) or the page's. */
type NavMessage = (inputs?: Record<string, never>, options?: { locale?: UiLocale }) => string;

const NAV_LABELS: Record<string, NavMessage> = {
  "counsel.navAvailability": m.counsel_navAvailability,
  "counsel.navBook": m.counsel_navBook,
  "counsel.navChildren": m.counsel_navChildren,
  "counsel.navWeek": m.counsel_navWeek,
  "nav.account": m.nav_account,
  "nav.auditLog": m.nav_auditLog,
  "nav.children": m.nav_children,
  "nav.counselling": m.nav_counselling,
  "nav.courses": m.nav_courses,
  "nav.dataProtection": m.nav_dataProtection,
  "nav.donations": m.nav_donations,
  "nav.families": m.nav_families,
  "nav.home": m.nav_home,
  "nav.hourReview": m.nav_hourReview,
  "nav.interpreterPool": m.nav_interpreterPool,
  "nav.reports": m.nav_reports,
  "nav.settings": m.nav_settings,
  "nav.tandems": m.nav_tandems,
  "nav.tandemProposals": m.nav_tandemProposals,
  "nav.training": m.nav_training,
  "nav.users": m.nav_users,
  "nav.volunteering": m.nav_volunteering,
  "nav.volunteers": m.nav_volunteers,
  "vol.navAllowances": m.vol_navAllowances,
  "vol.navCourses": m.mytraining_heading,
  "vol.navHours": m.vol_navHours,
  "vol.navInterpreting": m.vol_navInterpreting,
  "vol.navLog": m.vol_navLog,
  "vol.navNachweis": m.vol_navNachweis,
  "vol.navProfile": m.vol_navProfile,
  "vol.navTandems": m.vol_navTandems,
};

/** A link's text (in `locale`, else the page's language); a key without a message (a new page in @lotse/domain) is shown as it is, so it gets noticed. */
export function navLabel(key: string, locale?: UiLocale): string {
  const message = NAV_LABELS[key];
  return message ? message({}, locale ? { locale } : {}) : key;
}

// The start pages' work queue (`myWorkQueue`, gathered from every API module):
// each item's label by its key, and the navigation badges, which add up the
// items whose list lies under a navigation item's page.
import { m } from "$lib/paraglide/messages.js";
import type { WorkQueueItem } from "$lib/graphql/types";
import type { UiLocale } from "$lib/i18n/locale";

type CountLabel = (inputs: { count: number }, options?: { locale?: UiLocale }) => string;

const LABELS: Record<string, CountLabel> = {
  "volunteers.signUpsWaiting": m.queue_volunteers_signUpsWaiting,
  "volunteers.hoursToReview": m.queue_volunteers_hoursToReview,
  "volunteers.certificatesExpiring": m.queue_volunteers_certificatesExpiring,
  "matching.tandemsWithoutContact": m.queue_matching_tandemsWithoutContact,
  "matching.familiesWaiting": m.queue_matching_familiesWaiting,
  "matching.proposalsToAnswer": m.queue_matching_proposalsToAnswer,
  "appointments.today": m.queue_appointments_today,
  "appointments.outcomesMissing": m.queue_appointments_outcomesMissing,
  "appointments.interpreterRequestsOpen": m.queue_appointments_interpreterRequestsOpen,
  "appointments.interpreterRequestsToAnswer": m.queue_appointments_interpreterRequestsToAnswer,
  "donations.awaitingAcceptance": m.queue_donations_awaitingAcceptance,
  "training.offersToAnswer": m.queue_training_offersToAnswer,
  "training.applicationsToDecide": m.queue_training_applicationsToDecide,
  "training.sessionsToday": m.queue_training_sessionsToday,
  "training.attendanceMissing": m.queue_training_attendanceMissing,
  "identity.invitationsPending": m.queue_identity_invitationsPending,
  "organizations.settingsMissing": m.queue_organizations_settingsMissing,
};

/**
 * What is counted (the number stands beside it); a key without a message is shown as it is, so it gets noticed.
 * `locale` for a server load that writes the text into the page's data (the page then ships none of these messages).
 */
export function workQueueLabel(item: Pick<WorkQueueItem, "key" | "count">, locale?: UiLocale): string {
  const label = LABELS[item.key];
  return label ? label({ count: item.count }, locale ? { locale } : {}) : item.key;
}

// The badges' sums are nav-counts.ts: the header of every page needs them, not the labels.
export { navCounts } from "./nav-counts";

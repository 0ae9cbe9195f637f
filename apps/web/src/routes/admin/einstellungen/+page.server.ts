// The organisation's settings (ADMIN only, enforced by ../+layout.server.ts and by the API).
// The Nachweis details, the Ehrenamtskarte rules and the retention periods are
// saved by form actions (see settings-actions.ts), so those forms work before
// (and without) the page's JavaScript.
import { loadQuery } from "$lib/graphql/load";
import { DonationSettingsQuery } from "$lib/graphql/donations";
import { MatchingSettingsQuery } from "$lib/graphql/matching-settings";
import { RetentionSettingsQuery } from "$lib/graphql/retention";
import { OrganizationSettingsQuery, PaymentAndCourseSettingsQuery } from "$lib/graphql/settings";
import { ehrenamtskarte, nachweis, retention } from "./settings-actions";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  await parent(); // the ADMIN check runs first
  const [{ organizationSettings }, paymentAndCourse, donations, { matchingSettings }, { retentionSettings }] = await Promise.all([
    loadQuery(fetch, OrganizationSettingsQuery, {}),
    loadQuery(fetch, PaymentAndCourseSettingsQuery, {}),
    loadQuery(fetch, DonationSettingsQuery, {}),
    loadQuery(fetch, MatchingSettingsQuery, {}),
    loadQuery(fetch, RetentionSettingsQuery, {}),
  ]);
  return { settings: organizationSettings, paymentAndCourse: paymentAndCourse.organizationSettings, donations, matching: matchingSettings, retention: retentionSettings };
};

export const actions: Actions = { nachweis, ehrenamtskarte, retention };

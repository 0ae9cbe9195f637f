// The organisation's settings (ADMIN only, enforced by ../+layout.server.ts and by the API).
// Every form of the page is saved by a form action (general-actions.ts,
// payment-donation-actions.ts, matching-actions.ts, settings-actions.ts), so
// they all work before (and without) the page's JavaScript.
import { loadQuery } from "$lib/graphql/load";
import { DonationSettingsQuery } from "$lib/graphql/donations";
import { MatchingSettingsQuery } from "$lib/graphql/matching-settings";
import { RetentionSettingsQuery } from "$lib/graphql/retention";
import { OrganizationSettingsQuery, PaymentAndCourseSettingsQuery } from "$lib/graphql/settings";
import { general, generalDraft } from "./general-actions";
import { matching, matchingDefaults } from "./matching-actions";
import { donationSettings, goodsCategory, goodsCategoryTranslations, paymentCourse } from "./payment-donation-actions";
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

export const actions: Actions = { general, generalDraft, paymentCourse, donationSettings, goodsCategory, goodsCategoryTranslations, matching, matchingDefaults, nachweis, ehrenamtskarte, retention };

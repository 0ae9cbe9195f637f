// The volunteer's Nachweise: their active time, the issued ones and the birth
// date printed on them; and the Ehrenamtskarte's conditions, year by year. Issuing one and the birth date are form actions, so
// they work before (and without) the page's JavaScript; the API checks that
// the profile named is the caller's own.
import { loadQuery } from "$lib/graphql/load";
import { MyNachweiseQuery } from "$lib/graphql/nachweise";
import { birthDateAction, issueNachweisAction } from "$lib/features/volunteers/nachweis-actions";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  const { volunteer } = await parent();
  if (!volunteer) return { panel: null, eligibility: null };
  const { myVolunteerProfile } = await loadQuery(fetch, MyNachweiseQuery, {});
  return { panel: myVolunteerProfile, eligibility: myVolunteerProfile?.ehrenamtskarteEligibility ?? null };
};

export const actions: Actions = { issue: issueNachweisAction, birthDate: birthDateAction };

// The volunteer's Nachweise: their active time, the issued ones and the birth date printed on them.
import { loadQuery } from "$lib/graphql/load";
import { MyNachweiseQuery } from "$lib/graphql/nachweise";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  const { volunteer } = await parent();
  if (!volunteer) return { panel: null };
  const { myVolunteerProfile } = await loadQuery(fetch, MyNachweiseQuery, {});
  return { panel: myVolunteerProfile };
};

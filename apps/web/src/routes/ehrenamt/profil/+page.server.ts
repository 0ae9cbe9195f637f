// My profile: the current consent text (shown only here) and the lists the
// profile form offers (topics, districts).
import { loadQuery } from "$lib/graphql/load";
import { ProfileOptionsQuery } from "$lib/graphql/my-volunteering";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  const { volunteer } = await parent();
  if (!volunteer) return { topics: [], districts: [], currentConsent: null };
  const { topics, districts, currentConsent } = await loadQuery(fetch, ProfileOptionsQuery, {});
  return { topics, districts, currentConsent };
};

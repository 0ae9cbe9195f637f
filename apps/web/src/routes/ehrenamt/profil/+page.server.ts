// My profile: the lists the profile form offers (topics, districts).
import { loadQuery } from "$lib/graphql/load";
import { ProfileOptionsQuery } from "$lib/graphql/my-volunteering";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  const { volunteer } = await parent();
  if (!volunteer) return { topics: [], districts: [] };
  const { topics, districts } = await loadQuery(fetch, ProfileOptionsQuery, {});
  return { topics, districts };
};

// The organisation's volunteers, filtered and paged by URL parameters
// (COORDINATOR only, enforced by ../+layout.server.ts and by the API).
import { loadQuery } from "$lib/graphql/load";
import { VolunteersQuery } from "$lib/graphql/volunteers";
import { parseVolunteersParams, volunteersVariables } from "$lib/features/volunteers/list-params";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent(); // the COORDINATOR check runs first
  const params = parseVolunteersParams(url.searchParams);
  const { volunteers, topics, districts } = await loadQuery(fetch, VolunteersQuery, volunteersVariables(params));
  return { volunteers, topics, districts, params };
};

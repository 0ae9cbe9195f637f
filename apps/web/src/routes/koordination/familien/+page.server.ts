// The organisation's families, filtered and paged by URL parameters
// (COORDINATOR only, enforced by ../+layout.server.ts and by the API).
import { loadQuery } from "$lib/graphql/load";
import { FamiliesQuery } from "$lib/graphql/families";
import { familiesVariables, parseFamiliesParams } from "$lib/features/families/list-params";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent(); // the COORDINATOR check runs first
  const params = parseFamiliesParams(url.searchParams);
  const { families, topics, districts } = await loadQuery(fetch, FamiliesQuery, familiesVariables(params));
  return { families, topics, districts, params };
};

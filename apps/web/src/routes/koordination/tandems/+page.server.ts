// The organisation's tandems, newest proposal first, filtered and paged by URL
// parameters (COORDINATOR only, enforced by ../+layout.server.ts and by the API).
import { loadQuery } from "$lib/graphql/load";
import { MatchesQuery } from "$lib/graphql/families";
import { parseTandemsParams, tandemsVariables } from "$lib/features/families/list-params";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent(); // the COORDINATOR check runs first
  const params = parseTandemsParams(url.searchParams);
  const { matches } = await loadQuery(fetch, MatchesQuery, tandemsVariables(params));
  return { tandems: matches, params };
};

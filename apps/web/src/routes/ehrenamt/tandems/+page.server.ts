// My tandems: the signed-in volunteer's proposed, active and paused tandems.
import { loadQuery } from "$lib/graphql/load";
import { MyTandemsQuery } from "$lib/graphql/tandems";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  const { volunteer } = await parent();
  if (!volunteer) return { tandems: [] };
  const { myMatches } = await loadQuery(fetch, MyTandemsQuery, {});
  return { tandems: myMatches };
};

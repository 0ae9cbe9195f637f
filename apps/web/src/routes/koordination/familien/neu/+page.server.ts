// Registering a family (COORDINATOR, checked by ../../+layout.server.ts): the
// organisation's topics and districts to choose from.
import { loadQuery } from "$lib/graphql/load";
import { FamilyFormOptionsQuery } from "$lib/graphql/families";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  await parent(); // the COORDINATOR check runs first
  const { topics, districts } = await loadQuery(fetch, FamilyFormOptionsQuery, {});
  return { topics, districts };
};

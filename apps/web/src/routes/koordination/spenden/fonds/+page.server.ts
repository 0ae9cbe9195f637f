// Funds with balance and history (COORDINATOR).
import { loadQuery } from "$lib/graphql/load";
import { FundsQuery } from "$lib/graphql/donations";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  await parent();
  const { funds } = await loadQuery(fetch, FundsQuery, {});
  return { funds };
};

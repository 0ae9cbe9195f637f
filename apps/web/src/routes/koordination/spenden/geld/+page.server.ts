// The form for a money donation: donors, funds (COORDINATOR).
import { loadQuery } from "$lib/graphql/load";
import { RecordFormQuery } from "$lib/graphql/donations";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent();
  const form = await loadQuery(fetch, RecordFormQuery, {});
  return { donors: form.donors.edges.map((e) => e.node), funds: form.funds, donorId: url.searchParams.get("donor") ?? "" };
};

// Donors by name, searchable and paged (COORDINATOR).
import { loadQuery } from "$lib/graphql/load";
import { DonorsQuery } from "$lib/graphql/donations";
import { cursorVariables } from "$lib/features/donations/paths";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent();
  const search = url.searchParams.get("search")?.trim() ?? "";
  const { donors } = await loadQuery(fetch, DonorsQuery, { ...cursorVariables(url), filter: search ? { search } : null });
  return { donors, search };
};

// Batch proposals (COORDINATOR, checked by ../../+layout.server.ts and by the API):
// the first page of waiting families to choose from; the page loads more itself,
// so a selection survives paging.
import { loadQuery } from "$lib/graphql/load";
import { WaitingFamiliesQuery } from "$lib/graphql/batch-proposals";
import { WAITING_PAGE_SIZE } from "$lib/features/matching/batch-review";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch }) => {
  const { families } = await loadQuery(fetch, WaitingFamiliesQuery, { first: WAITING_PAGE_SIZE, after: null });
  return { families };
};

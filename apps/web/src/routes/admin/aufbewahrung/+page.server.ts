// What the retention jobs did (ADMIN only, by ../+layout.server.ts and the API): the latest runs.
import { loadQuery } from "$lib/graphql/load";
import { RetentionRunsQuery } from "$lib/graphql/retention";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  await parent();
  const { retentionRuns } = await loadQuery(fetch, RetentionRunsQuery, { first: 50 });
  return { runs: retentionRuns.edges.map((e) => e.node) };
};

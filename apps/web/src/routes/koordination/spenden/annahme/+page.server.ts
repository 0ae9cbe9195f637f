// The acceptance queue: donations waiting for their accepting body, one body at
// a time (?body=), oldest decisions first in pages (COORDINATOR).
import { loadQuery } from "$lib/graphql/load";
import { DonationsQuery } from "$lib/graphql/donations";
import { cursorVariables } from "$lib/features/donations/paths";
import { BODIES } from "$lib/features/donations/labels";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent();
  const asked = url.searchParams.get("body");
  const body = BODIES.find((b) => b === asked) ?? null;
  const { donations } = await loadQuery(fetch, DonationsQuery, { ...cursorVariables(url), filter: { status: "PENDING", body } });
  return { donations, body };
};

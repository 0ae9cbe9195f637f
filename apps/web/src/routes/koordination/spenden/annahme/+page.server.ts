// The acceptance queue: donations waiting for their accepting body, one body at
// a time (?body=), oldest decisions first in pages (COORDINATOR). Accepting and
// refusing are the form actions below, so they work without JavaScript.
import { loadQuery } from "$lib/graphql/load";
import { DonationsQuery } from "$lib/graphql/donations";
import { cursorVariables } from "$lib/features/donations/paths";
import { BODIES } from "$lib/features/donations/labels";
import { decide } from "./decision-actions";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent();
  const asked = url.searchParams.get("body");
  const body = BODIES.find((b) => b === asked) ?? null;
  const { donations } = await loadQuery(fetch, DonationsQuery, { ...cursorVariables(url), filter: { status: "PENDING", body } });
  return { donations, body };
};

export const actions: Actions = {
  accept: decide(true),
  refuse: decide(false),
};

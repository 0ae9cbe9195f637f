// One tandem for coordinators: its history, the explanation stored when it was
// proposed, the contact log and the lifecycle actions.
import { error } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { MatchDetailQuery } from "$lib/graphql/families";
import { isGlobalIdOf } from "$lib/features/volunteers/list-params";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params, parent }) => {
  await parent(); // the COORDINATOR check runs first
  if (!isGlobalIdOf("Tandem", params.id)) error(404, { message: "Not found" });
  const { match } = await loadQuery(fetch, MatchDetailQuery, { id: params.id });
  if (!match) error(404, { message: "Not found" });
  return { tandem: match };
};

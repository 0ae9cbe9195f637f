// One child's record with its appointments (404 for an unknown id).
import { error } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { ChildQuery } from "$lib/graphql/children";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  const { child } = await loadQuery(fetch, ChildQuery, { id: params.id });
  if (!child) error(404, { message: "Not found" });
  return { child, saved: url.searchParams.get("saved") };
};

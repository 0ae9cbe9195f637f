// One child's record with its appointments (404 for an unknown id). Saving the
// record is the action `save` (rows added or removed without JavaScript: `draft`),
// so the form works before (and without) the page's JavaScript.
import { error } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { ChildQuery } from "$lib/graphql/children";
import { draftAction } from "$lib/forms/row-draft";
import { saveChildAction } from "$lib/features/counselling/child-actions";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  const { child } = await loadQuery(fetch, ChildQuery, { id: params.id });
  if (!child) error(404, { message: "Not found" });
  return { child, saved: url.searchParams.get("saved") };
};

export const actions: Actions = { save: saveChildAction, draft: draftAction };

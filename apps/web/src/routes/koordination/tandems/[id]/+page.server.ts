// One tandem for coordinators: its history, the explanation stored when it was
// proposed, the contact log and the lifecycle actions. Pausing (with a reason),
// resuming, ending (asked at its own address, ?end, with a reason from the
// organisation's list) and recording a contact are form actions, so they work
// before (and without) the page's JavaScript.
import { error } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { MatchDetailQuery } from "$lib/graphql/families";
import { isGlobalIdOf } from "$lib/features/volunteers/list-params";
import { contactAction, endAction, pauseAction, resumeAction } from "./tandem-actions";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params, parent, url }) => {
  await parent(); // the COORDINATOR check runs first
  if (!isGlobalIdOf("Tandem", params.id)) error(404, { message: "Not found" });
  const { match } = await loadQuery(fetch, MatchDetailQuery, { id: params.id });
  if (!match) error(404, { message: "Not found" });
  return { tandem: match, askEnd: url.searchParams.has("end") };
};

export const actions: Actions = { pause: pauseAction, resume: resumeAction, end: endAction, contact: contactAction };

// My interpreting: the signed-in volunteer's requests to answer and their
// appointments as interpreter (the API returns only their own). Accepting and
// declining a request (declining asks first, at `?decline=<id>`) and making the
// calendar feed's address are form actions, so they work before (and without)
// the page's JavaScript.
import { mutate, refuse } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { loadQuery } from "$lib/graphql/load";
import { MyInterpretingQuery, ResetInterpreterFeedMutation, RespondToInterpreterRequestMutation } from "$lib/graphql/interpreting";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent, url }) => {
  const { volunteer } = await parent();
  // The request whose decline asks for confirmation (`?decline=<id>`).
  const declining = url.searchParams.get("decline");
  if (!volunteer) return { assignments: [], declining };
  const { myInterpreterAssignments } = await loadQuery(fetch, MyInterpretingQuery, {});
  return { assignments: myInterpreterAssignments, declining };
};

export const actions: Actions = {
  respond: async (event) => {
    const form = await event.request.formData();
    const requestId = text(form, "requestId");
    const accept = text(form, "answer") === "accept";
    const outcome = await mutate(event, RespondToInterpreterRequestMutation, { requestId, accept });
    if (!outcome.ok) return refuse(outcome.errors, form, { name: `respond-${requestId}` });
    return { answered: accept ? ("accepted" as const) : ("declined" as const) };
  },
  feed: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, ResetInterpreterFeedMutation, {});
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "feed" });
    // The new secret address is shown once, in this answer.
    return { feedUrl: outcome.data };
  },
};

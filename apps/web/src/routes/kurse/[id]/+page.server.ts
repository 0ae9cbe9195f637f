// One cohort for a volunteer: course, sessions, and their own enrolment. Applying,
// answering an offered place and withdrawing are form actions, so they work
// before (and without) the page's JavaScript; `?withdraw` in the address asks
// "really withdraw?" first.
import { error } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { optional } from "$lib/forms/form-data";
import { loadQuery } from "$lib/graphql/load";
import { AcceptWaitlistOfferMutation, ApplyToCohortMutation, DeclineWaitlistOfferMutation, VolunteerCohortQuery, WithdrawFromCohortMutation } from "$lib/graphql/training";
import { isGlobalIdOf } from "$lib/features/volunteers/list-params";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params, parent, url }) => {
  await parent(); // the VOLUNTEER check runs first
  if (!isGlobalIdOf("Cohort", params.id)) error(404, { message: "Not found" });
  const { cohort, myVolunteerProfile } = await loadQuery(fetch, VolunteerCohortQuery, { id: params.id });
  if (!cohort) error(404, { message: "Not found" });
  return { cohort, volunteerStatus: myVolunteerProfile?.status ?? null, confirmWithdraw: url.searchParams.has("withdraw") };
};

export const actions: Actions = {
  apply: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, ApplyToCohortMutation, { cohortId: event.params.id, motivation: optional(form, "motivation") }, ["motivation"]);
    if (!outcome.ok) return refuse(outcome.errors, form);
    return { done: "applied" as const, status: outcome.data.status, position: outcome.data.waitlistPosition };
  },
  accept: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, AcceptWaitlistOfferMutation, { cohortId: event.params.id });
    if (!outcome.ok) return refuse(outcome.errors, form);
    return { done: "accepted" as const };
  },
  decline: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, DeclineWaitlistOfferMutation, { cohortId: event.params.id });
    if (!outcome.ok) return refuse(outcome.errors, form);
    return { done: "declined" as const };
  },
  withdraw: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, WithdrawFromCohortMutation, { cohortId: event.params.id });
    if (!outcome.ok) return refuse(outcome.errors, form);
    return { done: "withdrawn" as const };
  },
};

// The cohort page; admins also get the organisation's trainers for the trainer
// picker. Its forms are named actions (change the cohort, add or change a
// session, open enrolment, the interview's result, a waiting-list priority), so they work
// before (and without) the page's JavaScript; each answers with the notice
// the page shows in the form's section.
import { mutate, refuse } from "$lib/forms/action";
import { loadQuery } from "$lib/graphql/load";
import { OpenEnrolmentMutation, TrainerOptionsQuery } from "$lib/graphql/training";
import { updateCohortAction } from "$lib/features/training/cohort-actions";
import type { Actions, PageServerLoad } from "./$types";
import { interviewAction, priorityAction } from "./people-actions";
import { addSessionAction, updateSessionAction } from "./session-actions";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  const { canManage, isAdmin } = await parent();
  const trainers = canManage && isAdmin ? await loadQuery(fetch, TrainerOptionsQuery, {}) : null;
  return { trainerOptions: trainers ? trainers.users.edges.map((e) => e.node) : null };
};

export const actions: Actions = {
  updateCohort: updateCohortAction,
  addSession: addSessionAction,
  updateSession: updateSessionAction,
  interview: interviewAction,
  priority: priorityAction,
  openEnrolment: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, OpenEnrolmentMutation, { id: event.params.id });
    if (!outcome.ok) return refuse({ ...outcome.errors, form: [...outcome.errors.form, ...Object.values(outcome.errors.fields)], fields: {} }, form, { name: "controls" });
    return { done: "controls" as const, notice: "opened" as const };
  },
};

// The cohort page; admins also get the organisation's trainers for the trainer
// picker. Its forms are named actions (change or cancel the cohort, add, change
// or remove a session, open enrolment, the interview's result, a waiting-list
// priority, remove a participant, complete the cohort, revoke a certificate),
// so they work before (and without) the page's JavaScript; each answers with
// the notice the page shows in the form's section. `?complete` asks whether to
// complete the cohort (its own address, so the question needs no script).
import { mutate, refuse } from "$lib/forms/action";
import { loadQuery } from "$lib/graphql/load";
import { OpenEnrolmentMutation, TrainerOptionsQuery } from "$lib/graphql/training";
import { updateCohortAction } from "$lib/features/training/cohort-actions";
import type { Actions, PageServerLoad } from "./$types";
import { cancelCohortAction, completeAction, removeParticipantAction, removeSessionAction, revokeCertificateAction } from "./closing-actions";
import { interviewAction, priorityAction } from "./people-actions";
import { addSessionAction, updateSessionAction } from "./session-actions";

export const load: PageServerLoad = async ({ fetch, parent, url }) => {
  const { canManage, isAdmin } = await parent();
  const trainers = canManage && isAdmin ? await loadQuery(fetch, TrainerOptionsQuery, {}) : null;
  return { trainerOptions: trainers ? trainers.users.edges.map((e) => e.node) : null, askComplete: url.searchParams.has("complete") };
};

export const actions: Actions = {
  updateCohort: updateCohortAction,
  addSession: addSessionAction,
  updateSession: updateSessionAction,
  interview: interviewAction,
  priority: priorityAction,
  cancelCohort: cancelCohortAction,
  removeParticipant: removeParticipantAction,
  removeSession: removeSessionAction,
  revokeCertificate: revokeCertificateAction,
  complete: completeAction,
  openEnrolment: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, OpenEnrolmentMutation, { id: event.params.id });
    if (!outcome.ok) return refuse({ ...outcome.errors, form: [...outcome.errors.form, ...Object.values(outcome.errors.fields)], fields: {} }, form, { name: "controls" });
    return { done: "controls" as const, notice: "opened" as const };
  },
};

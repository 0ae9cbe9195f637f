// The volunteer's Nachweise: their active time, the issued ones and the birth
// date printed on them; and the Ehrenamtskarte's conditions, year by year. Issuing one and the birth date are form actions, so
// they work before (and without) the page's JavaScript; the API checks that
// the profile named is the caller's own.
import { checked, optional, text } from "$lib/forms/form-data";
import { mutate, refuse } from "$lib/forms/action";
import { loadQuery } from "$lib/graphql/load";
import { IssueNachweisMutation, MyNachweiseQuery, SetVolunteerBirthDateMutation } from "$lib/graphql/nachweise";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  const { volunteer } = await parent();
  if (!volunteer) return { panel: null, eligibility: null };
  const { myVolunteerProfile } = await loadQuery(fetch, MyNachweiseQuery, {});
  return { panel: myVolunteerProfile, eligibility: myVolunteerProfile?.ehrenamtskarteEligibility ?? null };
};

export const actions: Actions = {
  issue: async (event) => {
    const form = await event.request.formData();
    const input = { volunteerId: text(form, "volunteerId"), from: text(form, "from"), to: text(form, "to") };
    const outcome = await mutate(event, IssueNachweisMutation, { input }, ["from", "to"]);
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "issue", omit: ["volunteerId"] });
    const n = outcome.data;
    return { issued: { number: n.number, clipped: n.clipped, periodFrom: n.periodFrom, periodTo: n.periodTo, requestedFrom: n.requestedFrom, requestedTo: n.requestedTo } };
  },
  birthDate: async (event) => {
    const form = await event.request.formData();
    const birthDate = checked(form, "clear") ? null : optional(form, "birthDate");
    const outcome = await mutate(event, SetVolunteerBirthDateMutation, { volunteerId: text(form, "volunteerId"), birthDate }, ["birthDate"]);
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "birthDate", omit: ["volunteerId", "clear"] });
    return { birthDateSet: outcome.data.birthDate !== null };
  },
};

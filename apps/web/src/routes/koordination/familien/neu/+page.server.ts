// Registering a family (COORDINATOR, checked by ../../+layout.server.ts): the
// organisation's topics and districts to choose from, and the registration as
// a form action, so it works before (and without) the page's JavaScript. The
// new family's page says it is registered (?registered=1). Adding or removing a
// row without JavaScript posts to `draft`, which hands the typed form back with the change.
import { redirect } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { rowDraft } from "$lib/forms/row-draft";
import { loadQuery } from "$lib/graphql/load";
import { FamilyFormOptionsQuery, RegisterFamilyMutation } from "$lib/graphql/families";
import { familyFieldNames, familyInput } from "$lib/features/families/family-form";
import { familyDraftFromForm } from "$lib/features/families/family-form-data";
import { familyPath } from "$lib/features/families/list-params";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  await parent(); // the COORDINATOR check runs first
  const { topics, districts } = await loadQuery(fetch, FamilyFormOptionsQuery, {});
  return { topics, districts };
};

export const actions: Actions = {
  register: async (event) => {
    const form = await event.request.formData();
    const draft = familyDraftFromForm(form);
    const checked = familyInput(draft);
    if (!checked.ok) return refuse(checked.errors, form);
    const outcome = await mutate(event, RegisterFamilyMutation, { input: checked.input }, familyFieldNames(draft));
    if (!outcome.ok) return refuse(outcome.errors, form);
    redirect(303, `${familyPath(outcome.data.id)}?registered=1`);
  },
  draft: async (event) => rowDraft(await event.request.formData()),
};

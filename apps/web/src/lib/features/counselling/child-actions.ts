// The child form's actions (register on /beratung/kinder/neu, save on the
// child's page), so the form works before (and without) the page's
// JavaScript. The API checks every rule; its refusals come back with
// everything typed. A new child's page says it is registered (?saved=registered).
import { redirect, type RequestEvent } from "@sveltejs/kit";
import { childPath } from "@lotse/domain/paths";
import { mutate, refuse } from "$lib/forms/action";
import { RegisterChildMutation, UpdateChildMutation } from "$lib/graphql/children";
import { childDraftFromForm, childFields, childInput, foldCountryErrors } from "./child-form";

export async function registerChildAction(event: RequestEvent) {
  const form = await event.request.formData();
  const draft = childDraftFromForm(form);
  const outcome = await mutate(event, RegisterChildMutation, { input: childInput(draft) }, childFields(draft));
  if (!outcome.ok) return refuse(foldCountryErrors(outcome.errors), form);
  redirect(303, `${childPath(outcome.data.id)}?saved=registered`);
}

export async function saveChildAction(event: RequestEvent<{ id: string }>) {
  const form = await event.request.formData();
  const draft = childDraftFromForm(form);
  const outcome = await mutate(event, UpdateChildMutation, { id: event.params.id, input: childInput(draft) }, childFields(draft));
  if (!outcome.ok) return refuse(foldCountryErrors(outcome.errors), form);
  return { saved: true };
}

// The tandem settings saved by form actions: `matching` saves the weights, the
// days without contact and whether a family may have several tandems;
// `matchingDefaults` only fills in the defaults (the button without JavaScript),
// nothing is saved until `matching`.
import { mutate, refuse } from "$lib/forms/action";
import { matchingDraftFromForm, matchingFields, matchingSettingsInput } from "$lib/features/matching/settings-form";
import { UpdateMatchingSettingsMutation } from "$lib/graphql/matching-settings";
import type { VariablesOf } from "@graphql-typed-document-node/core";
import type { RequestEvent } from "./$types";

export async function matching(event: RequestEvent) {
  const form = await event.request.formData();
  const read = matchingSettingsInput(form);
  if (!read.ok) return refuse(read.errors, form, { name: "matching" });
  // The criteria come from the form the API's own list filled in; another value is refused by the API.
  const input = read.input as VariablesOf<typeof UpdateMatchingSettingsMutation>["input"];
  const outcome = await mutate(event, UpdateMatchingSettingsMutation, { input }, matchingFields(matchingDraftFromForm(form)));
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "matching" });
  return { saved: "matching" as const };
}

export async function matchingDefaults() {
  return { matchingDefaults: true as const };
}

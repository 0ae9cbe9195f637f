// Organisation settings saved by form actions: the details every Nachweis
// states (address, contact person, activity in words).
import { mutate, refuse } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { UpdateNachweisSettingsMutation } from "$lib/graphql/settings";
import type { RequestEvent } from "./$types";

const NACHWEIS_FIELDS = ["nachweis.address", "nachweis.contactPerson", "nachweis.activityDescription"];

export async function nachweis(event: RequestEvent) {
  const form = await event.request.formData();
  const input = { nachweis: { address: text(form, "nachweis.address"), contactPerson: text(form, "nachweis.contactPerson"), activityDescription: text(form, "nachweis.activityDescription") } };
  const outcome = await mutate(event, UpdateNachweisSettingsMutation, { input }, NACHWEIS_FIELDS);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "nachweis" });
  return { saved: "nachweis" as const };
}

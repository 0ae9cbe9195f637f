// The Sprachmittlerpool's form actions, so they work before (and without) the
// page's JavaScript: assigning an interpreter to a request (with the optional
// kilometres; the answer says when the fee goes over the Ehrenamtspauschale)
// and recording an interpreter's neutrality and confidentiality pledge. Each
// refusal is named after its form (`assign-<appointment>`, `pledge`).
import type { RequestEvent } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { AssignInterpreterMutation, RecordInterpreterPledgeMutation } from "$lib/graphql/interpreting";
import { m } from "$lib/paraglide/messages.js";

export async function assignAction(event: RequestEvent) {
  const form = await event.request.formData();
  const appointmentId = text(form, "appointmentId");
  const name = `assign-${appointmentId}`;
  const km = text(form, "kilometres");
  if (km !== "" && !/^\d{1,4}$/.test(km)) return refuse({ form: [], fields: { kilometres: m.pool_kilometresInvalid() } }, form, { name });
  const outcome = await mutate(
    event,
    AssignInterpreterMutation,
    { appointmentId, interpreterId: text(form, "interpreterId"), kilometres: km === "" ? null : Number(km) },
    ["kilometres", "interpreterId", "appointmentId"],
  );
  if (!outcome.ok) return refuse(outcome.errors, form, { name });
  return { assigned: { name: outcome.data.request.interpreterName ?? "", exceedsPauschale: outcome.data.exceedsPauschale } };
}

export async function pledgeAction(event: RequestEvent) {
  const form = await event.request.formData();
  const volunteerId = text(form, "volunteerId");
  if (!volunteerId) return refuse({ form: [m.common_checkFields()], fields: { volunteerId: m.pool_pledgeChoose() } }, form, { name: "pledge" });
  const outcome = await mutate(event, RecordInterpreterPledgeMutation, { volunteerId, signedOn: text(form, "signedOn") }, ["volunteerId", "signedOn"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "pledge" });
  // The page posts each candidate's name beside the choice (they leave its list once recorded).
  return { pledged: { name: text(form, `name-${volunteerId}`) } };
}

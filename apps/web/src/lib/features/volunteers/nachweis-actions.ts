// The Nachweis panel's form actions, on the volunteer's own page and on the
// coordinator's page of a volunteer, so they work before (and without)
// JavaScript: issue one for a period, set or clear the birth date printed on
// it, and withdraw one (coordinators; a reason is needed). The API checks who
// may do what for the volunteer named.
import type { RequestEvent } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { checked, optional, text } from "$lib/forms/form-data";
import { IssueNachweisMutation, SetVolunteerBirthDateMutation, WithdrawNachweisMutation } from "$lib/graphql/nachweise";
import { m } from "$lib/paraglide/messages.js";
import { withdrawFormName } from "./nachweis-forms";

export async function issueNachweisAction(event: RequestEvent) {
  const form = await event.request.formData();
  const input = { volunteerId: text(form, "volunteerId"), from: text(form, "from"), to: text(form, "to") };
  const outcome = await mutate(event, IssueNachweisMutation, { input }, ["from", "to"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "issue", omit: ["volunteerId"] });
  const n = outcome.data;
  return { issued: { number: n.number, clipped: n.clipped, periodFrom: n.periodFrom, periodTo: n.periodTo, requestedFrom: n.requestedFrom, requestedTo: n.requestedTo } };
}

export async function birthDateAction(event: RequestEvent) {
  const form = await event.request.formData();
  const birthDate = checked(form, "clear") ? null : optional(form, "birthDate");
  const outcome = await mutate(event, SetVolunteerBirthDateMutation, { volunteerId: text(form, "volunteerId"), birthDate }, ["birthDate"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "birthDate", omit: ["volunteerId", "clear"] });
  return { birthDateSet: outcome.data.birthDate !== null };
}

export async function withdrawNachweisAction(event: RequestEvent) {
  const form = await event.request.formData();
  const name = withdrawFormName(Number(text(form, "number")));
  const reason = text(form, "reason");
  if (!reason) return refuse({ form: [], fields: { reason: m.common_reasonRequired() } }, form, { name });
  const outcome = await mutate(event, WithdrawNachweisMutation, { id: text(form, "nachweisId"), reason }, ["reason"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name });
  return { withdrawn: outcome.data.number };
}

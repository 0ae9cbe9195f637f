// The acceptance queue's form actions: accept or refuse one donation with the
// decision's date and reference. A refusal names the donation, so the page
// shows it (and what was typed) at that donation's form.
import type { RequestEvent } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { DECISION_FIELDS, decisionInput } from "$lib/features/donations/record-input";
import { AcceptDonationMutation, RefuseDonationMutation } from "$lib/graphql/donations";

export const decide = (accept: boolean) => async (event: RequestEvent) => {
  const form = await event.request.formData();
  const read = decisionInput(form);
  if (!read.ok) return refuse(read.errors, form, { name: "decision" });
  const variables = { input: read.input };
  const outcome = accept
    ? await mutate(event, AcceptDonationMutation, variables, DECISION_FIELDS)
    : await mutate(event, RefuseDonationMutation, variables, DECISION_FIELDS);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "decision" });
  return { decided: { accepted: accept, what: text(form, "what") } };
};

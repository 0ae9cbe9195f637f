// One donor (COORDINATOR): details, every donation and receipt, the year's total
// (?year=) and whether the simplified proof (bank statement up to 300 €) applies.
// Changing the details, issuing single and collective receipts and cancelling
// one are the form actions below, so they work without JavaScript.
import { berlinToday } from "@lotse/domain/berlin-time";
import { error } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { DonorDetailQuery, IssueCollectiveReceiptMutation, UpdateDonorMutation } from "$lib/graphql/donations";
import { mutate, refuse } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { cancelReceipt, issueReceipt } from "$lib/features/donations/receipt-actions";
import { DONOR_FIELDS, donorInput } from "$lib/features/donations/record-input";
import { isGlobalIdOf } from "$lib/features/volunteers/list-params";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, params, parent }) => {
  await parent();
  if (!isGlobalIdOf("Donor", params.id)) error(404, { message: "Not found" });
  const currentYear = Number(berlinToday().slice(0, 4));
  const asked = Number(url.searchParams.get("year"));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= currentYear + 1 ? asked : currentYear;
  const result = await loadQuery(fetch, DonorDetailQuery, { id: params.id, year });
  if (!result.donor) error(404, { message: "Not found" });
  return { donor: result.donor, settings: result.donationSettings, year, currentYear };
};

export const actions: Actions = {
  updateDonor: async (event) => {
    const form = await event.request.formData();
    const read = donorInput(form);
    if (!read.ok) return refuse(read.errors, form, { name: "donor" });
    const outcome = await mutate(event, UpdateDonorMutation, { id: event.params.id, input: read.input }, DONOR_FIELDS);
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "donor" });
    return { donorSaved: { name: outcome.data.name ?? null, kind: read.input.kind } };
  },
  issueCollective: async (event) => {
    const form = await event.request.formData();
    const variables = { donorId: event.params.id, from: text(form, "from"), to: text(form, "to") };
    const outcome = await mutate(event, IssueCollectiveReceiptMutation, variables, ["from", "to", "donorId"]);
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "collective" });
    return { receiptIssued: { number: outcome.data.number } };
  },
  issueReceipt,
  cancelReceipt,
};

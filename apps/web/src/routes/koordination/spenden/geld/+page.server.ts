// The form for a money donation: donors (searchable), funds (COORDINATOR). The
// form posts to the default action, so it works before and without JavaScript.
import { mutate, refuse } from "$lib/forms/action";
import { loadRecordForm } from "$lib/features/donations/record-form";
import { MONEY_FIELDS, moneyDonationInput } from "$lib/features/donations/record-input";
import { RecordMoneyDonationMutation } from "$lib/graphql/donations";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent();
  const { donors, moreDonors, donorSearch, donorId, funds } = await loadRecordForm(fetch, url);
  return { donors, moreDonors, donorSearch, donorId, funds };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const read = moneyDonationInput(form);
    if (!read.ok) return refuse(read.errors, form);
    const outcome = await mutate(event, RecordMoneyDonationMutation, { input: read.input }, MONEY_FIELDS);
    if (!outcome.ok) return refuse(outcome.errors, form);
    return { recorded: { id: outcome.data.id, body: outcome.data.body } };
  },
};

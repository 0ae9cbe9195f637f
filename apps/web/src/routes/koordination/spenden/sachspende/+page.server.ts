// The form for a goods donation: donors (searchable), categories (COORDINATOR).
// It posts to `record`; adding or removing an item row without JavaScript posts
// to `draft`, which hands the typed rows back with the change.
import { mutate, refuse } from "$lib/forms/action";
import { draftAction } from "$lib/forms/row-draft";
import { loadRecordForm } from "$lib/features/donations/record-form";
import { goodsDonationInput, goodsFields } from "$lib/features/donations/record-input";
import { RecordGoodsDonationMutation } from "$lib/graphql/donations";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent();
  const { donors, moreDonors, donorSearch, donorId, categories } = await loadRecordForm(fetch, url);
  return { donors, moreDonors, donorSearch, donorId, categories };
};

export const actions: Actions = {
  record: async (event) => {
    const form = await event.request.formData();
    const read = goodsDonationInput(form);
    if (!read.ok) return refuse(read.errors, form);
    const outcome = await mutate(event, RecordGoodsDonationMutation, { input: read.input }, goodsFields(read.input.items.length));
    if (!outcome.ok) return refuse(outcome.errors, form);
    return { recorded: { id: outcome.data.id, amountCents: outcome.data.amountCents, body: outcome.data.body } };
  },
  draft: draftAction,
};

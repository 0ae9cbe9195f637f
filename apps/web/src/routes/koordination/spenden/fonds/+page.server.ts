// Funds with balance and history (COORDINATOR). Creating a fund and paying out
// of one are the form actions below, so they work without JavaScript.
import { mutate, refuse } from "$lib/forms/action";
import { optional, text } from "$lib/forms/form-data";
import { DISBURSE_FIELDS, disburseInput } from "$lib/features/donations/record-input";
import { formCheckErrors } from "$lib/graphql/errors";
import { loadQuery } from "$lib/graphql/load";
import { CreateFundMutation, DisburseFundsMutation, FundsQuery } from "$lib/graphql/donations";
import { m } from "$lib/paraglide/messages.js";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  await parent();
  const { funds } = await loadQuery(fetch, FundsQuery, {});
  return { funds };
};

export const actions: Actions = {
  createFund: async (event) => {
    const form = await event.request.formData();
    const name = text(form, "name");
    if (!name) return refuse(formCheckErrors({ name: m.common_fillIn }), form, { name: "fund" });
    const outcome = await mutate(event, CreateFundMutation, { name, purpose: optional(form, "purpose") }, ["name", "purpose"]);
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "fund" });
    return { fundCreated: { name: outcome.data.name } };
  },
  disburse: async (event) => {
    const form = await event.request.formData();
    const read = disburseInput(form);
    if (!read.ok) return refuse(read.errors, form, { name: "disburse" });
    const outcome = await mutate(event, DisburseFundsMutation, { input: read.input }, DISBURSE_FIELDS);
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "disburse" });
    return { disbursed: { fundId: read.input.fundId, amountCents: outcome.data.amountCents } };
  },
};

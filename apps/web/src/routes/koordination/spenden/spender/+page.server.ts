// Donors by name, searchable and paged (COORDINATOR); a new donor is created
// by the `createDonor` action, which then leads to the donor's page.
import { redirect } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { donorHref } from "$lib/features/donations/paths";
import { DONOR_FIELDS, donorInput } from "$lib/features/donations/record-input";
import { CreateDonorMutation } from "$lib/graphql/donations";
import { loadQuery } from "$lib/graphql/load";
import { DonorsQuery } from "$lib/graphql/donations";
import { cursorVariables } from "$lib/features/donations/paths";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent();
  const search = url.searchParams.get("search")?.trim() ?? "";
  const { donors } = await loadQuery(fetch, DonorsQuery, { ...cursorVariables(url), filter: search ? { search } : null });
  return { donors, search };
};

export const actions: Actions = {
  createDonor: async (event) => {
    const form = await event.request.formData();
    const read = donorInput(form);
    if (!read.ok) return refuse(read.errors, form, { name: "donor" });
    const outcome = await mutate(event, CreateDonorMutation, { input: read.input }, DONOR_FIELDS);
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "donor" });
    redirect(303, donorHref(outcome.data.id));
  },
};

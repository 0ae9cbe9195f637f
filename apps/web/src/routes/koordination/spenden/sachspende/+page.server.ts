// The form for a goods donation: donors (searchable), categories (COORDINATOR).
import { loadRecordForm } from "$lib/features/donations/record-form";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent();
  const { donors, moreDonors, donorSearch, donorId, categories } = await loadRecordForm(fetch, url);
  return { donors, moreDonors, donorSearch, donorId, categories };
};

// One donor (COORDINATOR): details, every donation and receipt, the year's total
// (?year=) and whether the simplified proof (bank statement up to 300 €) applies.
import { berlinToday } from "@lotse/domain/berlin-time";
import { error } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { DonorDetailQuery } from "$lib/graphql/donations";
import { isGlobalIdOf } from "$lib/features/volunteers/list-params";
import type { PageServerLoad } from "./$types";

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

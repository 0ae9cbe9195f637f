// The volunteer's allowances of a chosen year (?year=): limits, payments and
// their declarations of amounts received elsewhere.
import { berlinToday } from "@lotse/domain/berlin-time";
import { loadQuery } from "$lib/graphql/load";
import { MyAllowancesQuery } from "$lib/graphql/allowances";
import { parseYear, yearOf } from "$lib/features/volunteers/format";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  const { volunteer } = await parent();
  const currentYear = yearOf(berlinToday());
  const year = parseYear(url.searchParams.get("year"), currentYear);
  if (!volunteer) return { allowances: null, year, currentYear };
  const { allowanceSummary } = await loadQuery(fetch, MyAllowancesQuery, { volunteerId: volunteer.id, year });
  return { allowances: allowanceSummary, year, currentYear };
};

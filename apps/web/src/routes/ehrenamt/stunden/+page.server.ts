// The volunteer's own hour entries (newest first, paged by URL) and the
// summary of a chosen year by month.
import { berlinToday } from "@lotse/domain/berlin-time";
import { loadQuery } from "$lib/graphql/load";
import { MyHourLogsQuery } from "$lib/graphql/my-volunteering";
import { yearOf } from "$lib/features/volunteers/format";
import { myHoursVariables, parseMyHoursParams } from "$lib/features/volunteers/list-params";
import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  const { volunteer } = await parent();
  const currentYear = yearOf(berlinToday());
  const params = parseMyHoursParams(url.searchParams, currentYear);
  if (!volunteer) return { hours: null, params, currentYear };
  const hours = await loadQuery(fetch, MyHourLogsQuery, { ...myHoursVariables(params), volunteerId: volunteer.id });
  return { hours, params, currentYear };
};

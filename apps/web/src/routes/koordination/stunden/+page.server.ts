// The hour review queue (pending entries, oldest first, filtered and paged by
// URL), the organisation's summary for a year and the volunteers to filter by.
// Deciding on the selected entries is a form action: it works before (and
// without) the page's JavaScript.
import { berlinToday } from "@lotse/domain/berlin-time";
import { loadQuery } from "$lib/graphql/load";
import { HourReviewQuery } from "$lib/graphql/hour-review";
import { yearOf } from "$lib/features/volunteers/format";
import { parseReviewQueueParams, reviewQueueVariables } from "$lib/features/volunteers/list-params";
import { reviewHours } from "./review-action";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  await parent(); // the COORDINATOR check runs first
  const currentYear = yearOf(berlinToday());
  const params = parseReviewQueueParams(url.searchParams, currentYear);
  const result = await loadQuery(fetch, HourReviewQuery, reviewQueueVariables(params));
  return { queue: result.hourLogs, summary: result.hoursSummary, volunteers: result.volunteers, params, currentYear };
};

export const actions: Actions = { review: reviewHours };

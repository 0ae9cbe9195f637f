// The counsellor's week of appointments (?week= or the work queue's ?day=), or
// with ?outcome=missing the appointments held whose outcome is still to record.
// The action `feed` makes the counsellor's private calendar feed address.
import { mutate, refuse } from "$lib/forms/action";
import { loadQuery } from "$lib/graphql/load";
import { CounsellingWeekQuery, ResetCounsellorFeedMutation } from "$lib/graphql/appointments";
import { weekFromParams, weekRange } from "$lib/features/counselling/week";
import type { Actions, PageServerLoad } from "./$types";

/** A week holds far fewer; the bound keeps one request's work fixed. */
const WEEK_LIMIT = 200;

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  const { me } = await parent();
  // A counsellor sees their own calendar unless they ask for everyone's; an admin sees all.
  const all = url.searchParams.get("all") === "1" || !me!.roles.includes("COUNSELLOR");
  const { monday, day } = weekFromParams(url.searchParams);
  const outcomeMissing = url.searchParams.get("outcome") === "missing";
  const filter = outcomeMissing ? { outcomeMissing: true, mine: !all } : { ...weekRange(monday), mine: !all };
  const { appointments } = await loadQuery(fetch, CounsellingWeekQuery, { filter, first: WEEK_LIMIT });
  return { monday, day, all, outcomeMissing, appointments: appointments.edges.map((e) => e.node), total: appointments.totalCount };
};

export const actions: Actions = {
  feed: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, ResetCounsellorFeedMutation, {});
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "feed" });
    // The new secret address is shown once, in this answer.
    return { feedUrl: outcome.data };
  },
};

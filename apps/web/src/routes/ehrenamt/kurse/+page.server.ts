// My courses: the volunteer's enrolments (with offers to answer, calendar files and certificates),
// qualifications and private calendar feed. The data is the area layout's (its MyCourses document);
// the feed's address is made by the form action `feed`, so it works without JavaScript, and
// `?feedReset` asks before replacing it.
import { mutate, refuse } from "$lib/forms/action";
import { ResetCalendarFeedMutation } from "$lib/graphql/training";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ parent, url }) => {
  const { myCourses } = await parent();
  return { myCourses, feedReset: url.searchParams.has("feedReset") };
};

export const actions: Actions = {
  feed: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, ResetCalendarFeedMutation, {});
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "feed" });
    // The new secret address is shown once, in this answer.
    return { feedUrl: outcome.data };
  },
};

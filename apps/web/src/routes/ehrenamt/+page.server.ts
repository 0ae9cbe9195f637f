// Volunteer home: a work queue in plain words (status, this month's hours, open
// entries, next course session), quick hour entry, the latest entries, the
// Ehrenamtskarte figures, and the courses: my enrolments, qualifications and
// calendar feed. The area's data came with the layout, in the same request (see
// +layout.server.ts); this month's figures come in one more query, which needs
// the profile's id.
import { berlinToday } from "@lotse/domain/berlin-time";
import { mutate, refuse } from "$lib/forms/action";
import { loadQuery } from "$lib/graphql/load";
import { LogHoursMutation, MyMonthFiguresQuery } from "$lib/graphql/my-volunteering";
import { ResetCalendarFeedMutation } from "$lib/graphql/training";
import { HOUR_LOG_FIELDS, hourLogInput } from "$lib/features/volunteers/hour-log-form";
import { yearOf } from "$lib/features/volunteers/format";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent, url }) => {
  const { home, volunteer } = await parent();
  const today = berlinToday();
  const figures = volunteer ? await loadQuery(fetch, MyMonthFiguresQuery, { volunteerId: volunteer.id, year: yearOf(today) }) : null;
  // `?feedReset` asks whether to replace the calendar feed's address.
  return { home, figures, today, feedReset: url.searchParams.has("feedReset") };
};

export const actions: Actions = {
  log: async (event) => {
    const form = await event.request.formData();
    const read = hourLogInput(form);
    if (!read.ok) return refuse(read.errors, form, { name: "log" });
    const outcome = await mutate(event, LogHoursMutation, { input: read.input }, HOUR_LOG_FIELDS);
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "log" });
    return { logged: { date: outcome.data.date, minutes: outcome.data.minutes } };
  },
  feed: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, ResetCalendarFeedMutation, {});
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "feed" });
    // The new secret address is shown once, in this answer.
    return { feedUrl: outcome.data };
  },
};

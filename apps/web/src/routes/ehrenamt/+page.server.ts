// Volunteer home: a work queue in plain words (status, offered course places, this
// month's hours, open entries, next course session, the Ehrenamtskarte's verdict), quick
// hour entry and the latest entries. The area's data came with the layout, in the same request (see
// +layout.server.ts); this month's figures come in one more query, which needs
// the profile's id.
import { berlinDayOf, berlinToday } from "@lotse/domain/berlin-time";
import { mutate, refuse } from "$lib/forms/action";
import { loadQuery } from "$lib/graphql/load";
import { LogHoursMutation, MyMonthFiguresQuery } from "$lib/graphql/my-volunteering";
import { HOUR_LOG_FIELDS, hourLogInput } from "$lib/features/volunteers/hour-log-form";
import { yearOf } from "$lib/features/volunteers/format";
import { workQueueLabel } from "$lib/features/work-queue/work-queue";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, parent }) => {
  const { home, volunteer, workQueue, locale } = await parent();
  // What else waits for the volunteer (the start page's queue, gathered by the root layout): tandem
  // proposals and interpreting requests to answer, their texts written here (the page ships none of
  // the queue's messages). Offered course places the page lists itself, with their deadline.
  const waiting = workQueue
    .filter((item) => item.role === "VOLUNTEER" && item.count > 0 && item.key !== "training.offersToAnswer")
    .map((item) => ({ key: item.key, href: item.href, text: `${item.count} ${workQueueLabel(item, locale)}` }));
  const today = berlinToday();
  const figures = volunteer ? await loadQuery(fetch, MyMonthFiguresQuery, { volunteerId: volunteer.id, year: yearOf(today) }) : null;
  // The day of sign-up, in Berlin.
  const createdAt = home?.myVolunteerProfile?.createdAt;
  return { home, figures, today, pendingSince: createdAt ? berlinDayOf(createdAt) : null, waiting };
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
};

// One appointment: details, calendar file, reschedule, cancel, outcome (404 for
// an unknown id). Its forms are the actions here (appointment-actions.ts), so
// they work before (and without) the page's JavaScript.
import { error } from "@sveltejs/kit";
import { loadQuery } from "$lib/graphql/load";
import { AppointmentQuery } from "$lib/graphql/appointments";
import { cancelAction, outcomeAction, placeAction, rescheduleAction } from "./appointment-actions";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, params, url }) => {
  const { appointment, counsellors, districts } = await loadQuery(fetch, AppointmentQuery, { id: params.id });
  if (!appointment) error(404, { message: "Not found" });
  return { appointment, counsellors, districts, booked: url.searchParams.has("booked") };
};

export const actions: Actions = { reschedule: rescheduleAction, place: placeAction, cancel: cancelAction, outcome: outcomeAction };

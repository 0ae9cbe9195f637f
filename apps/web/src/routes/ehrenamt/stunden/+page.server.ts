// The volunteer's own hour entries (newest first, paged by URL) and the
// summary of a chosen year by month. An open entry is edited or withdrawn
// through the actions below (`?edit=` / `?delete=` in the address open the
// editor or the question), so both work without JavaScript.
import { berlinToday } from "@lotse/domain/berlin-time";
import { mutate, refuse } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { loadQuery } from "$lib/graphql/load";
import { DeleteHourLogMutation, MyHourLogsQuery, UpdateHourLogMutation } from "$lib/graphql/my-volunteering";
import { yearOf } from "$lib/features/volunteers/format";
import { HOUR_LOG_FIELDS, hourLogInput } from "$lib/features/volunteers/hour-log-form";
import { myHoursVariables, parseMyHoursParams } from "$lib/features/volunteers/list-params";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  const { volunteer } = await parent();
  const currentYear = yearOf(berlinToday());
  const params = parseMyHoursParams(url.searchParams, currentYear);
  const open = { edit: url.searchParams.get("edit"), delete: url.searchParams.get("delete") };
  if (!volunteer) return { hours: null, params, currentYear, open };
  const hours = await loadQuery(fetch, MyHourLogsQuery, { ...myHoursVariables(params), volunteerId: volunteer.id });
  return { hours, params, currentYear, open };
};

export const actions: Actions = {
  edit: async (event) => {
    const form = await event.request.formData();
    const read = hourLogInput(form);
    if (!read.ok) return refuse(read.errors, form, { name: "edit" });
    const outcome = await mutate(event, UpdateHourLogMutation, { id: text(form, "id"), input: read.input }, HOUR_LOG_FIELDS);
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "edit" });
    return { updated: { id: outcome.data.id, date: outcome.data.date } };
  },
  delete: async (event) => {
    const form = await event.request.formData();
    const outcome = await mutate(event, DeleteHourLogMutation, { id: text(form, "id") });
    if (!outcome.ok) return refuse(outcome.errors, form, { name: "delete" });
    return { deleted: { date: text(form, "date") } };
  },
};

// Taking attendance for one session of the cohort (loaded by the cohort layout),
// saved by a form action: the whole list posts at once, before (and without)
// the page's JavaScript as well.
import { error } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { rows } from "$lib/forms/form-data";
import { RecordAttendanceMutation } from "$lib/graphql/training";
import { attendanceEntries } from "$lib/features/training/attendance";
import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async ({ params, parent }) => {
  const { cohort } = await parent();
  const session = cohort.sessions.find((s) => s.id === params.sessionId);
  if (!session) error(404, { message: "Not found" });
  return { session };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const entries = attendanceEntries(rows(form, "entries"));
    const outcome = await mutate(event, RecordAttendanceMutation, { sessionId: event.params.sessionId, entries }, ["entries", "sessionId"]);
    // The list has no field of its own to show a problem at: everything goes above it.
    if (!outcome.ok) return refuse({ ...outcome.errors, form: [...outcome.errors.form, ...Object.values(outcome.errors.fields)], fields: {} }, form);
    return { saved: { count: entries.length, present: entries.filter((e) => e.status === "PRESENT").length } };
  },
};

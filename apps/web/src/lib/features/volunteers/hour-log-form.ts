// Reading the hour entry form (log or edit) in its form action: the duration
// comes as hours and minutes and is checked here in the same units the person
// typed, so the message names the field they got wrong; the API checks the rest.
import { optional, text } from "$lib/forms/form-data";
import type { FormErrors } from "$lib/graphql/errors";
import { m } from "$lib/paraglide/messages.js";
import { parseDuration } from "./minutes";

/** The form's fields the API's errors can name (the duration's errors are shown at hours/minutes). */
export const HOUR_LOG_FIELDS = ["date", "hours", "minutes", "activityTypeId", "cohortId", "tandemId", "note"] as const;

export interface HourLogFormInput {
  date: string;
  minutes: number;
  activityTypeId: string;
  cohortId: string | null;
  tandemId: string | null;
  note: string | null;
}

export type HourLogFormResult = { ok: true; input: HourLogFormInput } | { ok: false; errors: FormErrors };

/** The API's input from a posted hour form, or the duration's error at the field that holds it. */
export function hourLogInput(form: FormData): HourLogFormResult {
  const duration = parseDuration(text(form, "hours"), text(form, "minutes"));
  if (!duration.ok) {
    const message = duration.reason === "empty" ? m.log_durationEmpty() : duration.field === "hours" ? m.log_hoursFormat() : m.log_minutesFormat();
    return { ok: false, errors: { form: [], fields: { [duration.field]: message } } };
  }
  return {
    ok: true,
    input: {
      date: text(form, "date"),
      minutes: duration.minutes,
      activityTypeId: text(form, "activityTypeId"),
      cohortId: optional(form, "cohortId"),
      tandemId: optional(form, "tandemId"),
      note: optional(form, "note"),
    },
  };
}

// The cohort page's session forms as actions: the typed Berlin date and times
// are checked as in the browser (parseSessionForm) and sent to the API; its
// startsAt/endsAt errors land at the date and end-time fields.
import type { RequestEvent } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { formCheckErrors } from "$lib/graphql/errors";
import { AddCohortSessionMutation, UpdateCohortSessionMutation } from "$lib/graphql/training";
import { parseSessionForm, SESSION_TRANSLATED, sessionFieldOf, type SessionFormValues } from "$lib/features/training/forms";
import { translationFieldNames } from "$lib/forms/translations";

const TRANSLATION_FIELDS = SESSION_TRANSLATED.flatMap(translationFieldNames);
const API_FIELDS = ["startsAt", "endsAt", "topic", ...TRANSLATION_FIELDS, "room", "onlineUrl"];

function sessionValues(form: FormData): SessionFormValues {
  return {
    date: text(form, "date"),
    startTime: text(form, "startTime"),
    endTime: text(form, "endTime"),
    topic: text(form, "topic"),
    ...(Object.fromEntries(TRANSLATION_FIELDS.map((name) => [name, text(form, name)])) as Pick<SessionFormValues, `${(typeof SESSION_TRANSLATED)[number]}.${"en" | "ar" | "fa" | "uk" | "tr"}`>),
    room: text(form, "room"),
    onlineUrl: text(form, "onlineUrl"),
  };
}

const byFormField = (fields: Record<string, string>) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [sessionFieldOf(k), v]));

export async function addSessionAction(event: RequestEvent<{ id: string }>) {
  const form = await event.request.formData();
  const parsed = parseSessionForm(sessionValues(form));
  if (!parsed.ok) return refuse(formCheckErrors(parsed.problems), form, { name: "new-session" });
  const outcome = await mutate(event, AddCohortSessionMutation, { cohortId: event.params.id, input: parsed.input }, API_FIELDS);
  if (!outcome.ok) return refuse({ ...outcome.errors, fields: byFormField(outcome.errors.fields) }, form, { name: "new-session" });
  return { done: "sessions" as const, notice: "added" as const, startsAt: outcome.data.startsAt, sessionId: outcome.data.id };
}

export async function updateSessionAction(event: RequestEvent<{ id: string }>) {
  const form = await event.request.formData();
  const id = text(form, "sessionId");
  const name = `session-${id}`;
  const parsed = parseSessionForm(sessionValues(form));
  if (!parsed.ok) return refuse(formCheckErrors(parsed.problems), form, { name });
  const outcome = await mutate(event, UpdateCohortSessionMutation, { id, input: parsed.input, expectedVersion: text(form, "expectedVersion") || null }, API_FIELDS);
  if (!outcome.ok) return refuse({ ...outcome.errors, fields: byFormField(outcome.errors.fields) }, form, { name });
  return { done: "sessions" as const, notice: "updated" as const, startsAt: outcome.data.startsAt, sessionId: outcome.data.id };
}

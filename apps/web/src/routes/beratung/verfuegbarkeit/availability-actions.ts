// The availability page's form actions, so they work before (and without) the
// page's JavaScript: the weekly hours saved together (rows `rules.<i>.*`, the
// API names the row that overlaps another) and an exception added. The
// counsellor's id comes with the form (an admin may edit anyone's; the API checks).
import type { RequestEvent } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { optional, rows, text } from "$lib/forms/form-data";
import { AddAvailabilityExceptionMutation, SetCounsellorAvailabilityMutation } from "$lib/graphql/appointments";
import { formCheckErrors } from "$lib/graphql/errors";
import { exceptionPeriod, ruleFields, ruleInput, type ExceptionDraft, type RuleDraft } from "$lib/features/counselling/availability-form";
import { m } from "$lib/paraglide/messages.js";

export type AvailabilityDone = "rules" | "exception";

export async function rulesAction(event: RequestEvent) {
  const form = await event.request.formData();
  const rules: RuleDraft[] = rows(form, "rules").map((r) => ({ weekday: r.weekday ?? "", start: r.start ?? "", end: r.end ?? "", room: r.room ?? "" }));
  const outcome = await mutate(event, SetCounsellorAvailabilityMutation, { counsellorId: text(form, "counsellorId"), rules: rules.map(ruleInput) }, ruleFields(rules.length));
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "rules" });
  return { done: "rules" as AvailabilityDone };
}

export function exceptionFromForm(form: FormData): ExceptionDraft {
  return {
    kind: text(form, "kind") === "EXTRA" ? "EXTRA" : "ABSENCE",
    startDate: text(form, "startsAt"),
    startTime: text(form, "startTime"),
    endDate: text(form, "endsAt"),
    endTime: text(form, "endTime"),
    room: text(form, "room"),
    reason: text(form, "reason"),
  };
}

export async function exceptionAction(event: RequestEvent) {
  const form = await event.request.formData();
  const exception = exceptionFromForm(form);
  const period = exceptionPeriod(exception);
  if ("problems" in period) {
    const problems = Object.fromEntries(Object.entries(period.problems).map(([f, kind]) => [f, kind === "date" ? m.counsel_dateNeeded : m.counsel_timeNeeded]));
    return refuse(formCheckErrors(problems), form, { name: "exception" });
  }
  const outcome = await mutate(
    event,
    AddAvailabilityExceptionMutation,
    {
      input: {
        counsellorId: text(form, "counsellorId"),
        kind: exception.kind,
        ...period,
        room: exception.kind === "EXTRA" ? optional(form, "room") : null,
        reason: optional(form, "reason"),
      },
    },
    ["kind", "startsAt", "endsAt", "room", "reason"],
  );
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "exception" });
  return { done: "exception" as AvailabilityDone };
}

// The cohort page's forms about people as actions: the get-to-know interview's
// result (admit or not, with a note) and a waiting-list priority (with the
// reason that is kept). Each refusal is named after its form and person, as
// the page has one such form per applicant.
import type { RequestEvent } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { optional, text } from "$lib/forms/form-data";
import { RecordAdmissionInterviewMutation, SetWaitlistPriorityMutation } from "$lib/graphql/training";
import { parseWholeNumber } from "$lib/features/training/forms";
import { m } from "$lib/paraglide/messages.js";

export async function interviewAction(event: RequestEvent<{ id: string }>) {
  const form = await event.request.formData();
  const enrolmentId = text(form, "enrolmentId");
  const name = `interview-${enrolmentId}`;
  const result = text(form, "result");
  if (result !== "passed" && result !== "failed") return refuse({ form: [], fields: { passed: m.manage_interviewChoose() } }, form, { name });
  const outcome = await mutate(event, RecordAdmissionInterviewMutation, { enrolmentId, passed: result === "passed", note: optional(form, "note") }, ["passed", "note"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name });
  return { done: "people" as const, notice: "interview" as const, status: outcome.data.status, enrolmentId };
}

export async function priorityAction(event: RequestEvent<{ id: string }>) {
  const form = await event.request.formData();
  const enrolmentId = text(form, "enrolmentId");
  const name = `priority-${enrolmentId}`;
  const priority = parseWholeNumber(text(form, "priority"), -100, 100);
  const reason = text(form, "reason");
  const fields: Record<string, string> = {};
  if (priority === null) fields.priority = m.manage_priorityInvalid();
  if (!reason) fields.reason = m.common_reasonRequired();
  if (Object.keys(fields).length > 0) return refuse({ form: [], fields }, form, { name });
  const outcome = await mutate(event, SetWaitlistPriorityMutation, { enrolmentId, priority: priority!, reason }, ["priority", "reason"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name });
  return { done: "people" as const, notice: "priority" as const, enrolmentId, priority: outcome.data.priority, position: outcome.data.waitlistPosition };
}

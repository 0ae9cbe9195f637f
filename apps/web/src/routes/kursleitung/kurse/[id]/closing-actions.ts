// The cohort page's consequential actions as form actions, so they work before
// (and without) the page's JavaScript: cancel the cohort, remove a participant
// or a session, revoke a certificate (each but the session's with a reason),
// and complete the cohort. Completing before the last session is the API's
// question (CONFIRMATION_REQUIRED): the refusal carries it, the page asks it,
// and its "yes" posts again counting only the sessions held.
import type { RequestEvent } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { checked, text } from "$lib/forms/form-data";
import { CancelCohortMutation, CompleteCohortMutation, RemoveCohortSessionMutation, RemoveParticipantMutation, RevokeCertificateMutation } from "$lib/graphql/training";
import type { FormErrors } from "$lib/graphql/errors";
import { m } from "$lib/paraglide/messages.js";

type Event = RequestEvent<{ id: string }>;

const reasonMissing = (): FormErrors => ({ form: [], fields: { reason: m.common_reasonRequired() } });
/** Errors of a form without fields of its own (a button) shown together above it. */
const atForm = (errors: FormErrors): FormErrors => ({ ...errors, form: [...errors.form, ...Object.values(errors.fields)], fields: {} });

export async function cancelCohortAction(event: Event) {
  const form = await event.request.formData();
  const name = "cancel-cohort";
  const reason = text(form, "reason");
  if (!reason) return refuse(reasonMissing(), form, { name });
  const outcome = await mutate(event, CancelCohortMutation, { id: event.params.id, reason }, ["reason"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name });
  return { done: "controls" as const, notice: "cancelled" as const };
}

export async function removeParticipantAction(event: Event) {
  const form = await event.request.formData();
  const enrolmentId = text(form, "enrolmentId");
  const name = `remove-participant-${enrolmentId}`;
  const reason = text(form, "reason");
  if (!reason) return refuse(reasonMissing(), form, { name });
  const outcome = await mutate(event, RemoveParticipantMutation, { enrolmentId, reason }, ["reason"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name });
  return { done: "people" as const, notice: "removed" as const, enrolmentId };
}

export async function removeSessionAction(event: Event) {
  const form = await event.request.formData();
  const sessionId = text(form, "sessionId");
  const startsAt = text(form, "startsAt");
  const outcome = await mutate(event, RemoveCohortSessionMutation, { id: sessionId });
  if (!outcome.ok) return refuse(atForm(outcome.errors), form, { name: `remove-session-${sessionId}` });
  return { done: "sessions" as const, notice: "removed" as const, startsAt };
}

export async function revokeCertificateAction(event: Event) {
  const form = await event.request.formData();
  const certificateId = text(form, "certificateId");
  const name = `revoke-${certificateId}`;
  const reason = text(form, "reason");
  if (!reason) return refuse(reasonMissing(), form, { name });
  const outcome = await mutate(event, RevokeCertificateMutation, { id: certificateId, reason }, ["reason"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name });
  return { done: "certificates" as const, notice: "revoked" as const, certificateId };
}

export async function completeAction(event: Event) {
  const form = await event.request.formData();
  // Before the last session, the trainer's "count only the sessions held" is what the confirmation said.
  const outcome = await mutate(event, CompleteCohortMutation, { id: event.params.id, countOnlyHeldSessions: checked(form, "countOnlyHeldSessions") });
  if (!outcome.ok) return refuse(atForm(outcome.errors), form, { name: "complete" });
  return { done: "completed" as const };
}

// The coordinator's tandem page's form actions: pause with a reason, resume,
// end with a reason from the organisation's list (and an optional note), and
// record a contact. Each answers with what the page says after it (`done`).
import type { RequestEvent } from "@sveltejs/kit";
import type { VariablesOf } from "@graphql-typed-document-node/core";
import { TANDEM_END_REASONS } from "@lotse/domain/matching";
import { mutate, refuse } from "$lib/forms/action";
import { optional, text } from "$lib/forms/form-data";
import { EndMatchMutation, PauseMatchMutation, ResumeMatchMutation } from "$lib/graphql/families";
import { LogContactMutation } from "$lib/graphql/tandems";
import type { TandemEndReason } from "$lib/features/families/types";
import { m } from "$lib/paraglide/messages.js";

type Event = RequestEvent<{ id: string }>;
/** The API checks the kind against its enum and refuses anything else. */
type ContactKind = VariablesOf<typeof LogContactMutation>["input"]["kind"];

export type TandemDone = "paused" | "resumed" | "ended" | "contact";

export async function pauseAction(event: Event) {
  const form = await event.request.formData();
  const reason = text(form, "reason");
  if (!reason) return refuse({ form: [], fields: { reason: m.common_reasonRequired() } }, form, { name: "pause" });
  const outcome = await mutate(event, PauseMatchMutation, { id: event.params.id, reason }, ["reason"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "pause" });
  return { done: "paused" as TandemDone };
}

export async function resumeAction(event: Event) {
  const form = await event.request.formData();
  const outcome = await mutate(event, ResumeMatchMutation, { id: event.params.id });
  if (!outcome.ok) return refuse({ ...outcome.errors, form: [...outcome.errors.form, ...Object.values(outcome.errors.fields)], fields: {} }, form, { name: "resume" });
  return { done: "resumed" as TandemDone };
}

export async function endAction(event: Event) {
  const form = await event.request.formData();
  const reason = text(form, "reason");
  if (!TANDEM_END_REASONS.includes(reason as TandemEndReason)) return refuse({ form: [], fields: { reason: m.tandem_endReasonRequired() } }, form, { name: "end" });
  const outcome = await mutate(event, EndMatchMutation, { id: event.params.id, reason: reason as TandemEndReason, note: optional(form, "note") }, ["reason", "note"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "end" });
  return { done: "ended" as TandemDone };
}

export async function contactAction(event: Event) {
  const form = await event.request.formData();
  const minutes = text(form, "minutes");
  if (minutes !== "" && !/^\d{1,4}$/.test(minutes)) return refuse({ form: [m.common_checkFields()], fields: { minutes: m.tandem_minutesFormat() } }, form, { name: "contact" });
  const input = { tandemId: event.params.id, date: text(form, "date"), kind: text(form, "kind") as ContactKind, minutes: minutes === "" ? null : Number(minutes), note: optional(form, "note") };
  const outcome = await mutate(event, LogContactMutation, { input }, ["date", "kind", "minutes", "note"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "contact" });
  return { done: "contact" as TandemDone };
}

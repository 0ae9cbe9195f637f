// The decision on a volunteer as form actions: approve or reject a sign-up
// (approving without a clearing Führungszeugnis first asks whether they will
// work with children, § 72a SGB VIII), pause, reactivate, end.
import { mutate, refuse } from "$lib/forms/action";
import { optional, text } from "$lib/forms/form-data";
import { childrenAnswerFlag, parseChildrenAnswer } from "@lotse/domain/children-rule";
import { EndVolunteeringMutation, PauseVolunteerMutation, ReactivateVolunteerMutation, ReviewVolunteerMutation } from "$lib/graphql/volunteers";
import { m } from "$lib/paraglide/messages.js";
import type { RequestEvent } from "./$types";

/** What the page says after a decision went through. */
export type Decided = "approved" | "rejected" | "paused" | "reactivated" | "ended";

export async function review(event: RequestEvent) {
  const form = await event.request.formData();
  const decision = text(form, "decision") === "REJECT" ? "REJECT" : "APPROVE";
  const reason = optional(form, "reason");
  const name = "decision";
  if (decision === "REJECT" && !reason) return refuse({ form: [], fields: { reason: m.common_reasonRequired() } }, form, { name });
  // The API decides whether the answer is needed (the certificate as it knows it now) and refuses "yes" without one.
  const worksWithChildren = childrenAnswerFlag(parseChildrenAnswer(text(form, "worksWithChildren")));
  const outcome = await mutate(event, ReviewVolunteerMutation, { id: event.params.id, decision, reason, worksWithChildren }, ["reason", "worksWithChildren"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name });
  return { decided: (decision === "APPROVE" ? "approved" : "rejected") as Decided };
}

export async function pause(event: RequestEvent) {
  const form = await event.request.formData();
  const outcome = await mutate(event, PauseVolunteerMutation, { id: event.params.id, reason: optional(form, "pauseReason") }, ["reason"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "decision" });
  return { decided: "paused" as Decided };
}

export async function reactivate(event: RequestEvent) {
  const form = await event.request.formData();
  const outcome = await mutate(event, ReactivateVolunteerMutation, { id: event.params.id });
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "decision" });
  return { decided: "reactivated" as Decided };
}

export async function end(event: RequestEvent) {
  const form = await event.request.formData();
  const outcome = await mutate(event, EndVolunteeringMutation, { id: event.params.id, reason: optional(form, "endReason") }, ["reason"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "end" });
  return { decided: "ended" as Decided };
}

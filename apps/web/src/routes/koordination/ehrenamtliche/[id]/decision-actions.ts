// The decision on a volunteer as form actions: approve or reject a sign-up
// (approving without a clearing Führungszeugnis first asks whether they will
// work with children, § 72a SGB VIII), pause, reactivate, end.
import { berlinToday } from "@lotse/domain/berlin-time";
import { mutate, refuse } from "$lib/forms/action";
import { optional, text } from "$lib/forms/form-data";
import { approvalBlock, parseChildrenAnswer } from "$lib/features/volunteers/children-rule";
import { yearOf } from "$lib/features/volunteers/format";
import { loadQuery } from "$lib/graphql/load";
import { EndVolunteeringMutation, PauseVolunteerMutation, ReactivateVolunteerMutation, ReviewVolunteerMutation, VolunteerDetailQuery } from "$lib/graphql/volunteers";
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
  if (decision === "APPROVE") {
    // The certificate as the API knows it now, not as the page showed it.
    const { volunteer } = await loadQuery(event.fetch, VolunteerDetailQuery, { id: event.params.id, year: yearOf(berlinToday()) });
    if (volunteer) {
      const block = approvalBlock(volunteer.conductCertificate, parseChildrenAnswer(text(form, "withChildren")));
      if (block === "unanswered") return refuse({ form: [m.common_checkFields()], fields: { withChildren: m.vdetail_childrenUnanswered() } }, form, { name });
      if (block === "needsCertificate") return refuse({ form: [m.vdetail_childrenNeedsCertificate()], fields: { withChildren: m.vdetail_childrenNeedsCertificateField() } }, form, { name });
    }
  }
  const outcome = await mutate(event, ReviewVolunteerMutation, { id: event.params.id, decision, reason }, ["reason"]);
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

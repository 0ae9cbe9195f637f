// Approving or rejecting the selected hour entries (the pressed button says
// which); rejecting needs a reason. Entries someone else decided meanwhile are
// counted apart, so the page can say so.
import { mutate, refuse } from "$lib/forms/action";
import { all, optional, text } from "$lib/forms/form-data";
import { ReviewHourLogsMutation } from "$lib/graphql/hour-review";
import { m } from "$lib/paraglide/messages.js";
import type { RequestEvent } from "./$types";

export async function reviewHours(event: RequestEvent) {
  const form = await event.request.formData();
  const decision = text(form, "decision") === "REJECT" ? "REJECT" : "APPROVE";
  const ids = all(form, "ids");
  const reason = optional(form, "reason");
  const name = "review";
  if (ids.length === 0) return refuse({ form: [m.review_noneSelected()], fields: {} }, form, { name });
  if (decision === "REJECT" && !reason) return refuse({ form: [], fields: { reason: m.common_reasonRequired() } }, form, { name });
  // "ids" errors (already decided, your own entry) name the whole selection: shown above the table.
  const outcome = await mutate(event, ReviewHourLogsMutation, { ids, decision, reason }, ["reason"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name, omit: outcome.errors.code === "CONFLICT" ? ["ids"] : [] });
  return { reviewed: decision, count: outcome.data.length, requested: ids.length };
}

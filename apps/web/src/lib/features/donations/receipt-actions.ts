// The receipts' form actions, shared by the donor's page and the receipts page:
// issue the Zuwendungsbestätigung of one accepted donation, and cancel one with
// its reason. Each refusal names its form and the receipt or donation it was
// about, so the page shows it beside the right row.
import type { RequestEvent } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { formCheckErrors } from "$lib/graphql/errors";
import { CancelReceiptMutation, IssueDonationReceiptMutation } from "$lib/graphql/donations";
import { m } from "$lib/paraglide/messages.js";

export async function issueReceipt(event: RequestEvent) {
  const form = await event.request.formData();
  const outcome = await mutate(event, IssueDonationReceiptMutation, { donationId: text(form, "donationId") });
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "issueReceipt" });
  return { receiptIssued: { number: outcome.data.number } };
}

export async function cancelReceipt(event: RequestEvent) {
  const form = await event.request.formData();
  const reason = text(form, "reason");
  if (!reason) return refuse(formCheckErrors({ reason: m.common_reasonRequired }), form, { name: "cancelReceipt" });
  const outcome = await mutate(event, CancelReceiptMutation, { id: text(form, "receiptId"), reason }, ["reason"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "cancelReceipt" });
  return { receiptCancelled: { number: text(form, "number") } };
}

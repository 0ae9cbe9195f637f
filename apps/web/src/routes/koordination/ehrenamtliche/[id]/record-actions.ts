// What a coordinator records about a volunteer, as form actions: an inspected
// Führungszeugnis, the Ehrenamtskarte's issue day, earlier volunteering, and a
// payment (allowance, expense or mileage).
import { ALLOWANCE } from "@lotse/domain/bounds";
import { parseEuroToCents } from "@lotse/domain/cents";
import { mutate, refuse } from "$lib/forms/action";
import { integer, optional, text } from "$lib/forms/form-data";
import type { AllowanceKind } from "$lib/graphql/types";
import { ImportEarlierHoursMutation, RecordAllowancePaymentMutation, RecordConductCertificateMutation, RecordEhrenamtskarteMutation } from "$lib/graphql/volunteers";
import { m } from "$lib/paraglide/messages.js";
import type { RequestEvent } from "./$types";

const KINDS: readonly AllowanceKind[] = ["EHRENAMTSPAUSCHALE", "UEBUNGSLEITERFREIBETRAG", "EXPENSE_REIMBURSEMENT", "MILEAGE"];
const PAYMENT_FIELDS = ["kind", "amountCents", "paidOn", "year", "note", "activityTypeId", "receiptReference", "kilometres"];

export async function certificate(event: RequestEvent) {
  const form = await event.request.formData();
  const input = { inspectedOn: text(form, "inspectedOn"), issuedOn: text(form, "issuedOn"), hasRelevantEntry: text(form, "hasRelevantEntry") === "yes" };
  const outcome = await mutate(event, RecordConductCertificateMutation, { volunteerId: event.params.id, input }, ["inspectedOn", "issuedOn", "hasRelevantEntry"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "certificate" });
  return { recorded: "certificate" as const };
}

export async function card(event: RequestEvent) {
  const form = await event.request.formData();
  // The card the page showed (empty: none), so a card recorded meanwhile by someone else is not overwritten unseen.
  const previousIssuedOn = text(form, "previousIssuedOn") || null;
  const outcome = await mutate(event, RecordEhrenamtskarteMutation, { volunteerId: event.params.id, issuedOn: text(form, "issuedOn"), previousIssuedOn }, ["issuedOn"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "card" });
  return { recorded: "card" as const };
}

export async function importHours(event: RequestEvent) {
  const form = await event.request.formData();
  const minutes = integer(form, "minutes");
  if (minutes === null || Number.isNaN(minutes)) return refuse({ form: [], fields: { minutes: m.log_minutesFormat() } }, form, { name: "importHours" });
  const input = { date: text(form, "date"), minutes, activityTypeId: text(form, "activityTypeId") };
  const outcome = await mutate(event, ImportEarlierHoursMutation, { volunteerId: event.params.id, input, reason: text(form, "reason") }, ["date", "minutes", "activityTypeId", "reason"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "importHours" });
  return { recorded: "importHours" as const };
}

export async function payment(event: RequestEvent) {
  const form = await event.request.formData();
  const kindText = text(form, "kind");
  const kind = KINDS.find((k) => k === kindText) ?? "EHRENAMTSPAUSCHALE";
  const taxFree = kind === "EHRENAMTSPAUSCHALE" || kind === "UEBUNGSLEITERFREIBETRAG";
  const km = integer(form, "kilometres");
  const cents = kind === "MILEAGE" ? null : parseEuroToCents(text(form, "amount"));
  const activityTypeId = optional(form, "activityTypeId");
  const receiptReference = optional(form, "receiptReference");
  const paidOn = text(form, "paidOn");
  // The checks the API would make too, said in the form's words before asking it.
  const problems: Record<string, string> = {};
  if (kind !== "MILEAGE" && cents === null) problems.amountCents = m.allow_amountInvalid();
  if (kind === "MILEAGE" && (km === null || Number.isNaN(km) || km < ALLOWANCE.kilometres.min || km > ALLOWANCE.kilometres.max)) problems.kilometres = m.allow_kmInvalid();
  if (taxFree && !activityTypeId) problems.activityTypeId = m.allow_activityRequired();
  if (kind === "EXPENSE_REIMBURSEMENT" && !receiptReference) problems.receiptReference = m.allow_receiptRequired();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(paidOn)) problems.paidOn = m.allow_paidOnInvalid();
  if (Object.keys(problems).length > 0) return refuse({ form: [m.common_checkFields()], fields: problems }, form, { name: "payment" });
  const outcome = await mutate(
    event,
    RecordAllowancePaymentMutation,
    {
      input: {
        volunteerId: event.params.id,
        // A payment counts in the year it was paid.
        year: Number(paidOn.slice(0, 4)),
        kind,
        amountCents: cents,
        kilometres: kind === "MILEAGE" ? km : null,
        activityTypeId: taxFree ? activityTypeId : null,
        receiptReference: kind === "EXPENSE_REIMBURSEMENT" ? receiptReference : null,
        paidOn,
        note: optional(form, "note"),
      },
    },
    PAYMENT_FIELDS,
  );
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "payment" });
  return { recorded: "payment" as const, amountCents: outcome.data.amountCents };
}

// The goods item's form actions: reserve pieces for a family (one from the
// matching module or another by name), hand a reservation over or release it,
// write pieces off with a reason. Each refusal names its form (and the
// reservation it was about), so the page shows it where the person looked.
import type { RequestEvent } from "@sveltejs/kit";
import { mutate, refuse } from "$lib/forms/action";
import { text } from "$lib/forms/form-data";
import { formCheckErrors } from "$lib/graphql/errors";
import { loadQuery } from "$lib/graphql/load";
import { GoodsItemQuery, HandOverGoodsMutation, ReleaseReservationMutation, ReserveGoodsMutation, WriteOffGoodsMutation } from "$lib/graphql/donations";
import { m } from "$lib/paraglide/messages.js";

/** The family choice meaning "a family not in the list", named in its own field. */
export const OTHER_FAMILY = "other";

type Message = () => string;
const pieces = (value: string) => (/^\d+$/.test(value) ? Number(value) : null);

export async function reserve(event: RequestEvent<{ id: string }>) {
  const form = await event.request.formData();
  const choice = text(form, "familyId");
  const quantity = pieces(text(form, "quantity"));
  let familyId: string | null = null;
  let familyName = text(form, "familyName");
  if (choice && choice !== OTHER_FAMILY) {
    // The family's name as the matching module knows it goes with the reservation.
    const { families } = await loadQuery(event.fetch, GoodsItemQuery, { id: event.params.id });
    const family = families.edges.map((e) => e.node).find((f) => f.id === choice);
    familyId = family?.id ?? choice;
    familyName = family?.addressedAs ?? "";
  }
  const problems: Record<string, Message> = {};
  if (!choice) problems.familyId = m.don_chooseFamily;
  else if (!familyName) problems.familyName = m.common_fillIn;
  if (quantity === null) problems.quantity = m.don_quantityInvalid;
  if (Object.keys(problems).length > 0) return refuse(formCheckErrors(problems), form, { name: "reserve" });
  const input = { itemId: event.params.id, quantity: quantity!, familyId, familyName, reservedUntil: text(form, "reservedUntil") };
  const outcome = await mutate(event, ReserveGoodsMutation, { input }, ["quantity", "familyId", "familyName", "reservedUntil"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "reserve" });
  return { itemDone: { message: "reserved", quantity: outcome.data.quantity, family: familyName } };
}

export async function handOver(event: RequestEvent) {
  const form = await event.request.formData();
  const input = {
    reservationId: text(form, "reservationId"),
    familyId: text(form, "familyId") || null,
    familyName: text(form, "familyName"),
    handedOverOn: text(form, "handedOverOn"),
  };
  const outcome = await mutate(event, HandOverGoodsMutation, { input }, ["handedOverOn"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "reservation" });
  return { itemDone: { message: "handedOver", quantity: Number(text(form, "quantity")), family: input.familyName } };
}

export async function release(event: RequestEvent) {
  const form = await event.request.formData();
  const outcome = await mutate(event, ReleaseReservationMutation, { id: text(form, "reservationId") });
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "reservation" });
  return { itemDone: { message: "released", quantity: Number(text(form, "quantity")), family: text(form, "familyName") } };
}

export async function writeOff(event: RequestEvent<{ id: string }>) {
  const form = await event.request.formData();
  const quantity = pieces(text(form, "quantity"));
  const reason = text(form, "reason");
  const problems: Record<string, Message> = {};
  if (quantity === null) problems.quantity = m.don_quantityInvalid;
  if (!reason) problems.reason = m.common_reasonRequired;
  if (Object.keys(problems).length > 0) return refuse(formCheckErrors(problems), form, { name: "writeOff" });
  const outcome = await mutate(event, WriteOffGoodsMutation, { itemId: event.params.id, quantity: quantity!, reason }, ["quantity", "reason"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "writeOff" });
  return { itemDone: { message: "writtenOff", quantity: quantity!, family: "" } };
}

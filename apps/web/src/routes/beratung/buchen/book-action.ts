// The booking page's form action: the chosen slot with room, place,
// interpreter and note, booked with the form's idempotency key. A booking goes
// on to the appointment's page; a refusal comes back with everything typed.
import { redirect, type RequestEvent } from "@sveltejs/kit";
import { appointmentPath } from "@lotse/domain/paths";
import { mutate, refuse } from "$lib/forms/action";
import { BOOKING_FIELDS, bookingInput } from "$lib/features/counselling/booking-input";
import { BookAppointmentMutation } from "$lib/graphql/appointments";

export async function bookAction(event: RequestEvent) {
  const form = await event.request.formData();
  const read = bookingInput(form);
  if (!read.ok) return refuse(read.errors, form);
  const outcome = await mutate(event, BookAppointmentMutation, { input: read.input }, BOOKING_FIELDS);
  if (!outcome.ok) return refuse(outcome.errors, form);
  redirect(303, `${appointmentPath(outcome.data.id)}?booked=1`);
}

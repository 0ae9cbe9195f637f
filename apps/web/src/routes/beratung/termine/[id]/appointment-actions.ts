// One appointment's form actions, so they work before (and without) the page's
// JavaScript: move it (Berlin date and time, optionally another counsellor and
// room), set where it takes place, cancel it (with an optional reason) and
// record its outcome. Each answers with what the page says after it (`done`).
import type { RequestEvent } from "@sveltejs/kit";
import { berlinToIso } from "@lotse/domain/berlin-time";
import { mutate, refuse } from "$lib/forms/action";
import { optional, text } from "$lib/forms/form-data";
import { CancelAppointmentMutation, RecordAppointmentOutcomeMutation, RescheduleAppointmentMutation, SetAppointmentPlaceMutation } from "$lib/graphql/appointments";
import { formCheckErrors } from "$lib/graphql/errors";
import { m } from "$lib/paraglide/messages.js";

type Event = RequestEvent<{ id: string }>;
export type AppointmentDone = "rescheduled" | "placed" | "cancelled" | "outcome";

export async function rescheduleAction(event: Event) {
  const form = await event.request.formData();
  const startsAt = berlinToIso(text(form, "startsAt"), text(form, "time"));
  if (!startsAt) return refuse(formCheckErrors({ startsAt: m.counsel_dateTimeNeeded }), form, { name: "reschedule" });
  const counsellorId = text(form, "counsellorId");
  const outcome = await mutate(
    event,
    RescheduleAppointmentMutation,
    // The same counsellor is sent as none: only a change is one.
    { id: event.params.id, startsAt, counsellorId: counsellorId === text(form, "bookedCounsellorId") ? null : counsellorId || null, room: optional(form, "room") },
    ["startsAt", "counsellorId", "room"],
  );
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "reschedule" });
  return { done: "rescheduled" as AppointmentDone };
}

export async function placeAction(event: Event) {
  const form = await event.request.formData();
  const outcome = await mutate(event, SetAppointmentPlaceMutation, { id: event.params.id, placeDistrictId: optional(form, "placeDistrictId") }, ["placeDistrictId"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "place" });
  return { done: "placed" as AppointmentDone };
}

export async function cancelAction(event: Event) {
  const form = await event.request.formData();
  const reason = text(form, "reason");
  if (!reason) return refuse({ form: [], fields: { reason: m.common_reasonRequired() } }, form, { name: "cancel" });
  const outcome = await mutate(event, CancelAppointmentMutation, { id: event.params.id, reason }, ["reason"]);
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "cancel" });
  return { done: "cancelled" as AppointmentDone };
}

export async function outcomeAction(event: Event) {
  const form = await event.request.formData();
  const kind = text(form, "kind");
  const advised = kind === "ADVISED";
  const outcome = await mutate(
    event,
    RecordAppointmentOutcomeMutation,
    {
      input: {
        appointmentId: event.params.id,
        // The API checks the kinds, school types and class forms against its enums.
        kind: kind as never,
        schoolType: advised ? (optional(form, "schoolType") as never) : null,
        classForm: advised ? (optional(form, "classForm") as never) : null,
        school: advised ? optional(form, "school") : null,
        startDate: advised ? optional(form, "startDate") : null,
        followUpAppointmentId: optional(form, "followUpAppointmentId"),
        note: optional(form, "note"),
      },
    },
    ["kind", "schoolType", "classForm", "school", "startDate", "followUpAppointmentId", "note"],
  );
  if (!outcome.ok) return refuse(outcome.errors, form, { name: "outcome" });
  return { done: "outcome" as AppointmentDone };
}

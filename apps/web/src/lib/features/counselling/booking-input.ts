// The booking form as the API's BookAppointmentInput: read the same way by the
// page's `book` action and, before sending, in the browser. A slot is posted as
// `<counsellorId>|<startsAt>` (one radio per free slot); the idempotency key was
// made by the page's load, so a double submit (or a retry) books once.
import { checked, optional, text } from "$lib/forms/form-data";
import { formCheckErrors, type FormErrors } from "$lib/graphql/errors";
import { m } from "$lib/paraglide/messages.js";

/** The fields the API may name for a booking. */
export const BOOKING_FIELDS = ["startsAt", "room", "placeDistrictId", "interpreterLanguage", "note", "childId", "counsellorId", "kind"];

/** The radio value of a slot. */
export const slotKey = (slot: { counsellorId: string; startsAt: string }) => `${slot.counsellorId}|${slot.startsAt}`;

export interface BookingInput {
  childId: string;
  counsellorId: string;
  kind: "INITIAL" | "FOLLOW_UP";
  startsAt: string;
  room: string | null;
  interpreterLanguage: string | null;
  note: string | null;
  placeDistrictId: string | null;
  idempotencyKey: string;
}

export function bookingInput(form: FormData): { ok: true; input: BookingInput } | { ok: false; errors: FormErrors } {
  const [counsellorId = "", startsAt = ""] = text(form, "slot").split("|");
  const needsInterpreter = checked(form, "needsInterpreter");
  const interpreterLanguage = needsInterpreter ? text(form, "interpreterLanguage") : "";
  const problems: Record<string, () => string> = {};
  if (!counsellorId || !startsAt) problems.startsAt = m.counsel_slotNeeded;
  if (needsInterpreter && !interpreterLanguage) problems.interpreterLanguage = m.counsel_interpreterLanguageNeeded;
  if (Object.keys(problems).length > 0) return { ok: false, errors: formCheckErrors(problems) };
  return {
    ok: true,
    input: {
      childId: text(form, "childId"),
      counsellorId,
      kind: text(form, "kind") === "FOLLOW_UP" ? "FOLLOW_UP" : "INITIAL",
      startsAt,
      // Empty: the room of the slot's hours (the API fills it in).
      room: optional(form, "room"),
      interpreterLanguage: interpreterLanguage || null,
      note: optional(form, "note"),
      placeDistrictId: optional(form, "placeDistrictId"),
      idempotencyKey: text(form, "idempotencyKey"),
    },
  };
}

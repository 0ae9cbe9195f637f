// Names of the appointments area's enum values in the UI language.
import { m } from "$lib/paraglide/messages.js";
import type { Message } from "$lib/i18n";

const label = (table: Record<string, Message>) => (value: string) => table[value]?.() ?? value;

export const APPOINTMENT_KINDS = ["INITIAL", "FOLLOW_UP"] as const;
export const OUTCOME_KINDS = ["ADVISED", "NO_SHOW", "CANCELLED"] as const;
export const SCHOOL_TYPES = ["GRUNDSCHULE", "HAUPTSCHULE", "REALSCHULE", "OBERSCHULE", "GYMNASIUM", "GESAMTSCHULE", "BBS"] as const;
export const CLASS_FORMS = ["SPRACHLERNKLASSE", "REGELKLASSE_DAZ"] as const;
export const EXCEPTION_KINDS = ["ABSENCE", "EXTRA"] as const;

export const appointmentKindLabel = label({ INITIAL: m.counsel_kind_INITIAL, FOLLOW_UP: m.counsel_kind_FOLLOW_UP });
export const appointmentStatusLabel = label({ BOOKED: m.counsel_status_BOOKED, CANCELLED: m.counsel_status_CANCELLED });
export const outcomeKindLabel = label({ ADVISED: m.counsel_outcome_ADVISED, NO_SHOW: m.counsel_outcome_NO_SHOW, CANCELLED: m.counsel_outcome_CANCELLED });
export const schoolTypeLabel = label({
  GRUNDSCHULE: m.counsel_school_GRUNDSCHULE,
  HAUPTSCHULE: m.counsel_school_HAUPTSCHULE,
  REALSCHULE: m.counsel_school_REALSCHULE,
  OBERSCHULE: m.counsel_school_OBERSCHULE,
  GYMNASIUM: m.counsel_school_GYMNASIUM,
  GESAMTSCHULE: m.counsel_school_GESAMTSCHULE,
  BBS: m.counsel_school_BBS,
});
export const classFormLabel = label({ SPRACHLERNKLASSE: m.counsel_class_SPRACHLERNKLASSE, REGELKLASSE_DAZ: m.counsel_class_REGELKLASSE_DAZ });
export const exceptionKindLabel = label({ ABSENCE: m.counsel_exception_ABSENCE, EXTRA: m.counsel_exception_EXTRA });
export const interpreterStatusLabel = label({
  OPEN: m.counsel_interpreter_OPEN,
  ASSIGNED: m.counsel_interpreter_ASSIGNED,
  ACCEPTED: m.counsel_interpreter_ACCEPTED,
  CANCELLED: m.counsel_interpreter_CANCELLED,
});

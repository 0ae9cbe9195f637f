// Appointments as calendar events. The UID is the appointment's for life;
// SEQUENCE is the appointment's (raised by every reschedule and the
// cancellation), so calendars update the one entry. Times are written in UTC
// (formats/ics.ts), which every calendar shows in its own zone: the Berlin
// time is right in summer and winter without a VTIMEZONE. No child's name
// leaves Lotse in a calendar: the event says what and where, the details stay
// behind the sign-in.
import type { IcsEvent, IcsEventStatus, IcsPerson } from "../../../formats/ics.ts";

export interface CalendarAppointment {
  id: string;
  kind: "INITIAL" | "FOLLOW_UP";
  status: "BOOKED" | "CANCELLED";
  startsAt: Date;
  endsAt: Date;
  room: string;
  sequence: number;
  updatedAt: Date;
  organization: string;
  counsellor: IcsPerson;
  interpreter: (IcsPerson & { status: string; language: string }) | null;
  /** The guardians who gave an email address. */
  guardianEmails: string[];
}

export const appointmentUid = (id: string) => `appointment-${id}@lotse`;

/**
 * A guardian attends under a role, not their name: it is most often the
 * child's family name, and that stays in Lotse like the child's.
 */
const GUARDIAN = "Erziehungsberechtigte Person";

const KIND = { INITIAL: "Erstberatung", FOLLOW_UP: "Folgetermin" } as const;

/** The event as the counsellor's side sees it (the appointment's file, the counsellor's feed). */
export function appointmentEvent(a: CalendarAppointment, link: string): IcsEvent {
  const status: IcsEventStatus = a.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED";
  const interpreting = a.interpreter ? ` mit Sprachmittlung (${a.interpreter.language})` : "";
  return {
    uid: appointmentUid(a.id),
    start: a.startsAt,
    end: a.endsAt,
    sequence: a.sequence,
    status,
    summary: `Schuleinstiegsberatung: ${KIND[a.kind]}${interpreting}`,
    location: `${a.room}, ${a.organization}`,
    description: `Einzelheiten in Lotse: ${link}`,
    lastModified: a.updatedAt,
    organizer: a.counsellor,
    attendees: [
      a.counsellor,
      ...(a.interpreter && a.interpreter.status !== "OPEN" ? [{ name: a.interpreter.name, email: a.interpreter.email }] : []),
      ...a.guardianEmails.map((email) => ({ name: GUARDIAN, email })),
    ],
  };
}

export interface CalendarAssignment {
  appointmentId: string;
  status: "ASSIGNED" | "ACCEPTED" | "CANCELLED" | "OPEN";
  language: string;
  startsAt: Date;
  endsAt: Date;
  room: string;
  sequence: number;
  updatedAt: Date;
  organization: string;
}

/** The event in the interpreter's feed: tentative while asked, confirmed once accepted, cancelled when off. */
export function assignmentEvent(a: CalendarAssignment, link: string): IcsEvent {
  const status: IcsEventStatus = a.status === "ACCEPTED" ? "CONFIRMED" : a.status === "ASSIGNED" ? "TENTATIVE" : "CANCELLED";
  return {
    uid: appointmentUid(a.appointmentId),
    start: a.startsAt,
    end: a.endsAt,
    sequence: a.sequence,
    status,
    summary: `Sprachmittlung (${a.language}): Schuleinstiegsberatung`,
    location: `${a.room}, ${a.organization}`,
    description: a.status === "ASSIGNED" ? `Bitte in Lotse zusagen oder absagen: ${link}` : `Einzelheiten in Lotse: ${link}`,
    lastModified: a.updatedAt,
  };
}

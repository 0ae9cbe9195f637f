// iCalendar (RFC 5545/5546) for published calendars and invitations, written
// by ical-generator (escaping, folding at 75 octets, METHOD, ORGANIZER,
// ATTENDEE). Times go out in UTC with Z, as the library recommends for
// native Dates: every calendar shows them in its own zone, so the Berlin time
// is right in summer and winter without a VTIMEZONE (the library would write
// a TZID time from the process's zone, not Berlin's). An event keeps its UID
// for life and raises SEQUENCE on every change, so calendars update the
// same entry.
import ical, { formatDate, ICalAttendeeRole, ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from "ical-generator";

export type IcsEventStatus = "CONFIRMED" | "TENTATIVE" | "CANCELLED";

export interface IcsEvent {
  uid: string;
  start: Date;
  end: Date;
  sequence: number;
  status: IcsEventStatus;
  summary: string;
  location?: string | null;
  description?: string | null;
  /** A link (e.g. to the online room). */
  url?: string | null;
  lastModified?: Date | null;
  /** ORGANIZER (needed with METHOD REQUEST/CANCEL, RFC 5546): who runs the event. */
  organizer?: IcsPerson | null;
  /** ATTENDEE lines. */
  attendees?: IcsPerson[];
}

export interface IcsPerson {
  name: string;
  email: string;
}

/** PUBLISH: a calendar to import or subscribe to; REQUEST: an invitation (or its update); CANCEL: it is off. */
export type IcsMethod = "PUBLISH" | "REQUEST" | "CANCEL";

export interface IcsCalendar {
  /** X-WR-CALNAME: the name calendar apps show for a subscription or import. */
  name: string;
  events: IcsEvent[];
  /** DTSTAMP of every event: when this calendar was produced. */
  now?: Date;
  /** X-PUBLISHED-TTL / REFRESH-INTERVAL for subscribed feeds, in minutes. */
  refreshMinutes?: number;
  /** METHOD of the calendar (RFC 5546); default PUBLISH. */
  method?: IcsMethod;
}

const PRODID = { company: "Lotse", product: "Lotse", language: "DE" };
const METHOD: Record<IcsMethod, ICalCalendarMethod> = { PUBLISH: ICalCalendarMethod.PUBLISH, REQUEST: ICalCalendarMethod.REQUEST, CANCEL: ICalCalendarMethod.CANCEL };
const STATUS: Record<IcsEventStatus, ICalEventStatus> = { CONFIRMED: ICalEventStatus.CONFIRMED, TENTATIVE: ICalEventStatus.TENTATIVE, CANCELLED: ICalEventStatus.CANCELLED };

/** 2026-03-07T08:00:00.000Z -> 20260307T080000Z, the form the calendar's times take. */
export const icsUtc = (date: Date): string => formatDate(null, date);

// The library escapes TEXT and quoted values but passes control characters
// through, and a double quote cannot stand inside a quoted parameter (CN="…")
// at all: both are dropped before they reach it. Line breaks stay (escaped as \n).
const text = (value: string) => value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
const param = (value: string) => value.replace(/["\u0000-\u001f\u007f]/g, "");
const uri = (value: string) => value.replace(/[\u0000-\u001f\u007f]/g, "");
const person = (p: IcsPerson) => ({ name: param(p.name), email: uri(p.email) });

/** The whole calendar as text: CRLF line endings, folded lines, the last line ended too. */
export function renderCalendar(calendar: IcsCalendar): string {
  const stamp = calendar.now ?? new Date();
  const cal = ical({
    prodId: PRODID,
    name: text(calendar.name),
    scale: "GREGORIAN",
    method: METHOD[calendar.method ?? "PUBLISH"],
    ttl: calendar.refreshMinutes ? calendar.refreshMinutes * 60 : null,
  });
  for (const event of calendar.events) {
    cal.createEvent({
      id: uri(event.uid),
      stamp,
      start: event.start,
      end: event.end,
      sequence: event.sequence,
      status: STATUS[event.status],
      summary: text(event.summary),
      location: event.location ? text(event.location) : null,
      description: event.description ? text(event.description) : null,
      url: event.url ? uri(event.url) : null,
      lastModified: event.lastModified ?? null,
      organizer: event.organizer ? person(event.organizer) : null,
      attendees: (event.attendees ?? []).map((a) => ({ ...person(a), role: ICalAttendeeRole.REQ })),
      // Calendars show cancelled events as free time.
      transparency: event.status === "CANCELLED" ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one included; the library leaves the last bare.
  const body = cal.toString();
  return body.endsWith("\r\n") ? body : `${body}\r\n`;
}

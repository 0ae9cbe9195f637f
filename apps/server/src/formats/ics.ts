// iCalendar (RFC 5545) text for published calendars: CRLF line endings,
// lines folded at 75 octets (never inside a UTF-8 character), TEXT values
// escaped, times in UTC with Z. An event keeps its UID for life and raises
// SEQUENCE on every change, so calendars update the same entry.

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
  /** A link (e.g. to the online room); a URI, not escaped as text. */
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

export const ICS_PRODID = "-//Lotse//Lotse Kurse//DE";
const MAX_OCTETS = 75;

/** 2026-03-07T08:00:00.000Z -> 20260307T080000Z */
export function icsUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

/** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

/** A parameter value (CN=…): quoted, with the characters a quoted value cannot hold removed. */
function paramValue(value: string): string {
  return `"${value.replace(/["\u0000-\u001f\u007f]/g, "")}"`;
}

/** A URI value: no escaping in RFC 5545, but line breaks and control characters never belong in one. */
function uriValue(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, "");
}

const encoder = new TextEncoder();

/**
 * Folds one content line: at most 75 octets per physical line, continuation
 * lines start with one space (which counts towards their 75), and the split
 * never falls inside a character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space of the continuation line
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${uriValue(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(event.end)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.status}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${uriValue(event.url)}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${icsUtc(event.lastModified)}`);
  if (event.organizer) lines.push(`ORGANIZER;CN=${paramValue(event.organizer.name)}:mailto:${uriValue(event.organizer.email)}`);
  for (const a of event.attendees ?? []) lines.push(`ATTENDEE;CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT:mailto:${uriValue(a.email)}`);
  // Calendars show cancelled events as free time.
  lines.push(`TRANSP:${event.status === "CANCELLED" ? "TRANSPARENT" : "OPAQUE"}`);
  lines.push("END:VEVENT");
  return lines;
}

/** The whole calendar as text: every line folded and ended with CRLF. */
export function renderCalendar(calendar: IcsCalendar): string {
  const stamp = icsUtc(calendar.now ?? new Date());
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${ICS_PRODID}`, "CALSCALE:GREGORIAN", `METHOD:${calendar.method ?? "PUBLISH"}`, `X-WR-CALNAME:${escapeText(calendar.name)}`];
  if (calendar.refreshMinutes) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshMinutes}M`, `X-PUBLISHED-TTL:PT${calendar.refreshMinutes}M`);
  }
  for (const event of calendar.events) lines.push(...eventLines(event, stamp));
  lines.push("END:VCALENDAR");
  return lines.map((line) => `${foldLine(line)}\r\n`).join("");
}

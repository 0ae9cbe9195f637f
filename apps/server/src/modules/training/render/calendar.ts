// A cohort's sessions as calendar events, for the cohort's ICS file and for a
// participant's private feed. The rule for who sees an online link is
// access.ts's; the routes apply it (withoutOnlineLinks) before rendering.
import type { EnrolmentStatus } from "../../../generated/prisma/client.ts";
import type { IcsEvent, IcsEventStatus } from "../../../formats/ics.ts";

export interface CalendarSession {
  id: string;
  startsAt: Date;
  endsAt: Date;
  topic: string;
  room: string | null;
  onlineUrl: string | null;
  sequence: number;
  updatedAt: Date;
}

export interface CalendarCohort {
  id: string;
  title: string;
  location: string;
  status: string;
  cancelledAt: Date | null;
  cancelReason: string | null;
  course: { title: string };
  sessions: CalendarSession[];
}

/** The cohort as someone sees it who may not have the online links (access.ts seesOnlineLinks). */
export function withoutOnlineLinks<C extends CalendarCohort>(cohort: C): C {
  return { ...cohort, sessions: cohort.sessions.map((s) => ({ ...s, onlineUrl: null })) };
}

/** The event's UID: the session's id, the same in the cohort file and in every feed, for life. */
export const sessionUid = (sessionId: string) => `${sessionId}@lotse`;

/** From when on the cohort's sessions are off: its cancellation (all of them if the time is unknown). */
function cohortCancelledFrom(cohort: CalendarCohort): Date | null {
  return cohort.status === "CANCELLED" ? (cohort.cancelledAt ?? new Date(0)) : null;
}

function sessionEvent(cohort: CalendarCohort, session: CalendarSession, status: IcsEventStatus, options: { sequenceBump?: number; note?: string | null } = {}): IcsEvent {
  const place = [session.room, cohort.location].filter((part) => part?.trim()).join(", ");
  const description = [
    `Kurs: ${cohort.course.title}`,
    session.onlineUrl ? `Online: ${session.onlineUrl}` : null,
    status === "CANCELLED" && cohort.status === "CANCELLED" ? `Der Kurs wurde abgesagt${cohort.cancelReason ? `: ${cohort.cancelReason}` : "."}` : null,
    options.note ?? null,
  ].filter(Boolean);
  return {
    uid: sessionUid(session.id),
    start: session.startsAt,
    end: session.endsAt,
    sequence: session.sequence + (options.sequenceBump ?? 0),
    status,
    summary: `${cohort.title}: ${session.topic}`,
    location: session.onlineUrl ?? (place || null),
    description: description.join("\n"),
    url: session.onlineUrl,
    lastModified: session.updatedAt,
  };
}

/**
 * The cohort's calendar: every session; those from a cancellation on are
 * CANCELLED (cancelCohort raised their SEQUENCE), sessions held before stay.
 */
export function cohortEvents(cohort: CalendarCohort): IcsEvent[] {
  const cancelledFrom = cohortCancelledFrom(cohort);
  return cohort.sessions.map((s) => sessionEvent(cohort, s, cancelledFrom && s.startsAt >= cancelledFrom ? "CANCELLED" : "CONFIRMED"));
}

/** Enrolments that ended; their events are taken back if the person held a place or an offer. */
export const ENDED: EnrolmentStatus[] = ["WITHDRAWN", "REMOVED", "DECLINED", "EXPIRED", "NOT_ADMITTED"];

export interface FeedEnrolment {
  status: EnrolmentStatus;
  admittedAt: Date | null;
  offeredAt: Date | null;
  endedAt: Date | null;
  cohort: CalendarCohort;
}

/**
 * A participant's private feed. ADMITTED: the sessions, CONFIRMED. OFFERED:
 * TENTATIVE until the offer is accepted. An enrolment that ended after
 * holding a place or an offer (withdrawn, removed, declined or expired offer,
 * the cohort cancelled): sessions from the end on are CANCELLED so calendars
 * take them out, with SEQUENCE one above the session's (the session row did
 * not change, the person's event did); sessions held before stay for someone
 * who had been admitted. Nobody else's cohorts appear.
 */
export function feedEvents(enrolments: FeedEnrolment[]): IcsEvent[] {
  const events: IcsEvent[] = [];
  for (const e of enrolments) {
    const cohortOff = cohortCancelledFrom(e.cohort);
    if (e.status === "ADMITTED" || e.status === "OFFERED") {
      const live: IcsEventStatus = e.status === "ADMITTED" ? "CONFIRMED" : "TENTATIVE";
      const note = e.status === "OFFERED" ? "Ihnen ist ein Platz angeboten. Bitte nehmen Sie das Angebot in Lotse an." : null;
      for (const s of e.cohort.sessions) {
        events.push(sessionEvent(e.cohort, s, cohortOff && s.startsAt >= cohortOff ? "CANCELLED" : live, { note }));
      }
      continue;
    }
    if (!ENDED.includes(e.status) || !(e.admittedAt || e.offeredAt)) continue;
    const endedAt = e.endedAt ?? new Date(0);
    const off = cohortOff && cohortOff < endedAt ? cohortOff : endedAt;
    for (const s of e.cohort.sessions) {
      if (s.startsAt >= off) {
        const note = e.cohort.status === "CANCELLED" ? null : "Sie nehmen an diesem Kurs nicht mehr teil.";
        events.push(sessionEvent(e.cohort, s, "CANCELLED", { sequenceBump: 1, note }));
      } else if (e.admittedAt) {
        events.push(sessionEvent(e.cohort, s, "CONFIRMED"));
      }
    }
  }
  return events.sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
}


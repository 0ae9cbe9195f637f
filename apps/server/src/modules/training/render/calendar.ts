// A cohort's sessions as calendar events, for the cohort's ICS file and for a
// participant's private feed. The rule for who sees an online link is
// access.ts's; the routes apply it (withoutOnlineLinks) before rendering.
import type { Locale } from "@lotse/domain/locale";
import type { EnrolmentStatus } from "../../../generated/prisma/client.ts";
import type { IcsEvent, IcsEventStatus } from "../../../formats/ics.ts";
import { localizedText } from "../translated-texts.ts";
import { calendarTexts, type CalendarTexts } from "./calendar-texts.ts";

export interface CalendarSession {
  id: string;
  startsAt: Date;
  endsAt: Date;
  topic: string;
  topicTranslations?: unknown;
  room: string | null;
  onlineUrl: string | null;
  sequence: number;
  updatedAt: Date;
}

export interface CalendarCohort {
  id: string;
  title: string;
  titleTranslations?: unknown;
  location: string;
  status: string;
  cancelledAt: Date | null;
  cancelReason: string | null;
  /** The course's title, and its translations where the course has them (the event names it in the recipient's language). */
  course: { title: string; titleTranslations?: unknown };
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

function sessionEvent(
  cohort: CalendarCohort,
  session: CalendarSession,
  status: IcsEventStatus,
  options: { sequenceBump?: number; note?: string | null; locale?: Locale; texts?: CalendarTexts } = {},
): IcsEvent {
  const locale = options.locale ?? "de";
  const texts = options.texts ?? calendarTexts(locale);
  const place = [session.room, cohort.location].filter((part) => part?.trim()).join(", ");
  const description = [
    texts.course(localizedText(cohort.course.title, cohort.course.titleTranslations, locale)),
    session.onlineUrl ? texts.online(session.onlineUrl) : null,
    status === "CANCELLED" && cohort.status === "CANCELLED" ? texts.cancelled(cohort.cancelReason) : null,
    options.note ?? null,
  ].filter(Boolean);
  return {
    uid: sessionUid(session.id),
    start: session.startsAt,
    end: session.endsAt,
    sequence: session.sequence + (options.sequenceBump ?? 0),
    status,
    summary: `${localizedText(cohort.title, cohort.titleTranslations, locale)}: ${localizedText(session.topic, session.topicTranslations, locale)}`,
    location: session.onlineUrl ?? (place || null),
    description: description.join("\n"),
    url: session.onlineUrl,
    lastModified: session.updatedAt,
  };
}

/**
 * The cohort's calendar: every session; those from a cancellation on are
 * CANCELLED (cancelCohort raised their SEQUENCE), sessions held before stay.
 * Its fixed texts in the language of whom it is for.
 */
export function cohortEvents(cohort: CalendarCohort, locale: Locale = "de"): IcsEvent[] {
  const cancelledFrom = cohortCancelledFrom(cohort);
  return cohort.sessions.map((s) => sessionEvent(cohort, s, cancelledFrom && s.startsAt >= cancelledFrom ? "CANCELLED" : "CONFIRMED", { locale }));
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
 * who had been admitted. Nobody else's cohorts appear. The fixed texts are in
 * the participant's language.
 */
export function feedEvents(enrolments: FeedEnrolment[], locale: Locale = "de"): IcsEvent[] {
  const texts = calendarTexts(locale);
  const events: IcsEvent[] = [];
  for (const e of enrolments) {
    const cohortOff = cohortCancelledFrom(e.cohort);
    if (e.status === "ADMITTED" || e.status === "OFFERED") {
      const live: IcsEventStatus = e.status === "ADMITTED" ? "CONFIRMED" : "TENTATIVE";
      const note = e.status === "OFFERED" ? texts.offered : null;
      for (const s of e.cohort.sessions) {
        events.push(sessionEvent(e.cohort, s, cohortOff && s.startsAt >= cohortOff ? "CANCELLED" : live, { note, locale, texts }));
      }
      continue;
    }
    if (!ENDED.includes(e.status) || !(e.admittedAt || e.offeredAt)) continue;
    const endedAt = e.endedAt ?? new Date(0);
    const off = cohortOff && cohortOff < endedAt ? cohortOff : endedAt;
    for (const s of e.cohort.sessions) {
      if (s.startsAt >= off) {
        const note = e.cohort.status === "CANCELLED" ? null : texts.left;
        events.push(sessionEvent(e.cohort, s, "CANCELLED", { sequenceBump: 1, note, locale, texts }));
      } else if (e.admittedAt) {
        events.push(sessionEvent(e.cohort, s, "CONFIRMED", { locale, texts }));
      }
    }
  }
  return events.sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));
}


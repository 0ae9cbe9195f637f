// Course sessions as the web shows them. Converting between Berlin wall-clock
// time and the API's UTC instants is @lotse/domain/berlin-time.
import { berlinDateTime } from "@lotse/domain/berlin-time";

// The one-line form of a session lives apart, so the volunteer home loads only it.
export { formatSessionTime } from "./session-time";

/** First and last day of a cohort's sessions (Berlin dates), or null without sessions. */
export function cohortPeriod(sessions: readonly { startsAt: string; endsAt: string }[]): { from: string; to: string } | null {
  if (sessions.length === 0) return null;
  const starts = sessions.map((s) => s.startsAt).sort();
  const ends = sessions.map((s) => s.endsAt).sort();
  return { from: berlinDateTime(starts[0]!).date, to: berlinDateTime(ends[ends.length - 1]!).date };
}

/** Whether a session has started (attendance can be taken from its start). */
export function hasStarted(session: { startsAt: string }, now: Date = new Date()): boolean {
  return new Date(session.startsAt).getTime() <= now.getTime();
}

/**
 * Whether a session typed as Berlin date and start time ("2027-02-06", "09:00") lies in the
 * past: the trainer is warned (recording a session afterwards is allowed, so it is no error).
 * False while the date is incomplete.
 */
export function sessionInPast(date: string, startTime: string, now: Date = new Date()): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const today = berlinDateTime(now);
  if (date !== today.date) return date < today.date;
  return /^\d{2}:\d{2}$/.test(startTime) && startTime < today.time;
}

/**
 * Whether enrolment would open (Berlin day "YYYY-MM-DD") only after the first session has
 * begun: people could then enrol only into a running course. False without a date or sessions.
 */
export function enrolmentOpensAfterStart(opensOn: string, sessions: readonly { startsAt: string }[]): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opensOn) || sessions.length === 0) return false;
  const first = sessions.map((s) => s.startsAt).sort()[0]!;
  return opensOn > berlinDateTime(first).date;
}

// The attendance matrix (participants x sessions) and each participant's rate
// so far: the share of teaching time attended in the sessions that have
// started, weighted by session length and rounded down, as the API computes
// it at completion (so 79.9 % stays below 80 %).
import type { AttendanceStatus } from "$lib/graphql/types";

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ["PRESENT", "EXCUSED", "ABSENT"];

interface SessionTimes {
  id: string;
  startsAt: string;
  endsAt: string;
}

interface Attended {
  status: AttendanceStatus;
  session: { id: string };
}

const length = (s: SessionTimes) => Math.max(0, new Date(s.endsAt).getTime() - new Date(s.startsAt).getTime());

/** Status by session id for one participant. */
export function attendanceBySession(attendances: readonly Attended[]): Map<string, AttendanceStatus> {
  return new Map(attendances.map((a) => [a.session.id, a.status]));
}

/** Percent of the started sessions' time attended (present), or null before the first session. */
export function attendanceRate(sessions: readonly SessionTimes[], attendances: readonly Attended[], now: Date = new Date()): number | null {
  const started = sessions.filter((s) => new Date(s.startsAt).getTime() <= now.getTime());
  const total = started.reduce((sum, s) => sum + length(s), 0);
  if (started.length === 0 || total === 0) return null;
  const status = attendanceBySession(attendances);
  const attended = started.filter((s) => status.get(s.id) === "PRESENT").reduce((sum, s) => sum + length(s), 0);
  return Math.floor((attended / total) * 100);
}

/**
 * The statuses a session's attendance form starts with: what was recorded, and
 * PRESENT for participants without a record yet (the common case; the trainer
 * changes the exceptions).
 */
export function initialAttendance(
  participants: readonly { id: string; attendances: readonly Attended[] }[],
  sessionId: string,
): Record<string, AttendanceStatus> {
  const out: Record<string, AttendanceStatus> = {};
  for (const p of participants) out[p.id] = attendanceBySession(p.attendances).get(sessionId) ?? "PRESENT";
  return out;
}

/** How many participants already have a record for the session. */
export function recordedCount(participants: readonly { attendances: readonly Attended[] }[], sessionId: string): number {
  return participants.filter((p) => p.attendances.some((a) => a.session.id === sessionId)).length;
}

/**
 * The attendance form's posted rows (`entries.<i>.enrolmentId`, `entries.<i>.status`)
 * as the API's entries: rows without a participant are dropped, and a status
 * that is none of the three counts as PRESENT (the form's preset).
 */
export function attendanceEntries(rows: readonly Record<string, string>[]): { enrolmentId: string; status: AttendanceStatus }[] {
  return rows
    .filter((row) => row.enrolmentId)
    .map((row) => ({
      enrolmentId: row.enrolmentId!,
      status: (ATTENDANCE_STATUSES as readonly string[]).includes(row.status ?? "") ? (row.status as AttendanceStatus) : "PRESENT",
    }));
}

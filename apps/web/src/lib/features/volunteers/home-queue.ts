// The volunteer home's work queue in plain words: this month's hours and the
// next course session the volunteer holds a place in.

interface MonthFigures {
  month: number;
  approvedMinutes: number;
  pendingMinutes: number;
}

/** This month's logged minutes (approved and not yet reviewed; refused ones do not count). */
export function monthMinutes(months: readonly MonthFigures[], month: number): number {
  const row = months.find((m) => m.month === month);
  return row ? row.approvedMinutes + row.pendingMinutes : 0;
}

interface EnrolmentSessions {
  status: string;
  cohort: { id: string; title: string; sessions: readonly { id: string; startsAt: string; endsAt: string }[] };
}

export interface NextSession {
  cohortId: string;
  title: string;
  startsAt: string;
  endsAt: string;
}

/** The earliest session not yet ended of a course the volunteer is admitted to, or null. */
export function nextSession(enrolments: readonly EnrolmentSessions[], now: Date): NextSession | null {
  let next: NextSession | null = null;
  for (const enrolment of enrolments) {
    if (enrolment.status !== "ADMITTED") continue;
    for (const session of enrolment.cohort.sessions) {
      if (Date.parse(session.endsAt) <= now.getTime()) continue;
      if (!next || Date.parse(session.startsAt) < Date.parse(next.startsAt)) {
        next = { cohortId: enrolment.cohort.id, title: enrolment.cohort.title, startsAt: session.startsAt, endsAt: session.endsAt };
      }
    }
  }
  return next;
}

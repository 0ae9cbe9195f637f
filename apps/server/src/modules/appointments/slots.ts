// Free appointment slots from a counsellor's weekly rules, exceptions and the
// bookings already made: pure, so the DST rules are tested without a
// database. Weekly rules are Berlin wall-clock times; each day's window is
// turned into instants with @date-fns/tz (via @lotse/domain/berlin-time), and
// slots step through the window in real time. So a window on the day the
// clocks go forward is an hour shorter in real time and one on the day they go
// back an hour longer, and "09:00" is 09:00 in Berlin in summer and in winter.
import { berlinToIso } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";

export interface WeeklyRule {
  counsellorId: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  startMinute: number;
  endMinute: number;
  room: string;
}

export interface ExceptionPeriod {
  counsellorId: string;
  kind: "ABSENCE" | "EXTRA";
  startsAt: Date;
  endsAt: Date;
  room: string | null;
}

/** A booked appointment as the slot search sees it. */
export interface Booking {
  counsellorId: string;
  room: string;
  startsAt: Date;
  endsAt: Date;
  /** endsAt plus the buffer: the counsellor is busy until then. */
  blockedUntil: Date;
}

export interface Slot {
  counsellorId: string;
  startsAt: Date;
  endsAt: Date;
  room: string;
}

/** A window of availability as instants. */
export interface Window {
  counsellorId: string;
  start: Date;
  end: Date;
  room: string;
}

export interface SlotQuery {
  /** Berlin calendar days, inclusive. */
  fromDate: string;
  toDate: string;
  minutes: number;
  bufferMinutes: number;
  stepMinutes: number;
  /** No slot starts before this. */
  notBefore: Date;
}

const MINUTE = 60_000;
const pad = (n: number) => String(n).padStart(2, "0");

/** A minute of the day as "HH:MM"; 24:00 is the next day's midnight. */
function wallInstant(date: string, minute: number): Date {
  if (minute >= 24 * 60) return new Date(berlinToIso(formatIsoDate(addDays(parseIsoDate(date), 1)), "00:00")!);
  return new Date(berlinToIso(date, `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`)!);
}

/** ISO weekday of a calendar date (the date itself, no zone). */
export function isoWeekday(date: string): number {
  const day = parseIsoDate(date).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Every Berlin day from `from` to `to`, inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = parseIsoDate(from); formatIsoDate(d) <= to; d = addDays(d, 1)) days.push(formatIsoDate(d));
  return days;
}

/** The windows of the given days: weekly rules plus extra hours. Absences are applied to the slots. */
export function windowsOf(days: readonly string[], rules: readonly WeeklyRule[], exceptions: readonly ExceptionPeriod[]): Window[] {
  const windows: Window[] = [];
  for (const date of days) {
    const weekday = isoWeekday(date);
    for (const r of rules) {
      if (r.weekday !== weekday) continue;
      windows.push({ counsellorId: r.counsellorId, start: wallInstant(date, r.startMinute), end: wallInstant(date, r.endMinute), room: r.room });
    }
  }
  for (const e of exceptions) {
    if (e.kind === "EXTRA" && e.room) windows.push({ counsellorId: e.counsellorId, start: e.startsAt, end: e.endsAt, room: e.room });
  }
  return windows;
}

const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number) => aStart < bEnd && bStart < aEnd;

/** Intervals sorted by start, with a binary search for the first that could overlap. */
class IntervalIndex {
  private readonly starts: number[];
  private readonly ends: number[];
  /** The largest end up to each position: lets the search skip everything that ended before. */
  private readonly maxEnd: number[];
  constructor(intervals: { start: number; end: number }[]) {
    intervals.sort((a, b) => a.start - b.start);
    this.starts = intervals.map((i) => i.start);
    this.ends = intervals.map((i) => i.end);
    let max = -Infinity;
    this.maxEnd = this.ends.map((e) => (max = Math.max(max, e)));
  }
  overlapsAny(start: number, end: number): boolean {
    // Last interval starting before `end`.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      if (this.maxEnd[i]! <= start) return false;
      if (overlaps(this.starts[i]!, this.ends[i]!, start, end)) return true;
    }
    return false;
  }
}

function indexBy<T>(items: readonly T[], key: (t: T) => string, interval: (t: T) => { start: number; end: number }): Map<string, IntervalIndex> {
  const groups = new Map<string, { start: number; end: number }[]>();
  for (const item of items) {
    const k = key(item);
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(interval(item));
  }
  return new Map([...groups].map(([k, list]) => [k, new IntervalIndex(list)]));
}

/**
 * The free slots: each window stepped through in real time, a slot kept when
 * it ends within the window, starts no earlier than `notBefore`, meets no
 * absence, leaves the counsellor free for its length plus the buffer (and
 * their earlier appointments' buffers), and finds its room free. Ordered by
 * start, then counsellor.
 */
export function freeSlots(query: SlotQuery, windows: readonly Window[], exceptions: readonly ExceptionPeriod[], bookings: readonly Booking[]): Slot[] {
  const length = query.minutes * MINUTE;
  const buffer = query.bufferMinutes * MINUTE;
  const step = query.stepMinutes * MINUTE;
  const absences = indexBy(
    exceptions.filter((e) => e.kind === "ABSENCE"),
    (e) => e.counsellorId,
    (e) => ({ start: e.startsAt.getTime(), end: e.endsAt.getTime() }),
  );
  const counsellorBusy = indexBy(bookings, (b) => b.counsellorId, (b) => ({ start: b.startsAt.getTime(), end: b.blockedUntil.getTime() }));
  const roomBusy = indexBy(bookings, (b) => b.room, (b) => ({ start: b.startsAt.getTime(), end: b.endsAt.getTime() }));
  const notBefore = query.notBefore.getTime();
  const seen = new Set<string>();
  const slots: Slot[] = [];
  for (const w of windows) {
    const windowEnd = w.end.getTime();
    for (let start = w.start.getTime(); start + length <= windowEnd; start += step) {
      if (start < notBefore) continue;
      const end = start + length;
      if (absences.get(w.counsellorId)?.overlapsAny(start, end)) continue;
      if (counsellorBusy.get(w.counsellorId)?.overlapsAny(start, end + buffer)) continue;
      if (roomBusy.get(w.room)?.overlapsAny(start, end)) continue;
      const key = `${w.counsellorId}|${start}`;
      if (seen.has(key)) continue; // a rule and extra hours covering the same time
      seen.add(key);
      slots.push({ counsellorId: w.counsellorId, startsAt: new Date(start), endsAt: new Date(end), room: w.room });
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.counsellorId.localeCompare(b.counsellorId));
}

/** The window that holds [start, end) for the counsellor, if any (and no absence meets it). */
export function windowFor(counsellorId: string, start: Date, end: Date, windows: readonly Window[], exceptions: readonly ExceptionPeriod[]): Window | null {
  const absent = exceptions.some(
    (e) => e.kind === "ABSENCE" && e.counsellorId === counsellorId && overlaps(e.startsAt.getTime(), e.endsAt.getTime(), start.getTime(), end.getTime()),
  );
  if (absent) return null;
  return windows.find((w) => w.counsellorId === counsellorId && w.start <= start && end <= w.end) ?? null;
}

/** Two weekly rules of one counsellor on one weekday that share time. */
export function overlappingRules(rules: readonly Pick<WeeklyRule, "weekday" | "startMinute" | "endMinute">[]): [number, number] | null {
  for (let i = 0; i < rules.length; i++) {
    for (let j = i + 1; j < rules.length; j++) {
      const a = rules[i]!;
      const b = rules[j]!;
      if (a.weekday === b.weekday && overlaps(a.startMinute, a.endMinute, b.startMinute, b.endMinute)) return [i, j];
    }
  }
  return null;
}

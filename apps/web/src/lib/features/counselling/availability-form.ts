// The availability editor's values and what the API is sent. Times are Berlin
// wall-clock times; an absence typed without times covers whole days.
import { berlinToIso } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, isIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";

export interface RuleDraft {
  weekday: string;
  start: string;
  end: string;
  room: string;
}

export const blankRule = (): RuleDraft => ({ weekday: "1", start: "09:00", end: "12:00", room: "" });

export const ruleInput = (r: RuleDraft) => ({ weekday: Number(r.weekday), start: r.start, end: r.end, room: r.room });

/** The fields the API may name for rules of this many rows. */
export const ruleFields = (count: number) => ["rules", ...Array.from({ length: count }, (_, i) => ["weekday", "start", "end", "room"].map((f) => `rules.${i}.${f}`)).flat()];

export interface ExceptionDraft {
  kind: "ABSENCE" | "EXTRA";
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  room: string;
  reason: string;
}

export const blankException = (): ExceptionDraft => ({ kind: "ABSENCE", startDate: "", startTime: "", endDate: "", endTime: "", room: "", reason: "" });

/**
 * The instants of an exception, or the fields that cannot be read. No start
 * time means the day's beginning; no end time the end of the end day (for
 * extra hours both times are needed).
 */
export function exceptionPeriod(d: ExceptionDraft): { startsAt: string; endsAt: string } | { problems: Record<string, "date" | "time"> } {
  const problems: Record<string, "date" | "time"> = {};
  const endDate = d.endDate || d.startDate;
  if (!isIsoDate(d.startDate)) problems.startsAt = "date";
  if (!isIsoDate(endDate)) problems.endsAt = "date";
  if (d.kind === "EXTRA" && !d.startTime) problems.startTime = "time";
  if (d.kind === "EXTRA" && !d.endTime) problems.endTime = "time";
  if (Object.keys(problems).length > 0) return { problems };
  const startsAt = berlinToIso(d.startDate, d.startTime || "00:00");
  const endsAt = d.endTime ? berlinToIso(endDate, d.endTime) : berlinToIso(formatIsoDate(addDays(parseIsoDate(endDate), 1)), "00:00");
  if (!startsAt) problems.startTime = "time";
  if (!endsAt) problems.endTime = "time";
  if (!startsAt || !endsAt) return { problems };
  return { startsAt, endsAt };
}

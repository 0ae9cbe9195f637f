// Download links served by the API through this app's proxy (see hooks.server.ts):
// the Nachweis PDF of one volunteer and the coordinators' CSV export of hours.
import { isIsoDate } from "@lotse/domain/calendar-date";

export interface Period {
  from: string;
  to: string;
}

export type PeriodProblem = "from" | "to" | "order" | null;

/** Which part of a period is wrong, if any (both dates needed, from <= to). */
export function periodProblem(p: Period): PeriodProblem {
  if (!isIsoDate(p.from)) return "from";
  if (!isIsoDate(p.to)) return "to";
  return p.from <= p.to ? null : "order";
}

export function nachweisHref(volunteerId: string, p: Period): string {
  const q = new URLSearchParams({ from: p.from, to: p.to });
  return `/volunteers/${encodeURIComponent(volunteerId)}/nachweis.pdf?${q}`;
}

export function hoursCsvHref(p: Period): string {
  const q = new URLSearchParams({ from: p.from, to: p.to });
  return `/exports/hours.csv?${q}`;
}

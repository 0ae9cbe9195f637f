// Download links served by the API through this app's proxy (see hooks.server.ts):
// an issued Nachweis' PDF and the coordinators' CSV export of hours.
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

/** The PDF of an issued Nachweis (the API's route through this app). */
export function nachweisPdfHref(nachweisId: string): string {
  return `/nachweise/${encodeURIComponent(nachweisId)}.pdf`;
}

/** The public page that checks a Nachweis by its code. */
export function nachweisVerificationPath(code: string): string {
  return `/nachweis/pruefen/${encodeURIComponent(code)}`;
}

export function hoursCsvHref(p: Period): string {
  const q = new URLSearchParams({ from: p.from, to: p.to });
  return `/exports/hours.csv?${q}`;
}

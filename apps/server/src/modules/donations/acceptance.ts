// Formal acceptance of donations to a Kommune. Niedersachsen (§ 111 NKomVG with
// § 26 KomHKVO): up to 100 € the Hauptverwaltungsbeamte decides, up to 2,000 €
// the Verwaltungsausschuss (delegated by the Rat), above that the Rat. The
// amounts are the donor's total in the budget year (Kettenzuwendungen), so a
// chain of small gifts goes to the higher body once the total passes a
// threshold. The figures are settings of the organisation.
import type { AcceptanceBody } from "../../generated/prisma/client.ts";

export interface AcceptanceThresholds {
  acceptanceByMayorUpToCents: number;
  acceptanceByCommitteeUpToCents: number;
}

export const BODY_RANK: Record<AcceptanceBody, number> = { HEAD_OF_ADMINISTRATION: 0, COMMITTEE: 1, COUNCIL: 2 };

/** The body that decides a donation, given the donor's total in the budget year including it. */
export function acceptanceBodyFor(yearTotalCents: number, thresholds: AcceptanceThresholds): AcceptanceBody {
  if (yearTotalCents <= thresholds.acceptanceByMayorUpToCents) return "HEAD_OF_ADMINISTRATION";
  if (yearTotalCents <= thresholds.acceptanceByCommitteeUpToCents) return "COMMITTEE";
  return "COUNCIL";
}

/** The bodies ranked below this one (their pending donations of the same donor and year move up with it). */
export function bodiesBelow(body: AcceptanceBody): AcceptanceBody[] {
  return (Object.keys(BODY_RANK) as AcceptanceBody[]).filter((b) => BODY_RANK[b] < BODY_RANK[body]);
}

/** The budget year of a donation: Niedersachsen's Haushaltsjahr is the calendar year. */
export const budgetYearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

/**
 * Transactions that queue on one hot row (a fund, an item, the year's receipt
 * counter) under a rush: each waits its turn for a connection and the lock
 * longer than Prisma's 2-second default before the request is answered BUSY.
 */
export const QUEUED_TRANSACTION = { maxWait: 20_000, timeout: 30_000 } as const;

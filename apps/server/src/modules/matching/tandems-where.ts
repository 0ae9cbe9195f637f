// The tandem list's filter as one Prisma condition, shared by the list, its
// count and the start page's count (the number on the card is the number of
// rows on the list it opens).
import { berlinToday, startOfBerlinDay } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import type { Prisma, TandemStatus } from "../../generated/prisma/client.ts";

export interface MatchesFilter {
  status?: TandemStatus | null;
  familyId?: string | null;
  volunteerId?: string | null;
  needsContact?: boolean | null;
}

/** ACTIVE and no contact for `days` days: the last contact (or, without one, the start) lies that far back. */
export function noContactWhere(days: number, now?: Date): Prisma.TandemWhereInput {
  const threshold = addDays(parseIsoDate(berlinToday(now)), -days);
  const startOfNextDay = new Date(startOfBerlinDay(formatIsoDate(addDays(threshold, 1)))!);
  return {
    status: "ACTIVE",
    OR: [{ lastContactOn: { lte: threshold } }, { lastContactOn: null, activatedAt: { lt: startOfNextDay } }],
  };
}

export function matchesWhere(filter: MatchesFilter | null | undefined, alertDays: number, now?: Date): Prisma.TandemWhereInput {
  if (!filter) return {};
  return {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.familyId ? { familyId: filter.familyId } : {}),
    ...(filter.volunteerId ? { volunteerId: filter.volunteerId } : {}),
    ...(filter.needsContact ? { AND: [noContactWhere(alertDays, now)] } : {}),
  };
}

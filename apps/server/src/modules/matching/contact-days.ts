// Days an ACTIVE tandem has gone without contact: since the last logged
// contact, or since it started when none was logged yet (Berlin days).
import { berlinToday } from "@lotse/domain/berlin-time";
import { parseIsoDate } from "@lotse/domain/calendar-date";

export function daysSinceContact(tandem: { status: string; lastContactOn: Date | null; activatedAt: Date | null }, today = berlinToday()): number | null {
  if (tandem.status !== "ACTIVE") return null;
  const since = tandem.lastContactOn ?? (tandem.activatedAt ? parseIsoDate(berlinToday(tandem.activatedAt)) : null);
  if (!since) return null;
  return Math.round((parseIsoDate(today).getTime() - since.getTime()) / 86_400_000);
}

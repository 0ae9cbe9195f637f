// A course session as one line, the only part of training's time helpers the volunteer home
// shows (its next session); kept apart from ./time so that page's first load carries no more.
import { berlinDateTime, formatBerlinDay, formatBerlinTime } from "@lotse/domain/berlin-time";
import type { UiLocale } from "$lib/i18n/locale";

/** A session as one line: "Sa., 06.02.2027, 09:00–16:00" (a session over midnight shows both days). */
export function formatSessionTime(startsAt: string, endsAt: string, locale: UiLocale): string {
  const sameDay = berlinDateTime(startsAt).date === berlinDateTime(endsAt).date;
  const end = sameDay ? formatBerlinTime(endsAt, locale) : `${formatBerlinDay(endsAt, locale)}, ${formatBerlinTime(endsAt, locale)}`;
  return `${formatBerlinDay(startsAt, locale)}, ${formatBerlinTime(startsAt, locale)}–${end}`;
}

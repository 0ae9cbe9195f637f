// A course session as one line, the only part of training's time helpers the volunteer home
// shows (its next session); kept apart from ./time so that page's first load carries no more.
import { berlinDateTime, formatBerlinDayWithTime, formatBerlinTime } from "@lotse/domain/berlin-time";
import type { UiLocale } from "$lib/i18n/locale";

/**
 * A session as one line: "Sa., 06.02.2027, 09:00–16:00" (a session over midnight shows both days).
 * Day and time are joined as the language joins them (Arabic "،", Turkish the weekday after the year).
 */
export function formatSessionTime(startsAt: string, endsAt: string, locale: UiLocale): string {
  const sameDay = berlinDateTime(startsAt).date === berlinDateTime(endsAt).date;
  const [start, end] = [formatBerlinTime(startsAt, locale), formatBerlinTime(endsAt, locale)];
  return sameDay
    ? formatBerlinDayWithTime(startsAt, locale, `${start}–${end}`)
    : `${formatBerlinDayWithTime(startsAt, locale, start)} – ${formatBerlinDayWithTime(endsAt, locale, end)}`;
}

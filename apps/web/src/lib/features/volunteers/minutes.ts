// Durations as people type them and as the web shows them (integer minutes in the API). A file
// of its own, re-exported by format.ts: the volunteer home's hour form and list load these
// functions without the overviews' years and month names.
import { formatDuration } from "@lotse/domain/duration";
import type { UiLocale } from "$lib/i18n/locale";

export type DurationResult = { ok: true; minutes: number } | { ok: false; field: "hours" | "minutes"; reason: "empty" | "format" };

/**
 * Hours and minutes as typed (either may be empty) -> whole minutes.
 * Hours may have a decimal comma or point ("1,5" = 90 minutes); minutes are whole numbers.
 */
export function parseDuration(hoursText: string, minutesText: string): DurationResult {
  const h = hoursText.trim();
  const m = minutesText.trim();
  if (!h && !m) return { ok: false, field: "hours", reason: "empty" };
  let total = 0;
  if (h) {
    if (!/^\d{1,2}([.,]\d{1,2})?$/.test(h)) return { ok: false, field: "hours", reason: "format" };
    total += Math.round(Number(h.replace(",", ".")) * 60);
  }
  if (m) {
    if (!/^\d{1,4}$/.test(m)) return { ok: false, field: "minutes", reason: "format" };
    total += Number(m);
  }
  return { ok: true, minutes: total };
}

/** Splits minutes into the form's two fields (for editing an entry). */
export function splitMinutes(total: number): { hours: string; minutes: string } {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  return { hours: hours ? String(hours) : "", minutes: minutes || !hours ? String(minutes) : "" };
}

/** 135 -> "2 Std. 15 Min." (de) / "2 h 15 min" (en): the same words as the API's messages, the mails and the PDFs. */
export function formatMinutes(total: number, locale: UiLocale): string {
  return formatDuration(total, locale);
}

/**
 * A table cell of a duration: nothing worked is `none` ("–") in every table of the hours overview,
 * month and activity alike; anything else as formatMinutes.
 */
export function minutesCell(total: number, locale: UiLocale, none: string): string {
  return total ? formatMinutes(total, locale) : none;
}

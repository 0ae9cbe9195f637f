// Languages a volunteer can offer (ISO 639-1), CEFR levels and weekdays: the
// lists behind the profile form's selects, with their names from Intl (languages, weekdays) and the messages (levels).
import { collator, dateTimeFormat, displayNames } from "@lotse/domain/intl-cache";
import { levelLabel } from "$lib/i18n/labels/level";
import { getLocale } from "$lib/paraglide/runtime.js";

/** Languages often needed in German integration work first in mind; the select sorts them by name. */
export const LANGUAGE_CODES = [
  "ar", "fa", "uk", "ru", "tr", "ku", "ps", "ti", "so", "en", "fr", "es", "pl", "ro", "sq",
  "am", "az", "bg", "bn", "bs", "el", "hi", "hr", "hy", "it", "ka", "pt", "sr", "sw", "ta", "ur", "vi", "zh",
] as const;

export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** The API's LanguageLevel enum, lowest first. */
export const LANGUAGE_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2", "NATIVE"] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** ISO weekdays, 1 = Monday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The language's name in the UI language (Intl.DisplayNames); a code Intl does not know is shown as it is. */
export function languageName(code: string, locale: string = getLocale()): string {
  const name = displayNames(locale, { type: "language", fallback: "none" }).of(code.toLowerCase());
  return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : code.toUpperCase();
}

export function levelName(level: string): string {
  return levelLabel(level);
}

/** ISO weekday (1 = Monday) by name in the UI language, from Intl (2024-01-01 was a Monday). */
/** The levels as a select's options (A1 … C2, native), labelled in the current language. */
export function levelOptions(): { value: LanguageLevel; label: string }[] {
  return LANGUAGE_LEVELS.map((level) => ({ value: level, label: levelName(level) }));
}

export function weekdayName(weekday: number, locale: string = getLocale()): string {
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) return String(weekday);
  return dateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(Date.UTC(2024, 0, weekday));
}

/** Options for a language select, sorted by name in the UI language; `extra` keeps a stored code that is not in our list. */
export function languageOptions(locale: string, extra: readonly string[] = []): { value: string; label: string }[] {
  const codes = new Set<string>(LANGUAGE_CODES);
  for (const code of extra) if (code) codes.add(code.toLowerCase());
  const byName = collator(locale);
  return [...codes]
    .map((code) => ({ value: code, label: languageName(code, locale) }))
    .sort((a, b) => byName.compare(a.label, b.label));
}

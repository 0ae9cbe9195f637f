// Languages a volunteer can offer (ISO 639-1), CEFR levels and weekdays: the
// lists behind the profile form's selects, with their names from the dictionaries.
import { de } from "$lib/i18n/de";
import type { MessageKey, Translate } from "$lib/i18n";

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

function hasKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(de, key);
}

/** The language's name in the UI language; codes we have no name for are shown as they are. */
export function languageName(t: Translate, code: string): string {
  const key = `lang.${code.toLowerCase()}`;
  return hasKey(key) ? t(key) : code.toUpperCase();
}

export function levelName(t: Translate, level: string): string {
  const key = `level.${level}`;
  return hasKey(key) ? t(key) : level;
}

export function weekdayName(t: Translate, weekday: number): string {
  const key = `weekday.${weekday}`;
  return hasKey(key) ? t(key) : String(weekday);
}

/** Options for a language select, sorted by name in the UI language; `extra` keeps a stored code that is not in our list. */
export function languageOptions(t: Translate, locale: string, extra: readonly string[] = []): { value: string; label: string }[] {
  const codes = new Set<string>(LANGUAGE_CODES);
  for (const code of extra) if (code) codes.add(code.toLowerCase());
  const collator = new Intl.Collator(locale);
  return [...codes]
    .map((code) => ({ value: code, label: languageName(t, code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

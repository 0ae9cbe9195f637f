// The languages Lotse speaks, and the Intl locale each one formats with. German and
// English everywhere; Arabic, Farsi, Ukrainian and Turkish on the volunteers' pages and
// emails (issue 10). Arabic and Farsi keep Latin digits (nu-latn): dates and amounts are
// typed with them in every form, and German documents the volunteer holds use them too;
// Farsi dates are Gregorian (ca-gregory), as every date of the office is.
export type Locale = "de" | "en" | "ar" | "fa" | "uk" | "tr";

export const LOCALES: readonly Locale[] = ["de", "en", "ar", "fa", "uk", "tr"];

const INTL: Record<Locale, string> = {
  de: "de-DE",
  en: "en-GB",
  ar: "ar-u-nu-latn",
  fa: "fa-u-ca-gregory-nu-latn",
  uk: "uk-UA",
  tr: "tr-TR",
};

export const intlLocale = (locale: Locale): string => INTL[locale] ?? INTL.de;

/** Reads one of our locales from any casing ("EN", "en"); null for anything else. */
export function parseLocale(value: string | null | undefined): Locale | null {
  const v = value?.trim().toLowerCase();
  return v && (LOCALES as readonly string[]).includes(v) ? (v as Locale) : null;
}

/** The languages reference data is translated into: German is the text itself (issue 10). */
export const TRANSLATION_LOCALES: readonly Exclude<Locale, "de">[] = ["en", "ar", "fa", "uk", "tr"];

export type Translations = Partial<Record<Exclude<Locale, "de">, string>>;

/**
 * The non-empty translations of a stored or typed set ({"en": "…", "ar": ""}), trimmed, of our
 * locales only: an empty field means "none, show German", so it is not kept.
 */
export function cleanTranslations(value: unknown): Translations {
  if (!value || typeof value !== "object") return {};
  const all = value as Record<string, unknown>;
  const out: Translations = {};
  for (const locale of TRANSLATION_LOCALES) {
    const text = all[locale];
    if (typeof text === "string" && text.trim()) out[locale] = text.trim();
  }
  return out;
}

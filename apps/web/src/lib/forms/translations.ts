// Translation fields of reference data (course titles and descriptions, goods
// categories; issue 10): one form field per language besides German, named
// `<field>.<locale>` (`titleTranslations.ar`) so the API's errors for
// `input.titleTranslations.ar` land at it. An empty field means "none": readers
// see German there.
import { TRANSLATION_LOCALES } from "@lotse/domain/locale";

type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

export type TranslationValues<F extends string> = Record<`${F}.${TranslationLocale}`, string>;

/** The form's texts for one field from what the API has (null or missing: empty). */
export function translationValues<F extends string>(field: F, stored?: Partial<Record<string, string | null>> | null): TranslationValues<F> {
  return Object.fromEntries(TRANSLATION_LOCALES.map((locale) => [`${field}.${locale}`, stored?.[locale] ?? ""])) as TranslationValues<F>;
}

/** The API's TranslationsInput from the form: every language filled in (trimmed); an empty one is left out. */
export function translationsFromValues<F extends string>(field: F, values: TranslationValues<F>): Partial<Record<TranslationLocale, string>> {
  const out: Partial<Record<TranslationLocale, string>> = {};
  for (const locale of TRANSLATION_LOCALES) {
    const text = values[`${field}.${locale}` as keyof TranslationValues<F>]?.trim();
    if (text) out[locale] = text;
  }
  return out;
}

/** The names of a field's translation inputs, e.g. for a form action's FIELDS list. */
export const translationFieldNames = (field: string): string[] => TRANSLATION_LOCALES.map((locale) => `${field}.${locale}`);

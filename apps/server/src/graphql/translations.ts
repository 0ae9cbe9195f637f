// Reference data a volunteer reads (course titles and descriptions, goods
// categories) carries a text per UI language, German being the text itself
// (issue 10). Readers get the text in their language through the type's usual
// field (as Topic.name does); edit forms need every language as entered, which
// these two types carry.
import { cleanTranslations } from "@lotse/domain/locale";
import { builder } from "./builder.ts";

export interface LocalizedTextValue {
  /** The German text: binding, and what every other language falls back to. */
  de: string;
  /** The stored translations (a JSON column). */
  translations: unknown;
}

export const LocalizedTextRef = builder.objectRef<LocalizedTextValue>("LocalizedText").implement({
  description: "A text as entered, for edit forms: German (shown where a translation is missing) and each translation (null: none).",
  authScopes: { signedIn: true },
  fields: (t) => ({
    de: t.string({ resolve: (v) => v.de }),
    en: t.string({ nullable: true, resolve: (v) => cleanTranslations(v.translations).en ?? null }),
    ar: t.string({ nullable: true, resolve: (v) => cleanTranslations(v.translations).ar ?? null }),
    fa: t.string({ nullable: true, resolve: (v) => cleanTranslations(v.translations).fa ?? null }),
    uk: t.string({ nullable: true, resolve: (v) => cleanTranslations(v.translations).uk ?? null }),
    tr: t.string({ nullable: true, resolve: (v) => cleanTranslations(v.translations).tr ?? null }),
  }),
});

export const TranslationsInput = builder.inputType("TranslationsInput", {
  description: "A text in the UI languages besides German; an empty or missing language shows German. Each is bounded as the German field.",
  fields: (t) => ({
    en: t.string({ required: false }),
    ar: t.string({ required: false }),
    fa: t.string({ required: false }),
    uk: t.string({ required: false }),
    tr: t.string({ required: false }),
  }),
});


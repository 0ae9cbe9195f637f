// A training text a volunteer reads in their language (issue 10): a cohort's title, a
// session's topic, a course's topics. The German text is what the trainer entered and what
// the staff pages, certificates and exports show; a translation, where the data carries one,
// is what a volunteer reads on their pages, in their mails and in their calendar.
import type { Locale } from "@lotse/domain/locale";
import { localizedName } from "../volunteers/index.ts";

/** The text in `locale`, German where it has no translation in it. */
export const localizedText = (german: string, translations: unknown, locale: Locale | string): string =>
  localizedName({ name: german, nameTranslations: translations }, locale);

/**
 * A course's topics in `locale`: the language's list where it has one topic for each German
 * one (in the same order), German otherwise; a blank entry keeps its German topic.
 */
export function localizedTopics(topics: readonly string[], translations: unknown, locale: Locale | string): string[] {
  const lists = translations && typeof translations === "object" ? (translations as Record<string, unknown>) : {};
  const list = lists[locale];
  if (!Array.isArray(list) || list.length !== topics.length) return [...topics];
  return topics.map((german, i) => {
    const translated: unknown = list[i];
    return typeof translated === "string" && translated.trim() ? translated.trim() : german;
  });
}

// The browser's messages in languages other than German (see vite/locale-messages.js): each
// page carries its texts in German; for another language the root layout's load fetches that
// language's file (all its messages, cached) before the page renders, and every message
// function asks here first.
import { getLocale } from "$lib/paraglide/runtime.js";
import { DEFAULT_LOCALE, type UiLocale } from "./locale";

type MessageFunction = (inputs: Record<string, unknown>) => string;
type Messages = Record<string, MessageFunction | undefined>;

const files: Partial<Record<UiLocale, () => Promise<object>>> = {
  en: () => import("$lib/paraglide-locales/messages/en.js"),
  ar: () => import("$lib/paraglide-locales/messages/ar.js"),
  fa: () => import("$lib/paraglide-locales/messages/fa.js"),
  uk: () => import("$lib/paraglide-locales/messages/uk.js"),
  tr: () => import("$lib/paraglide-locales/messages/tr.js"),
};

let current: UiLocale | null = null;
let loaded: { locale: UiLocale; messages: Messages } | null = null;

/** The language the page in the browser speaks (null before the root layout's load). */
export function browserLocale(): UiLocale | null {
  return current;
}

/** Makes `locale` the page's language, loading its messages first unless it is German. */
export async function useLocale(locale: UiLocale): Promise<void> {
  const file = files[locale];
  if (locale !== DEFAULT_LOCALE && file && loaded?.locale !== locale) {
    loaded = { locale, messages: (await file()) as Messages };
  }
  current = locale;
}

/** The loaded language's function for a message (Paraglide's internal name), if it has one. */
export function localeMessage(locale: string, key: string): MessageFunction | undefined {
  return loaded?.locale === locale ? loaded.messages[key] : undefined;
}

/**
 * A message's function in the browser (vite/locale-messages.js makes every compiled message
 * one call of this): the loaded language's text if it has the message, else the German one.
 */
export function localizedMessage(key: string, german: MessageFunction) {
  return (inputs: Record<string, unknown> = {}, options: { locale?: string } = {}): string => {
    const locale = options.locale ?? getLocale();
    if (locale !== DEFAULT_LOCALE) {
      const own = localeMessage(locale, key);
      if (own) return own(inputs);
    }
    return german(inputs);
  };
}

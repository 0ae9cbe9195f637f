// Which language the UI speaks. Signed-in users keep their choice on the
// server (User.locale); signed-out visitors keep it in the `lotse_locale`
// cookie. German is the default. The list of languages is Paraglide's
// (project.inlang/settings.json).
import { baseLocale, locales, type Locale } from "$lib/paraglide/runtime.js";

export type UiLocale = Locale;
/** The API's `Locale` enum. */
export type ApiLocale = Uppercase<UiLocale>;

export const LOCALES: readonly UiLocale[] = locales;
export const DEFAULT_LOCALE: UiLocale = baseLocale;
export const LOCALE_COOKIE = "lotse_locale";
/** One year, in seconds. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Reads a locale from a cookie value or an enum value, ignoring case; null when it is none of ours. */
export function parseLocale(value: string | null | undefined): UiLocale | null {
  const v = value?.trim().toLowerCase();
  return v && (LOCALES as readonly string[]).includes(v) ? (v as UiLocale) : null;
}

/**
 * The UI language: the signed-in user's saved choice wins, then the cookie,
 * then German.
 */
export function resolveLocale(input: {
  userLocale?: ApiLocale | string | null;
  cookie?: string | null;
}): UiLocale {
  return parseLocale(input.userLocale) ?? parseLocale(input.cookie) ?? DEFAULT_LOCALE;
}

export function toApiLocale(locale: UiLocale): ApiLocale {
  return locale.toUpperCase() as ApiLocale;
}

// Changing the UI language from the browser: the cookie (for signed-out
// pages), the user's saved choice (setMyLocale) when signed in, then the page is
// loaded again in the new language (messages are plain functions, not reactive
// state, as Paraglide's own setLocale does it).
import { browserClient } from "$lib/graphql/browser";
import { runMutation, type FormErrors } from "$lib/graphql/errors";
import { SetMyLocaleMutation } from "$lib/graphql/viewer";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, toApiLocale, type UiLocale } from "./locale";

function writeLocaleCookie(locale: UiLocale): void {
  const secure = location.protocol === "https:" ? "; secure" : "";
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax${secure}`;
}

/** Returns the errors to show, or reloads the page in the new language. */
export async function changeLocale(
  locale: UiLocale,
  options: { signedIn: boolean; previous: UiLocale },
): Promise<FormErrors | null> {
  writeLocaleCookie(locale);
  if (options.signedIn) {
    const outcome = await runMutation(browserClient(), SetMyLocaleMutation, { locale: toApiLocale(locale) });
    if (!outcome.ok) {
      writeLocaleCookie(options.previous);
      return outcome.errors;
    }
  }
  location.reload();
  return null;
}

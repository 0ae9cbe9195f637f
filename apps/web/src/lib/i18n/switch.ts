// Changing the UI language from the browser: the cookie (for signed-out
// pages), the user's saved choice (setMyLocale) when signed in, then reload data.
import { invalidateAll } from "$app/navigation";
import { browserClient } from "$lib/graphql/browser";
import { runMutation, type FormErrors } from "$lib/graphql/errors";
import { SetMyLocaleMutation } from "$lib/graphql/viewer";
import type { Translate } from "./index";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, toApiLocale, type UiLocale } from "./locale";

function writeLocaleCookie(locale: UiLocale): void {
  const secure = location.protocol === "https:" ? "; secure" : "";
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax${secure}`;
}

/** Returns null on success, or the errors to show. */
export async function changeLocale(
  locale: UiLocale,
  options: { signedIn: boolean; previous: UiLocale; t: Translate },
): Promise<FormErrors | null> {
  writeLocaleCookie(locale);
  if (options.signedIn) {
    const outcome = await runMutation(
      browserClient(),
      SetMyLocaleMutation,
      { locale: toApiLocale(locale) },
      { t: options.t },
    );
    if (!outcome.ok) {
      writeLocaleCookie(options.previous);
      return outcome.errors;
    }
  }
  await invalidateAll();
  document.documentElement.lang = locale;
  return null;
}

// The current UI language for components: read from the root layout's data
// (page.data.locale), so it follows invalidateAll() after a language switch.
import { browser } from "$app/environment";
import { page } from "$app/state";
import { translate, type Translate } from "./index";
import { DEFAULT_LOCALE, parseLocale, type UiLocale } from "./locale";

export interface I18n {
  readonly locale: UiLocale;
  t: Translate;
}

function currentLocale(): UiLocale {
  return parseLocale(page.data?.locale as string | undefined) ?? DEFAULT_LOCALE;
}

/** Call during component initialisation; `t` may then be used in markup and event handlers. */
export function useI18n(): I18n {
  // On the server `page` is bound to the request through component context,
  // which is only readable during initialisation: read it once. In the
  // browser `page` is reactive state, so read it on every call.
  const fixed = browser ? null : currentLocale();
  const i18n: I18n = {
    get locale() {
      return fixed ?? currentLocale();
    },
    t: (key, vars) => translate(i18n.locale, key, vars),
  };
  return i18n;
}

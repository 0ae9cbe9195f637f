// In the browser the page's language must be ready before it renders: German is in every
// page's messages, any other language's file is loaded here (lib/i18n/locale-messages.ts),
// also when the language changes on a client-side navigation (after signing in).
import { browser } from "$app/environment";
import { useLocale } from "$lib/i18n/locale-messages";
import type { LayoutLoad } from "./$types";

export const load: LayoutLoad = async ({ data }) => {
  if (browser) await useLocale(data.locale);
  return data;
};

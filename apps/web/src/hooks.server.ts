// Every request: decide the UI language from the cookie (the root layout load
// refines it with the signed-in user's choice), forward /graphql and the API's
// download routes (/exports/…, /volunteers/:id/nachweis.pdf, /certificates/:id.pdf,
// /calendar/…; see isApiDownloadPath) to the API, and
// put the language into <html lang>.
import type { Handle } from "@sveltejs/kit";
import { env } from "$env/dynamic/private";
import { GRAPHQL_PATH } from "$lib/graphql/client";
import { DEFAULT_LOCALE, LOCALE_COOKIE, parseLocale } from "$lib/i18n/locale";
import { isApiDownloadPath, proxyDownload, proxyGraphql } from "$lib/server/proxy";

export const handle: Handle = async ({ event, resolve }) => {
  const cookieLocale = parseLocale(event.cookies.get(LOCALE_COOKIE));
  event.locals.locale = cookieLocale ?? DEFAULT_LOCALE;

  if (event.url.pathname === GRAPHQL_PATH) {
    return proxyGraphql(event, env.API_URL, event.locals.locale);
  }
  if (isApiDownloadPath(event.url.pathname)) {
    return proxyDownload(event, env.API_URL, event.locals.locale);
  }

  return resolve(event, {
    // Read at render time: the root layout load may have switched the locale.
    transformPageChunk: ({ html }) => html.replace("%lang%", event.locals.locale),
  });
};

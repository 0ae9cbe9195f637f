// Every request: decide the UI language from the cookie (the root layout load
// refines it with the signed-in user's choice), forward /graphql and the API's
// download routes (/exports/…, /nachweise/:id.pdf, /certificates/:id.pdf,
// /calendar/…; see isApiDownloadPath) to the API, and
// put the language into <html lang>. Every answer gets the security headers, pages and JSON go out compressed
// (the pages' CSP itself comes from kit.csp in svelte.config.js).
import { AsyncLocalStorage } from "node:async_hooks";
import type { Handle } from "@sveltejs/kit";
import { dev } from "$app/environment";
import { env } from "$env/dynamic/private";
import { GRAPHQL_PATH } from "$lib/graphql/client";
import { textDirection } from "$lib/i18n/direction";
import { DEFAULT_LOCALE, LOCALE_COOKIE, parseLocale } from "$lib/i18n/locale";
import { overwriteGetLocale } from "$lib/paraglide/runtime.js";
import { withCompression } from "$lib/server/compression";
import { refusalFocus } from "$lib/server/refusal-focus";
import { isApiDownloadPath, proxyDownload, proxyGraphql } from "$lib/server/proxy";
import { withSecurityHeaders } from "$lib/server/security-headers";

// Paraglide's message functions ask getLocale() for the language. Paraglide's own
// paraglideMiddleware decides it once from the request (cookie) before anything is
// loaded; here the signed-in user's saved choice, known only after the root layout's
// `me` query, must win. So the request's locals are the store: the layout load sets
// locals.locale, and every message rendered afterwards reads it.
const requestLocals = new AsyncLocalStorage<App.Locals>();
overwriteGetLocale(() => requestLocals.getStore()?.locale ?? DEFAULT_LOCALE);

export const handle: Handle = async ({ event, resolve }) => {
  const response = await route({ event, resolve });
  // event.url is https when ORIGIN (or PROTOCOL_HEADER) says so: the production set-up behind TLS.
  // Pages and JSON go out compressed (lib/server/compression.ts; the assets are precompressed).
  return withCompression(event.request, withSecurityHeaders(response, { hsts: !dev && event.url.protocol === "https:" }));
};

const route: Handle = async ({ event, resolve }) => {
  const cookieLocale = parseLocale(event.cookies.get(LOCALE_COOKIE));
  event.locals.locale = cookieLocale ?? DEFAULT_LOCALE;

  if (event.url.pathname === GRAPHQL_PATH) {
    return proxyGraphql(event, env.API_URL, event.locals.locale);
  }
  if (isApiDownloadPath(event.url.pathname)) {
    return proxyDownload(event, env.API_URL, event.locals.locale);
  }

  // A form posted without JavaScript and refused comes back as a new page: focus its first
  // invalid field (or error summary) rather than the top of the page (lib/server/refusal-focus.ts).
  const focus = event.request.method === "POST" ? refusalFocus() : (html: string) => html;
  return requestLocals.run(event.locals, () =>
    resolve(event, {
      // Read at render time: the root layout load may have switched the locale.
      transformPageChunk: ({ html }) =>
        focus(html.replace("%lang%", event.locals.locale).replace("%dir%", textDirection(event.locals.locale))),
    }),
  );
};

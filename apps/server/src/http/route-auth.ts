// The caller of a plain (non-GraphQL) route: the viewer from the session
// cookie, exactly as the GraphQL context resolves it, and the language to
// answer in (the account's, else the locale cookie, else Accept-Language).
import type { Config } from "../config.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { pickLocale, type ApiLocale } from "../i18n/messages.ts";
import { sessionSettings } from "../modules/identity/auth.service.ts";
import { SESSION_COOKIE } from "../modules/identity/cookie.ts";
import { resolveSession, type Viewer } from "../modules/identity/sessions.ts";
import { createCookieJar, parseCookies } from "./cookies.ts";

export const LOCALE_COOKIE = "lotse_locale";

export interface RouteCaller {
  viewer: Viewer | null;
  locale: ApiLocale;
  /** Set-Cookie headers to send with the answer (a stale session cookie is cleared). */
  cookies: string[];
}

/** The language of a request nobody is signed in for (public routes). */
export function requestLocale(request: Request): ApiLocale {
  return pickLocale(parseCookies(request.headers.get("cookie"))[LOCALE_COOKIE], request.headers.get("accept-language"));
}

/** Builds the per-request resolver a route plugin calls once per request it handles. */
export function routeCallerResolver({ config, prisma }: { config: Config; prisma: PrismaClient }) {
  const settings = sessionSettings(config);
  return async function caller(request: Request): Promise<RouteCaller> {
    const cookies = parseCookies(request.headers.get("cookie"));
    const token = cookies[SESSION_COOKIE];
    const viewer = token ? await resolveSession(prisma, token, settings) : null;
    const jar = createCookieJar(config.cookieSecure);
    if (token && !viewer) jar.clear(SESSION_COOKIE);
    return { viewer, locale: pickLocale(viewer?.locale ?? cookies[LOCALE_COOKIE], request.headers.get("accept-language")), cookies: jar.headers };
  };
}

// The caller of a request, resolved one way for GraphQL and for the plain
// routes: the viewer from the session cookie, and the language to answer in
// (the account's, else the locale cookie, else Accept-Language). A route that
// is public (the calendar feed, keyed by a secret in its path) reads no
// session and gets the language alone.
import type { Config } from "../config.ts";
import type { DirectSql } from "../db/direct.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { pickLocale, type ApiLocale } from "../i18n/messages.ts";
import { resolveSession, SESSION_COOKIE, sessionSettings, type Viewer } from "../modules/identity/index.ts";
import type { ViewerCache } from "../db/viewer-cache.ts";
import { createCookieJar, parseCookies } from "./cookies.ts";

export const LOCALE_COOKIE = "lotse_locale";

export interface RouteCaller {
  viewer: Viewer | null;
  locale: ApiLocale;
  /** Set-Cookie headers to send with the answer (a stale session cookie is cleared). */
  cookies: string[];
}

export type CallerResolver = (request: Request, options?: { session?: boolean }) => Promise<RouteCaller>;

/**
 * Built once per app; GraphQL's context and the routes plugin both call it.
 * `sql` reads the session past Prisma Client (db/direct.ts), as every request does it;
 * `viewers` keeps what it read for a few seconds (Database.viewers).
 */
export function callerResolver({ config, prisma, sql, viewers }: { config: Config; prisma: PrismaClient; sql: DirectSql; viewers?: ViewerCache }): CallerResolver {
  const settings = sessionSettings(config);
  return async function caller(request, { session = true } = {}) {
    const cookies = parseCookies(request.headers.get("cookie"));
    const token = session ? cookies[SESSION_COOKIE] : undefined;
    const viewer = token ? await resolveSession(sql, prisma, token, settings, viewers) : null;
    const jar = createCookieJar(config.cookieSecure);
    if (token && !viewer) jar.clear(SESSION_COOKIE);
    return { viewer, locale: pickLocale(viewer?.locale ?? cookies[LOCALE_COOKIE], request.headers.get("accept-language")), cookies: jar.headers };
  };
}

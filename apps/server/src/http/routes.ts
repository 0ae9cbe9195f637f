// The plain (non-GraphQL) routes of every module, served by one yoga plugin:
// it matches the path, refuses other methods (405), resolves the caller the
// one way (caller.ts, the same as the GraphQL context), refuses anonymous
// callers of signed-in routes (401) and hands the route a ServiceCtx. A route
// then only parses, authorises through its module's access.ts, calls a
// service and renders.
import type { Plugin } from "graphql-yoga";
import { translate, type MessageKey } from "../i18n/messages.ts";
import type { Logger } from "../logger.ts";
import { buildServiceCtx, type ServiceCtx, type ServiceDeps } from "../modules/service-context.ts";
import type { CallerResolver, RouteCaller } from "./caller.ts";
import { responder, type FetchAPI, type Responder } from "./responses.ts";

export interface RouteRequest {
  request: Request;
  url: URL;
  /** The path's capture groups. */
  params: string[];
  fetchAPI: FetchAPI;
  caller: RouteCaller;
  /** Scoped to the caller's organisation; a public route scopes itself (e.g. by a secret). */
  ctx: ServiceCtx;
  log: Logger;
  /** Answers carrying the caller's cookies; `cacheControl` defaults to no-store. */
  respond(options?: { cacheControl?: string }): Responder;
  /** A JSON error in the caller's language, from the message catalogue. */
  fail(status: number, code: string, messageKey: MessageKey, field?: string | null): Response;
  /** A JSON error with a text the route wrote in the caller's language already. */
  failWith(status: number, code: string, text: string, field?: string | null): Response;
}

export interface Route {
  /** For logs: `calendar.cohort`, `hours.csv`, … */
  name: string;
  path: RegExp;
  /** `session`: a signed-in caller is required (401 otherwise); `public`: no session is read. */
  auth: "session" | "public";
  /** The path as the request log may write it, when the real one carries a secret. */
  loggedAs?: string;
  handle(r: RouteRequest): Promise<Response>;
}

/** The path as it may be logged: a route's secret-bearing path replaced by its shape. */
export function loggablePath(routes: readonly Route[], pathname: string): string {
  const secret = routes.find((r) => r.loggedAs && r.path.test(pathname));
  return secret?.loggedAs ?? pathname;
}

export function useRoutes(routes: readonly Route[], deps: ServiceDeps & { resolveCaller: CallerResolver }): Plugin {
  const log = deps.logger.child({ module: "routes" });
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      let match: RegExpExecArray | null = null;
      const route = routes.find((r) => (match = r.path.exec(url.pathname)));
      if (!route || !match) return;
      if (request.method !== "GET") return endResponse(responder(fetchAPI).error(405, "METHOD_NOT_ALLOWED", "Method not allowed."));

      const caller = await deps.resolveCaller(request, { session: route.auth === "session" });
      const answer = responder(fetchAPI, { cookies: caller.cookies });
      if (route.auth === "session" && !caller.viewer) {
        return endResponse(answer.error(401, "UNAUTHENTICATED", translate(caller.locale, "error.unauthenticated")));
      }
      const ctx = buildServiceCtx({ ...deps, logger: log.child({ route: route.name }) }, caller.viewer, caller.locale);
      const response = await route.handle({
        request,
        url,
        params: (match as RegExpExecArray).slice(1),
        fetchAPI,
        caller,
        ctx,
        log: ctx.logger,
        respond: (options = {}) => responder(fetchAPI, { cookies: caller.cookies, ...options }),
        fail: (status, code, messageKey, field = null) => answer.error(status, code, translate(caller.locale, messageKey), field),
        failWith: (status, code, text, field = null) => answer.error(status, code, text, field),
      });
      return endResponse(response);
    },
  };
}

// createApp(deps) -> the yoga instance. Tests call `app.fetch` directly (no
// port); main.ts serves it over HTTP. Everything the request path needs is
// passed in, so tests can build an app on an in-memory database.
import { randomUUID } from "node:crypto";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { PothosValidationError } from "@pothos/core";
import { RequestCache } from "@pothos/plugin-scope-auth";
import { usePersistedOperations } from "@graphql-yoga/plugin-persisted-operations";
import { GraphQLError, NoSchemaIntrospectionCustomRule } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import type { Config } from "./config.ts";
import type { Context } from "./context.ts";
import { NO_ORGANIZATION, scopedClientFor } from "./db/tenancy.ts";
import { databaseRefusal } from "./db/refusals.ts";
import { prismaSql, type DirectSql } from "./db/direct.ts";
import { DomainError } from "./errors.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";
import { schema } from "./graphql/schema.ts";
import { createCookieJar, parseCookies } from "./http/cookies.ts";
import { clientAddress, trustedProxyList, type PeerContext } from "./http/client-address.ts";
import { CSRF_HEADER, useCsrfProtection } from "./http/csrf.ts";
import { LOCALE_COOKIE, callerResolver } from "./http/caller.ts";
import { loadPersistedDocuments } from "./http/persisted.ts";
import { useBodySizeLimit } from "./http/body-size.ts";
import { useSecurityHeaders } from "./http/security-headers.ts";
import { useTextInputGuard } from "./http/text-input.ts";
import { pickLocale, translate } from "./i18n/messages.ts";
import type { Logger } from "./logger.ts";
import type { Viewer } from "./modules/identity/index.ts";
import type { ViewerCache } from "./db/viewer-cache.ts";
import { loggablePath, useRoutes } from "./http/routes.ts";
import { moduleRoutes } from "./modules/index.ts";
import { createNotificationPubSub, type NotificationEvents } from "./modules/notifications/index.ts";

export interface AppDeps {
  config: Config;
  logger: Logger;
  prisma: PrismaClient;
  /**
   * The session lookup's reader past Prisma Client (Database.direct); without
   * it the lookup goes through `prisma` (benchmarks that build an app alone).
   */
  direct?: DirectSql;
  /**
   * The instance's copies of resolved viewers (Database.viewers); without it
   * every request reads its session (tests that build an app alone).
   */
  viewers?: ViewerCache;
  /**
   * New notifications from the database (startNotificationEvents); without it
   * the `notificationAdded` subscription stays silent (tests that do not need it).
   */
  events?: NotificationEvents;
}

/** Per-request state the response hook needs after the context is gone. */
const pendingCookies = new WeakMap<Request, string[]>();
const requestIds = new WeakMap<Request, string>();

function useHealthRoutes(prisma: PrismaClient): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      const json = (body: unknown, status = 200) =>
        new fetchAPI.Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
      // GET /health (process up) is yoga's built-in check; /ready adds the database.
      if (url.pathname === "/ready") {
        try {
          await prisma.$queryRaw`SELECT 1`;
          endResponse(json({ status: "ready" }));
        } catch {
          endResponse(json({ status: "database unreachable" }, 503));
        }
      }
    },
  };
}

function useRequestLogging(logger: Logger): Plugin {
  return {
    onRequest({ request }) {
      requestIds.set(request, request.headers.get("x-request-id")?.slice(0, 100) || randomUUID());
    },
    onResponse({ request, response }) {
      const requestId = requestIds.get(request);
      if (requestId) response.headers.set("x-request-id", requestId);
      for (const cookie of pendingCookies.get(request) ?? []) response.headers.append("set-cookie", cookie);
      // A path that is a secret (the calendar feed's) is logged as its shape; the routes say which.
      logger.info({ requestId, method: request.method, path: loggablePath(moduleRoutes, new URL(request.url).pathname), status: response.status }, "request");
    },
  };
}

const disableIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

export function createApp({ config, logger, prisma, direct, viewers, events }: AppDeps) {
  const notificationEvents = events?.pubSub ?? createNotificationPubSub();
  const resolveCaller = callerResolver({ config, prisma, sql: direct ?? prismaSql(prisma), viewers });
  const persisted = loadPersistedDocuments();
  const allowArbitrary = !config.production || config.ALLOW_ARBITRARY_OPERATIONS;
  const proxies = trustedProxyList(config.TRUSTED_PROXIES);

  return createYoga<PeerContext, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    // No CORS grant to any origin: browsers reach the API through the web app's own origin (its proxy).
    // yoga's default would echo any Origin with credentials.
    cors: false,
    // The same limit by useBodySizeLimit (below), without counting a body whose Content-Length node:http holds it to.
    maxRequestBodySize: false,
    graphiql: config.production ? false : { headers: JSON.stringify({ [CSRF_HEADER]: "1" }) },
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(" ")),
      info: (...args) => logger.info(args.map(String).join(" ")),
      warn: (...args) => logger.warn(args.map(String).join(" ")),
      error: (...args) => logger.error(args.map(String).join(" ")),
    },
    maskedErrors: {
      isDev: false,
      maskError(error, message) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        // Pothos' own input checks (e.g. an ID of the wrong type) are the caller's mistake, not ours.
        if (original instanceof PothosValidationError) {
          return new GraphQLError(original.message, { extensions: { code: "VALIDATION" } });
        }
        // The database was too busy to start our transaction in time: worth a retry, not an alarm.
        if ((original as { code?: string } | undefined)?.code === "P2028") {
          logger.warn({ err: original }, "transaction could not start in time");
          return new GraphQLError("Lotse is very busy right now. Please try again in a moment.", { extensions: { code: "BUSY" } });
        }
        // Database refusals that a caller's input can cause, named as such (the services catch
        // them where they know the field; this is the net for any write that does not).
        const refusal = databaseRefusal(original);
        if (refusal) {
          logger.info({ code: refusal.code, messageKey: refusal.messageKey }, "input refused by the database");
          return new GraphQLError(translate("de", refusal.messageKey, refusal.params), { extensions: { code: refusal.code, field: refusal.field } });
        }
        if (original instanceof DomainError) {
          return new GraphQLError(translate("de", original.messageKey, original.params), {
            extensions: { code: original.code, field: original.field },
          });
        }
        // Errors we raised on purpose (auth, parse, validation, malformed ids, limits) are GraphQL
        // errors already: the caller's mistake, worth an info line, never an alarm.
        if (error instanceof GraphQLError && (!error.originalError || error.originalError instanceof GraphQLError)) {
          logger.info({ code: error.extensions?.code ?? null, path: error.path ?? null }, "client error");
          return error;
        }
        logger.error({ err: original }, "unexpected error while executing an operation");
        return new GraphQLError(message, { extensions: { code: "INTERNAL_SERVER_ERROR" } });
      },
    },
    plugins: [
      useSecurityHeaders(),
      useHealthRoutes(prisma),
      useRequestLogging(logger),
      useRoutes(moduleRoutes, { config, logger, prisma, resolveCaller }),
      useCsrfProtection([config.PUBLIC_URL]),
      useTextInputGuard(),
      usePersistedOperations({
        getPersistedOperation: (key) => persisted[key] ?? null,
        allowArbitraryOperations: allowArbitrary,
        skipDocumentValidation: false,
      }),
      EnvelopArmorPlugin({
        maxDepth: { n: config.GRAPHQL_MAX_DEPTH, ignoreIntrospection: true, flattenFragments: true },
        costLimit: { maxCost: config.GRAPHQL_MAX_COST, ignoreIntrospection: true },
        maxAliases: { n: config.GRAPHQL_MAX_ALIASES },
        maxTokens: { n: config.GRAPHQL_MAX_TOKENS },
        maxDirectives: { n: 20 },
        blockFieldSuggestion: { enabled: config.production },
      }),
      ...(config.production ? [disableIntrospection] : []),
      // After every plugin that could set a request parser (as yoga places its own limit).
      useBodySizeLimit(),
    ],
    context: async ({ request, req }): Promise<Context> => {
      // The same caller resolution as the plain routes: session cookie -> viewer, language, stale cookie cleared.
      const { viewer, locale, cookies: clearing } = await resolveCaller(request);
      const cookies = parseCookies(request.headers.get("cookie"));
      const jar = createCookieJar(config.cookieSecure);
      jar.headers.push(...clearing);
      pendingCookies.set(request, jar.headers);
      const acceptLanguage = request.headers.get("accept-language");
      const ctx: Context = {
        config,
        logger: logger.child({ requestId: requestIds.get(request) }),
        prisma,
        db: scopedClientFor(prisma, viewer?.organizationId ?? NO_ORGANIZATION),
        viewer,
        locale,
        // The socket's peer (main.ts serves yoga with node:http, which passes `req`); in-process calls have none.
        clientIp: clientAddress(request, req?.socket?.remoteAddress, proxies),
        requestId: requestIds.get(request) ?? "",
        cookies: jar,
        notificationEvents,
        // `this` is the context the resolvers hold (yoga merges ours into its own object).
        switchViewer(this: Context, next: Viewer | null) {
          this.viewer = next;
          this.db = scopedClientFor(prisma, next?.organizationId ?? NO_ORGANIZATION);
          this.locale = pickLocale(next?.locale ?? cookies[LOCALE_COOKIE], acceptLanguage);
          // Scope results are cached per request; they must be computed again for the new caller.
          RequestCache.clearForContext(this);
        },
      };
      return ctx;
    },
  });
}

export type App = ReturnType<typeof createApp>;

// Live updates in the browser: GraphQL subscriptions over server-sent events.
// graphql-yoga serves a subscription as an SSE stream ("distinct connections"
// mode of the GraphQL-over-SSE protocol) and graphql-sse is the client it
// recommends; urql's subscriptionExchange hands it the operation. As with every
// other operation, only the persisted document's hash is sent (the production
// API runs nothing else), as a same-origin POST with application/json and the
// CSRF header, through the web app's /graphql proxy, which streams the answer.
// Loaded only when a page subscribes (live.ts), so urql and graphql-sse are no part of a
// page's first load.
import { Client, subscriptionExchange } from "@urql/core";
import { persistedExchange } from "@urql/exchange-persisted";
import { createClient as createSseClient } from "graphql-sse";
import { CSRF_HEADER, GRAPHQL_PATH, persistedHash } from "./client";

export function createLiveClient(): Client {
  const sse = createSseClient({
    url: new URL(GRAPHQL_PATH, location.href).toString(),
    credentials: "same-origin",
    headers: { [CSRF_HEADER]: "1" },
    // A page stays open for hours: after a lost connection (an API restart, a network change) try again, spaced out.
    retryAttempts: Number.POSITIVE_INFINITY,
    retry: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1_000 * 2 ** Math.min(retries, 5)) * (0.5 + Math.random() / 2))),
  });
  return new Client({
    url: GRAPHQL_PATH,
    requestPolicy: "network-only",
    exchanges: [
      persistedExchange({ enforcePersistedQueries: true, enableForSubscriptions: true, generateHash: persistedHash }),
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: sse.subscribe({ ...request, query: request.query ?? "" }, sink) }),
        }),
      }),
    ],
  });
}

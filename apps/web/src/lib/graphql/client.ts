// The one urql client factory, used by server loads (with SvelteKit's
// `event.fetch`, so requests go through hooks.server.ts with the user's
// cookie) and in the browser (with the global fetch, same origin).
//
// - Every request carries `x-lotse-csrf: 1`; the API requires it for GET and for
//   bodies other than application/json (the ones a cross-site form could send).
// - Operations are sent as persisted operations only (the hash that codegen
//   wrote into each document's `__meta__`), as POST, queries and mutations alike.
// - No cache exchange: loads are re-run by SvelteKit (invalidateAll after a
//   mutation), so a document cache would only serve stale data.
import { Client, fetchExchange } from "@urql/core";
import { persistedExchange } from "@urql/exchange-persisted";

export const GRAPHQL_PATH = "/graphql";

export const CSRF_HEADER = "x-lotse-csrf";

/** The sha256 hash codegen stores on every typed document (`__meta__.hash`). */
export async function persistedHash(_query: string, document: unknown): Promise<string | undefined> {
  return (document as { __meta__?: { hash?: string } } | null)?.__meta__?.hash;
}

export function createGraphqlClient(fetchFn: typeof fetch, url: string = GRAPHQL_PATH): Client {
  return new Client({
    url,
    fetch: fetchFn,
    preferGetMethod: false,
    requestPolicy: "network-only",
    fetchOptions: () => ({
      credentials: "same-origin",
      headers: { [CSRF_HEADER]: "1" },
    }),
    exchanges: [
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: persistedHash,
      }),
      fetchExchange,
    ],
  });
}

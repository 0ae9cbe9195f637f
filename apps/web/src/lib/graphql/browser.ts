// The browser's single urql client (queries and mutations from event handlers).
// Never used during server rendering: server code calls createGraphqlClient(event.fetch).
// urql is loaded with the first query or mutation a page sends, not with the page: most
// pages send none before someone submits a form, and urql would be a sixth of their
// first-load JavaScript.
import { browser } from "$app/environment";
import type { AnyVariables, Client, OperationContext, OperationResult, TypedDocumentNode } from "@urql/core";

/** One answer to one operation (urql's `toPromise()`). */
export interface OneResult<D, V extends AnyVariables> {
  toPromise(): Promise<OperationResult<D, V>>;
}

/** What the browser's code asks of the client: a query or a mutation, answered once. */
export interface BrowserClient {
  query<D, V extends AnyVariables>(document: TypedDocumentNode<D, V>, variables: V, context?: Partial<OperationContext>): OneResult<D, V>;
  mutation<D, V extends AnyVariables>(document: TypedDocumentNode<D, V>, variables: V, context?: Partial<OperationContext>): OneResult<D, V>;
}

let client: Promise<Client> | undefined;

function urqlClient(): Promise<Client> {
  if (!client) {
    client = import("./client").then(({ createGraphqlClient }) => createGraphqlClient((input, init) => fetch(input, init)));
    // A failed load (offline) is tried again with the next operation.
    client.catch(() => (client = undefined));
  }
  return client;
}

const lazyClient: BrowserClient = {
  query: (document, variables, context) => ({
    toPromise: async () => (await urqlClient()).query(document, variables, context).toPromise(),
  }),
  mutation: (document, variables, context) => ({
    toPromise: async () => (await urqlClient()).mutation(document, variables, context).toPromise(),
  }),
};

export function browserClient(): BrowserClient {
  if (!browser) throw new Error("browserClient() is only available in the browser");
  return lazyClient;
}

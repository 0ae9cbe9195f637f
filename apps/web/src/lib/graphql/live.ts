// Live updates in the browser: GraphQL subscriptions over server-sent events (the client
// itself is in live-client.ts). A page subscribes when it has mounted; urql and graphql-sse
// are loaded then, once, so they are no part of any page's first load.
import { browser } from "$app/environment";
import type { AnyVariables, Client, OperationResult, TypedDocumentNode } from "@urql/core";

/** What a page asks of the live client: a subscription it can end. */
export interface LiveClient {
  subscription<D, V extends AnyVariables>(
    document: TypedDocumentNode<D, V>,
    variables: V,
  ): { subscribe(sink: (result: OperationResult<D, V>) => void): { unsubscribe(): void } };
}

let client: Promise<Client> | undefined;

function urqlClient(): Promise<Client> {
  client ??= import("./live-client").then(({ createLiveClient }) => createLiveClient());
  return client;
}

/** The browser's client for subscriptions (queries and mutations use browserClient()). */
export function liveClient(): LiveClient {
  if (!browser) throw new Error("liveClient() is only available in the browser");
  return {
    subscription: (document, variables) => ({
      subscribe(sink) {
        let ended = false;
        let subscription: { unsubscribe(): void } | undefined;
        urqlClient().then(
          (urql) => {
            if (!ended) subscription = urql.subscription(document, variables).subscribe(sink);
          },
          // The client's code could not be loaded (offline): no live updates on this page;
          // the count comes afresh with the next page.
          () => undefined,
        );
        return {
          unsubscribe() {
            ended = true;
            subscription?.unsubscribe();
          },
        };
      },
    }),
  };
}

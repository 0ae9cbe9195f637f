// The browser's single urql client (mutations from event handlers).
// Never used during server rendering: server code calls createGraphqlClient(event.fetch).
import { browser } from "$app/environment";
import type { Client } from "@urql/core";
import { createGraphqlClient } from "./client";

let client: Client | undefined;

export function browserClient(): Client {
  if (!browser) throw new Error("browserClient() is only available in the browser");
  client ??= createGraphqlClient((input, init) => fetch(input, init));
  return client;
}

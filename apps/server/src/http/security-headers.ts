// Headers every API answer carries, GraphQL and downloads alike. CORS is off
// in app.ts (`cors: false`): the web app proxies the API on its own origin, so
// no foreign origin is ever granted access, with or without credentials.
import type { Plugin } from "graphql-yoga";

export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ response }) {
      // A CSV or calendar file must never be sniffed into HTML or script by a browser.
      response.headers.set("x-content-type-options", "nosniff");
    },
  };
}

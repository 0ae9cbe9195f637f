// CSRF protection for /graphql: every request must carry the `x-lotse-csrf`
// header (a cross-site form or image cannot set one without a CORS preflight,
// which this API never grants), and a browser Origin must be one we serve.
import { createGraphQLError, type Plugin } from "graphql-yoga";

export const CSRF_HEADER = "x-lotse-csrf";

export function useCsrfProtection(allowedOrigins: string[]): Plugin {
  const allowed = new Set(allowedOrigins.map((o) => new URL(o).origin));
  return {
    onRequestParse({ request }) {
      const origin = request.headers.get("origin");
      if (origin && origin !== "null" && !allowed.has(origin) && origin !== new URL(request.url).origin) {
        throw createGraphQLError("Cross-origin request refused.", { extensions: { code: "CSRF", http: { status: 403 } } });
      }
      if (!request.headers.has(CSRF_HEADER)) {
        throw createGraphQLError(`Required CSRF header "${CSRF_HEADER}" missing.`, {
          extensions: { code: "CSRF", http: { status: 403 } },
        });
      }
    },
  };
}

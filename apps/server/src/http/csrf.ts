// CSRF protection for /graphql.
//
// A browser sends a cross-site request without asking first (no CORS
// preflight) only with GET/HEAD/POST and a "simple" body type: text/plain,
// application/x-www-form-urlencoded or multipart/form-data. An
// `application/json` POST needs a preflight, which this API never grants (no
// CORS headers at all, see app.ts), so standard GraphQL clients may send one
// without anything extra. Every other request must carry the `x-lotse-csrf`
// header, which a cross-site form or image cannot set. On top of that, a
// browser Origin must be one we serve, and an opaque origin (`Origin: null`:
// sandboxed frames, data: URLs, some redirects) is never our web app.
// The session cookie is SameSite=Lax besides (see http/cookies.ts).
import { createGraphQLError, type Plugin } from "graphql-yoga";

export const CSRF_HEADER = "x-lotse-csrf";

/** Body types a browser can only send cross-site after a preflight the API refuses. */
const PREFLIGHTED_BODY_TYPES = new Set(["application/json"]);

/** Whether a browser could have sent this request cross-site without a preflight. */
export function needsCsrfHeader(request: Request): boolean {
  if (request.method !== "POST") return true;
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return !mediaType || !PREFLIGHTED_BODY_TYPES.has(mediaType);
}

const refuse = (message: string) => createGraphQLError(message, { extensions: { code: "CSRF", http: { status: 403 } } });

export function useCsrfProtection(allowedOrigins: string[]): Plugin {
  const allowed = new Set(allowedOrigins.map((o) => new URL(o).origin));
  return {
    onRequestParse({ request }) {
      const origin = request.headers.get("origin");
      if (origin === "null") throw refuse("Requests from an opaque origin are refused.");
      if (origin && !allowed.has(origin) && origin !== new URL(request.url).origin) throw refuse("Cross-origin request refused.");
      if (needsCsrfHeader(request) && !request.headers.has(CSRF_HEADER)) {
        throw refuse(`Required CSRF header "${CSRF_HEADER}" missing (needed for GET and for bodies other than application/json).`);
      }
    },
  };
}

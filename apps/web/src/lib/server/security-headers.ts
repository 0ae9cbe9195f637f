// Headers every response of the web app carries besides the pages' CSP
// (kit.csp in svelte.config.js): no content sniffing, no full URL to other
// sites, never framed, and HSTS where the app is served over HTTPS in production.

/** One year, the usual HSTS lifetime; subdomains stay out (they may be other services). */
export const HSTS_VALUE = "max-age=31536000";

/**
 * For responses that SvelteKit did not give a CSP (proxied GraphQL answers and
 * downloads, redirects, the static error page): framing is refused there too.
 */
export const FALLBACK_CSP = "frame-ancestors 'none'";

export interface SecurityHeaderOptions {
  /** Production build answering over HTTPS: only then is HSTS sent (browsers ignore it over HTTP anyway). */
  hsts: boolean;
}

/** Sets the security headers on a response, copying it first when its headers are immutable. */
export function withSecurityHeaders(response: Response, options: SecurityHeaderOptions): Response {
  let target = response;
  try {
    apply(target.headers, options);
  } catch {
    // A Response from fetch() has immutable headers.
    target = new Response(response.body, { status: response.status, statusText: response.statusText, headers: new Headers(response.headers) });
    apply(target.headers, options);
  }
  return target;
}

function apply(headers: Headers, { hsts }: SecurityHeaderOptions) {
  headers.set("x-content-type-options", "nosniff");
  // same-origin: no other site needs to know which Lotse page a link came from
  // (paths name volunteers and cohorts), not even the origin.
  headers.set("referrer-policy", "same-origin");
  // For browsers that do not know frame-ancestors.
  headers.set("x-frame-options", "DENY");
  if (!headers.has("content-security-policy")) headers.set("content-security-policy", FALLBACK_CSP);
  if (hsts) headers.set("strict-transport-security", HSTS_VALUE);
}

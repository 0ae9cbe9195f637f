// Forwards the browser's (and server loads') GraphQL requests to the API, so
// the browser talks to one origin and the API's session cookie stays first-party.
// The API's plain download routes (CSV export, Nachweis PDF, certificate PDF,
// calendar files and the private calendar feed) go the same way.
import type { RequestEvent } from "@sveltejs/kit";

/** Request headers passed on to the API unchanged. */
export const FORWARDED_REQUEST_HEADERS = [
  "content-type",
  "cookie",
  "accept",
  "x-lotse-csrf",
  "x-request-id",
] as const;

export const DEFAULT_API_URL = "http://127.0.0.1:4000";

export function apiGraphqlUrl(apiUrl: string | undefined, search = ""): string {
  return apiUrlFor(apiUrl, "/graphql", search);
}

/** The API's URL for a path of this origin (the path is passed on as it came, still percent-encoded). */
export function apiUrlFor(apiUrl: string | undefined, pathname: string, search = ""): string {
  const base = (apiUrl?.trim() || DEFAULT_API_URL).replace(/\/+$/, "");
  return `${base}${pathname}${search}`;
}

/**
 * The API's plain (non-GraphQL) routes this app forwards: `GET /exports/…`
 * (e.g. hours.csv), `GET /nachweise/:id.pdf` (an issued Nachweis), `GET /certificates/:id.pdf`,
 * `GET /calendar/cohorts/:id.ics` and the private feed `GET /calendar/feed/:token.ics`
 * (public: the secret token is the authorisation, so calendar apps can subscribe),
 * `GET /receipts/:id.pdf` (a Zuwendungsbestätigung) and `GET /receipts/:year.zip`.
 * Everything else is the app's own page.
 */
export function isApiDownloadPath(pathname: string): boolean {
  if (/^\/exports\/[^/]+$/.test(pathname)) return true;
  // The Integrationsmonitor's CSV per section.
  if (/^\/exports\/integrationsmonitor\/[^/]+\.csv$/.test(pathname)) return true;
  // A person's right-of-access downloads (admins; the API checks).
  if (/^\/exports\/personal-data\/[^/]+\.(json|pdf)$/.test(pathname)) return true;
  if (/^\/certificates\/[^/]+\.pdf$/.test(pathname)) return true;
  if (/^\/calendar\/(cohorts|feed)\/[^/]+\.ics$/.test(pathname)) return true;
  // An appointment's calendar file, and a counsellor's or interpreter's private feed.
  if (/^\/calendar\/appointments\/(feed\/)?[^/]+\.ics$/.test(pathname)) return true;
  if (/^\/receipts\/([^/]+\.pdf|\d{4}\.zip)$/.test(pathname)) return true;
  return /^\/nachweise\/[^/]+\.pdf$/.test(pathname);
}

/** Response headers of a download passed back to the browser. */
// No content-length: fetch may have decompressed the body, so the upstream length can be wrong.
export const FORWARDED_DOWNLOAD_HEADERS = ["content-type", "content-disposition", "last-modified", "etag"] as const;

export function buildUpstreamHeaders(
  incoming: Headers,
  clientAddress: string,
  locale: string | null,
): Headers {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = incoming.get(name);
    if (value !== null) headers.set(name, value);
  }
  headers.set("x-forwarded-for", clientAddress);
  // The API words its messages in the signed-in user's language, otherwise by
  // Accept-Language: send the UI language so signed-out pages match the UI.
  headers.set("accept-language", locale ?? incoming.get("accept-language") ?? "de");
  return headers;
}

function clientAddressOf(event: RequestEvent): string {
  try {
    return event.getClientAddress();
  } catch {
    // not available (e.g. some test harnesses): keep the loopback address
    return "127.0.0.1";
  }
}

function unreachable(err: unknown): Response {
  console.error("API unreachable:", (err as Error).message);
  return new Response(JSON.stringify({ errors: [{ message: "The API cannot be reached." }] }), {
    status: 502,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

export async function proxyGraphql(
  event: RequestEvent,
  apiUrl: string | undefined,
  locale: string | null,
): Promise<Response> {
  const { request } = event;
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  let upstream: Response;
  try {
    upstream = await fetch(apiGraphqlUrl(apiUrl, event.url.search), {
      method: request.method,
      headers: buildUpstreamHeaders(request.headers, clientAddressOf(event), locale),
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: "manual",
    });
  } catch (err) {
    return unreachable(err);
  }
  const headers = new Headers();
  const contentType = upstream.headers.get("content-type");
  if (contentType) headers.set("content-type", contentType);
  for (const cookie of upstream.headers.getSetCookie()) headers.append("set-cookie", cookie);
  headers.set("cache-control", "no-store");
  // No answer of the API (a downloaded CSV or calendar file least of all) is sniffed into something a browser would run.
  headers.set("x-content-type-options", "nosniff");
  return new Response(upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers,
  });
}

/**
 * Forwards a download (GET/HEAD only) to the API with the session cookie and
 * passes the file back with its name (content-disposition); never cached.
 */
export async function proxyDownload(
  event: RequestEvent,
  apiUrl: string | undefined,
  locale: string | null,
): Promise<Response> {
  const { request } = event;
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new Response("Method Not Allowed", { status: 405, headers: { allow: "GET, HEAD", "cache-control": "no-store" } });
  }
  let upstream: Response;
  try {
    upstream = await fetch(apiUrlFor(apiUrl, event.url.pathname, event.url.search), {
      method: request.method,
      headers: buildUpstreamHeaders(request.headers, clientAddressOf(event), locale),
      redirect: "manual",
    });
  } catch (err) {
    return unreachable(err);
  }
  const headers = new Headers();
  for (const name of FORWARDED_DOWNLOAD_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  for (const cookie of upstream.headers.getSetCookie()) headers.append("set-cookie", cookie);
  headers.set("cache-control", "no-store");
  // No answer of the API (a downloaded CSV or calendar file least of all) is sniffed into something a browser would run.
  headers.set("x-content-type-options", "nosniff");
  return new Response(upstream.body, { status: upstream.status, statusText: upstream.statusText, headers });
}

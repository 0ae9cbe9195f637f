// Forwards the browser's (and server loads') GraphQL requests to the API, so
// the browser talks to one origin and the API's session cookie stays first-party.
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
  const base = (apiUrl?.trim() || DEFAULT_API_URL).replace(/\/+$/, "");
  return `${base}/graphql${search}`;
}

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

export async function proxyGraphql(
  event: RequestEvent,
  apiUrl: string | undefined,
  locale: string | null,
): Promise<Response> {
  const { request } = event;
  let clientAddress = "127.0.0.1";
  try {
    clientAddress = event.getClientAddress();
  } catch {
    // not available (e.g. some test harnesses): keep the loopback address
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  let upstream: Response;
  try {
    upstream = await fetch(apiGraphqlUrl(apiUrl, event.url.search), {
      method: request.method,
      headers: buildUpstreamHeaders(request.headers, clientAddress, locale),
      body: hasBody ? await request.arrayBuffer() : undefined,
      redirect: "manual",
    });
  } catch (err) {
    console.error("API unreachable:", (err as Error).message);
    return new Response(JSON.stringify({ errors: [{ message: "The API cannot be reached." }] }), {
      status: 502,
      headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const headers = new Headers();
  const contentType = upstream.headers.get("content-type");
  if (contentType) headers.set("content-type", contentType);
  for (const cookie of upstream.headers.getSetCookie()) headers.append("set-cookie", cookie);
  headers.set("cache-control", "no-store");
  return new Response(upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers,
  });
}

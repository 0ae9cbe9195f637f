// Cookie parsing and the Set-Cookie headers the API sends. The session cookie
// is HttpOnly and SameSite=Lax always, Secure outside development.
import type { CookieJar } from "../context.ts";

export function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of header?.split(";") ?? []) {
    const i = part.indexOf("=");
    if (i < 0) continue;
    const name = part.slice(0, i).trim();
    if (!name || name in out) continue;
    try {
      out[name] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      // A malformed cookie from elsewhere on the domain must not break the request.
    }
  }
  return out;
}

export function createCookieJar(secure: boolean): CookieJar & { headers: string[] } {
  const headers: string[] = [];
  const attrs = `Path=/; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
  return {
    headers,
    set(name, value, { maxAgeSeconds }) {
      headers.push(`${name}=${encodeURIComponent(value)}; ${attrs}; Max-Age=${Math.max(0, maxAgeSeconds)}`);
    },
    clear(name) {
      headers.push(`${name}=; ${attrs}; Max-Age=0`);
    },
  };
}

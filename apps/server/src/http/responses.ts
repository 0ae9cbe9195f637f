// Answers of the plain routes: JSON errors of one shape
// ({ error: { code, message, field } }), the caller's Set-Cookie headers on
// every answer, and a Cache-Control chosen per route (no-store by default).
import { asciiFileName } from "@lotse/domain/file-names";
import type { Plugin } from "graphql-yoga";

export type FetchAPI = Parameters<NonNullable<Plugin["onRequest"]>>[0]["fetchAPI"];

export interface Responder {
  headers(extra?: Record<string, string>): Headers;
  /** A JSON error; 405 answers carry `Allow: GET`. */
  error(status: number, code: string, message: string, field?: string | null): Response;
}

export function responder(fetchAPI: FetchAPI, options: { cookies?: string[]; cacheControl?: string } = {}): Responder {
  const headers = (extra: Record<string, string> = {}) => {
    const h = new fetchAPI.Headers({ "cache-control": options.cacheControl ?? "no-store", ...extra });
    for (const cookie of options.cookies ?? []) h.append("set-cookie", cookie);
    return h;
  };
  return {
    headers,
    error: (status, code, message, field = null) =>
      new fetchAPI.Response(JSON.stringify({ error: { code, message, field } }), {
        status,
        headers: headers({ "content-type": "application/json; charset=utf-8", ...(status === 405 ? { allow: "GET" } : {}) }),
      }),
  };
}

/** `Content-Disposition` for a download; the name is reduced to safe ASCII. */
export function attachment(filename: string): string {
  return `attachment; filename="${asciiFileName(filename)}"`;
}

import { afterEach, describe, expect, it, vi } from "vitest";
import type { RequestEvent } from "@sveltejs/kit";
import { apiGraphqlUrl, apiUrlFor, buildUpstreamHeaders, isApiDownloadPath, proxyDownload, proxyGraphql } from "./proxy";

describe("apiGraphqlUrl", () => {
  it("defaults to the local API and keeps the query string", () => {
    expect(apiGraphqlUrl(undefined)).toBe("http://127.0.0.1:4000/graphql");
    expect(apiGraphqlUrl("https://api.example/", "?a=1")).toBe("https://api.example/graphql?a=1");
  });
});

describe("buildUpstreamHeaders", () => {
  it("passes only the listed headers and sets the client address", () => {
    const incoming = new Headers({
      "content-type": "application/json",
      cookie: "lotse_session=abc",
      accept: "application/json",
      "x-lotse-csrf": "1",
      "x-request-id": "r1",
      "x-forwarded-for": "6.6.6.6",
      authorization: "Bearer nope",
      host: "web.example",
    });
    const h = buildUpstreamHeaders(incoming, "10.0.0.7", "en");
    expect(Object.fromEntries(h.entries())).toEqual({
      "content-type": "application/json",
      cookie: "lotse_session=abc",
      accept: "application/json",
      "x-lotse-csrf": "1",
      "x-request-id": "r1",
      "x-forwarded-for": "10.0.0.7",
      "accept-language": "en",
    });
  });
});

describe("proxyGraphql", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("returns the API's status, body and every set-cookie header", async () => {
    const upstreamHeaders = new Headers({ "content-type": "application/json" });
    upstreamHeaders.append("set-cookie", "lotse_session=new; HttpOnly; Path=/; SameSite=Lax");
    upstreamHeaders.append("set-cookie", "other=1; Path=/");
    const fetchMock = vi.fn(async () => new Response('{"data":{}}', { status: 200, headers: upstreamHeaders }));
    vi.stubGlobal("fetch", fetchMock);
    const request = new Request("http://web.example/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-lotse-csrf": "1" },
      body: '{"query":"{ me { roles } }"}',
    });
    const event = {
      request,
      url: new URL(request.url),
      getClientAddress: () => "192.0.2.1",
    } as unknown as RequestEvent;

    const response = await proxyGraphql(event, "http://api.internal:4000", "de");

    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"data":{}}');
    expect(response.headers.getSetCookie()).toEqual([
      "lotse_session=new; HttpOnly; Path=/; SameSite=Lax",
      "other=1; Path=/",
    ]);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("http://api.internal:4000/graphql");
    expect(init.method).toBe("POST");
    expect(new TextDecoder().decode(init.body as ArrayBuffer)).toBe('{"query":"{ me { roles } }"}');
    expect(new Headers(init.headers).get("x-forwarded-for")).toBe("192.0.2.1");
  });

  it("answers 502 when the API cannot be reached", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("fetch failed"))));
    vi.spyOn(console, "error").mockImplementation(() => {});
    const request = new Request("http://web.example/graphql", { method: "POST", body: "{}" });
    const event = { request, url: new URL(request.url), getClientAddress: () => "::1" } as unknown as RequestEvent;
    const response = await proxyGraphql(event, undefined, "de");
    expect(response.status).toBe(502);
  });
});

describe("downloads", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("forwards only the API's export and Nachweis routes", () => {
    expect(isApiDownloadPath("/exports/hours.csv")).toBe(true);
    expect(isApiDownloadPath("/nachweise/TmFjaDox%3D.pdf")).toBe(true);
    expect(isApiDownloadPath("/nachweise/a/b.pdf")).toBe(false);
    expect(isApiDownloadPath("/volunteers/Vm9sOjE%3D/nachweis.pdf")).toBe(false);
    expect(isApiDownloadPath("/nachweis/pruefen/ABC")).toBe(false);
    expect(isApiDownloadPath("/exports/")).toBe(false);
    expect(isApiDownloadPath("/exports/a/b")).toBe(false);
    expect(isApiDownloadPath("/exports/integrationsmonitor/volunteers.csv")).toBe(true);
    expect(isApiDownloadPath("/exports/integrationsmonitor/a/b.csv")).toBe(false);
    expect(isApiDownloadPath("/exports/personal-data/VXNlcjox%3D.json")).toBe(true);
    expect(isApiDownloadPath("/exports/personal-data/VXNlcjox%3D.pdf")).toBe(true);
    expect(isApiDownloadPath("/exports/personal-data/a/b.pdf")).toBe(false);
    expect(isApiDownloadPath("/koordination/stunden")).toBe(false);
    expect(isApiDownloadPath("/certificates/Q2VydGlmaWNhdGU6MQ%3D%3D.pdf")).toBe(true);
    expect(isApiDownloadPath("/certificates/a/b.pdf")).toBe(false);
    expect(isApiDownloadPath("/calendar/cohorts/Q29ob3J0OjE.ics")).toBe(true);
    expect(isApiDownloadPath("/calendar/feed/s3cr3t-token.ics")).toBe(true);
    expect(isApiDownloadPath("/calendar/other/x.ics")).toBe(false);
    expect(isApiDownloadPath("/calendar/appointments/QXBwb2ludG1lbnQ6MQ.ics")).toBe(true);
    expect(isApiDownloadPath("/calendar/appointments/feed/s3cr3t.ics")).toBe(true);
    expect(isApiDownloadPath("/calendar/appointments/a/b/c.ics")).toBe(false);
    expect(isApiDownloadPath("/calendar/feed/x.pdf")).toBe(false);
    expect(isApiDownloadPath("/receipts/RG9uYXRpb25SZWNlaXB0OjE%3D.pdf")).toBe(true);
    expect(isApiDownloadPath("/receipts/2026.zip")).toBe(true);
    expect(isApiDownloadPath("/receipts/a/b.pdf")).toBe(false);
    expect(isApiDownloadPath("/receipts/x.zip")).toBe(false);
    expect(isApiDownloadPath("/kurse")).toBe(false);
    expect(apiUrlFor("http://api:4000/", "/exports/hours.csv", "?from=2026-01-01")).toBe("http://api:4000/exports/hours.csv?from=2026-01-01");
  });

  it("passes the cookie on and the file back with its name", async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response("%PDF-1.7", {
          status: 200,
          headers: { "content-type": "application/pdf", "content-disposition": 'attachment; filename="nachweis.pdf"', server: "x" },
        }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const request = new Request("http://web.example/nachweise/TmFjaDox%3D.pdf", {
      headers: { cookie: "lotse_session=abc", accept: "*/*" },
    });
    const event = { request, url: new URL(request.url), getClientAddress: () => "192.0.2.1" } as unknown as RequestEvent;
    const response = await proxyDownload(event, "http://api.internal:4000", "en");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("%PDF-1.7");
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="nachweis.pdf"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("server")).toBeNull();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("http://api.internal:4000/nachweise/TmFjaDox%3D.pdf");
    expect(init.method).toBe("GET");
    expect(new Headers(init.headers).get("cookie")).toBe("lotse_session=abc");
    expect(new Headers(init.headers).get("accept-language")).toBe("en");
  });

  it("refuses other methods without asking the API", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    const request = new Request("http://web.example/exports/hours.csv", { method: "POST", body: "x" });
    const event = { request, url: new URL(request.url), getClientAddress: () => "::1" } as unknown as RequestEvent;
    expect((await proxyDownload(event, undefined, "de")).status).toBe(405);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

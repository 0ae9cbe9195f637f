// What the API does with hostile or broken requests: a clear 4xx or typed
// error, never a 500, never a stack trace, and nothing changed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/harness.ts";
import { loadPersistedDocuments } from "./persisted.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const post = (app: TestApp, body: unknown, headers: Record<string, string> = {}) =>
  app.request("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "x-lotse-csrf": "1", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("health", () => {
  it("reports the process up and the database reachable", async () => {
    expect((await t.request("/health")).status).toBe(200);
    const ready = await t.request("/ready");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});

describe("bad requests", () => {
  it("answers malformed GraphQL with a 4xx and a message", async () => {
    const res = await post(t, { query: "query { me { " }, { accept: "application/graphql-response+json" });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await res.json()).errors[0].message).toMatch(/Syntax Error/);
  });

  it("answers a body that is not JSON with a 4xx", async () => {
    const res = await post(t, "{not json");
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  // 11 levels through the node interface: deeper than GRAPHQL_MAX_DEPTH (10) and costlier than allowed.
  const wall = `{ ${"node(id: \"x\") { ... on Organization { ".repeat(11)}id${" } }".repeat(11)} }`;

  it("refuses an over-costly query before running it", async () => {
    const res = await post(t, { query: wall });
    expect(res.status).toBeLessThan(500);
    const body = await res.json();
    expect(body.data ?? null).toBeNull();
    expect(JSON.stringify(body.errors)).toMatch(/cost limit/i);
  });

  // Builds a second app (fresh database, all migrations) inside the test: up to 17 s seen on a busy runner.
  it("refuses an over-deep query before running it", async () => {
    const generous = await createTestApp({ SEED_DEMO: "0", GRAPHQL_MAX_COST: "100000000" });
    try {
      const res = await post(generous, { query: wall });
      expect(res.status).toBeLessThan(500);
      expect(JSON.stringify((await res.json()).errors)).toMatch(/depth/i);
    } finally {
      await generous.close();
    }
  }, 60_000);

  it("refuses too many aliases", async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { roles }`).join(" ");
    const res = await post(t, { query: `{ ${aliases} }` });
    expect(res.status).toBeLessThan(500);
    expect(JSON.stringify((await res.json()).errors)).toMatch(/alias/i);
  });

  it("masks unexpected errors: no stack, no SQL, just a code", async () => {
    const s = await t.signIn("koordination@oldenburg.example");
    const res = await s.gql(`{ node(id: "not-a-global-id") { id } }`);
    expect(res.status).toBeLessThan(500);
    const text = JSON.stringify(res.errors);
    expect(text).not.toMatch(/at |stack|SELECT|prisma/i);
  });

  it("echoes a request id for support", async () => {
    const res = await post(t, { query: "{ me { roles } }" }, { "x-request-id": "support-123" });
    expect(res.headers.get("x-request-id")).toBe("support-123");
  });
});

describe("CSRF", () => {
  const resetMutation = `mutation { requestPasswordReset(email: "kurs@oldenburg.example") { __typename } }`;
  /** Sends a request and reports its status and whether it queued mail (i.e. changed something). */
  const attempt = async (init: RequestInit, path = "/graphql") => {
    const before = await t.db.prisma.outboxMessage.count();
    const res = await t.request(path, init);
    return { status: res.status, changed: (await t.db.prisma.outboxMessage.count()) !== before };
  };

  it("accepts a standard application/json POST without the custom header (a browser must preflight it cross-site)", async () => {
    const res = await t.request("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({ query: "{ me { roles } }" }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: null } });
  });

  // The body types a cross-site form or a no-cors fetch can send without asking first.
  for (const contentType of ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null]) {
    it(`refuses a ${contentType ?? "typeless"} POST without the CSRF header, and it changes nothing`, async () => {
      const result = await attempt({
        method: "POST",
        headers: contentType ? { "content-type": contentType } : {},
        body: JSON.stringify({ query: resetMutation }),
      });
      expect(result).toEqual({ status: 403, changed: false });
    });
  }

  it("refuses a GET without the CSRF header and answers one with it", async () => {
    const query = `/graphql?query=${encodeURIComponent("{ me { roles } }")}`;
    expect((await t.request(query)).status).toBe(403);
    expect((await t.request(query, { headers: { "x-lotse-csrf": "1" } })).status).toBe(200);
  });

  it("refuses a request from another origin, and it changes nothing", async () => {
    const before = await t.db.prisma.outboxMessage.count();
    const res = await post(t, { query: resetMutation }, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(await t.db.prisma.outboxMessage.count()).toBe(before);
  });

  it("refuses a mutation from an opaque origin (Origin: null), even with the header, and it changes nothing", async () => {
    const variants: Record<string, string>[] = [{ "content-type": "application/json", origin: "null" }, { "content-type": "application/json", origin: "null", "x-lotse-csrf": "1" }];
    for (const headers of variants) {
      expect(await attempt({ method: "POST", headers, body: JSON.stringify({ query: resetMutation }) })).toEqual({ status: 403, changed: false });
    }
  });

  it("accepts the web app's own origin", async () => {
    const res = await post(t, { query: "{ me { roles } }" }, { origin: t.config.PUBLIC_URL });
    expect(res.status).toBe(200);
  });
});

describe("CORS and response headers", () => {
  const corsHeaders = (res: Response) => [...res.headers.keys()].filter((name) => name.startsWith("access-control-"));

  it("grants CORS to no origin: no preflight grant, no Access-Control-Allow-Origin, for foreign and own origins alike", async () => {
    for (const origin of ["https://evil.example", "null", t.config.PUBLIC_URL]) {
      const preflight = await t.request("/graphql", {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type, x-lotse-csrf" },
      });
      expect(corsHeaders(preflight)).toEqual([]);
      const res = await post(t, { query: "{ me { roles } }" }, { origin });
      expect(corsHeaders(res)).toEqual([]);
    }
  });

  it("serves downloads without CORS grants and with nosniff", async () => {
    const coordinator = await t.signIn("koordination@oldenburg.example");
    const res = await t.request("/exports/hours.csv?from=2026-01-01&to=2026-01-31", { headers: { cookie: coordinator.cookie, origin: "https://evil.example" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(corsHeaders(res)).toEqual([]);
  });

  it("sends nosniff with every API answer, errors included", async () => {
    for (const res of [await post(t, { query: "{ me { roles } }" }), await post(t, "{not json"), await t.request("/health"), await t.request("/nowhere")]) {
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });
});

describe("production", () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await createTestApp({ NODE_ENV: "production", SEED_DEMO: "0" });
  });
  afterAll(async () => {
    await prod?.close();
  });

  it("runs only the trusted operations the web app ships", async () => {
    const arbitrary = await post(prod, { query: "{ me { roles } }" });
    expect(arbitrary.status).toBeLessThan(500);
    expect(JSON.stringify(await arbitrary.json())).toMatch(/PersistedQueryOnly|persisted/i);

    const manifest = loadPersistedDocuments();
    // The web app's own `Me` query: a trusted operation.
    const [hash] = Object.entries(manifest).find(([, doc]) => /^query Me\b/.test(doc))!;
    expect(Object.values(manifest).some((doc) => doc.includes("query Test"))).toBe(false);
    const trusted = await post(prod, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect((await trusted.json()).data).toEqual({ me: null, myWorkQueue: [], unreadNotificationCount: 0 });
  });

  // This test and the next build an app (fresh database, all migrations) too: 16-27 s seen on a busy runner.
  it("does not answer introspection", async () => {
    const manifestless = await createTestApp({ NODE_ENV: "production", SEED_DEMO: "0", ALLOW_ARBITRARY_OPERATIONS: "1" });
    try {
      const res = await post(manifestless, { query: "{ __schema { types { name } } }" });
      expect(JSON.stringify(await res.json())).toMatch(/introspection/i);
      const allowed = await post(manifestless, { query: "{ me { roles } }" });
      expect(await allowed.json()).toEqual({ data: { me: null } });
    } finally {
      await manifestless.close();
    }
  }, 60_000);

  it("refuses to load demo data", async () => {
    await expect(createTestApp({ NODE_ENV: "production", SEED_DEMO: "1" })).rejects.toThrow(/production/);
  }, 60_000);
});

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
  it("refuses a request without the CSRF header", async () => {
    const res = await t.request("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ me { roles } }" }),
    });
    expect(res.status).toBe(403);
  });

  it("refuses a request from another origin, and it changes nothing", async () => {
    const before = await t.db.prisma.outboxMessage.count();
    const res = await post(
      t,
      { query: `mutation { requestPasswordReset(email: "kurs@oldenburg.example") { __typename } }` },
      { origin: "https://evil.example" },
    );
    expect(res.status).toBe(403);
    expect(await t.db.prisma.outboxMessage.count()).toBe(before);
  });

  it("accepts the web app's own origin", async () => {
    const res = await post(t, { query: "{ me { roles } }" }, { origin: t.config.PUBLIC_URL });
    expect(res.status).toBe(200);
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
    expect((await trusted.json()).data).toEqual({ me: null });
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

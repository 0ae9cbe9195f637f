// The request body limit (body-size.ts) answers as yoga's own did: 413 for a
// body over the limit, whether its Content-Length says so, it arrives chunked
// without one, or it comes in-process; 400 for a malformed Content-Length.
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { createSchema, createYoga } from "graphql-yoga";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/harness.ts";
import { useBodySizeLimit } from "./body-size.ts";

const LIMIT = 200;
const yoga = createYoga({
  schema: createSchema({ typeDefs: "type Query { echo(text: String!): String! }", resolvers: { Query: { echo: (_: unknown, { text }: { text: string }) => text } } }),
  logging: false,
  maxRequestBodySize: false,
  plugins: [useBodySizeLimit(LIMIT)],
});
const body = (text: string) => JSON.stringify({ query: "query($t: String!) { echo(text: $t) }", variables: { t: text } });

const server = createServer(yoga);
let base = "";
let t: TestApp;
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  t = await createTestApp({ SEED_DEMO: "0" });
});
afterAll(async () => {
  server.close();
  await t?.close();
});

/** POST over node:http; chunked (no Content-Length) when asked. */
function post(text: string, options: { chunked?: boolean; contentLength?: string } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(body(text));
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (options.contentLength !== undefined) headers["content-length"] = options.contentLength;
    else if (!options.chunked) headers["content-length"] = String(payload.length);
    const req = httpRequest(base, { method: "POST", headers }, (res) => {
      let data = "";
      res.on("data", (chunk) => (data += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on("error", reject);
    if (options.chunked) {
      // In pieces, so that the limit is met while the body is still arriving.
      for (let i = 0; i < payload.length; i += 50) req.write(payload.subarray(i, i + 50));
      req.end();
    } else req.end(options.contentLength === undefined ? payload : undefined);
  });
}

describe("request body limit", () => {
  it("answers a body within the limit, with or without Content-Length", async () => {
    expect(await post("hello")).toMatchObject({ status: 200, body: JSON.stringify({ data: { echo: "hello" } }) });
    expect(await post("hello", { chunked: true })).toMatchObject({ status: 200, body: JSON.stringify({ data: { echo: "hello" } }) });
  });

  it("refuses a body over the limit: by its Content-Length, and counted when it comes chunked or in-process", async () => {
    const long = "x".repeat(LIMIT);
    const byLength = await post(long);
    expect(byLength.status).toBe(413);
    expect(JSON.parse(byLength.body).errors[0].extensions.code).toBe("REQUEST_ENTITY_TOO_LARGE");
    const chunked = await post(long, { chunked: true });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).errors[0].extensions.code).toBe("REQUEST_ENTITY_TOO_LARGE");
    // In-process, a Content-Length nobody checked is not believed: the body is counted.
    const inProcess = await yoga.fetch("http://lotse.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "10" },
      body: body(long),
    });
    expect(inProcess.status).toBe(413);
  });

  it("refuses a malformed Content-Length", async () => {
    const res = await yoga.fetch("http://lotse.test/graphql", { method: "POST", headers: { "content-type": "application/json", "content-length": "1, 2" }, body: body("x") });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("BAD_REQUEST");
  });

  it("holds in the app at 25 MB, as yoga's default", async () => {
    const res = await t.app.fetch("http://lotse.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-lotse-csrf": "1", "content-length": "25000001" },
      body: "{}",
    });
    expect(res.status).toBe(413);
  });
});

// Every query the web app may send (its persisted documents) stays within the
// API's cost limit (graphql-armor, GRAPHQL_MAX_COST): a page whose query is
// too costly would answer every visit with an error page. The limit is
// checked while validating, before variables are read, so empty variables
// are enough; mutations are left out (they are small, and must not run here).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { demo } from "@lotse/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/harness.ts";

const require = createRequire(import.meta.url);
const documents = JSON.parse(readFileSync(require.resolve("@lotse/schema/persisted-documents.json"), "utf8")) as Record<string, string>;
const queries = Object.values(documents).filter((d) => /(^|\n|\s)query\s/.test(d) && !/(^|\s)mutation\s/.test(d));

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe("the web app's queries", () => {
  it("all stay within the API's cost limit", async () => {
    expect(queries.length).toBeGreaterThan(20);
    const session = await t.signIn(demo.coordinator);
    const tooCostly: string[] = [];
    for (const document of queries) {
      const res = await session.gql(document, {});
      const messages = (res.errors ?? []).map((e: { message: string }) => e.message);
      if (messages.some((m) => m.includes("Query Cost limit"))) tooCostly.push(`${/query\s+(\w+)/.exec(document)?.[1]}: ${messages.join("; ")}`);
    }
    expect(tooCostly).toEqual([]);
  });
});

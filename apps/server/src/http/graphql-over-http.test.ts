// Standard GraphQL clients work: graphql-http's server audit (the GraphQL over
// HTTP specification's checks) runs against the in-process app. Every MUST has
// to pass; SHOULD and MAY findings (GET needs the CSRF header, see csrf.ts) are printed, not failed.
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/harness.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SEED_DEMO: "0" });
});
afterAll(async () => {
  await t?.close();
});

describe("GraphQL over HTTP (graphql-http server audit)", () => {
  it("passes every MUST of the audit", async () => {
    const audits = serverAudits({
      url: "http://lotse.test/graphql",
      fetchFn: (input: RequestInfo | URL, init?: RequestInit) => Promise.resolve(t.app.fetch(new Request(input, init))),
    });
    const failedMusts: string[] = [];
    const warnings: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status === "error") failedMusts.push(`${result.id} ${result.name}: ${result.reason}`);
      // SHOULD findings are warnings, MAY findings notices: printed, not failed.
      if (result.status === "warn" || result.status === "notice") warnings.push(`${result.status} ${result.id} ${result.name}: ${result.reason}`);
    }
    console.log(`graphql-http audit: ${audits.length} audits, ${failedMusts.length} MUST failures, ${warnings.length} warnings or notices${warnings.map((w) => `\n  ${w}`).join("")}`);
    expect(failedMusts).toEqual([]);
  });
});

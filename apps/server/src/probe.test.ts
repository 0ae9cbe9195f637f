import { it } from "vitest";
import { createTestApp } from "./testing/harness.ts";
it("probe", async () => {
  const t = await createTestApp();
  const admin = await t.signIn("admin@oldenburg.example");
  const enc = (s: string) => Buffer.from(s).toString("base64");
  const q = `query($id: ID!) { node(id: $id) { id } }`;
  for (const id of ["garbage", enc("User:not-a-uuid"), enc("Nope:00000000-0000-4000-8000-000000000000")]) {
    const r = await admin.gql(q, { id });
    console.log("PROBE", id, JSON.stringify(r.errors ?? r.data));
  }
  const r = await admin.gql(`mutation($id: ID!) { deactivateUser(userId: $id) { __typename ... on Error { code } } }`, { id: "garbage" });
  console.log("PROBE mut", JSON.stringify(r.errors ?? r.data));
  const r2 = await admin.gql(`query { node(id: "garbage") { id } }`);
  console.log("PROBE lit", JSON.stringify(r2.errors ?? r2.data));
  await t.close();
}, 120000);

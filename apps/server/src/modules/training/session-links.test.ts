// A session's online link is shown to participants as a link and written into
// calendars: only web addresses are taken.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";

let t: TestApp;
let trainer: TestSession;
let cohortId: string;

beforeAll(async () => {
  t = await createTestApp();
  trainer = await t.signIn("kurs@oldenburg.example");
  const res = await trainer.gql(`{ cohorts(first: 1, filter: { taughtByMe: true }) { edges { node { id } } } }`);
  cohortId = (res.data as { cohorts: { edges: { node: { id: string } }[] } }).cohorts.edges[0]!.node.id;
});
afterAll(async () => {
  await t?.close();
});

const addSession = (onlineUrl: string) =>
  trainer.gql(
    `mutation($cohortId: ID!, $input: CohortSessionInput!) { addCohortSession(cohortId: $cohortId, input: $input) { __typename ... on MutationAddCohortSessionSuccess { data { onlineUrl } } ... on Error { code field } } }`,
    { cohortId, input: { startsAt: new Date(Date.now() + 86_400_000).toISOString(), endsAt: new Date(Date.now() + 90_000_000).toISOString(), topic: "Online-Termin", onlineUrl } },
  );

describe("online links of sessions", () => {
  it("takes https and http addresses", async () => {
    expect((await addSession("https://meet.example.org/lotse")).data).toEqual({ addCohortSession: { __typename: "MutationAddCohortSessionSuccess", data: { onlineUrl: "https://meet.example.org/lotse" } } });
  });

  it("refuses script and data addresses, naming the field, and adds nothing", async () => {
    const count = async () => (await trainer.gql(`query($id: ID!) { cohort(id: $id) { sessions { id } } }`, { id: cohortId })).data as { cohort: { sessions: unknown[] } };
    const before = (await count()).cohort.sessions.length;
    for (const url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://example.org/x"]) {
      const res = await addSession(url);
      expect(res.data).toEqual({ addCohortSession: { __typename: "ValidationError", code: "VALIDATION", field: "onlineUrl" } });
    }
    expect((await count()).cohort.sessions.length).toBe(before);
  });
});

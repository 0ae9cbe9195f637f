// An API instance answers from its own copy of a caller's viewer for a few
// seconds (db/viewer-cache.ts). What a user must never notice: a signed-out or
// revoked session still let in, or a role or membership taken away still
// honoured. Each test first makes a request so that the copy is there, then
// changes something, then checks the very next request. A second instance on
// the same PostgreSQL database hears of the change through LISTEN/NOTIFY.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../app.ts";
import { openDatabase, type Database } from "../../db/open.ts";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { describeOnPostgres } from "../../testing/postgres-only.ts";

const Me = `query { me { roles organization { name } } }`;
const Users = `query($search: String) { users(first: 5, filter: { search: $search }) { edges { node { id } } } }`;
const SetRoles = `mutation($userId: ID!, $roles: [Role!]!) { setUserRoles(userId: $userId, roles: $roles) { __typename ... on Error { code } } }`;
const Deactivate = `mutation($userId: ID!) { deactivateUser(userId: $userId) { __typename ... on Error { code } } }`;
const SignOut = `mutation { signOut { __typename } }`;
const ChangePassword = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { __typename ... on Error { code } } }`;

type MeData = { me: { roles: string[]; organization: { name: string } } | null };
type UsersData = { users: { edges: { node: { id: string } }[] } };

async function me(s: TestSession) {
  const res = await s.gql<MeData, Record<string, never>>(Me);
  expect(res.errors).toBeUndefined();
  return res.data!.me;
}

async function userIdOf(admin: TestSession, email: string) {
  const res = await admin.gql<UsersData, { search: string }>(Users, { search: email });
  return res.data!.users.edges[0]!.node.id;
}

describe("a kept viewer on the same instance", () => {
  let t: TestApp;
  let admin: TestSession;
  beforeAll(async () => {
    // A long copy time, so that only the change itself can drop the copy.
    t = await createTestApp({ VIEWER_CACHE_TTL_MS: "60000" });
    admin = await t.signIn("admin@oldenburg.example");
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it("refuses a signed-out session on its next request", async () => {
    const coordinator = await t.signIn("koordination@oldenburg.example");
    expect(await me(coordinator)).not.toBeNull();
    expect((await coordinator.gql<{ signOut: { __typename: string } }, Record<string, never>>(SignOut)).data?.signOut.__typename).toBe("MutationSignOutSuccess");
    expect(await me(coordinator)).toBeNull();
  });

  it("answers with the new roles on the request after a role change, and refuses what the old role allowed", async () => {
    const counsellor = await t.signIn("beratung@oldenburg.example");
    expect((await me(counsellor))!.roles).toEqual(["COUNSELLOR"]);
    const id = await userIdOf(admin, "beratung@oldenburg.example");
    const changed = await admin.gql<{ setUserRoles: { __typename: string } }, { userId: string; roles: string[] }>(SetRoles, { userId: id, roles: ["VOLUNTEER"] });
    expect(changed.data?.setUserRoles.__typename).toBe("MutationSetUserRolesSuccess");
    expect((await me(counsellor))!.roles).toEqual(["VOLUNTEER"]);
    // The admin's own roles were read again too: an admin still.
    expect((await admin.gql<UsersData, { search: string }>(Users, { search: "beratung" })).errors).toBeUndefined();
  });

  it("refuses every session of a user whose password changed, except the one that changed it", async () => {
    const first = await t.signIn("kurs@oldenburg.example");
    const second = await t.signIn("kurs@oldenburg.example");
    expect(await me(first)).not.toBeNull();
    expect(await me(second)).not.toBeNull();
    const res = await first.gql<{ changePassword: { __typename: string } }, { c: string; n: string }>(ChangePassword, { c: "Lotse-Demo-2026!", n: "Ein-ganz-neues-Kennwort-7" });
    expect(res.data?.changePassword.__typename).toBe("MutationChangePasswordSuccess");
    expect(await me(second)).toBeNull();
    expect(await me(first)).not.toBeNull();
  });

  it("refuses a deactivated member on their next request", async () => {
    const volunteer = await t.signIn("lotse@oldenburg.example");
    expect(await me(volunteer)).not.toBeNull();
    const id = await userIdOf(admin, "lotse@oldenburg.example");
    const res = await admin.gql<{ deactivateUser: { __typename: string } }, { userId: string }>(Deactivate, { userId: id });
    expect(res.data?.deactivateUser.__typename).toBe("MutationDeactivateUserSuccess");
    expect(await me(volunteer)).toBeNull();
  });
});

describeOnPostgres("a kept viewer on a second API instance", () => {
  let a: TestApp;
  let second: Database;
  let b: App;
  let admin: TestSession;
  const onB = (s: TestSession): TestSession => ({
    cookie: s.cookie,
    async gql(doc, variables) {
      const res = await b.fetch(
        new Request("http://lotse.test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", "x-lotse-csrf": "1", cookie: s.cookie },
          body: JSON.stringify({ query: doc, variables }),
        }),
      );
      const body = (await res.json()) as { data?: never; errors?: never };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
  });
  /**
   * The announcement travels from the database to B's listening connection
   * while B answers requests in the same process: the test gives it up to a
   * second (the copies are kept for 60), and every request in between is counted.
   */
  async function refusedOnB(s: TestSession) {
    const started = Date.now();
    while ((await me(onB(s))) !== null) {
      if (Date.now() - started > 1_000) throw new Error("instance B still let the session in after 1 s");
      await new Promise((r) => setTimeout(r, 5));
    }
    return Date.now() - started;
  }

  beforeAll(async () => {
    a = await createTestApp({ VIEWER_CACHE_TTL_MS: "60000" });
    // Instance B: its own client, pools, viewer copies and listening connection, as a second process has.
    const logger = createLogger("silent");
    second = await openDatabase({ ...a.config, SEED_DEMO: false }, logger);
    b = createApp({ config: a.config, logger, prisma: second.prisma, direct: second.direct, viewers: second.viewers });
    admin = await a.signIn("admin@oldenburg.example");
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await a?.close();
  });

  it("refuses on B a session signed out through A", async () => {
    const coordinator = await a.signIn("koordination@oldenburg.example");
    expect(await me(onB(coordinator))).not.toBeNull();
    await coordinator.gql(SignOut);
    expect(await refusedOnB(coordinator)).toBeLessThan(1_000);
  });

  it("answers on B with the roles an admin set through A", async () => {
    const counsellor = await a.signIn("beratung@oldenburg.example");
    expect((await me(onB(counsellor)))!.roles).toEqual(["COUNSELLOR"]);
    const id = await userIdOf(admin, "beratung@oldenburg.example");
    await admin.gql(SetRoles, { userId: id, roles: ["VOLUNTEER"] });
    const started = Date.now();
    while ((await me(onB(counsellor)))!.roles[0] !== "VOLUNTEER") {
      if (Date.now() - started > 1_000) throw new Error("instance B still answered with the old roles after 1 s");
      await new Promise((r) => setTimeout(r, 5));
    }
  });

  it("refuses on B a member deactivated through A", async () => {
    const volunteer = await a.signIn("lotse@oldenburg.example");
    expect(await me(onB(volunteer))).not.toBeNull();
    const id = await userIdOf(admin, "lotse@oldenburg.example");
    await admin.gql(Deactivate, { userId: id });
    expect(await refusedOnB(volunteer)).toBeLessThan(1_000);
  });
});

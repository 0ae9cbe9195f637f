import { graphql } from "@lotse/schema/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { itOnPostgres } from "../../testing/postgres-only.ts";
import { gid } from "../../testing/global-ids.ts";

const Users = graphql(`
  query TestUsers($first: Int, $after: String, $filter: UsersFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id email name roles status } }
    }
  }
`);
const InviteUser = graphql(`
  mutation TestInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      __typename
      ... on MutationInviteUserSuccess { data { id email roles status } }
      ... on Error { code field message }
    }
  }
`);
const SetUserRoles = graphql(`
  mutation TestSetUserRoles($userId: ID!, $roles: [Role!]!) {
    setUserRoles(userId: $userId, roles: $roles) {
      __typename
      ... on MutationSetUserRolesSuccess { data { id roles } }
      ... on Error { code field }
    }
  }
`);
const DeactivateUser = graphql(`
  mutation TestDeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      __typename
      ... on MutationDeactivateUserSuccess { data { status } }
      ... on Error { code field }
    }
  }
`);
const ReactivateUser = graphql(`
  mutation TestReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) { __typename ... on MutationReactivateUserSuccess { data { status } } }
  }
`);
const ResetPassword = graphql(`
  mutation TestAcceptInvitation($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) { __typename ... on Error { code } }
  }
`);
const MyUser = graphql(`query TestMyUser { me { user { id } } }`);
const MyAccount = graphql(`query TestMyAccount { me { roles user { id name email locale roles status createdAt } } }`);
const SetMyLocaleForMe = graphql(`
  mutation TestSetMyLocaleForMe($locale: Locale!) {
    setMyLocale(locale: $locale) { __typename ... on MutationSetMyLocaleSuccess { data { locale } } }
  }
`);

let t: TestApp;
let admin: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn("admin@oldenburg.example");
});
afterAll(async () => {
  await t?.close();
});

async function userId(email: string, session = admin) {
  const res = await session.gql(Users, { filter: { search: email } });
  const node = res.data?.users.edges[0]?.node;
  if (!node) throw new Error(`${email} not listed`);
  return node.id;
}

describe("user administration", () => {
  it("shows the caller's own account in me as the people list shows it, a changed language from the next request on", async () => {
    // me.user is answered from the row the session lookup read; the list reads the database.
    const coordinator = await t.signIn("koordination@oldenburg.example");
    for (const [session, email] of [[admin, "admin@oldenburg.example"], [coordinator, "koordination@oldenburg.example"]] as const) {
      const me = (await session.gql(MyAccount)).data!.me!;
      const listed = (await admin.gql(Users, { filter: { search: email } })).data!.users.edges[0]!.node;
      expect(me.user).toMatchObject({ id: listed.id, name: listed.name, email: listed.email, roles: listed.roles, status: listed.status, locale: "DE" });
      expect(me.user.roles).toEqual(me.roles);
      expect(Date.parse(me.user.createdAt)).not.toBeNaN();
    }
    expect((await coordinator.gql(SetMyLocaleForMe, { locale: "EN" })).data?.setMyLocale.__typename).toBe("MutationSetMyLocaleSuccess");
    expect((await coordinator.gql(MyAccount)).data?.me?.user.locale).toBe("EN");
    await coordinator.gql(SetMyLocaleForMe, { locale: "DE" });
    expect((await coordinator.gql(MyAccount)).data?.me?.user.locale).toBe("DE");
  });

  it("lists only the organisation's people, paginated, with filters", async () => {
    const page1 = await admin.gql(Users, { first: 2 });
    expect(page1.data?.users.totalCount).toBe(5);
    expect(page1.data?.users.edges).toHaveLength(2);
    expect(page1.data?.users.pageInfo.hasNextPage).toBe(true);
    const rest = await admin.gql(Users, { first: 10, after: page1.data!.users.pageInfo.endCursor });
    const emails = [...page1.data!.users.edges, ...rest.data!.users.edges].map((e) => e.node.email);
    expect(new Set(emails).size).toBe(5);
    expect(emails).not.toContain("koordination@osnabrueck.example");

    const trainers = await admin.gql(Users, { filter: { role: "TRAINER" } });
    expect(trainers.data?.users.edges.map((e) => e.node.email)).toEqual(["kurs@oldenburg.example"]);
    const search = await admin.gql(Users, { filter: { search: "LEYLA" } });
    expect(search.data?.users.edges.map((e) => e.node.email)).toEqual(["lotse@oldenburg.example"]);
  });

  it("refuses the list to anyone but an admin", async () => {
    const coordinator = await t.signIn("koordination@oldenburg.example");
    const res = await coordinator.gql(Users, {});
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await t.anonymous.gql(Users, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("invites a new person by email; the link sets their password and they can sign in", async () => {
    const res = await admin.gql(InviteUser, { input: { email: "Neu@Oldenburg.example", name: "Nora Neu", roles: ["COORDINATOR", "TRAINER"] } });
    expect(res.data?.inviteUser).toMatchObject({
      __typename: "MutationInviteUserSuccess",
      data: { email: "neu@oldenburg.example", roles: ["COORDINATOR", "TRAINER"], status: "INVITED" },
    });
    const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: "neu@oldenburg.example" } });
    expect(mail.subject).toContain("Einladung");
    const token = decodeURIComponent(/token=([^&\s]+)/.exec(mail.textBody)![1]!);
    const accepted = await t.anonymous.gql(ResetPassword, { token, password: "Meine-Einladung-2026" });
    expect(accepted.data?.resetPassword.__typename).toBe("MutationResetPasswordSuccess");
    const nora = await t.signIn("neu@oldenburg.example", "Meine-Einladung-2026");
    expect((await nora.gql(MyUser)).data?.me?.user.id).toBeTruthy();
    const listed = await admin.gql(Users, { filter: { search: "neu@" } });
    expect(listed.data?.users.edges[0]?.node.status).toBe("ACTIVE");
  });

  it("refuses to invite a member twice or with no role, naming the field", async () => {
    const twice = await admin.gql(InviteUser, { input: { email: "kurs@oldenburg.example", name: "Karl", roles: ["TRAINER"] } });
    expect(twice.data?.inviteUser).toMatchObject({ code: "CONFLICT", field: "email" });
    const noRole = await admin.gql(InviteUser, { input: { email: "x@oldenburg.example", name: "X", roles: [] } });
    expect(noRole.data?.inviteUser).toMatchObject({ code: "VALIDATION", field: "roles" });
    const badEmail = await admin.gql(InviteUser, { input: { email: "kaputt", name: "X", roles: ["VOLUNTEER"] } });
    expect(badEmail.data?.inviteUser).toMatchObject({ __typename: "ValidationError", field: "email" });
    expect(await t.db.prisma.user.count({ where: { email: { in: ["x@oldenburg.example", "kaputt"] } } })).toBe(0);
  });

  // Issue 8: a membership in a further organisation waits for the account owner's acceptance
  // (before, it was active at once); their password stays as it is.
  it("adds a person who already uses Lotse elsewhere once they accept, without a new password", async () => {
    const res = await admin.gql(InviteUser, { input: { email: "koordination@osnabrueck.example", name: "Oskar", roles: ["VOLUNTEER"] } });
    expect(res.data?.inviteUser).toMatchObject({ data: { status: "INVITED", roles: ["VOLUNTEER"] } });
    const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: "koordination@osnabrueck.example" }, orderBy: { createdAt: "desc" } });
    expect(mail.textBody).not.toContain("/reset-password");
    const token = decodeURIComponent(/accept-invitation\?token=([^&\s]+)/.exec(mail.textBody)![1]!);
    const accepted = await t.anonymous.gql(`mutation($token: String!) { acceptInvitation(token: $token) { __typename } }`, { token });
    expect(accepted.data).toEqual({ acceptInvitation: { __typename: "MutationAcceptInvitationSuccess" } });
    const listed = await admin.gql(Users, { filter: { search: "koordination@osnabrueck" } });
    expect(listed.data?.users.edges[0]?.node).toMatchObject({ status: "ACTIVE", roles: ["VOLUNTEER"] });
    await t.signIn("koordination@osnabrueck.example");
  });

  it("sets roles and records who did it in the audit log", async () => {
    const id = await userId("beratung@oldenburg.example");
    const res = await admin.gql(SetUserRoles, { userId: id, roles: ["COUNSELLOR", "VOLUNTEER"] });
    expect(res.data?.setUserRoles).toMatchObject({ data: { roles: ["COUNSELLOR", "VOLUNTEER"] } });
    const entry = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: "user.rolesChanged" }, orderBy: { id: "desc" } });
    expect(entry.changes).toEqual({ from: ["COUNSELLOR"], to: ["COUNSELLOR", "VOLUNTEER"] });
  });

  it("writes and audits nothing when the roles or the active state are set to what they are", async () => {
    const id = await userId("beratung@oldenburg.example");
    const membership = await t.db.prisma.membership.findFirstOrThrow({ where: { user: { email: "beratung@oldenburg.example" }, organization: { slug: "oldenburg" } } });
    const entries = () => t.db.prisma.auditLog.count({ where: { entityType: "Membership", entityId: membership.id } });
    const before = await entries();
    const same = await admin.gql(SetUserRoles, { userId: id, roles: ["VOLUNTEER", "COUNSELLOR"] });
    expect(same.data?.setUserRoles).toMatchObject({ data: { roles: ["COUNSELLOR", "VOLUNTEER"] } });
    expect(await admin.gql(ReactivateUser, { userId: id })).toMatchObject({ data: { reactivateUser: { __typename: "MutationReactivateUserSuccess" } } });
    expect(await entries()).toBe(before);
    const stored = await t.db.prisma.membership.findUniqueOrThrow({ where: { id: membership.id } });
    expect(stored.updatedAt).toEqual(membership.updatedAt);

    const session = await t.signIn("beratung@oldenburg.example");
    await admin.gql(DeactivateUser, { userId: id });
    await admin.gql(DeactivateUser, { userId: id });
    expect(await t.db.prisma.auditLog.count({ where: { entityType: "Membership", entityId: membership.id, action: "user.deactivated" } })).toBe(1);
    expect((await session.gql(MyUser)).data?.me).toBeNull();
    await admin.gql(ReactivateUser, { userId: id });
    expect(await entries()).toBe(before + 2);
  });

  it("keeps at least one admin and never lets admins lock themselves out", async () => {
    const self = (await admin.gql(MyUser)).data!.me!.user.id;
    const drop = await admin.gql(SetUserRoles, { userId: self, roles: ["COORDINATOR"] });
    expect(drop.data?.setUserRoles).toMatchObject({ code: "CONFLICT", field: "roles" });
    const deactivate = await admin.gql(DeactivateUser, { userId: self });
    expect(deactivate.data?.deactivateUser).toMatchObject({ code: "CONFLICT", field: "userId" });
  });

  it("deactivates a person: their sessions end and they cannot sign in; reactivation restores access", async () => {
    const volunteer = await t.signIn("lotse@oldenburg.example");
    const id = await userId("lotse@oldenburg.example");
    const res = await admin.gql(DeactivateUser, { userId: id });
    expect(res.data?.deactivateUser).toMatchObject({ data: { status: "DEACTIVATED" } });
    expect((await volunteer.gql(MyUser)).data?.me).toBeNull();
    await expect(t.signIn("lotse@oldenburg.example")).rejects.toThrow(/FORBIDDEN/);
    await admin.gql(ReactivateUser, { userId: id });
    await t.signIn("lotse@oldenburg.example");
  });

  itOnPostgres("never lets two admins deactivate each other at once", async () => {
    const kerstinId = await userId("koordination@oldenburg.example");
    await admin.gql(SetUserRoles, { userId: kerstinId, roles: ["ADMIN", "COORDINATOR"] });
    const kerstin = await t.signIn("koordination@oldenburg.example");
    const annaId = (await admin.gql(MyUser)).data!.me!.user.id;
    const [a, b] = await Promise.all([admin.gql(DeactivateUser, { userId: kerstinId }), kerstin.gql(DeactivateUser, { userId: annaId })]);
    const outcomes = [a, b].map((r) => (r.data?.deactivateUser as { __typename?: string; code?: string } | undefined) ?? { code: String(r.errors?.[0]?.extensions?.code) });
    expect(outcomes.filter((o) => o.__typename === "MutationDeactivateUserSuccess").length).toBeLessThanOrEqual(1);
    const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
    const admins = await t.db.prisma.membership.count({ where: { organizationId: org.id, active: true, roles: { some: { role: "ADMIN" } } } });
    expect(admins).toBeGreaterThanOrEqual(1);
    await t.db.prisma.membership.updateMany({ where: { organizationId: org.id }, data: { active: true } });
    await t.db.prisma.membershipRole.deleteMany({ where: { role: "ADMIN", membership: { user: { email: "koordination@oldenburg.example" } } } });
    // Whichever admin lost the race had their sessions ended; the later tests need a live one.
    admin = await t.signIn("admin@oldenburg.example");
  });

  it("answers a mutation that selects only __typename without failing the write", async () => {
    const id = await userId("kurs@oldenburg.example");
    const res = await admin.gql(`mutation($id: ID!) { setUserRoles(userId: $id, roles: [TRAINER]) { __typename ... on MutationSetUserRolesSuccess { __typename } } }`, { id });
    expect(res.errors).toBeUndefined();
    expect((res.data as { setUserRoles: { __typename: string } }).setUserRoles.__typename).toBe("MutationSetUserRolesSuccess");
  });

  it("shows a person's account through node(id) only to themself and admins, and no other organisation", async () => {
    const kerstinId = await userId("koordination@oldenburg.example");
    const volunteer = await t.signIn("lotse@oldenburg.example");
    const res = await volunteer.gql(`query($id: ID!) { node(id: $id) { ... on User { email } } }`, { id: kerstinId });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const osna = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "osnabrueck" } });
    const orgRes = await volunteer.gql(`query($id: ID!) { node(id: $id) { ... on Organization { name } } }`, { id: gid("Organization", osna.id) });
    expect(orgRes.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("cannot touch a person of another organisation, and changes nothing trying", async () => {
    const osnaAdmin = await t.signIn("koordination@osnabrueck.example");
    const foreignId = (await osnaAdmin.gql(MyUser)).data!.me!.user.id;
    const roles = await admin.gql(SetUserRoles, { userId: foreignId, roles: ["ADMIN"] });
    expect(roles.data?.setUserRoles).toMatchObject({ code: "NOT_FOUND", field: "userId" });
    const off = await admin.gql(DeactivateUser, { userId: foreignId });
    expect(off.data?.deactivateUser).toMatchObject({ code: "NOT_FOUND" });
    const row = await t.db.prisma.membership.findFirstOrThrow({
      where: { user: { email: "koordination@osnabrueck.example" }, organization: { slug: "osnabrueck" } },
      include: { roles: true },
    });
    expect(row.roles.map((r) => r.role)).toEqual(["COORDINATOR"]);
    expect(row.active).toBe(true);
  });
});

// Invitations cannot be hijacked: an account whose address was never verified
// does not own that address, a further organisation's membership needs the
// account owner's acceptance, and the inviting admin learns nothing about an
// account another organisation knows.
import { tokenIn } from "@lotse/testing/mail";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { itOnPostgres } from "../../testing/postgres-only.ts";
import { gid } from "../../testing/global-ids.ts";

const INVITE = `mutation($i: InviteUserInput!) { inviteUser(input: $i) { __typename ... on MutationInviteUserSuccess { data { email name roles status locale } } ... on Error { code field } } }`;
const REGISTER = `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { __typename ... on Error { code field } } }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { __typename ... on Error { code } } }`;
const ACCEPT = `mutation($token: String!) { acceptInvitation(token: $token) { __typename ... on Error { code field } } }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { __typename ... on Error { code } } }`;
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { __typename ... on Error { code } } }`;
const ME = `{ me { organization { slug } memberships { organization { slug } } } }`;
const SWITCH = `mutation($id: ID!) { switchOrganization(organizationId: $id) { __typename ... on Error { code } } }`;
const USERS = `query($s: String!) { users(filter: { search: $s }) { edges { node { email name status } } } }`;

let t: TestApp;
let osnaAdmin: TestSession;
let osnaId: string;

beforeAll(async () => {
  t = await createTestApp();
  // The demo admin also administers Landkreis Osnabrück: invitations there go to people of Oldenburg.
  osnaAdmin = await t.signIn("admin@oldenburg.example");
  const osna = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "osnabrueck" } });
  osnaId = gid("Organization", osna.id);
  await osnaAdmin.gql(SWITCH, { id: osnaId });
});
afterAll(async () => {
  await t?.close();
});

/** The newest mail to the address and the token of its link (the set-password or the accept link). */
async function linkMailedTo(email: string) {
  const mail = await t.lotse.mailbox.newestTo(email);
  const path = mail.text.includes("/accept-invitation?") ? "/accept-invitation" : mail.text.includes("/reset-password?") ? "/reset-password" : "/verify-email";
  return { mail: { textBody: mail.text }, token: tokenIn(mail, path) };
}

const signIn = async (email: string, password: string) => ((await t.anonymous.gql(SIGN_IN, { i: { email, password } })).data as { signIn: { __typename: string; code?: string } }).signIn;

async function registerAs(email: string, password: string, name: string) {
  const options = (await t.anonymous.gql(`{ signUpOptions(organizationSlug: "oldenburg") { consent { version } } }`)).data as { signUpOptions: { consent: { version: number } } };
  const res = await t.anonymous.gql(REGISTER, {
    input: {
      organizationSlug: "oldenburg", name, email, password, germanLevel: "B2", languages: [], topicIds: [], availability: [],
      maxTandems: 1, offersInterpreting: false, consent: true, consentVersion: options.signUpOptions.consent.version,
    },
  });
  expect(res.data).toEqual({ registerVolunteer: { __typename: "MutationRegisterVolunteerSuccess" } });
}

describe("pre-registration takeover", () => {
  it("an invitation to an unverified account lets the address's owner set their own password and shuts the earlier one out", async () => {
    const victim = "olga@example.org";
    // The attacker signs up with the victim's address and their own password; the address stays unverified.
    await registerAs(victim, "Angreifer-Passwort-1", "Angreifer");
    const { token: oldVerification } = await linkMailedTo(victim);

    const invited = await osnaAdmin.gql(INVITE, { i: { email: victim, name: "Olga Opfer", roles: ["COORDINATOR"] } });
    expect(invited.data).toEqual({
      inviteUser: { __typename: "MutationInviteUserSuccess", data: { email: victim, name: "Olga Opfer", roles: ["COORDINATOR"], status: "INVITED", locale: "DE" } },
    });
    const { mail, token } = await linkMailedTo(victim);
    expect(mail.textBody).toContain("/reset-password?token=");
    expect(mail.textBody).toContain("Hallo Olga Opfer");

    // The owner clicks the old verification mail too: it no longer verifies anything.
    expect(((await t.anonymous.gql(VERIFY, { token: oldVerification })).data as { verifyEmail: { code?: string } }).verifyEmail.code).toBe("INVALID_TOKEN");
    expect(await signIn(victim, "Angreifer-Passwort-1")).toMatchObject({ code: "INVALID_CREDENTIALS" });

    expect((await t.anonymous.gql(RESET, { token, password: "Olgas-eigenes-Passwort" })).data).toEqual({ resetPassword: { __typename: "MutationResetPasswordSuccess" } });
    // Setting the password from the invitation accepted the membership, once, with its audit entry.
    const membership = await t.db.prisma.membership.findFirstOrThrow({ where: { user: { email: victim }, organization: { slug: "osnabrueck" } } });
    expect(membership.acceptedAt).not.toBeNull();
    expect(await t.db.prisma.auditLog.count({ where: { entityType: "Membership", entityId: membership.id, action: "user.invitationAccepted" } })).toBe(1);
    expect(await signIn(victim, "Angreifer-Passwort-1")).toMatchObject({ code: "INVALID_CREDENTIALS" });
    const olga = await t.signIn(victim, "Olgas-eigenes-Passwort");
    const me = (await olga.gql(ME)).data as { me: { memberships: { organization: { slug: string } }[] } };
    expect(me.me.memberships.map((m) => m.organization.slug)).toContain("osnabrueck");
  });

  it("refuses an invitation's set-password link whose membership is no longer open, and changes nothing", async () => {
    const email = "zurueckgezogen@example.org";
    await osnaAdmin.gql(INVITE, { i: { email, name: "Zora Zurück", roles: ["VOLUNTEER"] } });
    const { token } = await linkMailedTo(email);
    // The invitation is withdrawn before the link is used (its membership is gone).
    const membership = await t.db.prisma.membership.findFirstOrThrow({ where: { user: { email }, organization: { slug: "osnabrueck" } } });
    await t.db.prisma.membership.delete({ where: { id: membership.id } });
    expect(((await t.anonymous.gql(RESET, { token, password: "Zoras-eigenes-Passwort" })).data as { resetPassword: { code?: string } }).resetPassword.code).toBe("INVALID_TOKEN");
    // Nothing happened: no password, the link not used up, no acceptance audited.
    expect(await signIn(email, "Zoras-eigenes-Passwort")).toMatchObject({ code: "INVALID_CREDENTIALS" });
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email }, include: { credential: true } });
    expect(user.credential).toBeNull();
    expect(user.emailVerifiedAt).toBeNull();
    expect(await t.db.prisma.auditLog.count({ where: { entityId: membership.id, action: "user.invitationAccepted" } })).toBe(0);
  });

  it("answers the inviting admin the same for an address known elsewhere as for a new one", async () => {
    const fresh = await osnaAdmin.gql(INVITE, { i: { email: "ganz-neu@example.org", name: "Nina Neu", roles: ["VOLUNTEER"] } });
    const known = await osnaAdmin.gql(INVITE, { i: { email: "lotse@oldenburg.example", name: "Nina Neu", roles: ["VOLUNTEER"] } });
    const shape = (r: typeof fresh) => {
      const { email: _email, ...rest } = (r.data as { inviteUser: { data: { email: string } } }).inviteUser.data;
      return rest;
    };
    expect(shape(known)).toEqual(shape(fresh));
    expect(shape(known)).toEqual({ name: "Nina Neu", roles: ["VOLUNTEER"], status: "INVITED", locale: "DE" });
    const listed = (await osnaAdmin.gql(USERS, { s: "lotse@oldenburg" })).data as { users: { edges: { node: unknown }[] } };
    expect(listed.users.edges.map((e) => e.node)).toEqual([{ email: "lotse@oldenburg.example", name: "Nina Neu", status: "INVITED" }]);
  });
});

describe("membership in a further organisation", () => {
  it("grants nothing until the account owner accepts it by the emailed link", async () => {
    const email = "kurs@oldenburg.example";
    await osnaAdmin.gql(INVITE, { i: { email, name: "Karl", roles: ["TRAINER"] } });
    const { mail, token } = await linkMailedTo(email);
    expect(mail.textBody).toContain("/accept-invitation?token=");

    const karl = await t.signIn(email);
    const before = (await karl.gql(ME)).data as { me: { memberships: { organization: { slug: string } }[] } };
    expect(before.me.memberships.map((m) => m.organization.slug)).toEqual(["oldenburg"]);
    expect(((await karl.gql(SWITCH, { id: osnaId })).data as { switchOrganization: { code?: string } }).switchOrganization.code).toBe("NOT_FOUND");

    expect((await t.anonymous.gql(ACCEPT, { token: "not-a-token" })).data).toEqual({ acceptInvitation: { __typename: "DomainError", code: "INVALID_TOKEN", field: "token" } });
    expect((await t.anonymous.gql(ACCEPT, { token })).data).toEqual({ acceptInvitation: { __typename: "MutationAcceptInvitationSuccess" } });
    // A second click is told the invitation was accepted, and pointed to the sign-in (signed out) or the organisation switch (signed in).
    const again = `mutation($token: String!) { acceptInvitation(token: $token) { __typename ... on Error { code field message } } }`;
    expect((await t.anonymous.gql(again, { token })).data).toEqual({
      acceptInvitation: { __typename: "DomainError", code: "CONFLICT", field: "token", message: "Diese Einladung wurde bereits angenommen. Sie können sich anmelden." },
    });
    expect((await karl.gql(again, { token })).data).toEqual({
      acceptInvitation: { __typename: "DomainError", code: "CONFLICT", field: "token", message: "Diese Einladung wurde bereits angenommen. Sie können oben auf der Seite zu der Organisation wechseln." },
    });
    // Someone without the link learns nothing: a well-formed link we never sent is simply invalid.
    const guessed = Buffer.alloc(32, 7).toString("base64url");
    expect((await t.anonymous.gql(again, { token: guessed })).data).toEqual({
      acceptInvitation: { __typename: "DomainError", code: "INVALID_TOKEN", field: "token", message: "Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet. Bitte fordern Sie einen neuen an." },
    });
    const membership = await t.db.prisma.membership.findFirstOrThrow({ where: { user: { email }, organization: { slug: "osnabrueck" } } });
    expect(await t.db.prisma.auditLog.count({ where: { entityType: "Membership", entityId: membership.id, action: "user.invitationAccepted" } })).toBe(1);
    // The link is no set-password link.
    expect(((await t.anonymous.gql(RESET, { token, password: "Ein-anderes-Passwort" })).data as { resetPassword: { code?: string } }).resetPassword.code).toBe("INVALID_TOKEN");

    expect(((await karl.gql(SWITCH, { id: osnaId })).data as { switchOrganization: { __typename: string } }).switchOrganization.__typename).toBe("MutationSwitchOrganizationSuccess");
    const listed = (await osnaAdmin.gql(USERS, { s: email })).data as { users: { edges: { node: { name: string; status: string } }[] } };
    // Accepted, the organisation sees the person's own name, no longer the one its admin typed.
    const own = await t.db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(listed.users.edges[0]?.node).toMatchObject({ status: "ACTIVE", name: own.name });
    expect(own.name).not.toBe("Karl");
  });

  it("is refused, and stays usable, when someone else is signed in", async () => {
    const email = "koordination@oldenburg.example";
    await osnaAdmin.gql(INVITE, { i: { email, name: "Kerstin", roles: ["COORDINATOR"] } });
    const { token } = await linkMailedTo(email);
    const someoneElse = await t.signIn("lotse@oldenburg.example");
    const refused = (await someoneElse.gql(ACCEPT, { token })).data as { acceptInvitation: { __typename: string; code?: string; field?: string } };
    expect(refused.acceptInvitation).toEqual({ __typename: "DomainError", code: "FORBIDDEN", field: "token" });
    const someoneElsesMemberships = (await someoneElse.gql(ME)).data as { me: { memberships: { organization: { slug: string } }[] } };
    expect(someoneElsesMemberships.me.memberships.map((m) => m.organization.slug)).toEqual(["oldenburg"]);

    const owner = await t.signIn(email);
    expect((await owner.gql(ACCEPT, { token })).data).toEqual({ acceptInvitation: { __typename: "MutationAcceptInvitationSuccess" } });
    expect(((await owner.gql(SWITCH, { id: osnaId })).data as { switchOrganization: { __typename: string } }).switchOrganization.__typename).toBe("MutationSwitchOrganizationSuccess");
  });
});

describe("two clicks on one invitation link at the same moment", () => {
  itOnPostgres("accept the membership once: one success, one \"already accepted\", one audit entry", async () => {
    const oldenburg = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
    for (let round = 0; round < 4; round++) {
      const email = `doppelklick-${round}@oldenburg.example`;
      const user = await t.db.prisma.user.create({ data: { email, name: `Doppel ${round}`, emailVerifiedAt: new Date() } });
      await t.db.prisma.membership.create({ data: { organizationId: oldenburg.id, userId: user.id, acceptedAt: new Date(), roles: { create: [{ role: "TRAINER" }] } } });
      await osnaAdmin.gql(INVITE, { i: { email, name: "Doppel", roles: ["TRAINER"] } });
      const { token } = await linkMailedTo(email);
      const accept = `mutation($token: String!) { acceptInvitation(token: $token) { __typename ... on Error { code field message } } }`;
      type Answer = { acceptInvitation: { __typename: string; code?: string; field?: string; message?: string } };
      const answers = (await Promise.all([t.anonymous.gql<Answer, Record<string, unknown>>(accept, { token }), t.anonymous.gql<Answer, Record<string, unknown>>(accept, { token })])).map(
        (r) => r.data!.acceptInvitation,
      );
      expect(answers.filter((a) => a.__typename === "MutationAcceptInvitationSuccess"), `round ${round}`).toHaveLength(1);
      // The other click read the link as unused and lost the claim, or read it
      // after the first had committed: either way it hears "already accepted".
      const refused = answers.find((a) => a.__typename !== "MutationAcceptInvitationSuccess");
      expect(refused, `round ${round}`).toEqual({ __typename: "DomainError", code: "CONFLICT", field: "token", message: "Diese Einladung wurde bereits angenommen. Sie können sich anmelden." });
      const membership = await t.db.prisma.membership.findFirstOrThrow({ where: { userId: user.id, organization: { slug: "osnabrueck" } } });
      expect(membership.acceptedAt).not.toBeNull();
      expect(await t.db.prisma.auditLog.count({ where: { entityType: "Membership", entityId: membership.id, action: "user.invitationAccepted" } })).toBe(1);
    }
  });
});

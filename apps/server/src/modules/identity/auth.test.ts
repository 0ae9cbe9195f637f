import { graphql } from "@lotse/schema/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingFactory, statementCounter } from "../../../bench/support/statements.ts";
import { createApp } from "../../app.ts";
import { createPrismaClient } from "../../db/client.ts";
import { createLogger } from "../../logger.ts";
import { itOnPostgres } from "../../testing/postgres-only.ts";
import { createTestApp, sessionCookieFrom, type TestApp } from "../../testing/harness.ts";

const SignIn = graphql(`
  mutation TestSignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on MutationSignInSuccess { data { roles user { email name } organization { name } } }
      ... on TooManyAttemptsError { retryAfterSeconds }
      ... on ValidationError { issues { field message } }
      ... on Error { code message field }
    }
  }
`);
const Me = graphql(`query TestMe { me { roles user { email locale } organization { slug } memberships { organization { id slug } roles } } }`);
const SignOut = graphql(`mutation TestSignOut { signOut { __typename } }`);
const RequestReset = graphql(`
  mutation TestRequestReset($email: String!) {
    requestPasswordReset(email: $email) { __typename ... on Error { code field } }
  }
`);
const ResetPassword = graphql(`
  mutation TestResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      __typename
      ... on MutationResetPasswordSuccess { data }
      ... on Error { code message field }
    }
  }
`);
const ChangePassword = graphql(`
  mutation TestChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      __typename
      ... on Error { code field }
    }
  }
`);
const SwitchOrganization = graphql(`
  mutation TestSwitchOrganization($organizationId: ID!) {
    switchOrganization(organizationId: $organizationId) {
      __typename
      ... on MutationSwitchOrganizationSuccess { data { organization { slug } roles } }
      ... on Error { code field }
    }
  }
`);
const SetMyLocale = graphql(`
  mutation TestSetMyLocale($locale: Locale!) {
    setMyLocale(locale: $locale) { __typename ... on MutationSetMyLocaleSuccess { data { locale } } }
  }
`);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function lastMailTo(email: string) {
  return t.db.prisma.outboxMessage.findFirst({ where: { toAddress: email }, orderBy: { createdAt: "desc" } });
}

function tokenFrom(text: string): string {
  const match = /token=([^&\s]+)/.exec(text);
  if (!match) throw new Error(`no token link in mail: ${text}`);
  return decodeURIComponent(match[1]!);
}

describe("sign-in", () => {
  it("signs in with the demo password and sets an HttpOnly, SameSite=Lax session cookie", async () => {
    const res = await t.anonymous.gql(SignIn, { input: { email: "Koordination@Oldenburg.example ", password: "Lotse-Demo-2026!" } });
    expect(res.data?.signIn).toMatchObject({
      __typename: "MutationSignInSuccess",
      data: { roles: ["COORDINATOR"], user: { email: "koordination@oldenburg.example" } },
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("lotse_session="))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // development and test run on plain http
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const wrong = await t.anonymous.gql(SignIn, { input: { email: "kurs@oldenburg.example", password: "falsch-falsch-falsch" } });
    const unknown = await t.anonymous.gql(SignIn, { input: { email: "niemand@oldenburg.example", password: "falsch-falsch-falsch" } });
    expect(wrong.data?.signIn).toEqual(unknown.data?.signIn);
    expect(wrong.data?.signIn).toMatchObject({ __typename: "DomainError", code: "INVALID_CREDENTIALS", field: "password" });
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it("names the field of a malformed email", async () => {
    const res = await t.anonymous.gql(SignIn, { input: { email: "keine-adresse", password: "x" } });
    expect(res.data?.signIn).toMatchObject({ __typename: "ValidationError", code: "VALIDATION", field: "email" });
  });

  it("answers in English when the caller asks for it", async () => {
    const res = await t.request("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "x-lotse-csrf": "1", "accept-language": "en-GB,en;q=0.9" },
      body: JSON.stringify({ query: `mutation { signIn(input: {email: "kurs@oldenburg.example", password: "wrong-password!"}) { ... on Error { message } } }` }),
    });
    const body = await res.json();
    expect(body.data.signIn.message).toBe("Email address or password is wrong.");
  });

  it("throttles an account after repeated failures, even with the right password, and says for how long", async () => {
    const input = { email: "beratung@oldenburg.example", password: "not-the-password" };
    for (let i = 0; i < t.config.SIGNIN_MAX_FAILURES_PER_ACCOUNT_AND_IP; i++) await t.anonymous.gql(SignIn, { input });
    const res = await t.anonymous.gql(SignIn, { input: { ...input, password: "Lotse-Demo-2026!" } });
    expect(res.data?.signIn).toMatchObject({ __typename: "TooManyAttemptsError", code: "TOO_MANY_ATTEMPTS" });
    const r = res.data?.signIn as { retryAfterSeconds: number; message: string };
    expect(r.retryAfterSeconds).toBeGreaterThan(0);
    expect(r.retryAfterSeconds).toBeLessThanOrEqual(t.config.SIGNIN_WINDOW_MINUTES * 60);
    expect(r.message).toMatch(/Minuten/);
  });

  // SIGNIN_MAX_FAILURES_PER_IP (30) sign-ins, each a scrypt check at the tests' cost (config.ts TEST_SCRYPT).
  it("throttles per address across accounts (the address forwarded by the web server on loopback)", async () => {
    const headers = { "content-type": "application/json", "x-lotse-csrf": "1", "x-forwarded-for": "203.0.113.9" };
    const attempt = (email: string) =>
      t.request("/graphql", {
        method: "POST",
        headers,
        body: JSON.stringify({
          query: `mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`,
          variables: { i: { email, password: "wrong-password-123" } },
        }),
      }, "127.0.0.1").then((r) => r.json());
    for (let i = 0; i < t.config.SIGNIN_MAX_FAILURES_PER_IP; i++) await attempt(`probe${i}@example.org`);
    const blocked = await attempt("another@example.org");
    expect(blocked.data.signIn.__typename).toBe("TooManyAttemptsError");
  });
});

describe("session", () => {
  it("me is null when signed out", async () => {
    const res = await t.anonymous.gql(Me);
    expect(res.data?.me).toBeNull();
  });

  it("me shows user, organisation and roles; sign-out revokes the session server-side", async () => {
    const s = await t.signIn("lotse@oldenburg.example");
    const me = await s.gql(Me);
    expect(me.data?.me).toMatchObject({ roles: ["VOLUNTEER"], user: { email: "lotse@oldenburg.example" }, organization: { slug: "oldenburg" } });
    const out = await s.gql(SignOut);
    expect(out.data?.signOut.__typename).toBe("MutationSignOutSuccess");
    expect(out.headers.getSetCookie()[0]).toMatch(/lotse_session=;.*Max-Age=0/);
    // The same cookie replayed after sign-out is worthless.
    expect((await s.gql(Me)).data?.me).toBeNull();
  });

  it("ends a session after the idle lifetime", async () => {
    const s = await t.signIn("kurs@oldenburg.example");
    const idle = t.config.SESSION_IDLE_MINUTES * 60_000 + 1000;
    await t.db.prisma.session.updateMany({ where: { user: { email: "kurs@oldenburg.example" } }, data: { lastSeenAt: new Date(Date.now() - idle) } });
    expect((await s.gql(Me)).data?.me).toBeNull();
  });

  it("keeps the language choice per user", async () => {
    const s = await t.signIn("kurs@oldenburg.example");
    const res = await s.gql(SetMyLocale, { locale: "EN" });
    expect(res.data?.setMyLocale).toMatchObject({ data: { locale: "EN" } });
    const again = await t.signIn("kurs@oldenburg.example");
    expect((await again.gql(Me)).data?.me?.user.locale).toBe("EN");
    await again.gql(SetMyLocale, { locale: "DE" });
  });

  it("switches organisation for a member of two, and refuses one they do not belong to", async () => {
    const admin = await t.signIn("admin@oldenburg.example");
    const me = (await admin.gql(Me)).data!.me!;
    expect(me.memberships.map((m) => m.organization.slug).sort()).toEqual(["oldenburg", "osnabrueck"]);
    const osna = me.memberships.find((m) => m.organization.slug === "osnabrueck")!.organization.id;
    const switched = await admin.gql(SwitchOrganization, { organizationId: osna });
    expect(switched.data?.switchOrganization).toMatchObject({ data: { organization: { slug: "osnabrueck" } } });
    expect((await admin.gql(Me)).data?.me?.organization.slug).toBe("osnabrueck");

    const volunteer = await t.signIn("lotse@oldenburg.example");
    const refused = await volunteer.gql(SwitchOrganization, { organizationId: osna });
    expect(refused.data?.switchOrganization).toMatchObject({ __typename: "DomainError", code: "NOT_FOUND", field: "organizationId" });
    expect((await volunteer.gql(Me)).data?.me?.organization.slug).toBe("oldenburg");
  });
});

describe("password reset", () => {
  it("mails a single-use link that sets a new password and signs out every session", async () => {
    const email = "koordination@osnabrueck.example";
    const before = await t.signIn(email);
    const res = await t.anonymous.gql(RequestReset, { email });
    expect(res.data?.requestPasswordReset.__typename).toBe("MutationRequestPasswordResetSuccess");
    const mail = await lastMailTo(email);
    expect(mail?.subject).toBe("Lotse: Passwort zurücksetzen");
    expect(mail?.textBody).toContain(`${t.config.PUBLIC_URL}/reset-password?token=`);
    const token = tokenFrom(mail!.textBody);

    const weak = await t.anonymous.gql(ResetPassword, { token, password: "kurz" });
    expect(weak.data?.resetPassword).toMatchObject({ code: "WEAK_PASSWORD", field: "password" });
    const common = await t.anonymous.gql(ResetPassword, { token, password: "Password1234" });
    expect(common.data?.resetPassword).toMatchObject({ code: "WEAK_PASSWORD", field: "password" });

    const ok = await t.anonymous.gql(ResetPassword, { token, password: "Neues-Passwort-2026" });
    expect(ok.data?.resetPassword).toEqual({ __typename: "MutationResetPasswordSuccess", data: true });
    expect((await before.gql(Me)).data?.me).toBeNull();

    const reused = await t.anonymous.gql(ResetPassword, { token, password: "Noch-ein-Passwort-2026" });
    expect(reused.data?.resetPassword).toMatchObject({ code: "INVALID_TOKEN", field: "token" });
    await t.signIn(email, "Neues-Passwort-2026");
    await expect(t.signIn(email, "Noch-ein-Passwort-2026")).rejects.toThrow();
  });

  it("refuses an expired link", async () => {
    const email = "beratung@oldenburg.example";
    await t.anonymous.gql(RequestReset, { email });
    const token = tokenFrom((await lastMailTo(email))!.textBody);
    await t.db.prisma.actionToken.updateMany({ where: { user: { email } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await t.anonymous.gql(ResetPassword, { token, password: "Abgelaufen-aber-lang" });
    expect(res.data?.resetPassword).toMatchObject({ code: "INVALID_TOKEN" });
  });

  it("answers an unknown email exactly like a known one and sends nothing", async () => {
    const count = await t.db.prisma.outboxMessage.count();
    const res = await t.anonymous.gql(RequestReset, { email: "unbekannt@example.org" });
    expect(res.data?.requestPasswordReset.__typename).toBe("MutationRequestPasswordResetSuccess");
    expect(await t.db.prisma.outboxMessage.count()).toBe(count);
  });

  it("does the same database work for an unknown address as for a known one, so the answer takes as long", async () => {
    // Every statement the request sends, counted at the driver adapter (what reaches the database).
    const counter = statementCounter();
    const prisma = createPrismaClient(countingFactory(t.db.adapter.factory, counter));
    const app = createApp({ config: t.config, logger: createLogger("silent"), prisma });
    const ask = async (email: string) => {
      counter.log = [];
      const res = await app.fetch(
        new Request("http://lotse.test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", "x-lotse-csrf": "1" },
          body: JSON.stringify({ query: `mutation($e: String!) { requestPasswordReset(email: $e) { __typename } }`, variables: { e: email } }),
        }),
      );
      expect(((await res.json()) as { data: unknown }).data).toEqual({ requestPasswordReset: { __typename: "MutationRequestPasswordResetSuccess" } });
      return counter.log;
    };
    try {
      const mails = await t.db.prisma.outboxMessage.count();
      const known = await ask("beratung@oldenburg.example");
      const unknown = await ask("niemand-bekannt@example.org");
      // One statement each, the same one: no lookup first whose result could take a shorter path.
      expect(known).toHaveLength(1);
      expect(unknown).toEqual(known);
      // The known address got its mail, the unknown one nothing.
      expect(await t.db.prisma.outboxMessage.count()).toBe(mails + 1);
    } finally {
      if (t.db.adapter.kind === "postgres") await prisma.$disconnect();
    }
  });

  itOnPostgres("of two password changes at once from two devices, keeps one and refuses the other", async () => {
    const email = "koordination@oldenburg.example";
    const [a, b] = [await t.signIn(email), await t.signIn(email)];
    const change = (s: typeof a, next: string) =>
      s.gql(`mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { __typename ... on Error { code field } } }`, { c: "Lotse-Demo-2026!", n: next });
    // The loser is refused either way: its current password no longer holds, or,
    // when the winner committed first, the winner's change has already ended
    // every other session (the request then is not signed in).
    const answers = (await Promise.all([change(a, "Geraet-A-Passwort-2026"), change(b, "Geraet-B-Passwort-2026")])).map(
      (r) => (r.data as { changePassword: { __typename: string; code?: string } } | null)?.changePassword ?? { __typename: "Error", code: (r.errors?.[0]?.extensions as { code?: string } | undefined)?.code },
    );
    const won = answers.findIndex((x) => x.__typename === "MutationChangePasswordSuccess");
    expect(won).toBeGreaterThanOrEqual(0);
    expect(["INVALID_CREDENTIALS", "UNAUTHENTICATED"]).toContain(answers[1 - won]!.code);
    // The winner's password is the one that works.
    const winner = won === 0 ? "Geraet-A-Passwort-2026" : "Geraet-B-Passwort-2026";
    const loser = won === 0 ? "Geraet-B-Passwort-2026" : "Geraet-A-Passwort-2026";
    const signIn = (password: string) => t.anonymous.gql(`mutation($i: SignInInput!) { signIn(input: $i) { __typename } }`, { i: { email, password } });
    expect((await signIn(loser)).data).toEqual({ signIn: { __typename: "DomainError" } });
    expect((await signIn(winner)).data).toEqual({ signIn: { __typename: "MutationSignInSuccess" } });
  });

  it("changes the password with the current one and keeps only this device signed in", async () => {
    const email = "kurs@oldenburg.example";
    const other = await t.signIn(email);
    const s = await t.signIn(email);
    const wrong = await s.gql(ChangePassword, { currentPassword: "nicht-richtig-123", newPassword: "Ganz-neues-Passwort-1" });
    expect(wrong.data?.changePassword).toMatchObject({ code: "INVALID_CREDENTIALS", field: "currentPassword" });
    const weak = await s.gql(ChangePassword, { currentPassword: "Lotse-Demo-2026!", newPassword: "123412341234" });
    expect(weak.data?.changePassword).toMatchObject({ code: "WEAK_PASSWORD", field: "newPassword" });
    const ok = await s.gql(ChangePassword, { currentPassword: "Lotse-Demo-2026!", newPassword: "Ganz-neues-Passwort-1" });
    expect(ok.data?.changePassword.__typename).toBe("MutationChangePasswordSuccess");
    expect((await s.gql(Me)).data?.me).not.toBeNull();
    expect((await other.gql(Me)).data?.me).toBeNull();
  });

  it("never stores a cookie or token in clear text", async () => {
    const s = await t.signIn("lotse@oldenburg.example");
    const secret = s.cookie.split("=")[1]!;
    const rows = await t.db.prisma.session.findMany({ select: { tokenHash: true } });
    expect(rows.some((r) => r.tokenHash === secret)).toBe(false);
    expect(sessionCookieFrom(new Headers({ "set-cookie": `lotse_session=${secret}; Path=/` }))).toContain(secret);
  });
});

// Sign-in throttling and the limits on anonymous work, tried as an attacker
// would: bursts, a rotated X-Forwarded-For, callers without an address, a
// guesser trying to lock the owner out, bogus links and a flooded mailbox.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp } from "../../testing/harness.ts";
import { itOnPostgres } from "../../testing/postgres-only.ts";

const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { __typename ... on TooManyAttemptsError { retryAfterSeconds } ... on Error { code } } }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { __typename ... on Error { code message } } }`;
const ME = `{ me { user { email } } }`;
const OWNER = "beratung@oldenburg.example";
const PASSWORD = "Lotse-Demo-2026!";

let t: TestApp;
beforeAll(async () => {
  // Small limits keep the number of real password checks (about 50 ms each) low.
  t = await createTestApp({
    SIGNIN_MAX_FAILURES_PER_ACCOUNT_AND_IP: "3",
    SIGNIN_MAX_FAILURES_PER_ACCOUNT: "6",
    SIGNIN_MAX_FAILURES_PER_IP: "4",
    PASSWORD_HASHES_PER_IP_PER_HOUR: "2",
    SIGNUP_NOTICES_PER_ADDRESS_PER_DAY: "2",
    // Refusals still pause, shorter than the default second, so the file runs in reasonable time.
    ANONYMOUS_REFUSAL_PAUSE_MS: "200",
  });
});
afterAll(async () => {
  await t?.close();
});

interface Sent {
  peer?: string;
  forwardedFor?: string;
  cookie?: string;
}

async function gql(query: string, variables: Record<string, unknown>, via: Sent = {}) {
  const headers: Record<string, string> = { "content-type": "application/json", "x-lotse-csrf": "1" };
  if (via.forwardedFor) headers["x-forwarded-for"] = via.forwardedFor;
  if (via.cookie) headers.cookie = via.cookie;
  const res = await t.request("/graphql", { method: "POST", headers, body: JSON.stringify({ query, variables }) }, via.peer);
  return { res, body: (await res.json()) as { data?: Record<string, { __typename: string; code?: string; message?: string }> } };
}

const signIn = async (email: string, password: string, via: Sent = {}) => (await gql(SIGN_IN, { i: { email, password } }, via)).body.data!.signIn!.__typename;

async function failuresOf(email: string) {
  return t.db.prisma.signInAttempt.count({ where: { email, succeeded: false } });
}

describe("sign-in throttling", () => {
  itOnPostgres("checks at most the limit of 25 simultaneous wrong sign-ins for one account", async () => {
    const email = "burst@example.org";
    const answers = await Promise.all(
      Array.from({ length: 25 }, () => signIn(email, "wrong-password-123", { peer: "127.0.0.1", forwardedFor: "198.51.100.25" })),
    );
    const checked = answers.filter((a) => a === "DomainError").length;
    expect(checked).toBe(3);
    expect(answers.filter((a) => a === "TooManyAttemptsError").length).toBe(22);
    expect(await failuresOf(email)).toBe(3);
  });

  it("ignores X-Forwarded-For from a caller that is not a trusted proxy, so rotating it does not escape the limit", async () => {
    const email = "rotate@example.org";
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) answers.push(await signIn(email, "wrong-password-123", { peer: "198.51.100.7", forwardedFor: `203.0.113.${i}` }));
    expect(answers).toEqual(["DomainError", "DomainError", "DomainError", "TooManyAttemptsError", "TooManyAttemptsError"]);
    const rows = await t.db.prisma.signInAttempt.findMany({ where: { email }, select: { ip: true } });
    expect(new Set(rows.map((r) => r.ip))).toEqual(new Set(["198.51.100.7"]));
  });

  it("believes X-Forwarded-For from the web server on loopback (IPv4-mapped too)", async () => {
    await signIn("forwarded@example.org", "wrong-password-123", { peer: "::ffff:127.0.0.1", forwardedFor: "192.0.2.44" });
    const row = await t.db.prisma.signInAttempt.findFirstOrThrow({ where: { email: "forwarded@example.org" } });
    expect(row.ip).toBe("192.0.2.44");
  });

  it("does not put callers without a known address into one bucket that anyone can fill", async () => {
    // More failures across accounts than the per-address limit (4), all from callers without an address ...
    for (let i = 0; i < 5; i++) expect(await signIn(`nobody${i}@example.org`, "wrong-password-123")).toBe("DomainError");
    // ... and the next such caller is still checked, not refused.
    expect(await signIn("kurs@oldenburg.example", PASSWORD)).toBe("MutationSignInSuccess");
    // A known address with the same failures is paused, as before.
    const spray: string[] = [];
    for (let i = 0; i < 5; i++) spray.push(await signIn(`spray${i}@example.org`, "wrong-password-123", { peer: "198.51.100.9" }));
    expect(spray.slice(-1)).toEqual(["TooManyAttemptsError"]);
  });

  it("keeps the real owner able to sign in while a guesser elsewhere is paused; the slower account limit stops a distributed guess", async () => {
    const guess = (peer: string) => signIn(OWNER, "wrong-password-123", { peer });
    const first = [await guess("198.51.100.1"), await guess("198.51.100.1"), await guess("198.51.100.1"), await guess("198.51.100.1")];
    expect(first).toEqual(["DomainError", "DomainError", "DomainError", "TooManyAttemptsError"]);
    expect(await signIn(OWNER, PASSWORD, { peer: "192.0.2.10" })).toBe("MutationSignInSuccess");
    // The owner's success did not reset the guesser's count.
    expect(await guess("198.51.100.1")).toBe("TooManyAttemptsError");
    // Three more addresses together pass the per-account ceiling (6 failures): then sign-in pauses for everyone.
    await guess("198.51.100.2");
    await guess("198.51.100.2");
    await guess("198.51.100.3");
    expect(await failuresOf(OWNER)).toBe(6);
    expect(await guess("198.51.100.4")).toBe("TooManyAttemptsError");
    expect(await signIn(OWNER, PASSWORD, { peer: "192.0.2.10" })).toBe("TooManyAttemptsError");
  });
});

describe("sessions and links", () => {
  it("revokes the previous session when the same browser signs in again", async () => {
    const first = await t.signIn("lotse@oldenburg.example");
    const { res } = await gql(SIGN_IN, { i: { email: "lotse@oldenburg.example", password: PASSWORD } }, { cookie: first.cookie });
    const second = res.headers.getSetCookie().find((c) => c.startsWith("lotse_session="))!.split(";")[0]!;
    expect(second).not.toBe(first.cookie);
    expect((await first.gql(ME)).data).toEqual({ me: null });
    expect((await gql(ME, {}, { cookie: second })).body.data).toEqual({ me: { user: { email: "lotse@oldenburg.example" } } });
  });

  async function resetLink(email: string) {
    await gql(`mutation($e: String!) { requestPasswordReset(email: $e) { __typename } }`, { e: email });
    const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: email }, orderBy: { createdAt: "desc" } });
    return decodeURIComponent(/token=([^&\s]+)/.exec(mail.textBody)![1]!);
  }

  it("makes every other open reset link unusable once one is used", async () => {
    const email = "koordination@oldenburg.example";
    const a = await resetLink(email);
    const b = await resetLink(email);
    expect(a).not.toBe(b);
    const used = await gql(RESET, { token: b, password: "Erstes-neues-Passwort" });
    expect(used.body.data!.resetPassword!.__typename).toBe("MutationResetPasswordSuccess");
    const other = await gql(RESET, { token: a, password: "Zweites-neues-Passwort" });
    expect(other.body.data!.resetPassword).toMatchObject({ code: "INVALID_TOKEN" });
    expect(await signIn(email, "Erstes-neues-Passwort")).toBe("MutationSignInSuccess");
  });

  it("makes open reset links unusable once the password is changed", async () => {
    const email = "koordination@osnabrueck.example";
    const link = await resetLink(email);
    const s = await t.signIn(email);
    const changed = await s.gql(`mutation { changePassword(currentPassword: "${PASSWORD}", newPassword: "Geaendert-und-sicher-1") { __typename } }`);
    expect(changed.data).toEqual({ changePassword: { __typename: "MutationChangePasswordSuccess" } });
    const late = await gql(RESET, { token: link, password: "Vom-alten-Link-2026" });
    expect(late.body.data!.resetPassword).toMatchObject({ code: "INVALID_TOKEN" });
  });
});

describe("anonymous work that costs a password hash", () => {
  const registration = (email: string, overrides: Record<string, unknown> = {}) => ({
    organizationSlug: "oldenburg",
    name: "Probe",
    email,
    password: "Ehrenamt-macht-Freude",
    germanLevel: "B2",
    languages: [],
    topicIds: [],
    availability: [],
    maxTandems: 1,
    offersInterpreting: false,
    consent: true,
    consentVersion: 1,
    ...overrides,
  });
  const REGISTER = `mutation($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { __typename ... on TooManyAttemptsError { retryAfterSeconds } ... on Error { code field } } }`;
  const register = async (input: Record<string, unknown>, via: Sent = {}) => (await gql(REGISTER, { input }, via)).body.data!.registerVolunteer!;

  it("refuses a malformed reset link without any database work, answered after the refusal pause", async () => {
    const via = { peer: "198.51.100.50" };
    for (let i = 0; i < 6; i++) {
      const started = performance.now();
      const res = await gql(RESET, { token: `bogus-${i}`, password: "Ein-sehr-gutes-Passwort" }, via);
      expect(res.body.data!.resetPassword).toMatchObject({ code: "INVALID_TOKEN" });
      // Answered after the refusal pause (200 ms here), so a looping client cannot ask as fast as the server answers.
      expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    }
    // Not a link we could have sent, so nothing was looked up or counted: two sign-ups still pass, the third is refused.
    expect((await register(registration("hash1@example.org"), via)).__typename).toBe("MutationRegisterVolunteerSuccess");
    expect((await register(registration("hash2@example.org"), via)).__typename).toBe("MutationRegisterVolunteerSuccess");
    const third = await register(registration("hash3@example.org"), via);
    expect(third).toMatchObject({ __typename: "TooManyAttemptsError", code: "TOO_MANY_ATTEMPTS" });
    // Cheap mistakes are still named before the budget is looked at.
    expect(await register(registration("hash4@example.org", { consent: false }), via)).toMatchObject({ code: "VALIDATION", field: "consent" });
    // Another address has its own budget.
    expect((await register(registration("hash5@example.org"), { peer: "198.51.100.51" })).__typename).toBe("MutationRegisterVolunteerSuccess");
  });

  it("counts every well-formed link tried against the address's budget, so random links cannot be tried without limit", async () => {
    const via = { peer: "198.51.100.52" };
    const randomLink = () => randomBytes(32).toString("base64url");
    // A weak password is named at once and costs nothing.
    expect((await gql(RESET, { token: randomLink(), password: "kurz" }, via)).body.data!.resetPassword).toMatchObject({ code: "WEAK_PASSWORD" });
    // Random links of the right shape are looked up, and each spends one of the address's two hashes an hour ...
    for (let i = 0; i < 2; i++) {
      expect((await gql(RESET, { token: randomLink(), password: "Ein-sehr-gutes-Passwort" }, via)).body.data!.resetPassword).toMatchObject({ code: "INVALID_TOKEN" });
    }
    // ... so the third is refused with "too many attempts", after the pause, before any lookup.
    const started = performance.now();
    const refused = await gql(`mutation($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { __typename ... on TooManyAttemptsError { retryAfterSeconds } ... on Error { code } } }`, {
      token: randomLink(),
      password: "Ein-sehr-gutes-Passwort",
    }, via);
    expect(refused.body.data!.resetPassword).toMatchObject({ __typename: "TooManyAttemptsError", code: "TOO_MANY_ATTEMPTS" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    // The address spent its budget on them: a sign-up from it waits for the next hour too.
    expect(await register(registration("after-guessing@example.org"), via)).toMatchObject({ __typename: "TooManyAttemptsError" });
    expect(await t.db.prisma.user.count({ where: { email: "after-guessing@example.org" } })).toBe(0);
    // A real link from another address still works (its budget is its own).
    const email = "admin@oldenburg.example";
    await gql(`mutation($e: String!) { requestPasswordReset(email: $e) { __typename } }`, { e: email });
    const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: email }, orderBy: { createdAt: "desc" } });
    const link = decodeURIComponent(/token=([^&\s]+)/.exec(mail.textBody)![1]!);
    expect((await gql(RESET, { token: link, password: "Kurs-Passwort-neu-2026" }, { peer: "198.51.100.53" })).body.data!.resetPassword.__typename).toBe("MutationResetPasswordSuccess");
  });

  it("counts the budget in the database, so a second API instance on the same database spends from it too", async () => {
    const via = { peer: "198.51.100.60" };
    expect((await register(registration("shared1@example.org"), via)).__typename).toBe("MutationRegisterVolunteerSuccess");
    expect((await register(registration("shared2@example.org"), via)).__typename).toBe("MutationRegisterVolunteerSuccess");
    const second = createApp({ config: t.config, logger: createLogger("silent"), prisma: t.db.prisma });
    const res = await second.fetch(
      new Request("http://lotse.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-lotse-csrf": "1" },
        body: JSON.stringify({ query: REGISTER, variables: { input: registration("shared3@example.org") } }),
      }),
      { req: { socket: { remoteAddress: via.peer } } },
    );
    const body = (await res.json()) as { data: { registerVolunteer: { __typename: string; retryAfterSeconds?: number } } };
    expect(body.data.registerVolunteer.__typename).toBe("TooManyAttemptsError");
    expect(body.data.registerVolunteer.retryAfterSeconds).toBeGreaterThan(0);
    expect(await t.db.prisma.user.count({ where: { email: "shared3@example.org" } })).toBe(0);
  });

  itOnPostgres("lets a burst of simultaneous sign-ups from one address hash no more than the budget", async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => register(registration(`burst-signup${i}@example.org`), { peer: "127.0.0.1", forwardedFor: "198.51.100.61" })),
    );
    expect(answers.filter((a) => a.__typename === "MutationRegisterVolunteerSuccess")).toHaveLength(2);
    expect(answers.filter((a) => a.__typename === "TooManyAttemptsError")).toHaveLength(6);
    expect(await t.db.prisma.user.count({ where: { email: { startsWith: "burst-signup" } } })).toBe(2);
  });

  it("keeps a real sign-in working while anonymous clients flood sign-ups from many addresses", async () => {
    let running = true;
    let sent = 0;
    const seen = new Set<string>();
    const flood = Array.from({ length: 16 }, async (_, client) => {
      for (let i = 0; running; i++) {
        // Each request from another address through the trusted proxy: no per-address budget applies.
        const answer = await register(registration(`flood${client}-${i}@example.org`), { peer: "127.0.0.1", forwardedFor: `10.8.${client}.${i % 250}` });
        seen.add(answer.__typename);
        sent++;
        // A refusal can complete without any I/O in process; over a network the next request comes in a later turn.
        await new Promise((r) => setImmediate(r));
      }
    });
    try {
      for (let i = 0; i < 3; i++) expect(await signIn("lotse@oldenburg.example", PASSWORD, { peer: "192.0.2.77" })).toBe("MutationSignInSuccess");
    } finally {
      running = false;
      await Promise.all(flood);
    }
    expect(sent).toBeGreaterThan(16);
    // Sign-ups either went through or were refused with "try again"; none failed.
    expect([...seen].every((n) => n === "MutationRegisterVolunteerSuccess" || n === "TooManyAttemptsError")).toBe(true);
  });

  it("sends at most a few 'someone used your address' mails per address and day", async () => {
    const email = "kurs@oldenburg.example";
    for (let i = 0; i < 4; i++) {
      expect((await register(registration(email))).__typename).toBe("MutationRegisterVolunteerSuccess");
    }
    const notices = await t.db.prisma.outboxMessage.count({ where: { toAddress: email, subject: { contains: "Anmeldung mit Ihrer" } } });
    expect(notices).toBe(2);
  });
});

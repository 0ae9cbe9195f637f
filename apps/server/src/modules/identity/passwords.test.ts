// The password-hash cost is a setting: production keeps OWASP's scrypt row, the
// test suite runs at the cheapest cost (config.ts testConfig). This file proves
// the production parameters, that a badly chosen cost stops the start, and that
// a hash verifies with the cost it was made at after the setting changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { ConfigError, DEFAULT_SCRYPT_ENV, loadConfig, testConfig } from "../../config.ts";
import { DEMO_PASSWORD } from "../../db/seed.ts";
import { createLogger } from "../../logger.ts";
import { createTestApp, sessionCookieFrom, type TestApp } from "../../testing/harness.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";

const OWASP = { N: 2 ** 14, r: 8, p: 5 };

describe("the cost setting", () => {
  it("is OWASP's scrypt row N=2^14, r=8, p=5 in production and by default", () => {
    expect(loadConfig({ NODE_ENV: "production" }).scrypt).toEqual(OWASP);
    expect(loadConfig({}).scrypt).toEqual(OWASP);
  });

  it("stops the start on a cost that is not a power of two or needs more than 64 MiB", () => {
    expect(() => loadConfig({ PASSWORD_SCRYPT_N: "1000" })).toThrow(/PASSWORD_SCRYPT_N: a power of two/);
    expect(() => loadConfig({ PASSWORD_SCRYPT_N: String(2 ** 17), PASSWORD_SCRYPT_R: "8" })).toThrow(/64 MiB/);
  });

  it("refuses less work than OWASP's row in production, and accepts another row of the same table", () => {
    const production = (env: Record<string, string>) => () => loadConfig({ NODE_ENV: "production", ...env });
    expect(production({ PASSWORD_SCRYPT_N: "16", PASSWORD_SCRYPT_R: "1", PASSWORD_SCRYPT_P: "1" })).toThrow(ConfigError);
    expect(production({ PASSWORD_SCRYPT_P: "4" })).toThrow(/below OWASP's minimum/);
    // Twice the work, but in 4 MiB per hash.
    expect(production({ PASSWORD_SCRYPT_N: String(2 ** 12), PASSWORD_SCRYPT_P: "40" })).toThrow(/below OWASP's minimum/);
    expect(production({ PASSWORD_SCRYPT_N: String(2 ** 16), PASSWORD_SCRYPT_P: "2" })().scrypt).toEqual({ N: 2 ** 16, r: 8, p: 2 });
    // Outside production (development, tests) a low cost is allowed.
    expect(testConfig().scrypt.N).toBeLessThan(OWASP.N);
  });
});

describe("a hash made at one cost", () => {
  it("stores its parameters and verifies only the right password", async () => {
    const hash = await hashPassword("richtig-richtig", { N: 16, r: 1, p: 1 });
    expect(hash).toMatch(/^scrypt\$16\$1\$1\$/);
    expect(await verifyPassword("richtig-richtig", hash)).toBe(true);
    expect(await verifyPassword("falsch-falsch-falsch", hash)).toBe(false);
  });
});

const SignIn = `mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on Error { code } } }`;
const ChangePassword = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { __typename ... on Error { code field } } }`;

describe("after the cost changes", () => {
  // An app at the production cost on a database whose demo hashes were made at the tests' cost,
  // and a second app at the tests' cost on the same database (a restart with another setting).
  let production: TestApp;
  let cheap: ReturnType<typeof createApp>;
  beforeAll(async () => {
    production = await createTestApp({ ...DEFAULT_SCRYPT_ENV });
    cheap = createApp({ config: testConfig(), logger: createLogger("silent"), prisma: production.db.prisma });
  });
  afterAll(async () => {
    await production?.close();
  });

  const post = (app: { fetch: TestApp["app"]["fetch"] }, query: string, variables: Record<string, unknown>, cookie = "") =>
    Promise.resolve(
      app.fetch(
        new Request("http://lotse.test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", "x-lotse-csrf": "1", cookie },
          body: JSON.stringify({ query, variables }),
        }),
        {},
      ),
    );
  const signIn = async (app: { fetch: TestApp["app"]["fetch"] }, password: string) => {
    const res = await post(app, SignIn, { input: { email: "kurs@oldenburg.example", password } });
    const body = (await res.json()) as { data: { signIn: { __typename: string } } };
    return { typename: body.data.signIn.__typename, cookie: body.data.signIn.__typename === "MutationSignInSuccess" ? sessionCookieFrom(res.headers) : "" };
  };
  const storedHash = async () => {
    const user = await production.db.prisma.user.findUniqueOrThrow({ where: { email: "kurs@oldenburg.example" }, include: { credential: true } });
    return user.credential!.hash;
  };

  it("keeps every password valid: new hashes take the new cost, old ones verify at theirs", async () => {
    expect(production.config.scrypt).toEqual(OWASP);
    expect(await storedHash()).toMatch(/^scrypt\$16\$1\$1\$/);

    // A hash made at the tests' cost signs in on the app at the production cost.
    const first = await signIn(production.app, DEMO_PASSWORD);
    expect(first.typename).toBe("MutationSignInSuccess");
    const changed = await post(production.app, ChangePassword, { c: DEMO_PASSWORD, n: "Neues-Passwort-2026" }, first.cookie);
    expect(await changed.json()).toMatchObject({ data: { changePassword: { __typename: "MutationChangePasswordSuccess" } } });
    expect(await storedHash()).toMatch(/^scrypt\$16384\$8\$5\$/);

    // The production-cost hash signs in on the app at the tests' cost, and the other way round.
    expect((await signIn(cheap, "falsch-falsch-falsch")).typename).toBe("DomainError");
    const second = await signIn(cheap, "Neues-Passwort-2026");
    expect(second.typename).toBe("MutationSignInSuccess");
    await post(cheap, ChangePassword, { c: "Neues-Passwort-2026", n: "Drittes-Passwort-2026" }, second.cookie);
    expect(await storedHash()).toMatch(/^scrypt\$16\$1\$1\$/);
    expect((await signIn(production.app, "Drittes-Passwort-2026")).typename).toBe("MutationSignInSuccess");
  });
});

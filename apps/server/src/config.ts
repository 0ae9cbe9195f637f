// Every setting of the API, read once from the environment and validated.
// The README lists each with its default; nothing else reads process.env.
import path from "node:path";
import { z } from "zod";
import { repoRoot } from "./db/migrate/paths.ts";
import { trustedProxyList } from "./http/client-address.ts";

/** scrypt parameters of a password hash (identity/passwords.ts stores them with each hash). */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt row N=2^14, r=8, p=5: the default cost of new password hashes. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 14, r: 8, p: 5 };

/** `DEFAULT_SCRYPT` as settings, for a test config that must hash at the production cost. */
export const DEFAULT_SCRYPT_ENV = {
  PASSWORD_SCRYPT_N: String(DEFAULT_SCRYPT.N),
  PASSWORD_SCRYPT_R: String(DEFAULT_SCRYPT.r),
  PASSWORD_SCRYPT_P: String(DEFAULT_SCRYPT.p),
};

/** Memory one scrypt may use (node:crypto's maxmem); 128·N·r must fit. */
export const SCRYPT_MAX_MEMORY = 64 * 1024 * 1024;

const bool = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .transform((v) => v === "1" || v === "true" || v === "yes");

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().default("127.0.0.1"),
  /** unset: embedded PGlite in LOTSE_DATA_DIR; memory://; or postgres:// */
  DATABASE_URL: z.string().optional(),
  LOTSE_DATA_DIR: z.string().optional(),
  MIGRATE_ON_START: bool.default(true),
  /** PostgreSQL: prepare each distinct statement once per connection; 0 behind PgBouncer in transaction mode. */
  DATABASE_PREPARED_STATEMENTS: bool.default(true),
  SEED_DEMO: bool.default(false),
  /** Which demo data SEED_DEMO loads: `office` (a lively office, db/seed.ts) or `base` (the small seed the tests start from). */
  DEMO_DATA: z.enum(["office", "base"]).default("office"),
  /** Where users reach the web app; used in links inside emails. */
  PUBLIC_URL: z.url().default("http://localhost:3000"),
  /** Origins allowed to send credentials to the API besides PUBLIC_URL. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  /**
   * How long an API instance may answer from its own copy of a session's viewer
   * (db/viewer-cache.ts) before reading it again; a change to a
   * session, account, membership, role or organisation drops the copies at once
   * on every instance, so this only bounds a lost notification. 0: no copies.
   */
  VIEWER_CACHE_TTL_MS: z.coerce.number().int().nonnegative().max(60_000).default(5_000),
  COOKIE_SECURE: bool.optional(),
  PASSWORD_RESET_TTL_MINUTES: z.coerce.number().int().positive().default(60),
  INVITATION_TTL_HOURS: z.coerce.number().int().positive().default(168),
  /** How far back failed sign-ins count; at most a day, the time attempts are kept (identity/retention.service.ts). */
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().positive().max(1440).default(15),
  /** Failures of one account from one address: that address waits, the owner elsewhere does not. */
  SIGNIN_MAX_FAILURES_PER_ACCOUNT_AND_IP: z.coerce.number().int().positive().default(5),
  /** Failures of one account from all addresses together: the slower ceiling against distributed guessing. */
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(50),
  SIGNIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(30),
  /**
   * Addresses (or CIDR ranges) whose X-Forwarded-For is believed: the web server
   * that proxies /graphql. Empty: the header is never believed.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("127.0.0.1,::1")
    .refine((v) => {
      try {
        trustedProxyList(v);
        return true;
      } catch {
        return false;
      }
    }, "a comma-separated list of IP addresses or CIDR ranges"),
  /** Anonymous requests that cost a password hash (sign-up, setting a password by link), per address and hour. */
  PASSWORD_HASHES_PER_IP_PER_HOUR: z.coerce.number().int().positive().default(20),
  /**
   * A refused anonymous request that could have cost a hash (budget spent, hash queue full, a link
   * that is not valid) is answered after this pause: a client looping them costs a request a second.
   */
  ANONYMOUS_REFUSAL_PAUSE_MS: z.coerce.number().int().nonnegative().default(1000),
  /**
   * scrypt cost of new password hashes (OWASP's row N=2^14, r=8, p=5 by default). Every hash
   * stores its own parameters, so raising them later keeps existing passwords valid. Tests run
   * at a low cost (testConfig); production refuses anything below the default's work.
   */
  PASSWORD_SCRYPT_N: z.coerce
    .number()
    .int()
    .min(2)
    .max(2 ** 20)
    .refine((n) => (n & (n - 1)) === 0, "a power of two")
    .default(DEFAULT_SCRYPT.N),
  PASSWORD_SCRYPT_R: z.coerce.number().int().min(1).max(32).default(DEFAULT_SCRYPT.r),
  PASSWORD_SCRYPT_P: z.coerce.number().int().min(1).max(64).default(DEFAULT_SCRYPT.p),
  /** "Someone signed up with your address" mails to one address per day, at most. */
  SIGNUP_NOTICES_PER_ADDRESS_PER_DAY: z.coerce.number().int().nonnegative().default(2),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Lotse <no-reply@lotse.example>"),
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(2000),
  /** How often recurring jobs (expiring waiting-list offers) look for due work. */
  JOB_INTERVAL_MS: z.coerce.number().int().positive().default(30_000),
  /** On SIGTERM, how long requests in progress may take to finish before their connections are cut. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().nonnegative().default(10_000),
  /** Production accepts only the persisted operations the web app ships unless this is set. */
  ALLOW_ARBITRARY_OPERATIONS: bool.default(false),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().default(10),
  GRAPHQL_MAX_COST: z.coerce.number().int().positive().default(5000),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().positive().default(15),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().positive().default(2000),
});

export type Config = z.infer<typeof schema> & {
  dataDir: string;
  /** Parameters of new password hashes (identity/passwords.ts). */
  scrypt: ScryptParams;
  cookieSecure: boolean;
  production: boolean;
};

/** PUBLIC_URL as loadConfig reads it, for the jobs (JobCtx carries no configuration). */
export const publicUrlOf = (env: Record<string, string | undefined> = process.env): string => schema.shape.PUBLIC_URL.parse(env.PUBLIC_URL);

export class ConfigError extends Error {}

/** The work of OWASP's scrypt row N=2^14, r=8, p=5, the production default: N·r·p and memory (128·N·r bytes). */
const PRODUCTION_MIN_SCRYPT_WORK = DEFAULT_SCRYPT.N * DEFAULT_SCRYPT.r * DEFAULT_SCRYPT.p;
const PRODUCTION_MIN_SCRYPT_MEMORY = 128 * 2 ** 13 * 8;

function scryptIssues(c: z.infer<typeof schema>): string[] {
  const { PASSWORD_SCRYPT_N: N, PASSWORD_SCRYPT_R: r, PASSWORD_SCRYPT_P: p } = c;
  const issues: string[] = [];
  if (128 * N * r > SCRYPT_MAX_MEMORY) issues.push(`  PASSWORD_SCRYPT_N: 128·N·r must stay within ${SCRYPT_MAX_MEMORY / 2 ** 20} MiB per hash`);
  if (c.NODE_ENV === "production" && (N * r * p < PRODUCTION_MIN_SCRYPT_WORK || 128 * N * r < PRODUCTION_MIN_SCRYPT_MEMORY)) {
    issues.push("  PASSWORD_SCRYPT_N: below OWASP's minimum for scrypt (N=2^14, r=8, p=5 or as much work and at least 8 MiB); refused in production");
  }
  return issues;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  const issues = scryptIssues(c);
  if (issues.length) throw new ConfigError(`Invalid configuration:\n${issues.join("\n")}`);
  const production = c.NODE_ENV === "production";
  return {
    ...c,
    production,
    dataDir: path.resolve(c.LOTSE_DATA_DIR ?? path.join(repoRoot, ".data")),
    cookieSecure: c.COOKIE_SECURE ?? production,
    scrypt: { N: c.PASSWORD_SCRYPT_N, r: c.PASSWORD_SCRYPT_R, p: c.PASSWORD_SCRYPT_P },
  };
}

/**
 * Password hashes in tests: the cheapest scrypt (about 20 µs instead of 0.2 s CPU), so
 * the suite's sign-ins and sign-ups cost what the rest of the request costs.
 * passwords.test.ts proves the production parameters and that a hash made at one cost
 * verifies at another.
 */
export const TEST_SCRYPT = { PASSWORD_SCRYPT_N: "16", PASSWORD_SCRYPT_R: "1", PASSWORD_SCRYPT_P: "1" } as const;

/** A config for tests: in-memory database, quiet logs, fast defaults (a production config keeps the production cost). */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const scrypt = overrides.NODE_ENV === "production" ? {} : TEST_SCRYPT;
  return loadConfig({ NODE_ENV: "test", DATABASE_URL: "memory://", LOG_LEVEL: "silent", DEMO_DATA: "base", ...scrypt, ...overrides });
}

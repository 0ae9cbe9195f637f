// Password hashing with scrypt from node:crypto (no native add-on to install).
// Parameters follow the OWASP Password Storage Cheat Sheet's scrypt row
// N=2^14, r=8, p=5 (16 MiB per hash), stored with the hash so they can be raised later.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { DomainError } from "../../errors.ts";
import { isCommonPassword } from "./common-passwords.ts";
import { hashGate, type HashLane } from "./hash-gate.ts";

const KEY_LENGTH = 64;
const PARAMS = { N: 2 ** 14, r: 8, p: 5 } as const;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Every scrypt passes the process's hash gate in its lane (anonymous requests wait behind sign-ins). */
function scrypt(lane: HashLane, password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return hashGate.run(
    lane,
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scryptCb(password.normalize("NFKC"), salt, keylen, { ...options, maxmem: 64 * 1024 * 1024 }, (err, key) =>
          err ? reject(err) : resolve(key),
        ),
      ),
  );
}

/** `lane`: "anonymous" for requests nobody signed in to (sign-up, a password set by link); they may be refused as busy. */
export async function hashPassword(password: string, lane: HashLane = "sign-in"): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(lane, password, salt, KEY_LENGTH, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltB64, keyB64] = stored.split("$");
  if (scheme !== "scrypt" || !saltB64 || !keyB64) return false;
  const expected = Buffer.from(keyB64, "base64");
  const actual = await scrypt("sign-in", password, Buffer.from(saltB64, "base64"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}

// Verified against when the email is unknown, so both answers take equally long.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword("lotse-timing-equaliser");
  await verifyPassword(password, await dummyHash);
}

/** Throws WEAK_PASSWORD on `field` when the password breaks the policy. */
export function assertStrongPassword(password: string, field: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new DomainError("WEAK_PASSWORD", "password.tooShort", field, { min: MIN_PASSWORD_LENGTH });
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new DomainError("WEAK_PASSWORD", "password.tooLong", field, { max: MAX_PASSWORD_LENGTH });
  }
  if (isCommonPassword(password)) throw new DomainError("WEAK_PASSWORD", "password.common", field);
}

// Password hashing with scrypt from node:crypto (no native add-on to install).
// The cost of new hashes is a setting (config.ts PASSWORD_SCRYPT_*): by default the OWASP
// Password Storage Cheat Sheet's scrypt row N=2^14, r=8, p=5 (16 MiB per hash). Each hash
// stores its parameters, so a hash verifies with the cost it was made at after the setting changes.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { SCRYPT_MAX_MEMORY, type ScryptParams } from "../../config.ts";
import { DomainError } from "../../errors.ts";
import { isCommonPassword } from "./common-passwords.ts";
import { hashGate, type HashLane } from "./hash-gate.ts";

const KEY_LENGTH = 64;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Every scrypt passes the process's hash gate in its lane (anonymous requests wait behind sign-ins). */
function scrypt(lane: HashLane, password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return hashGate.run(
    lane,
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scryptCb(password.normalize("NFKC"), salt, keylen, { ...options, maxmem: SCRYPT_MAX_MEMORY }, (err, key) =>
          err ? reject(err) : resolve(key),
        ),
      ),
  );
}

/**
 * A new hash at `params` (the configuration's `scrypt`). `lane`: "anonymous" for requests
 * nobody signed in to (sign-up, a password set by link); they may be refused as busy.
 */
export async function hashPassword(password: string, params: ScryptParams, lane: HashLane = "sign-in"): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p } = params;
  const key = await scrypt(lane, password, salt, KEY_LENGTH, { N, r, p });
  return `scrypt$${N}$${r}$${p}$${salt.toString("base64")}$${key.toString("base64")}`;
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

// Verified against when the email is unknown, so both answers take as long as a
// check of a hash made at the current cost. One per cost (tests run apps at several).
const dummyHashes = new Map<string, Promise<string>>();
export async function verifyAgainstDummy(password: string, params: ScryptParams): Promise<void> {
  const key = `${params.N}$${params.r}$${params.p}`;
  let dummy = dummyHashes.get(key);
  if (!dummy) dummyHashes.set(key, (dummy = hashPassword("lotse-timing-equaliser", params)));
  await verifyPassword(password, await dummy);
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

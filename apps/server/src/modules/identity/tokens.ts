// Secrets that travel in cookies or emails are random and stored only as a
// SHA-256 digest, so a database leak cannot be replayed as sessions or links.
import { hash, randomBytes } from "node:crypto";

export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

// crypto.hash (one call, no Hash object) rather than createHash: every request digests its
// session cookie to find its viewer, and the one-shot form is several times cheaper.
export function digest(secret: string): string {
  return hash("sha256", secret, "hex");
}

/** newSecret()'s shape: anything else cannot be a link we sent, and is refused without a database lookup. */
export function isWellFormedSecret(candidate: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(candidate);
}

// Ids in the paths of plain routes (`/certificates/:id.pdf`, …): the Relay
// global ID the API hands out, in whichever base64 flavour a link carries it.
import { decodeGlobalID } from "@pothos/plugin-relay";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The row id in a path segment: a Relay global ID of `typename` in standard
 * base64 or base64url (padded or not, URL-encoded or not), or a bare UUID.
 * Null for anything else, including the global ID of another type.
 */
export function idFromPathSegment(segment: string, typename: string): string | null {
  let raw: string;
  try {
    raw = decodeURIComponent(segment);
  } catch {
    return null;
  }
  if (UUID.test(raw)) return raw.toLowerCase();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(raw)) return null;
  const unpadded = raw.replace(/=+$/, "").replaceAll("-", "+").replaceAll("_", "/");
  if (unpadded.length % 4 === 1) return null;
  const standard = unpadded + "=".repeat((4 - (unpadded.length % 4)) % 4);
  try {
    const decoded = decodeGlobalID(standard);
    return decoded.typename === typename && UUID.test(decoded.id) ? decoded.id.toLowerCase() : null;
  } catch {
    return null;
  }
}

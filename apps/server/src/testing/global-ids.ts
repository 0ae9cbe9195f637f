// Global IDs as the API writes them (Pothos' relay encoding, "Type:uuid" in
// base64), for tests that name a row they read or wrote straight in the database.
import { encodeGlobalID } from "@pothos/plugin-relay";

export const gid = (type: string, id: string) => encodeGlobalID(type, id);
export const rawId = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1]!;

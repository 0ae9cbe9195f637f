// The caller's address, for throttling. X-Forwarded-For is believed only when
// the request comes straight from a trusted proxy (by default the web server
// on loopback, which proxies /graphql); anyone else could write any address
// into the header and escape a per-address limit by rotating it.
import { BlockList, isIP } from "node:net";

/** An address we could not learn (no socket, e.g. an in-process call). Never shared as a throttling bucket. */
export const UNKNOWN_ADDRESS = "unknown";

/** What the Node adapter hands yoga as server context (`req` is the IncomingMessage). */
export interface PeerContext {
  req?: { socket?: { remoteAddress?: string | undefined } | undefined };
}

function normalize(address: string): string {
  // An IPv4 peer on a dual-stack socket shows up as ::ffff:a.b.c.d.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** Parses "127.0.0.1,::1,10.0.0.0/8" into a matcher; throws on a malformed entry (config validation uses it). */
export function trustedProxyList(setting: string): BlockList {
  const list = new BlockList();
  for (const raw of setting.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [address, bits] = raw.split("/");
    const family = isIP(address ?? "");
    if (!family) throw new Error(`not an IP address: ${raw}`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address!, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) throw new Error(`bad prefix: ${raw}`);
      list.addSubnet(address!, prefix, type);
    }
  }
  return list;
}

// Checking an address against a BlockList builds a SocketAddress each time, and every request
// asks about its peer: the answers are kept per list and address (a few proxies and callers).
const answers = new WeakMap<BlockList, Map<string, boolean>>();

function trusted(list: BlockList, address: string): boolean {
  let known = answers.get(list);
  if (!known) answers.set(list, (known = new Map()));
  let answer = known.get(address);
  if (answer === undefined) {
    const family = isIP(address);
    answer = family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
    if (known.size >= 10_000) known.clear();
    known.set(address, answer);
  }
  return answer;
}

export function clientAddress(request: Request, peer: string | undefined, proxies: BlockList): string {
  const direct = peer ? normalize(peer) : undefined;
  if (!direct || !isIP(direct)) return UNKNOWN_ADDRESS;
  if (!trusted(proxies, direct)) return direct;
  // From a trusted proxy: the nearest address in the chain that is not itself a trusted proxy.
  const chain = (request.headers.get("x-forwarded-for") ?? "").split(",").map((s) => normalize(s.trim())).filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = chain[i]!;
    if (!isIP(hop)) return direct; // a garbled header: fall back to what we know for sure
    if (!trusted(proxies, hop)) return hop;
  }
  return chain[0] ?? direct;
}

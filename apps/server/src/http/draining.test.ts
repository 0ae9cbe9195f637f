// The drain step of the shutdown on a plain HTTP server with slow answers:
// requests inside are answered, new connections are refused, a kept-alive
// connection is closed with its answer, and the grace period bounds the wait.
import { createServer, request, Agent, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { makeDrainable } from "./draining.ts";

let server: Server;
let received = 0;

/** Waits until the server has received this many requests (on a busy machine that takes a while). */
async function untilReceived(count: number) {
  while (received < count) await new Promise((r) => setTimeout(r, 5));
}

function start(delayMs: number) {
  received = 0;
  server = createServer((_req, res) => {
    received++;
    setTimeout(() => res.end("done"), delayMs);
  });
  const drainable = makeDrainable(server);
  return new Promise<{ port: number; drainable: typeof drainable }>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ port: (server.address() as AddressInfo).port, drainable })),
  );
}

function get(port: number, agent?: Agent): Promise<{ status: number; body: string; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/", agent }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, body, connection: res.headers.connection }));
    });
    req.on("error", reject);
    req.end();
  });
}

afterEach(() => {
  server.closeAllConnections();
  server.close();
});

describe("makeDrainable", () => {
  it("answers the requests inside, refuses new connections, and resolves when all are done", async () => {
    const { port, drainable } = await start(1_000);
    const inside = [get(port), get(port), get(port)];
    await untilReceived(3);
    const started = Date.now();
    const drained = drainable.drain(5_000);
    expect(drainable.draining).toBe(true);
    await expect(get(port)).rejects.toThrow(/ECONNREFUSED/);
    expect((await Promise.all(inside)).map((r) => r.body)).toEqual(["done", "done", "done"]);
    expect(await drained).toEqual({ unfinished: 0 });
    // Done when the answers were, not at the end of the grace period.
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it("closes a kept-alive connection with the answer to the request in progress on it", async () => {
    const { port, drainable } = await start(200);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await get(port, agent)).connection).toBe("keep-alive");
    const slow = get(port, agent);
    await untilReceived(2);
    const drained = drainable.drain(5_000);
    const answer = await slow;
    expect(answer.body).toBe("done");
    expect(answer.connection).toBe("close");
    expect(await drained).toEqual({ unfinished: 0 });
    agent.destroy();
  });

  it("cuts the connections of requests still running when the grace period ends", async () => {
    const { port, drainable } = await start(10_000);
    const stuck = get(port).catch((error: Error) => error);
    await untilReceived(1);
    const started = Date.now();
    expect(await drainable.drain(300)).toEqual({ unfinished: 1 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(String(await stuck)).toMatch(/socket hang up|ECONNRESET/);
  });

  it("resolves at once when nothing is in progress", async () => {
    const { drainable } = await start(0);
    expect(await drainable.drain(5_000)).toEqual({ unfinished: 0 });
  });
});

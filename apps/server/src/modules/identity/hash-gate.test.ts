// The hash gate's order of play, with hashes that finish when the test says so.
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { TooManyAttemptsError } from "../../errors.ts";
import { HashGate } from "./hash-gate.ts";

/** A stand-in for one scrypt call: records that it started, finishes on `finish()`. */
function pendingHash(started: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<string>((resolve) => (finish = () => resolve(name)));
  return {
    run: () => {
      started.push(name);
      return done;
    },
    finish: () => finish(),
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe("hash gate", () => {
  it("runs one anonymous hash at a time and starts none while a sign-in hash runs", async () => {
    const gate = new HashGate({ anonymousAtOnce: 1, anonymousQueue: 8, anonymousShare: 1 });
    const started: string[] = [];
    const a1 = pendingHash(started, "anonymous 1");
    const a2 = pendingHash(started, "anonymous 2");
    const s1 = pendingHash(started, "sign-in 1");
    const first = gate.run("anonymous", a1.run);
    const second = gate.run("anonymous", a2.run);
    const signIn = gate.run("sign-in", s1.run);
    await tick();
    // The sign-in did not wait behind the anonymous queue; the second anonymous hash waits.
    expect(started).toEqual(["anonymous 1", "sign-in 1"]);
    a1.finish();
    await first;
    await tick();
    // The anonymous slot is free, but a sign-in hash is still running: anonymous work keeps waiting.
    expect(started).toEqual(["anonymous 1", "sign-in 1"]);
    s1.finish();
    await signIn;
    await tick();
    expect(started).toEqual(["anonymous 1", "sign-in 1", "anonymous 2"]);
    a2.finish();
    expect(await second).toBe("anonymous 2");
    expect(gate.load).toEqual({ signIns: 0, anonymous: 0, waiting: 0 });
  });

  it("refuses an anonymous hash at once when the queue is full, and one that waited too long", async () => {
    const gate = new HashGate({ anonymousAtOnce: 1, anonymousQueue: 2, maxWaitMs: 50, anonymousShare: 1 });
    const started: string[] = [];
    const running = pendingHash(started, "running");
    const first = gate.run("anonymous", running.run);
    const queued = [gate.run("anonymous", async () => "q1"), gate.run("anonymous", async () => "q2")];
    await expect(gate.run("anonymous", async () => "over")).rejects.toBeInstanceOf(TooManyAttemptsError);
    // The two in the queue give up after 50 ms, with the same "try again in a moment".
    const outcomes = await Promise.allSettled(queued);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected"]);
    expect((outcomes[0] as PromiseRejectedResult).reason).toMatchObject({ code: "TOO_MANY_ATTEMPTS", messageKey: "error.busy", retryAfterSeconds: 1 });
    running.finish();
    await first;
    expect(gate.load).toEqual({ signIns: 0, anonymous: 0, waiting: 0 });
    // Sign-in hashes are never refused, however many anonymous ones are waiting.
    expect(await gate.run("sign-in", async () => "signed in")).toBe("signed in");
  });

  it("lets the anonymous lane hash for at most its share of the time", async () => {
    // The wait limit is not what this checks: on a loaded CI machine a 40 ms timer fires late, the gate
    // counts that lateness as hashing time and rests in proportion (up to 1 s each), so the third caller
    // could pass 5 s of waiting and be refused. Share and rests are what is asserted below.
    const gate = new HashGate({ anonymousShare: 0.25, maxWaitMs: 60_000 });
    const hash = () => new Promise<number>((r) => setTimeout(() => r(performance.now()), 40));
    const started = performance.now();
    const finished = await Promise.all([gate.run("anonymous", hash), gate.run("anonymous", hash), gate.run("anonymous", hash)]);
    // Three hashes of 40 ms with a rest of three times as long after each of the first two: 40 + 120 + 40 + 120 + 40 ms at least.
    expect(finished[2]! - started).toBeGreaterThanOrEqual(355);
    // A lone caller arriving while the lane rests waits for the rest, and is not refused.
    const lone = performance.now();
    await gate.run("anonymous", hash);
    expect(performance.now() - lone).toBeGreaterThanOrEqual(150);
    // Sign-ins are not held by the anonymous lane's rest.
    const signInStarted = performance.now();
    await gate.run("sign-in", async () => undefined);
    expect(performance.now() - signInStarted).toBeLessThan(100);
  });

  it("frees the slot when an anonymous hash fails", async () => {
    const gate = new HashGate({ anonymousShare: 1 });
    await expect(gate.run("anonymous", () => Promise.reject(new Error("scrypt failed")))).rejects.toThrow("scrypt failed");
    expect(await gate.run("anonymous", async () => "next")).toBe("next");
    expect(gate.load).toEqual({ signIns: 0, anonymous: 0, waiting: 0 });
  });
});

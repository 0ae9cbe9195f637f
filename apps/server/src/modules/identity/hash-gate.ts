// Who may start a password hash when. scrypt runs on libuv's threadpool (four
// threads by default) and keeps a core busy for ~50 ms; without a gate, a
// handful of anonymous clients looping sign-ups could fill the pool and the
// cores, and a real sign-in would wait behind them. So:
//  - sign-in lane (sign-in, password change, the seed): starts at once, never queued;
//  - anonymous lane (public sign-up, setting a password by link): at most
//    `anonymousAtOnce` at a time, only while no sign-in hash is running, and
//    for at most `anonymousShare` of the time (after a hash the lane rests,
//    three times as long as the hash took, at most a second: anonymous hashing
//    takes a quarter of a core, a little more only when hashes are slow); the
//    others wait in a short queue, and a caller who finds it full, or waits
//    too long, is refused with "try again in a second".
// The gate is per process, like the threadpool and the cores it protects;
// the per-address budget (hash-budget.ts) is shared by all API instances.
import { performance } from "node:perf_hooks";
import { BUSY_RETRY_AFTER_SECONDS } from "@lotse/domain/busy";
import { TooManyAttemptsError } from "../../errors.ts";

export type HashLane = "sign-in" | "anonymous";

export interface HashGateOptions {
  anonymousAtOnce?: number;
  /** Anonymous hashes that may wait; one more is refused without waiting. */
  anonymousQueue?: number;
  /** A queued anonymous hash gives up after this long. */
  maxWaitMs?: number;
  /** The share of time the anonymous lane may hash (0 < share ≤ 1). */
  anonymousShare?: number;
  /** The longest rest after one hash, well below maxWaitMs: on a slow machine a lone caller still gets through. */
  maxRestMs?: number;
}

interface Waiter {
  start(): void;
  timer: NodeJS.Timeout;
}

const busy = () => new TooManyAttemptsError(BUSY_RETRY_AFTER_SECONDS, "error.busy");

export class HashGate {
  private signIns = 0;
  private anonymous = 0;
  private readonly waiting: Waiter[] = [];
  private readonly anonymousAtOnce: number;
  private readonly anonymousQueue: number;
  private readonly maxWaitMs: number;
  private readonly anonymousShare: number;
  /** Until when (ms, performance clock) the anonymous lane rests. */
  private restingUntil = 0;
  private restTimer: NodeJS.Timeout | undefined;

  private readonly maxRestMs: number;

  constructor({ anonymousAtOnce = 1, anonymousQueue = 8, maxWaitMs = 5000, anonymousShare = 0.25, maxRestMs = 1000 }: HashGateOptions = {}) {
    this.maxRestMs = maxRestMs;
    this.anonymousAtOnce = anonymousAtOnce;
    this.anonymousQueue = anonymousQueue;
    this.maxWaitMs = maxWaitMs;
    this.anonymousShare = anonymousShare;
  }

  /** Runs `hash` in its lane; an anonymous hash may be refused with TooManyAttemptsError instead. */
  async run<T>(lane: HashLane, hash: () => Promise<T>): Promise<T> {
    if (lane === "sign-in") {
      this.signIns++;
      try {
        return await hash();
      } finally {
        this.signIns--;
        this.pump();
      }
    }
    if (!this.anonymousMayStart() || this.waiting.length > 0) await this.queue();
    else this.anonymous++;
    const started = performance.now();
    try {
      return await hash();
    } finally {
      const took = performance.now() - started;
      this.restingUntil = Math.max(this.restingUntil, performance.now() + Math.min(this.maxRestMs, took * (1 / this.anonymousShare - 1)));
      this.anonymous--;
      this.pump();
    }
  }

  /**
   * Refuses at once an anonymous hash that would be refused anyway (queue
   * full), so the caller spends no budget or database work on it first.
   */
  refuseIfFull(): void {
    if (this.waiting.length >= this.anonymousQueue) throw busy();
  }

  /** What is running and waiting now (for tests). */
  get load() {
    return { signIns: this.signIns, anonymous: this.anonymous, waiting: this.waiting.length };
  }

  private anonymousMayStart() {
    return this.signIns === 0 && this.anonymous < this.anonymousAtOnce && performance.now() >= this.restingUntil;
  }

  /** Resolves when this caller's anonymous hash may start (the slot is taken for it), or refuses. */
  private queue(): Promise<void> {
    if (this.waiting.length >= this.anonymousQueue) return Promise.reject(busy());
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          this.anonymous++;
          resolve();
        },
        timer: setTimeout(() => {
          const i = this.waiting.indexOf(waiter);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(busy());
        }, this.maxWaitMs),
      };
      this.waiting.push(waiter);
      // The lane may only be resting: make sure someone looks again when the rest is over.
      this.pump();
    });
  }

  private pump() {
    while (this.waiting.length > 0 && this.anonymousMayStart()) this.waiting.shift()!.start();
    // Resting: look again when the rest is over (one timer at a time; it never keeps the process alive).
    if (this.waiting.length > 0 && !this.restTimer && performance.now() < this.restingUntil) {
      this.restTimer = setTimeout(() => {
        this.restTimer = undefined;
        this.pump();
      }, this.restingUntil - performance.now());
      this.restTimer.unref();
    }
  }
}

/** The process's gate: one threadpool, one set of cores, one gate. */
export const hashGate = new HashGate();

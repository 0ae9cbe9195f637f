// Anonymous requests that cost a password hash (public sign-up, setting a
// password from a link) are limited per caller address. A hash costs ~50 ms of
// a core, so a handful of clients looping these mutations would otherwise
// starve real sign-ins. The budget lives in this process: what it protects is
// this process's CPU, and it needs no database round trip.
import { TooManyAttemptsError } from "../../errors.ts";
import { UNKNOWN_ADDRESS } from "../../http/client-address.ts";

const HOUR_MS = 3_600_000;
/** Bounds memory under an address-rotating flood; the oldest addresses are forgotten first. */
const MAX_TRACKED_ADDRESSES = 10_000;

export class HashBudget {
  private readonly spent = new Map<string, number[]>();

  constructor(private readonly perHour: number) {}

  /** Spends one hash for `address`, or throws TooManyAttemptsError with the wait. */
  take(address: string, now = Date.now()): void {
    // An in-process caller (tests, scripts) has no address; there is no shared bucket to fill.
    if (address === UNKNOWN_ADDRESS) return;
    const since = now - HOUR_MS;
    const times = (this.spent.get(address) ?? []).filter((t) => t > since);
    if (times.length >= this.perHour) {
      this.spent.set(address, times);
      throw new TooManyAttemptsError(Math.max(1, Math.ceil((times[0]! + HOUR_MS - now) / 1000)), "error.tooManyRequests");
    }
    times.push(now);
    this.spent.delete(address); // re-insert so Map order is least recently used first
    this.spent.set(address, times);
    if (this.spent.size > MAX_TRACKED_ADDRESSES) this.spent.delete(this.spent.keys().next().value!);
  }
}

import { describe, expect, it } from "vitest";
import { BUSY_RETRY_AFTER_SECONDS, isMomentarilyBusy } from "./busy.ts";

describe("isMomentarilyBusy", () => {
  it("is the one-second refusal of the hash gate, not a spent budget or another error", () => {
    expect(isMomentarilyBusy({ code: "TOO_MANY_ATTEMPTS", retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS })).toBe(true);
    expect(isMomentarilyBusy({ code: "TOO_MANY_ATTEMPTS", retryAfterSeconds: 900 })).toBe(false);
    expect(isMomentarilyBusy({ code: "WEAK_PASSWORD" })).toBe(false);
    expect(isMomentarilyBusy({})).toBe(false);
  });
});

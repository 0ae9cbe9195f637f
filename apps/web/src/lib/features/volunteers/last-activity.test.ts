import { describe, expect, it } from "vitest";
import { LAST_ACTIVITY_KEY, recallActivity, rememberActivity } from "./last-activity";

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

describe("last used activity", () => {
  it("remembers the activity and offers it next time", () => {
    const storage = memoryStorage();
    expect(recallActivity(storage, ["a", "b"])).toBe("a");
    rememberActivity(storage, "b");
    expect(storage.map.get(LAST_ACTIVITY_KEY)).toBe("b");
    expect(recallActivity(storage, ["a", "b"])).toBe("b");
  });

  it("ignores an activity that no longer exists and blocked storage", () => {
    const storage = memoryStorage();
    rememberActivity(storage, "gone");
    expect(recallActivity(storage, ["a"])).toBe("a");
    const blocked = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); } };
    expect(() => rememberActivity(blocked, "a")).not.toThrow();
    expect(recallActivity(blocked, ["a"])).toBe("a");
    expect(recallActivity(null, [])).toBe("");
  });
});

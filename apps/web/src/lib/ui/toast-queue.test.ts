import { describe, expect, it } from "vitest";
import { dropToast, MAX_TOASTS, pushToast, type Toast } from "./toast-queue";

const t = (id: number, text = `m${id}`): Toast => ({ id, text, tone: "success" });

describe("toast queue", () => {
  it("keeps the newest last and at most MAX_TOASTS", () => {
    let list: Toast[] = [];
    for (let i = 1; i <= MAX_TOASTS + 2; i++) list = pushToast(list, t(i));
    expect(list.map((x) => x.id)).toEqual([3, 4, 5]);
  });
  it("shows the same text once, as the newest", () => {
    const list = pushToast([t(1, "Gespeichert"), t(2)], t(3, "Gespeichert"));
    expect(list.map((x) => x.id)).toEqual([2, 3]);
  });
  it("drops one by id", () => {
    expect(dropToast([t(1), t(2)], 1).map((x) => x.id)).toEqual([2]);
  });
});

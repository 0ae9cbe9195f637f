import { describe, expect, it } from "vitest";
import { tabAfterKey } from "./tabs";

describe("tab keyboard", () => {
  it("moves with the arrows and wraps", () => {
    expect(tabAfterKey("ArrowRight", 0, 3)).toBe(1);
    expect(tabAfterKey("ArrowRight", 2, 3)).toBe(0);
    expect(tabAfterKey("ArrowLeft", 0, 3)).toBe(2);
  });
  it("mirrors the arrows right to left", () => {
    expect(tabAfterKey("ArrowLeft", 0, 3, true)).toBe(1);
    expect(tabAfterKey("ArrowRight", 0, 3, true)).toBe(2);
  });
  it("goes to the ends with Home and End, ignores other keys", () => {
    expect(tabAfterKey("Home", 2, 3)).toBe(0);
    expect(tabAfterKey("End", 0, 3)).toBe(2);
    expect(tabAfterKey("Enter", 1, 3)).toBeNull();
    expect(tabAfterKey("ArrowRight", 0, 0)).toBeNull();
  });
});

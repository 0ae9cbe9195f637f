import { describe, expect, it } from "vitest";
import { hiddenSides, scrollToShow } from "./subnav-scroll";

describe("a sub-navigation row that scrolls sideways", () => {
  it("hides pills on the right at the start of a left-to-right row, on both sides in between, on the left at its end", () => {
    expect(hiddenSides(0, 900, 330, false)).toEqual({ left: false, right: true });
    expect(hiddenSides(200, 900, 330, false)).toEqual({ left: true, right: true });
    expect(hiddenSides(570, 900, 330, false)).toEqual({ left: true, right: false });
  });

  it("mirrors for a right-to-left row, whose offset runs from 0 at its start (the right edge) below zero", () => {
    expect(hiddenSides(0, 900, 330, true)).toEqual({ left: true, right: false });
    expect(hiddenSides(-200, 900, 330, true)).toEqual({ left: true, right: true });
    expect(hiddenSides(-570, 900, 330, true)).toEqual({ left: false, right: true });
  });

  it("hides nothing when the pills fit", () => {
    expect(hiddenSides(0, 330, 330, false)).toEqual({ left: false, right: false });
    expect(hiddenSides(0, 330, 330, true)).toEqual({ left: false, right: false });
  });

  it("scrolls just far enough to show the current pill, with a margin, and not at all when it is in view", () => {
    const row = { left: 0, right: 330 };
    expect(scrollToShow(row, { left: 100, right: 200 })).toBe(0);
    expect(scrollToShow(row, { left: 400, right: 520 }, 16)).toBe(206);
    expect(scrollToShow(row, { left: -120, right: -20 }, 16)).toBe(-136);
  });
});

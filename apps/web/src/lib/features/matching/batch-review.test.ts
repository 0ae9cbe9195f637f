import { describe, expect, it } from "vitest";
import { familySelection, pairKey, pairsToConfirm, refusedPairIndex, withPair, withoutPair } from "./batch-review";

const pair = (f: string, v: string) => ({ familyId: f, volunteerId: v, family: `Familie ${f}`, volunteer: `Person ${v}` });
const proposed = (f: string, v: string) => ({ family: { id: f }, volunteer: { id: v } });

describe("batch review", () => {
  it("keeps a pinned or forbidden pair once and removes it again", () => {
    const once = withPair(withPair([], pair("f1", "v1")), pair("f1", "v1"));
    expect(once).toHaveLength(1);
    expect(withoutPair(once, { familyId: "f1", volunteerId: "v1" })).toEqual([]);
  });

  it("confirms the proposal without the dropped pairs, in its order", () => {
    const pairs = [proposed("f1", "v1"), proposed("f2", "v2"), proposed("f3", "v1")];
    const dropped = new Set([pairKey({ familyId: "f2", volunteerId: "v2" })]);
    expect(pairsToConfirm(pairs, dropped)).toEqual([pairs[0], pairs[2]]);
  });

  it("finds the refused pair in the API's field path", () => {
    expect(refusedPairIndex("pairs.2")).toBe(2);
    expect(refusedPairIndex("input.pairs.10.volunteerId")).toBe(10);
    expect(refusedPairIndex("familyIds")).toBeNull();
    expect(refusedPairIndex(null)).toBeNull();
  });

  it("asks for every waiting family or only the selected ones", () => {
    expect(familySelection("all", new Set(["a"]))).toBeNull();
    expect(familySelection("selected", new Set(["a", "b"]))).toEqual(["a", "b"]);
  });
});

import { describe, expect, it } from "vitest";
import { applyChange, batchStateFromForm, changeOf, decodePair, emptyBatchState, encodePair, proposalFromForm, SHOWN_STEP } from "./batch-form";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

const pair = { familyId: "f1", volunteerId: "v1", family: "Familie \"A\" | 1", volunteer: "Person B" };

describe("the batch proposal page as a form", () => {
  it("reads a pinned pair back with its names, and nothing from a value that is none", () => {
    expect(decodePair(encodePair(pair))).toEqual(pair);
    expect(decodePair("f1|v1")).toBeNull();
    expect(decodePair('["a",1,"b","c"]')).toBeNull();
  });

  it("reads the posted state: scope, selection, pairs once each, dropped pairs and what is shown", () => {
    const state = batchStateFromForm(
      form([
        ["scope", "selected"],
        ["familyIds", "f1"],
        ["familyIds", "f2"],
        ["familyIds", "f1"],
        ["pinned", encodePair(pair)],
        ["pinned", encodePair(pair)],
        ["forbidden", "broken"],
        ["dropped", "f2|v2"],
        ["families", "50"],
        ["shownPairs", "x"],
      ]),
      25,
    );
    expect(state).toEqual({ scope: "selected", selected: ["f1", "f2"], pinned: [pair], forbidden: [], dropped: ["f2|v2"], families: 50, shownPairs: SHOWN_STEP, shownUnassigned: SHOWN_STEP });
    expect(batchStateFromForm(form([["scope", "other"]]), 25)).toEqual(emptyBatchState(25));
  });

  it("takes the proposal back only when it is one", () => {
    const proposal = { total: 1, pairs: [], unassigned: [], refusedPins: [] };
    expect(proposalFromForm(form([["proposal", JSON.stringify(proposal)]]))).toEqual(proposal);
    expect(proposalFromForm(form([["proposal", "{"]]))).toBeNull();
    expect(proposalFromForm(form([["proposal", "{}"]]))).toBeNull();
    expect(proposalFromForm(form([]))).toBeNull();
  });

  it("applies the pressed step: drop and restore, pin lifts a ban and the other way round, select, show more", () => {
    const state = emptyBatchState(25);
    const press = (entries: [string, string][]) => changeOf(form(entries))!;
    const dropped = applyChange(state, press([["drop", "f1|v1"]]), [], 25);
    expect(dropped.dropped).toEqual(["f1|v1"]);
    expect(applyChange(dropped, press([["drop", "f1|v1"]]), [], 25).dropped).toEqual([]);
    const forbidden = applyChange(state, press([["forbid", encodePair(pair)]]), [], 25);
    const pinned = applyChange(forbidden, press([["pin", encodePair(pair)]]), [], 25);
    expect([pinned.pinned, pinned.forbidden]).toEqual([[pair], []]);
    expect(applyChange(pinned, press([["unpin", "f1|v1"]]), [], 25).pinned).toEqual([]);
    const all = applyChange({ ...state, selected: ["f0"] }, press([["selectListed", "1"]]), ["f1", "f0"], 25);
    expect([all.scope, all.selected]).toEqual(["selected", ["f0", "f1"]]);
    expect(applyChange(all, press([["selectNone", "1"]]), [], 25).selected).toEqual([]);
    expect(applyChange(state, press([["moreFamilies", "1"]]), [], 25).families).toBe(50);
    expect(applyChange(state, press([["morePairs", "1"]]), [], 25).shownPairs).toBe(2 * SHOWN_STEP);
    expect(changeOf(form([["scope", "all"]]))).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { criterionField, draftOfMatchingSettings, readMatchingDraft } from "./settings-form";

const settings = {
  noContactAlertDays: 14,
  allowSeveralActivePerFamily: false,
  weights: [
    { criterion: "LANGUAGE", weight: 30 },
    { criterion: "TIME_OVERLAP", weight: 20 },
  ],
};

describe("matching settings form", () => {
  it("names a weight's field as the API does", () => {
    expect(criterionField("TIME_OVERLAP")).toBe("timeOverlap");
    expect(criterionField("LANGUAGE")).toBe("language");
  });

  it("reads whole numbers in range back into the input", () => {
    const draft = draftOfMatchingSettings(settings);
    draft.weights[1]!.weight = " 45 ";
    expect(readMatchingDraft(draft)).toEqual({
      ok: true,
      input: { noContactAlertDays: 14, allowSeveralActivePerFamily: false, weights: [{ criterion: "LANGUAGE", weight: 30 }, { criterion: "TIME_OVERLAP", weight: 45 }] },
    });
  });

  it("marks each field out of range or not a whole number", () => {
    const draft = draftOfMatchingSettings(settings);
    draft.weights[0]!.weight = "101";
    draft.weights[1]!.weight = "2,5";
    draft.noContactAlertDays = "0";
    expect(readMatchingDraft(draft)).toEqual({ ok: false, problems: { language: "weight", timeOverlap: "weight", noContactAlertDays: "days" } });
  });
});

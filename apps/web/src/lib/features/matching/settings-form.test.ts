import { describe, expect, it } from "vitest";
import { m } from "$lib/paraglide/messages.js";
import { criterionField, draftOfMatchingSettings, matchingSettingsInput, readMatchingDraft } from "./settings-form";

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

  it("reads the posted form (with or without JavaScript) by the same rules, errors by field", () => {
    const form = new FormData();
    for (const [name, value] of [["weights.0.criterion", "LANGUAGE"], ["weights.0.weight", "40"], ["weights.1.criterion", "TIME_OVERLAP"], ["weights.1.weight", " 20"], ["noContactAlertDays", "21"], ["allowSeveralActivePerFamily", "on"]]) {
      form.append(name!, value!);
    }
    expect(matchingSettingsInput(form)).toEqual({
      ok: true,
      input: { noContactAlertDays: 21, allowSeveralActivePerFamily: true, weights: [{ criterion: "LANGUAGE", weight: 40 }, { criterion: "TIME_OVERLAP", weight: 20 }] },
      fields: ["language", "timeOverlap", "noContactAlertDays", "allowSeveralActivePerFamily"],
    });
    form.set("weights.0.weight", "150");
    form.set("noContactAlertDays", "");
    expect(matchingSettingsInput(form)).toEqual({
      ok: false,
      errors: { form: [m.common_checkFields()], fields: { language: m.matchset_weightInvalid(), noContactAlertDays: m.matchset_alertDaysInvalid() } },
    });
  });
});

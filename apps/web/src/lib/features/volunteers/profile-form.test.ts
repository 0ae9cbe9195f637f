import { describe, expect, it } from "vitest";
import { formErrorsFromPayload } from "$lib/graphql/errors";
import { draftFromForm, draftFromProfile, emptyDraft, newAvailabilityRow, newLanguageRow, profileFieldNames, profileInput } from "./profile-form";



function filledDraft() {
  const draft = emptyDraft();
  draft.name = "  Amina Beispiel ";
  draft.phone = " ";
  draft.germanLevel = "C1";
  draft.languages = [{ ...newLanguageRow(), code: "ar", level: "NATIVE", interpreting: true }];
  draft.availability = [{ ...newAvailabilityRow(), weekday: "2", start: "16:00", end: "19:00" }];
  draft.topicIds = ["t1"];
  draft.maxTandems = " 2 ";
  return draft;
}

describe("emptyDraft", () => {
  it("starts without a language row, so a German speaker signs up naming none", () => {
    const draft = emptyDraft();
    expect(draft.languages).toEqual([]);
    draft.name = "Jana Beispiel";
    draft.germanLevel = "NATIVE";
    const result = profileInput(draft);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.input.languages).toEqual([]);
  });
});

describe("profileInput", () => {
  it("builds the API input from what was typed", () => {
    const result = profileInput(filledDraft());
    expect(result).toEqual({
      ok: true,
      input: {
        name: "Amina Beispiel",
        phone: null,
        germanLevel: "C1",
        languages: [{ code: "ar", level: "NATIVE", interpreting: false }],
        topicIds: ["t1"],
        availability: [{ weekday: 2, start: "16:00", end: "19:00" }],
        districtId: null,
        maxTandems: 2,
        offersInterpreting: false,
      },
    });
  });

  it("sends a language's interpreting mark only when interpreting is offered", () => {
    const draft = filledDraft();
    draft.offersInterpreting = true;
    const result = profileInput(draft);
    expect(result.ok && result.input.languages[0]!.interpreting).toBe(true);
  });

  it("marks half-filled rows and unreadable numbers next to the control", () => {
    const draft = filledDraft();
    draft.name = " ";
    draft.germanLevel = "";
    draft.languages.push(newLanguageRow());
    draft.availability.push({ ...newAvailabilityRow(), weekday: "1", start: "18:00", end: "17:00" });
    draft.maxTandems = "zwei";
    const result = profileInput(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.form).toEqual(["Bitte prüfen Sie die markierten Felder."]);
    expect(result.errors.fields).toEqual({
      name: "Bitte füllen Sie dieses Feld aus.",
      germanLevel: "Bitte wählen Sie ein Niveau.",
      "languages.1.code": "Bitte wählen Sie eine Sprache.",
      "languages.1.level": "Bitte wählen Sie ein Niveau.",
      "availability.1.end": "Das Ende muss nach dem Beginn liegen.",
      maxTandems: "Bitte geben Sie eine ganze Zahl an.",
    });
  });

  it("round-trips a stored profile", () => {
    const stored = {
      name: "Leyla",
      phone: "0441 1",
      germanLevel: "C1" as const,
      languages: [{ code: "tr", level: "B2" as const, interpreting: false }],
      topics: [{ id: "a" }, { id: "b" }],
      availability: [{ weekday: 6, start: "10:00", end: "14:00" }],
      district: { id: "d" },
      maxTandems: 2,
      offersInterpreting: true,
    };
    const result = profileInput(draftFromProfile(stored));
    expect(result).toEqual({
      ok: true,
      input: {
        name: "Leyla",
        phone: "0441 1",
        germanLevel: "C1",
        languages: [{ code: "tr", level: "B2", interpreting: false }],
        topicIds: ["a", "b"],
        availability: [{ weekday: 6, start: "10:00", end: "14:00" }],
        districtId: "d",
        maxTandems: 2,
        offersInterpreting: true,
      },
    });
  });
});

describe("API errors on the profile form", () => {
  it("puts row errors next to the row's control and unknown ones on top", () => {
    const draft = filledDraft();
    const errors = formErrorsFromPayload(
      {
        __typename: "ValidationError",
        message: "Bitte prüfen",
        issues: [
          { field: "languages.0.code", message: "Code" },
          { field: "availability.0.end", message: "Ende" },
          { field: "organizationSlug", message: "Organisation" },
        ],
      },
      [...profileFieldNames(draft), "email"],
      "fallback",
    );
    expect(errors.fields).toEqual({ "languages.0.code": "Code", "availability.0.end": "Ende" });
    expect(errors.form).toEqual(["Bitte prüfen", "Organisation"]);
  });

  it("shows the German-level rule for interpreting at the German level", () => {
    const errors = formErrorsFromPayload(
      { __typename: "DomainError", code: "VALIDATION", field: "germanLevel", message: "Deutsch mindestens B2" },
      profileFieldNames(filledDraft()),
      "fallback",
    );
    expect(errors.fields).toEqual({ germanLevel: "Deutsch mindestens B2" });
  });
});

describe("draftFromForm", () => {
  it("reads the posted profile, rows by index, as the form would send it to the API", () => {
    const data = new FormData();
    for (const [k, v] of [
      ["name", " Amina Beispiel "],
      ["germanLevel", "C1"],
      ["languages.0.code", "ar"],
      ["languages.0.level", "NATIVE"],
      ["languages.0.interpreting", "on"],
      ["languages.1.code", "fa"],
      ["languages.1.level", "nonsense"],
      ["offersInterpreting", "on"],
      ["topicIds", "t1"],
      ["availability.0.weekday", "2"],
      ["availability.0.start", "16:00"],
      ["availability.0.end", "19:00"],
      ["maxTandems", "2"],
    ]) data.append(k, v);
    const draft = draftFromForm(data);
    expect(draft.languages.map(({ code, level, interpreting }) => ({ code, level, interpreting }))).toEqual([
      { code: "ar", level: "NATIVE", interpreting: true },
      { code: "fa", level: "", interpreting: false },
    ]);
    // Keys never collide with rows added later in the browser.
    expect(draft.languages.every((row) => row.key < 0)).toBe(true);
    const result = profileInput(draft);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors.fields)).toEqual(["languages.1.level"]);
    draft.languages.pop();
    const ok = profileInput(draft);
    expect(ok.ok && ok.input).toMatchObject({ name: "Amina Beispiel", germanLevel: "C1", topicIds: ["t1"], availability: [{ weekday: 2, start: "16:00", end: "19:00" }], maxTandems: 2, offersInterpreting: true });
  });
});

import { describe, expect, it } from "vitest";
import { draftFromRowDraft } from "$lib/features/volunteers/profile-form";
import { familyDraftFromRowDraft } from "$lib/features/families/family-form-data";
import { changedRows, rowDraft, rowDraftOf, shiftRowErrors } from "./row-draft";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

const blank = () => ({ key: 99, code: "" });

describe("adding or removing a row without JavaScript", () => {
  it("hands back everything typed (never a password) with the row asked for", () => {
    const answer = rowDraft(form([["name", "Amina"], ["password", "secret"], ["languages.0.code", "ar"], ["addRow", "languages"]]), "profile");
    expect(answer.rowDraft).toEqual({ form: "profile", values: { name: "Amina", "languages.0.code": "ar" }, add: "languages", remove: null });
    expect(rowDraftOf(answer, "profile")).toEqual(answer.rowDraft);
    expect(rowDraftOf(answer)).toBeNull();
    expect(rowDraftOf({ errors: {} })).toBeNull();
  });

  it("reads which row to remove, and nothing from a value that is none", () => {
    expect(rowDraft(form([["removeRow", "members.2"]])).rowDraft.remove).toEqual({ list: "members", index: 2 });
    expect(rowDraft(form([["removeRow", "members"], ["addRow", "a.b"]])).rowDraft).toMatchObject({ add: null, remove: null });
  });

  it("adds a row with the next key, removes the one asked for, and leaves other lists alone", () => {
    const rows = [{ key: -1, code: "ar" }, { key: -2, code: "fa" }];
    const draft = (change: [string, string]) => rowDraft(form([change])).rowDraft;
    expect(changedRows(rows, "languages", draft(["addRow", "languages"]), blank)).toEqual([...rows, { key: -3, code: "" }]);
    expect(changedRows(rows, "languages", draft(["removeRow", "languages.0"]), blank)).toEqual([rows[1]]);
    expect(changedRows(rows, "languages", draft(["removeRow", "times.0"]), blank)).toEqual(rows);
    expect(changedRows(rows, "languages", null, blank)).toEqual(rows);
  });

  it("renders the profile and the family form again from the draft, with what was typed", () => {
    const profile = draftFromRowDraft(rowDraft(form([["name", "Amina"], ["germanLevel", "B2"], ["languages.0.code", "ar"], ["languages.0.level", "NATIVE"], ["addRow", "languages"]])).rowDraft);
    expect(profile.name).toBe("Amina");
    expect(profile.languages.map((l) => [l.key, l.code, l.level])).toEqual([[-1, "ar", "NATIVE"], [-2, "", ""]]);
    const family = familyDraftFromRowDraft(
      rowDraft(form([["addressedAs", "Familie A"], ["members.0.firstName", "Rasha"], ["members.1.firstName", "Omar"], ["languages.0.code", "ti"], ["removeRow", "members.0"]])).rowDraft,
    );
    expect([family.addressedAs, family.members.map((x) => x.firstName), family.languages.map((l) => l.code)]).toEqual(["Familie A", ["Omar"], ["ti"]]);
  });
});

describe("rows of plain values (guardians' languages, weekly hours)", () => {
  it("adds a blank row to the list named, and only to it", () => {
    const { rowDraft: draft } = rowDraft(form([["addRow", "guardians"]]));
    expect(changedRows(["a"], "guardians", draft, () => "")).toEqual(["a", ""]);
    expect(changedRows(["ar"], "languages", draft, () => "")).toEqual(["ar"]);
  });

  it("removes the row named by list and index, keeping the others in order; an index past the end changes nothing", () => {
    const { rowDraft: draft } = rowDraft(form([["removeRow", "rules.1"]]));
    expect(draft.remove).toEqual({ list: "rules", index: 1 });
    expect(changedRows(["a", "b", "c"], "rules", draft, () => "")).toEqual(["a", "c"]);
    expect(changedRows(["a"], "rules", draft, () => "")).toEqual(["a"]);
    expect(changedRows(["a", "b"], "rules", null, () => "")).toEqual(["a", "b"]);
  });

  it("reads the draft from the page's form only when the last post was one", () => {
    expect(rowDraftOf(null)).toBeNull();
    expect(rowDraftOf({ errors: { form: [], fields: {} }, values: {} })).toBeNull();
    expect(rowDraftOf({ rowDraft: { values: {}, add: "rules", remove: null } })?.add).toBe("rules");
  });
});

describe("shiftRowErrors", () => {
  it("drops the removed row's errors and moves later rows' up, leaving other lists and fields alone", () => {
    const fields = { "languages.0.code": "a", "languages.1.level": "b", "languages.2.code": "c", name: "n", "availability.1.end": "e" };
    expect(shiftRowErrors(fields, "languages", 1)).toEqual({ "languages.0.code": "a", "languages.1.code": "c", name: "n", "availability.1.end": "e" });
  });

  it("moves the errors of rows that are plain values (`languages.2`) the same way", () => {
    expect(shiftRowErrors({ "languages.0": "a", "languages.2": "c", languages: "l" }, "languages", 1)).toEqual({ "languages.0": "a", "languages.1": "c", languages: "l" });
  });
});

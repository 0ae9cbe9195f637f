import { describe, expect, it } from "vitest";
import { changedRows, draftOf, rowsDraft } from "./rows-draft";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("a row added or removed without JavaScript", () => {
  it("hands back everything typed, without the button that was pressed", () => {
    const draft = rowsDraft(form([["guardians.0.name", "Samira"], ["languages", "ar"], ["languages", ""], ["addRow", "guardians"]]));
    expect(draft).toEqual({ values: { "guardians.0.name": "Samira", languages: "ar\n" }, add: "guardians", remove: null });
  });

  it("adds a blank row to the list named, and only to it", () => {
    const draft = rowsDraft(form([["addRow", "guardians"]]));
    expect(changedRows("guardians", ["a"], draft, () => "")).toEqual(["a", ""]);
    expect(changedRows("languages", ["ar"], draft, () => "")).toEqual(["ar"]);
  });

  it("removes the row named by list and index, keeping the others in order", () => {
    const draft = rowsDraft(form([["removeRow", "rules.1"]]));
    expect(draft.remove).toEqual({ list: "rules", index: 1 });
    expect(changedRows("rules", ["a", "b", "c"], draft, () => "")).toEqual(["a", "c"]);
    expect(changedRows("rules", ["a"], draft, () => "")).toEqual(["a"]);
    expect(changedRows("rules", ["a", "b"], null, () => "")).toEqual(["a", "b"]);
  });

  it("reads the draft from the page's form only when the last post was one", () => {
    expect(draftOf(null)).toBeNull();
    expect(draftOf({ errors: { form: [], fields: {} }, values: {} })).toBeNull();
    expect(draftOf({ draft: { values: {}, add: "rules", remove: null } })?.add).toBe("rules");
  });
});

import { describe, expect, it } from "vitest";
import { fromEcho, echo } from "$lib/forms/form-data";
import { blankChild, childDraftFromForm, childInput } from "./child-form";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("the child form as posted", () => {
  const posted = form([
    ["firstName", " Amira "],
    ["lastName", "Haddad"],
    ["birthDate", "2015-04-12"],
    ["guardians.0.name", "Samira Haddad"],
    ["guardians.0.phone", ""],
    ["guardians.0.email", ""],
    ["guardians.0.readsLanguage", "ar"],
    ["guardians.1.name", ""],
    ["guardians.1.phone", "0441 1"],
    ["guardians.1.email", ""],
    ["guardians.1.readsLanguage", ""],
    ["languages", "ar"],
    ["languages", ""],
    ["schoolYears", "4"],
    ["schoolCountries", "SY, TR"],
    ["consentGivenBy", "Samira Haddad"],
    ["consent", "on"],
  ]);

  it("reads guardians as rows and languages in order, a row just added (empty) kept", () => {
    const draft = childDraftFromForm(posted);
    expect(draft.firstName).toBe("Amira");
    expect(draft.guardians).toEqual([
      { name: "Samira Haddad", phone: "", email: "", readsLanguage: "ar" },
      { name: "", phone: "0441 1", email: "", readsLanguage: "" },
    ]);
    expect(draft.languages).toEqual(["ar", ""]);
    expect(draft.consent).toBe(true);
    expect(childInput(draft)).toMatchObject({ languages: ["ar"], schoolYears: 4, schoolCountries: ["SY", "TR"], consent: true });
  });

  it("reads the same values again from what a refusal echoes back", () => {
    expect(childDraftFromForm(fromEcho(echo(posted)))).toEqual(childDraftFromForm(posted));
  });

  it("without consent ticked or any language row, reads no consent and one empty language", () => {
    const draft = childDraftFromForm(form([["firstName", "A"]]));
    expect(draft.consent).toBe(false);
    expect(draft.languages).toEqual(blankChild().languages);
  });
});

// The family form as posted (natively before or without JavaScript, or through
// `use:enhance`), read back into the form's draft, so a form action checks and
// sends it as the browser's form did, and a refused form shows again with
// everything typed. Rows are named `members.<i>.firstName`, `languages.<i>.code`,
// `times.<i>.weekday`, … (see FamilyForm.svelte).
import { all, checked, rows, text } from "$lib/forms/form-data";
import { LANGUAGE_LEVELS, type LanguageLevel } from "$lib/features/volunteers/languages";
import type { FamilyDraft } from "./family-form";

const levelOf = (value: string | undefined): LanguageLevel | "" => (LANGUAGE_LEVELS.includes(value as LanguageLevel) ? (value as LanguageLevel) : "");

export function familyDraftFromForm(form: FormData): FamilyDraft {
  // Keys only tell rows apart in the page's lists; posted rows get fresh negative ones.
  let key = 0;
  return {
    addressedAs: text(form, "addressedAs"),
    members: rows(form, "members").map((row) => ({ key: --key, firstName: row.firstName ?? "", birthYear: row.birthYear ?? "", adult: row.adult !== "child" })),
    languages: rows(form, "languages").map((row) => ({ key: --key, code: row.code ?? "", level: levelOf(row.level) })),
    germanLevel: levelOf(text(form, "germanLevel")),
    minimumSharedLevel: levelOf(text(form, "minimumSharedLevel")) || "B1",
    districtId: text(form, "districtId"),
    address: text(form, "address"),
    phone: text(form, "phone"),
    needIds: all(form, "needIds"),
    wishes: text(form, "wishes"),
    requiredLanguage: text(form, "requiredLanguage"),
    wantsWomanVolunteer: checked(form, "wantsWomanVolunteer"),
    times: rows(form, "times").map((row) => ({ key: --key, weekday: row.weekday ?? "", start: row.start ?? "", end: row.end ?? "" })),
    arrivalDate: text(form, "arrivalDate"),
    waitingSince: text(form, "waitingSince"),
    consent: checked(form, "consent"),
    consentVersion: text(form, "consentVersion"),
    art9Consent: checked(form, "art9Consent"),
    restrictedNote: text(form, "restrictedNote"),
  };
}

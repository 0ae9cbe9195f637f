// The family form as posted (natively before or without JavaScript, or through
// `use:enhance`), read back into the form's draft, so a form action checks and
// sends it as the browser's form did, and a refused form shows again with
// everything typed. Rows are named `members.<i>.firstName`, `languages.<i>.code`,
// `times.<i>.weekday`, … (see FamilyForm.svelte).
import { all, checked, fromEcho, rows, text } from "$lib/forms/form-data";
import { changedRows, type RowDraft } from "$lib/forms/row-draft";
import { LANGUAGE_LEVELS, type LanguageLevel } from "$lib/features/volunteers/languages";
import { newLanguageRow, newMemberRow, newTimeRow, type FamilyDraft } from "./family-form";

const levelOf = (value: string | undefined): LanguageLevel | "" => (LANGUAGE_LEVELS.includes(value as LanguageLevel) ? (value as LanguageLevel) : "");

/** Keys only tell rows apart in a list; posted rows get -1, -2, … (see changedRows), never one newMemberRow hands out. */
const key = (i: number) => -(i + 1);

export function familyDraftFromForm(form: FormData): FamilyDraft {
  return {
    addressedAs: text(form, "addressedAs"),
    members: rows(form, "members").map((row, i) => ({ key: key(i), firstName: row.firstName ?? "", birthYear: row.birthYear ?? "", adult: row.adult !== "child" })),
    languages: rows(form, "languages").map((row, i) => ({ key: key(i), code: row.code ?? "", level: levelOf(row.level) })),
    germanLevel: levelOf(text(form, "germanLevel")),
    minimumSharedLevel: levelOf(text(form, "minimumSharedLevel")) || "B1",
    districtId: text(form, "districtId"),
    address: text(form, "address"),
    phone: text(form, "phone"),
    needIds: all(form, "needIds"),
    wishes: text(form, "wishes"),
    requiredLanguage: text(form, "requiredLanguage"),
    wantsWomanVolunteer: checked(form, "wantsWomanVolunteer"),
    times: rows(form, "times").map((row, i) => ({ key: key(i), weekday: row.weekday ?? "", start: row.start ?? "", end: row.end ?? "" })),
    arrivalDate: text(form, "arrivalDate"),
    waitingSince: text(form, "waitingSince"),
    consent: checked(form, "consent"),
    consentVersion: text(form, "consentVersion"),
    art9Consent: checked(form, "art9Consent"),
    restrictedNote: text(form, "restrictedNote"),
  };
}

/** The family form as the `draft` action handed it back: what was typed, with a row added or removed. */
export function familyDraftFromRowDraft(draft: RowDraft): FamilyDraft {
  const typed = familyDraftFromForm(fromEcho(draft.values));
  return {
    ...typed,
    members: changedRows(typed.members, "members", draft, newMemberRow),
    languages: changedRows(typed.languages, "languages", draft, newLanguageRow),
    times: changedRows(typed.times, "times", draft, newTimeRow),
  };
}

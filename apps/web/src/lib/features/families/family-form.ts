// The family form's state (kept as typed strings, so nothing is lost when the API
// refuses), its conversion to RegisterFamilyInput / UpdateFamilyInput, the checks
// only the form can make (a half-filled row, a year that is not a number) and the
// field names API errors are matched against (`members.0.birthYear`, …).
import { AVAILABILITY_TIME } from "@lotse/domain/bounds";
import { berlinToday } from "@lotse/domain/berlin-time";
import type { FormErrors } from "$lib/graphql/errors";
import { m } from "$lib/paraglide/messages.js";
import { LANGUAGE_LEVELS, type LanguageLevel } from "$lib/features/volunteers/languages";
import type { RegisterFamilyInput, StoredFamily } from "./types";

export interface MemberRow {
  /** Stable key for the row in the list (not sent). */
  key: number;
  firstName: string;
  birthYear: string;
  adult: boolean;
}

export interface FamilyLanguageRow {
  key: number;
  code: string;
  level: LanguageLevel | "";
}

export interface TimeRow {
  key: number;
  weekday: string;
  start: string;
  end: string;
}

export interface FamilyDraft {
  addressedAs: string;
  members: MemberRow[];
  languages: FamilyLanguageRow[];
  germanLevel: LanguageLevel | "";
  minimumSharedLevel: LanguageLevel;
  districtId: string;
  address: string;
  phone: string;
  needIds: string[];
  wishes: string;
  requiredLanguage: string;
  wantsWomanVolunteer: boolean;
  times: TimeRow[];
  arrivalDate: string;
  waitingSince: string;
  /** Registration only: the processing consent and the version of the form signed. */
  consent: boolean;
  consentVersion: string;
  art9Consent: boolean;
  restrictedNote: string;
}

let nextKey = 1;
const key = () => nextKey++;

export const newMemberRow = (): MemberRow => ({ key: key(), firstName: "", birthYear: "", adult: true });
export const newLanguageRow = (): FamilyLanguageRow => ({ key: key(), code: "", level: "" });
export const newTimeRow = (): TimeRow => ({ key: key(), weekday: "", start: "", end: "" });

export function emptyFamilyDraft(): FamilyDraft {
  return {
    addressedAs: "",
    members: [newMemberRow()],
    languages: [newLanguageRow()],
    germanLevel: "",
    minimumSharedLevel: "B1",
    districtId: "",
    address: "",
    phone: "",
    needIds: [],
    wishes: "",
    requiredLanguage: "",
    wantsWomanVolunteer: false,
    times: [],
    arrivalDate: "",
    waitingSince: berlinToday(),
    consent: false,
    consentVersion: "1",
    art9Consent: false,
    restrictedNote: "",
  };
}

export function draftFromFamily(f: StoredFamily): FamilyDraft {
  return {
    addressedAs: f.addressedAs,
    members: f.members.map((x) => ({ key: key(), firstName: x.firstName, birthYear: String(x.birthYear), adult: x.adult })),
    languages: f.languages.map((l) => ({ key: key(), code: l.code, level: l.level })),
    germanLevel: f.germanLevel ?? "",
    minimumSharedLevel: f.minimumSharedLevel,
    districtId: f.district?.id ?? "",
    address: f.address ?? "",
    phone: f.phone ?? "",
    needIds: f.needs.map((n) => n.id),
    wishes: f.wishes,
    requiredLanguage: f.requiredLanguage ?? "",
    wantsWomanVolunteer: f.wantsWomanVolunteer,
    times: f.times.map((t) => ({ key: key(), weekday: String(t.weekday), start: t.start, end: t.end })),
    arrivalDate: f.arrivalDate ?? "",
    waitingSince: f.waitingSince,
    consent: true,
    consentVersion: String(f.consentVersion),
    art9Consent: f.art9Consent,
    restrictedNote: f.restrictedNote ?? "",
  };
}

/** The form's own field names, one per row control too, for matching API errors. */
export function familyFieldNames(draft: Pick<FamilyDraft, "members" | "languages" | "times">): string[] {
  return [
    "addressedAs",
    "members",
    "languages",
    "germanLevel",
    "minimumSharedLevel",
    "districtId",
    "address",
    "phone",
    "needIds",
    "wishes",
    "requiredLanguage",
    "wantsWomanVolunteer",
    "times",
    "arrivalDate",
    "waitingSince",
    "consent",
    "consentVersion",
    "art9Consent",
    "restrictedNote",
    ...draft.members.flatMap((_, i) => [`members.${i}.firstName`, `members.${i}.birthYear`, `members.${i}.adult`]),
    ...draft.languages.flatMap((_, i) => [`languages.${i}.code`, `languages.${i}.level`]),
    ...draft.times.flatMap((_, i) => [`times.${i}.weekday`, `times.${i}.start`, `times.${i}.end`]),
  ];
}

export type FamilyInputResult = { ok: true; input: RegisterFamilyInput } | { ok: false; errors: FormErrors };

/**
 * Checks what only the form can know and builds the API input. Ranges, dates in
 * the future, the Art. 9 rule and the lists are the API's to refuse (it names the field).
 */
export function familyInput(draft: FamilyDraft): FamilyInputResult {
  const fields: Record<string, string> = {};
  draft.members.forEach((row, i) => {
    if (!/^\d{4}$/.test(row.birthYear.trim())) fields[`members.${i}.birthYear`] = m.family_birthYearFormat();
  });
  draft.languages.forEach((row, i) => {
    if (!row.code) fields[`languages.${i}.code`] = m.profile_chooseLanguage();
    if (!row.level) fields[`languages.${i}.level`] = m.profile_chooseLevel();
  });
  draft.times.forEach((row, i) => {
    if (!row.weekday) fields[`times.${i}.weekday`] = m.profile_chooseWeekday();
    if (!AVAILABILITY_TIME.test(row.start)) fields[`times.${i}.start`] = m.profile_timeFormat();
    if (!AVAILABILITY_TIME.test(row.end)) fields[`times.${i}.end`] = m.profile_timeFormat();
    else if (AVAILABILITY_TIME.test(row.start) && row.end <= row.start) fields[`times.${i}.end`] = m.profile_timeOrder();
  });
  const version = draft.consentVersion.trim();
  if (!/^\d{1,4}$/.test(version)) fields.consentVersion = m.family_consentVersionFormat();
  if (Object.keys(fields).length > 0) return { ok: false, errors: { form: [m.common_checkFields()], fields } };

  const text = (s: string) => (s.trim() === "" ? null : s.trim());
  return {
    ok: true,
    input: {
      addressedAs: draft.addressedAs.trim(),
      members: draft.members.map((row) => ({ firstName: row.firstName.trim(), birthYear: Number(row.birthYear.trim()), adult: row.adult })),
      languages: draft.languages.map((row) => ({ code: row.code, level: row.level as LanguageLevel })),
      germanLevel: draft.germanLevel && LANGUAGE_LEVELS.includes(draft.germanLevel) ? draft.germanLevel : null,
      minimumSharedLevel: draft.minimumSharedLevel,
      districtId: draft.districtId || null,
      address: text(draft.address),
      phone: text(draft.phone),
      needIds: [...draft.needIds],
      wishes: text(draft.wishes),
      requiredLanguage: draft.requiredLanguage || null,
      wantsWomanVolunteer: draft.wantsWomanVolunteer,
      times: draft.times.map((row) => ({ weekday: Number(row.weekday), start: row.start, end: row.end })),
      arrivalDate: draft.arrivalDate || null,
      waitingSince: draft.waitingSince || null,
      consent: draft.consent,
      consentVersion: Number(version),
      art9Consent: draft.art9Consent,
      // Without Art. 9 consent the note is not sent (the API would refuse it): the text stays in the form.
      restrictedNote: draft.art9Consent ? text(draft.restrictedNote) : null,
    },
  };
}

/** The update takes the same fields without the processing consent (given at registration). */
export function updateInput(input: RegisterFamilyInput) {
  const { consent: _consent, consentVersion: _version, ...rest } = input;
  return rest;
}

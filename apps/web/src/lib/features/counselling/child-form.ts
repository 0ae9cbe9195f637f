// The child form's values, to and from the API's ChildInput. Countries of
// schooling are typed as ISO codes separated by commas ("SY, TR"); the API
// checks each and names the one it refuses, which the form shows at the field.
import { checked, rows, text } from "$lib/forms/form-data";
import type { FormErrors } from "$lib/graphql/errors";

export interface GuardianDraft {
  name: string;
  phone: string;
  email: string;
  readsLanguage: string;
}

export interface ChildDraft {
  firstName: string;
  lastName: string;
  birthDate: string;
  arrivalDate: string;
  languages: string[];
  germanLevel: string;
  schoolYears: string;
  schoolCountries: string;
  lastClass: string;
  familyId: string;
  notes: string;
  guardians: GuardianDraft[];
  consentGivenBy: string;
  consent: boolean;
}

export const blankGuardian = (): GuardianDraft => ({ name: "", phone: "", email: "", readsLanguage: "" });

export function blankChild(): ChildDraft {
  return {
    firstName: "",
    lastName: "",
    birthDate: "",
    arrivalDate: "",
    languages: [""],
    germanLevel: "",
    schoolYears: "0",
    schoolCountries: "",
    lastClass: "",
    familyId: "",
    notes: "",
    guardians: [blankGuardian()],
    consentGivenBy: "",
    consent: false,
  };
}

export interface StoredChild {
  firstName: string;
  lastName: string;
  birthDate: string;
  arrivalDate?: string | null;
  languages: readonly string[];
  germanLevel?: string | null;
  schoolYears: number;
  schoolCountries: readonly string[];
  lastClass?: string | null;
  familyId?: string | null;
  notes?: string | null;
  consentGivenBy: string;
  guardians: ReadonlyArray<{ name: string; phone?: string | null; email?: string | null; readsLanguage: string }>;
}

/** A stored record as the form's values (consent was given when it was recorded). */
export function draftOf(c: StoredChild): ChildDraft {
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    birthDate: c.birthDate,
    arrivalDate: c.arrivalDate ?? "",
    languages: c.languages.length > 0 ? [...c.languages] : [""],
    germanLevel: c.germanLevel ?? "",
    schoolYears: String(c.schoolYears),
    schoolCountries: c.schoolCountries.join(", "),
    lastClass: c.lastClass ?? "",
    familyId: c.familyId ?? "",
    notes: c.notes ?? "",
    guardians: c.guardians.map((g) => ({ name: g.name, phone: g.phone ?? "", email: g.email ?? "", readsLanguage: g.readsLanguage })),
    consentGivenBy: c.consentGivenBy,
    consent: true,
  };
}

/**
 * The form's values as posted (natively or through use:enhance): guardians as
 * rows `guardians.<i>.<field>`, languages as the repeated field `languages`
 * (empty choices kept, so a row just added stays), consent as a checkbox.
 */
export function childDraftFromForm(form: FormData): ChildDraft {
  const languages = form.getAll("languages").map((v) => (typeof v === "string" ? v.trim() : ""));
  return {
    firstName: text(form, "firstName"),
    lastName: text(form, "lastName"),
    birthDate: text(form, "birthDate"),
    arrivalDate: text(form, "arrivalDate"),
    languages: languages.length > 0 ? languages : [""],
    germanLevel: text(form, "germanLevel"),
    schoolYears: text(form, "schoolYears"),
    schoolCountries: text(form, "schoolCountries"),
    lastClass: text(form, "lastClass"),
    familyId: text(form, "familyId"),
    notes: text(form, "notes"),
    guardians: rows(form, "guardians").map((g) => ({ name: g.name ?? "", phone: g.phone ?? "", email: g.email ?? "", readsLanguage: g.readsLanguage ?? "" })),
    consentGivenBy: text(form, "consentGivenBy"),
    consent: checked(form, "consent"),
  };
}

const orNull = (v: string) => v.trim() || null;

/** The API's ChildInput; the API checks every rule and names the field it refuses. */
export function childInput(d: ChildDraft) {
  const years = d.schoolYears.trim();
  return {
    firstName: d.firstName,
    lastName: d.lastName,
    birthDate: d.birthDate,
    arrivalDate: orNull(d.arrivalDate),
    languages: d.languages.filter((l) => l !== ""),
    germanLevel: (orNull(d.germanLevel) as never) ?? null,
    // A value that is no whole number is sent as -1: the API refuses it at the field, nothing is lost.
    schoolYears: /^\d{1,2}$/.test(years) ? Number(years) : -1,
    schoolCountries: d.schoolCountries
      .split(/[,\s]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
    lastClass: orNull(d.lastClass),
    familyId: orNull(d.familyId),
    notes: orNull(d.notes),
    guardians: d.guardians.map((g) => ({ name: g.name, phone: orNull(g.phone), email: orNull(g.email), readsLanguage: g.readsLanguage })),
    consentGivenBy: d.consentGivenBy,
    consent: d.consent,
  };
}

/** The fields the API may name, for one form with this many rows. */
export function childFields(d: ChildDraft): string[] {
  const fields = ["firstName", "lastName", "birthDate", "arrivalDate", "languages", "germanLevel", "schoolYears", "schoolCountries", "lastClass", "familyId", "notes", "guardians", "consentGivenBy", "consent"];
  for (let i = 0; i < 10; i++) fields.push(`languages.${i}`, `schoolCountries.${i}`);
  d.guardians.forEach((_, i) => fields.push(`guardians.${i}.name`, `guardians.${i}.phone`, `guardians.${i}.email`, `guardians.${i}.readsLanguage`));
  return fields;
}

/** The countries are one text field: a refusal of one of them is shown there. */
export function foldCountryErrors(errors: FormErrors): FormErrors {
  const fields: Record<string, string> = {};
  for (const [name, message] of Object.entries(errors.fields)) {
    const key = name.startsWith("schoolCountries.") ? "schoolCountries" : name;
    fields[key] ??= message;
  }
  return { ...errors, fields };
}

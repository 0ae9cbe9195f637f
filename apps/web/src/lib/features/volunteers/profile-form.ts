// The volunteer profile form's state (what people type, kept as strings so
// nothing is lost when the API refuses), its conversion to the API's
// VolunteerProfileInput, the checks that must happen before sending, and the
// field names API errors are matched against. Shared by sign-up and "my profile".
import { AVAILABILITY_TIME } from "@lotse/domain/bounds";
import type { FormErrors } from "$lib/graphql/errors";
import { all, checked, fromEcho, rows, text } from "$lib/forms/form-data";
import { changedRows, type RowDraft } from "$lib/forms/row-draft";
import { LANGUAGE_LEVELS, type LanguageLevel } from "./languages";
import { m } from "$lib/paraglide/messages.js";

export interface LanguageRow {
  /** Stable key for the row in the list (not sent). */
  key: number;
  code: string;
  level: LanguageLevel | "";
  interpreting: boolean;
}

export interface AvailabilityRow {
  key: number;
  weekday: string;
  start: string;
  end: string;
}

export interface ProfileDraft {
  name: string;
  phone: string;
  germanLevel: LanguageLevel | "";
  languages: LanguageRow[];
  topicIds: string[];
  availability: AvailabilityRow[];
  districtId: string;
  maxTandems: string;
  offersInterpreting: boolean;
}

/** The stored profile as the API returns it (the parts the form edits). */
export interface StoredProfile {
  name: string;
  phone?: string | null;
  germanLevel: LanguageLevel;
  languages: ReadonlyArray<{ code: string; level: LanguageLevel; interpreting: boolean }>;
  topics: ReadonlyArray<{ id: string }>;
  availability: ReadonlyArray<{ weekday: number; start: string; end: string }>;
  district?: { id: string } | null;
  maxTandems: number;
  offersInterpreting: boolean;
}

/** What both API inputs (RegisterVolunteerInput, VolunteerProfileInput) share. */
export interface ProfileInputFields {
  name: string;
  phone: string | null;
  germanLevel: LanguageLevel;
  languages: { code: string; level: LanguageLevel; interpreting: boolean }[];
  topicIds: string[];
  availability: { weekday: number; start: string; end: string }[];
  districtId: string | null;
  maxTandems: number;
  offersInterpreting: boolean;
}

let nextKey = 1;
const key = () => nextKey++;

export function newLanguageRow(): LanguageRow {
  return { key: key(), code: "", level: "", interpreting: false };
}

export function newAvailabilityRow(): AvailabilityRow {
  return { key: key(), weekday: "", start: "", end: "" };
}

export function emptyDraft(): ProfileDraft {
  return {
    name: "",
    phone: "",
    germanLevel: "",
    // German speakers name no other language: the form starts without a row to fill.
    languages: [],
    topicIds: [],
    availability: [],
    districtId: "",
    maxTandems: "1",
    offersInterpreting: false,
  };
}

export function draftFromProfile(p: StoredProfile): ProfileDraft {
  return {
    name: p.name,
    phone: p.phone ?? "",
    germanLevel: p.germanLevel,
    languages: p.languages.map((l) => ({ key: key(), code: l.code, level: l.level, interpreting: l.interpreting })),
    topicIds: p.topics.map((t) => t.id),
    availability: p.availability.map((a) => ({ key: key(), weekday: String(a.weekday), start: a.start, end: a.end })),
    districtId: p.district?.id ?? "",
    maxTandems: String(p.maxTandems),
    offersInterpreting: p.offersInterpreting,
  };
}

const levelOf = (value: string | undefined): LanguageLevel | "" =>
  LANGUAGE_LEVELS.includes(value as LanguageLevel) ? (value as LanguageLevel) : "";

/**
 * The draft as ProfileFields posts it (a form action reads it, or a page shows
 * a refused form again). Rows read back get negative keys: the same on the
 * server and in the browser, and never one that newLanguageRow hands out.
 */
export function draftFromForm(form: FormData): ProfileDraft {
  return {
    name: text(form, "name"),
    phone: text(form, "phone"),
    germanLevel: levelOf(text(form, "germanLevel")),
    languages: rows(form, "languages").map((row, i) => ({
      key: -(i + 1),
      code: row.code ?? "",
      level: levelOf(row.level),
      interpreting: row.interpreting !== undefined,
    })),
    topicIds: all(form, "topicIds"),
    availability: rows(form, "availability").map((row, i) => ({
      key: -(i + 1),
      weekday: row.weekday ?? "",
      start: row.start ?? "",
      end: row.end ?? "",
    })),
    districtId: text(form, "districtId"),
    maxTandems: text(form, "maxTandems"),
    offersInterpreting: checked(form, "offersInterpreting"),
  };
}

/** The profile form as the `draft` action handed it back: what was typed, with a row added or removed. */
export function draftFromRowDraft(draft: RowDraft): ProfileDraft {
  const typed = draftFromForm(fromEcho(draft.values));
  return {
    ...typed,
    languages: changedRows(typed.languages, "languages", draft, newLanguageRow),
    availability: changedRows(typed.availability, "availability", draft, newAvailabilityRow),
  };
}

/** The form's own field names, including one per row control, for matching API errors (`languages.0.code`). */
export function profileFieldNames(draft: Pick<ProfileDraft, "languages" | "availability">): string[] {
  return [
    "name",
    "phone",
    "germanLevel",
    "languages",
    "topicIds",
    "availability",
    "districtId",
    "maxTandems",
    "offersInterpreting",
    ...draft.languages.flatMap((_, i) => [`languages.${i}.code`, `languages.${i}.level`, `languages.${i}.interpreting`]),
    ...draft.availability.flatMap((_, i) => [`availability.${i}.weekday`, `availability.${i}.start`, `availability.${i}.end`]),
  ];
}

export type ProfileInputResult = { ok: true; input: ProfileInputFields } | { ok: false; errors: FormErrors };

/**
 * Checks what only the form can know (a row left half-filled, a number that
 * is not a number) and builds the API input. Everything else (ranges, the
 * German level needed for interpreting, duplicates) is the API's to refuse.
 */
export function profileInput(draft: ProfileDraft): ProfileInputResult {
  const fields: Record<string, string> = {};
  if (!draft.name.trim()) fields.name = m.common_fillIn();
  const germanLevel = draft.germanLevel;
  if (!germanLevel || !LANGUAGE_LEVELS.includes(germanLevel)) fields.germanLevel = m.profile_chooseLevel();

  draft.languages.forEach((row, i) => {
    if (!row.code) fields[`languages.${i}.code`] = m.profile_chooseLanguage();
    if (!row.level) fields[`languages.${i}.level`] = m.profile_chooseLevel();
  });

  draft.availability.forEach((row, i) => {
    if (!row.weekday) fields[`availability.${i}.weekday`] = m.profile_chooseWeekday();
    if (!AVAILABILITY_TIME.test(row.start)) fields[`availability.${i}.start`] = m.profile_timeFormat();
    if (!AVAILABILITY_TIME.test(row.end)) fields[`availability.${i}.end`] = m.profile_timeFormat();
    else if (AVAILABILITY_TIME.test(row.start) && row.end <= row.start) fields[`availability.${i}.end`] = m.profile_timeOrder();
  });

  const tandemsText = draft.maxTandems.trim();
  const maxTandems = /^\d{1,3}$/.test(tandemsText) ? Number(tandemsText) : NaN;
  if (Number.isNaN(maxTandems)) fields.maxTandems = m.profile_tandemsFormat();

  if (Object.keys(fields).length > 0) {
    return { ok: false, errors: { form: [m.common_checkFields()], fields } };
  }

  return {
    ok: true,
    input: {
      name: draft.name.trim(),
      phone: draft.phone.trim() || null,
      germanLevel: germanLevel as LanguageLevel,
      languages: draft.languages.map((row) => ({
        code: row.code,
        level: row.level as LanguageLevel,
        interpreting: draft.offersInterpreting && row.interpreting,
      })),
      topicIds: [...draft.topicIds],
      availability: draft.availability.map((row) => ({ weekday: Number(row.weekday), start: row.start, end: row.end })),
      districtId: draft.districtId || null,
      maxTandems,
      offersInterpreting: draft.offersInterpreting,
    },
  };
}

// What trainers type -> the API's inputs (courses, cohorts, sessions), with
// the checks the browser can make before sending. Problems come back as
// dictionary keys by the API's field names, so the API's own errors and ours
// land next to the same fields.
import { berlinDateTime, berlinToIso, endOfBerlinDay, startOfBerlinDay } from "@lotse/domain/berlin-time";
import { centsToInput, parseEuroToCents } from "@lotse/domain/cents";
import { COHORT, COURSE, isWebUrl } from "@lotse/domain/bounds";
import { TRANSLATION_LOCALES } from "@lotse/domain/locale";
import type { CohortInput, CourseInput, SessionInput } from "$lib/graphql/types";
import { translationsFromValues, translationValues, type TranslationValues } from "$lib/forms/translations";
import type { Message } from "$lib/i18n";
import type { UiLocale } from "$lib/i18n/locale";
import { m } from "$lib/paraglide/messages.js";

export type Problems = Record<string, Message>;
export type Parsed<T> = { ok: true; input: T } | { ok: false; problems: Problems };

/** A whole number typed into a field, within bounds; null when it is not one. */
export function parseWholeNumber(text: string, min: number, max: number): number | null {
  const s = text.trim();
  if (!/^-?\d{1,7}$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}

/** One topic per line; empty lines dropped. */
export function topicsFromText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

// ---- courses ---------------------------------------------------------------------

/** The course fields translated per language (issue 10); a form field per language, named `titleTranslations.ar` etc. */
export const COURSE_TRANSLATED = ["titleTranslations", "descriptionTranslations"] as const;

export type CourseFormValues = CourseFields & TranslationValues<(typeof COURSE_TRANSLATED)[number]>;

type CourseFields = {
  title: string;
  description: string;
  teachingHours: string;
  topics: string;
  minimumAttendancePercent: string;
  qualificationName: string;
  qualificationValidityYears: string;
  certificateText: string;
};

export function courseFormValues(course?: {
  title: string;
  description: string;
  /** As entered (German and each translation): the edit form changes these, not the reader's `title`. */
  titleTranslations?: Partial<Record<"de" | (typeof TRANSLATION_LOCALES)[number], string | null>> | null;
  descriptionTranslations?: Partial<Record<"de" | (typeof TRANSLATION_LOCALES)[number], string | null>> | null;
  teachingHours: number;
  topics: readonly string[];
  minimumAttendancePercent: number;
  qualificationName?: string | null;
  qualificationValidityYears?: number | null;
  certificateText: string;
} | null): CourseFormValues {
  return {
    title: course?.titleTranslations?.de ?? course?.title ?? "",
    description: course?.descriptionTranslations?.de ?? course?.description ?? "",
    ...translationValues("titleTranslations", course?.titleTranslations),
    ...translationValues("descriptionTranslations", course?.descriptionTranslations),
    teachingHours: course ? String(course.teachingHours) : "",
    topics: course?.topics.join("\n") ?? "",
    minimumAttendancePercent: String(course?.minimumAttendancePercent ?? 80),
    qualificationName: course?.qualificationName ?? "",
    qualificationValidityYears: course?.qualificationValidityYears ? String(course.qualificationValidityYears) : "",
    certificateText: course?.certificateText ?? "",
  };
}

export function parseCourseForm(v: CourseFormValues): Parsed<CourseInput> {
  const problems: Problems = {};
  if (!v.title.trim()) problems.title = m.common_fillIn;
  const teachingHours = parseWholeNumber(v.teachingHours, COURSE.teachingHours.min, COURSE.teachingHours.max);
  if (teachingHours === null) problems.teachingHours = m.course_hoursInvalid;
  const minimum = parseWholeNumber(v.minimumAttendancePercent, COURSE.minimumAttendancePercent.min, COURSE.minimumAttendancePercent.max);
  if (minimum === null) problems.minimumAttendancePercent = m.course_minimumInvalid;
  let validity: number | null = null;
  if (v.qualificationValidityYears.trim()) {
    validity = parseWholeNumber(v.qualificationValidityYears, COURSE.qualificationValidityYears.min, COURSE.qualificationValidityYears.max);
    if (validity === null) problems.qualificationValidityYears = m.course_validityInvalid;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      title: v.title.trim(),
      description: v.description.trim() || null,
      titleTranslations: translationsFromValues("titleTranslations", v),
      descriptionTranslations: translationsFromValues("descriptionTranslations", v),
      teachingHours: teachingHours!,
      topics: topicsFromText(v.topics),
      minimumAttendancePercent: minimum,
      qualificationName: v.qualificationName.trim() || null,
      qualificationValidityYears: validity,
      certificateText: v.certificateText.trim() || null,
    },
  };
}

/** A text as the API gives it to edit forms: German and each translation (null: none). */
type EnteredText = Partial<Record<"de" | (typeof TRANSLATION_LOCALES)[number], string | null>> | null;

// ---- cohorts ---------------------------------------------------------------------

/** The cohort's title per language (issue 10): a form field per language, named `titleTranslations.ar` etc. */
export const COHORT_TRANSLATED = ["titleTranslations"] as const;

export type CohortFormValues = CohortFields & TranslationValues<(typeof COHORT_TRANSLATED)[number]>;

interface CohortFields {
  title: string;
  location: string;
  capacity: string;
  fee: string;
  enrolmentOpensOn: string;
  enrolmentClosesOn: string;
  requiresInterview: boolean;
  offerHours: string;
  trainerIds: string[];
}

export function cohortFormValues(
  locale: UiLocale,
  trainerIds: string[],
  cohort?: {
    title: string;
    /** As entered (German and each translation): the edit form changes these. */
    titleTranslations?: EnteredText;
    location: string;
    capacity: number;
    feeCents: number;
    enrolmentOpensAt?: string | null;
    enrolmentClosesAt?: string | null;
    requiresInterview: boolean;
    offerHours: number;
  } | null,
  /** The organisation's default for a new cohort's interview (on unless set otherwise). */
  defaults?: { requiresInterview: boolean } | null,
): CohortFormValues {
  return {
    title: cohort?.titleTranslations?.de ?? cohort?.title ?? "",
    ...translationValues("titleTranslations", cohort?.titleTranslations),
    location: cohort?.location ?? "",
    capacity: cohort ? String(cohort.capacity) : "15",
    fee: cohort ? centsToInput(cohort.feeCents, locale) : "0",
    enrolmentOpensOn: cohort?.enrolmentOpensAt ? berlinDateTime(cohort.enrolmentOpensAt).date : "",
    enrolmentClosesOn: cohort?.enrolmentClosesAt ? berlinDateTime(cohort.enrolmentClosesAt).date : "",
    requiresInterview: cohort?.requiresInterview ?? defaults?.requiresInterview ?? true,
    offerHours: cohort ? String(cohort.offerHours) : "",
    trainerIds,
  };
}

export function parseCohortForm(v: CohortFormValues): Parsed<CohortInput> {
  const problems: Problems = {};
  if (!v.title.trim()) problems.title = m.common_fillIn;
  const capacity = parseWholeNumber(v.capacity, COHORT.capacity.min, COHORT.capacity.max);
  if (capacity === null) problems.capacity = m.cohort_capacityInvalid;
  const feeCents = v.fee.trim() ? parseEuroToCents(v.fee) : 0;
  if (feeCents === null) problems.feeCents = m.cohort_feeInvalid;
  let opens: string | null = null;
  let closes: string | null = null;
  if (v.enrolmentOpensOn) {
    opens = startOfBerlinDay(v.enrolmentOpensOn);
    if (!opens) problems.enrolmentOpensAt = m.cohort_dateInvalid;
  }
  if (v.enrolmentClosesOn) {
    closes = endOfBerlinDay(v.enrolmentClosesOn);
    if (!closes) problems.enrolmentClosesAt = m.cohort_dateInvalid;
  }
  if (opens && closes && opens >= closes) problems.enrolmentClosesAt = m.cohort_windowOrder;
  let offerHours: number | null = null;
  if (v.offerHours.trim()) {
    offerHours = parseWholeNumber(v.offerHours, COHORT.offerHours.min, COHORT.offerHours.max);
    if (offerHours === null) problems.offerHours = m.cohort_offerHoursInvalid;
  }
  if (v.trainerIds.length === 0) problems.trainerIds = m.cohort_trainersRequired;
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      title: v.title.trim(),
      titleTranslations: translationsFromValues("titleTranslations", v),
      location: v.location.trim() || null,
      capacity: capacity!,
      feeCents: feeCents!,
      enrolmentOpensAt: opens,
      enrolmentClosesAt: closes,
      requiresInterview: v.requiresInterview,
      offerHours,
      trainerIds: v.trainerIds,
    },
  };
}

// ---- sessions --------------------------------------------------------------------

/** The session's topic per language (issue 10): a form field per language, named `topicTranslations.ar` etc. */
export const SESSION_TRANSLATED = ["topicTranslations"] as const;

export type SessionFormValues = SessionFields & TranslationValues<(typeof SESSION_TRANSLATED)[number]>;

interface SessionFields {
  date: string;
  startTime: string;
  endTime: string;
  topic: string;
  room: string;
  onlineUrl: string;
}

export function sessionFormValues(
  session?: {
    startsAt: string;
    endsAt: string;
    topic: string;
    /** As entered (German and each translation): the edit form changes these. */
    topicTranslations?: EnteredText;
    room?: string | null;
    onlineUrl?: string | null;
  } | null,
): SessionFormValues {
  if (!session) return { date: "", startTime: "", endTime: "", topic: "", ...translationValues("topicTranslations", null), room: "", onlineUrl: "" };
  const start = berlinDateTime(session.startsAt);
  return {
    date: start.date,
    startTime: start.time,
    endTime: berlinDateTime(session.endsAt).time,
    topic: session.topicTranslations?.de ?? session.topic,
    ...translationValues("topicTranslations", session.topicTranslations),
    room: session.room ?? "",
    onlineUrl: session.onlineUrl ?? "",
  };
}

/**
 * Date, start and end time in Berlin -> startsAt/endsAt instants. A session
 * ends on the day it starts; an end at or before the start is refused.
 * Problems are keyed by the form's fields (date, startTime, endTime, …).
 */
export function parseSessionForm(v: SessionFormValues): Parsed<SessionInput> {
  const problems: Problems = {};
  const startsAt = v.date ? berlinToIso(v.date, v.startTime) : null;
  const endsAt = v.date ? berlinToIso(v.date, v.endTime) : null;
  if (!v.date) problems.date = m.common_fillIn;
  else if (!berlinToIso(v.date, "12:00")) problems.date = m.cohort_dateInvalid;
  if (!v.startTime) problems.startTime = m.common_fillIn;
  else if (!startsAt && !problems.date) problems.startTime = m.session_timeInvalid;
  if (!v.endTime) problems.endTime = m.common_fillIn;
  else if (!endsAt && !problems.date) problems.endTime = m.session_timeInvalid;
  if (startsAt && endsAt && endsAt <= startsAt) problems.endTime = m.session_endBeforeStart;
  if (!v.topic.trim()) problems.topic = m.common_fillIn;
  if (v.onlineUrl.trim() && !isWebUrl(v.onlineUrl.trim())) problems.onlineUrl = m.session_urlInvalid;
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    input: {
      startsAt: startsAt!,
      endsAt: endsAt!,
      topic: v.topic.trim(),
      topicTranslations: translationsFromValues("topicTranslations", v),
      room: v.room.trim() || null,
      onlineUrl: v.onlineUrl.trim() || null,
    },
  };
}

/** The API names session fields startsAt/endsAt; the form shows them at the date and the end time. */
export function sessionFieldOf(apiField: string): string {
  return apiField === "startsAt" ? "date" : apiField === "endsAt" ? "endTime" : apiField;
}

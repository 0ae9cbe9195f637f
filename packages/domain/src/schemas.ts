// The API's input rules as zod schemas, built from bounds.ts. The messages are
// the dictionary keys the API answers with (`validation.tooLong`, …); the web
// app shows them next to the field. Server code imports this file; the browser
// bundle does not need zod and imports bounds.ts instead.
import { z } from "zod";
import { isIsoDate, ISO_DATE } from "./calendar-date.ts";
import {
  ACCOUNT,
  ALLOWANCE,
  AVAILABILITY_TIME,
  COHORT,
  COURSE,
  DONATION,
  ENROLMENT,
  HOURS,
  isWebUrl,
  LANGUAGE_CODE,
  NACHWEIS,
  PHONE,
  PROFILE,
  SESSION,
  SETTINGS,
  VOLUNTEERS,
  YEAR_RANGE,
  type Range,
} from "./bounds.ts";
import { TRANSLATION_LOCALES } from "./locale.ts";

/** Text that may be empty, at most `max` characters. */
export const text = (max: number) => z.string().max(max, "validation.tooLong");

/** Text that must hold more than white space, at most `max` characters. */
export const requiredText = (max: number) => z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");

/** A text's translations ({"en": …, "ar": …}), each optional and at most `max` characters, as the German text. */
export const translations = (max: number) =>
  z.object(Object.fromEntries(TRANSLATION_LOCALES.map((locale) => [locale, text(max).nullish()])) as Record<(typeof TRANSLATION_LOCALES)[number], z.ZodOptional<z.ZodNullable<z.ZodString>>>);

/** A whole number within a range. */
export const wholeNumber = (range: Range, message = "validation.range") => z.number().int().min(range.min, message).max(range.max, message);

/** A list of at most `max` entries (the entries have their own rules). */
export const listOf = (max: number) => z.array(z.any()).max(max, "validation.tooMany");

export const isoDate = z.string().regex(ISO_DATE, "date.invalid").refine(isIsoDate, "date.invalid");
export const email = z.string().trim().min(1, "validation.required").max(ACCOUNT.emailMax, "validation.tooLong").email("validation.email");
export const password = z.string().min(1, "validation.required").max(ACCOUNT.passwordMax, "validation.tooLong");
export const token = z.string().min(1, "validation.required").max(ACCOUNT.tokenMax, "validation.tooLong");
export const personName = requiredText(ACCOUNT.nameMax);
export const year = wholeNumber(YEAR_RANGE);
export const languageCode = z.string().regex(LANGUAGE_CODE, "validation.languageCode");
export const availabilityTime = z.string().regex(AVAILABILITY_TIME, "validation.time");
export const phone = z.string().max(PROFILE.phoneMax, "validation.tooLong").regex(PHONE, "validation.phone");
/** Only web addresses: the link is shown to participants and written into calendars. */
export const webUrl = z.string().max(SESSION.onlineUrlMax, "validation.tooLong").refine((s) => isWebUrl(s.trim()), "validation.url");

export const course = {
  title: requiredText(COURSE.titleMax),
  description: text(COURSE.descriptionMax),
  titleTranslations: translations(COURSE.titleMax),
  descriptionTranslations: translations(COURSE.descriptionMax),
  teachingHours: wholeNumber(COURSE.teachingHours),
  topics: z.array(text(COURSE.topicMax)).max(COURSE.topicsMax, "validation.tooMany"),
  minimumAttendancePercent: wholeNumber(COURSE.minimumAttendancePercent),
  qualificationName: text(COURSE.qualificationNameMax),
  qualificationValidityYears: wholeNumber(COURSE.qualificationValidityYears),
  certificateText: text(COURSE.certificateTextMax),
};

export const cohort = {
  title: requiredText(COHORT.titleMax),
  titleTranslations: translations(COHORT.titleMax),
  location: text(COHORT.locationMax),
  capacity: wholeNumber(COHORT.capacity),
  feeCents: wholeNumber(COHORT.feeCents),
  offerHours: wholeNumber(COHORT.offerHours),
};

export const session = {
  topic: requiredText(SESSION.topicMax),
  topicTranslations: translations(SESSION.topicMax),
  room: text(SESSION.roomMax),
  onlineUrl: webUrl,
};

export const enrolment = {
  motivation: text(ENROLMENT.motivationMax),
  interviewNote: text(ENROLMENT.interviewNoteMax),
  reason: z.string().trim().min(1, "volunteer.reasonRequired").max(ENROLMENT.reasonMax, "validation.tooLong"),
  priority: wholeNumber(ENROLMENT.priority),
  attendanceEntries: listOf(ENROLMENT.attendanceEntriesMax),
};

export const profile = {
  phone,
  languages: listOf(PROFILE.languagesMax),
  topicIds: listOf(PROFILE.topicsMax),
  availability: listOf(PROFILE.availabilityMax),
  maxTandems: wholeNumber(PROFILE.maxTandems),
  weekday: wholeNumber(PROFILE.weekday, "validation.weekday"),
};

export const volunteers = {
  organizationSlug: z.string().min(1, "validation.required").max(ACCOUNT.organizationSlugMax, "validation.tooLong"),
  search: text(VOLUNTEERS.searchMax),
  reason: text(VOLUNTEERS.reasonMax),
};

export const hours = {
  minutes: wholeNumber(HOURS.minutes, "hours.minutesRange"),
  note: text(HOURS.noteMax),
  reviewIds: z.array(z.any()).min(1, "validation.required").max(HOURS.reviewBatchMax, "validation.tooMany"),
};

export const allowance = {
  amountCents: z.number().int().min(ALLOWANCE.amountCents.min, "validation.positive").max(ALLOWANCE.amountCents.max, "validation.range"),
  note: text(ALLOWANCE.noteMax),
  receiptReference: text(ALLOWANCE.receiptReferenceMax),
  kilometres: wholeNumber(ALLOWANCE.kilometres),
  payer: requiredText(ALLOWANCE.payerMax),
};

export const settings = {
  pauschaleYear: wholeNumber(YEAR_RANGE, "settings.yearRange"),
  pauschaleLimitCents: wholeNumber(SETTINGS.pauschaleLimitCents, "settings.limitRange"),
  pauschaleLimits: listOf(SETTINGS.pauschaleLimitsMax),
  // Payments and courses
  mileageCentsPerKm: wholeNumber(SETTINGS.mileageCentsPerKm),
  cohortCapacity: wholeNumber(SETTINGS.cohortCapacity),
  ehrenamtskarteYears: wholeNumber(SETTINGS.ehrenamtskarteYears, "settings.ehrenamtskarteYears"),
  nachweisAddress: text(SETTINGS.nachweisTextMax),
  nachweisLine: text(SETTINGS.nachweisLineMax),
  smallNumberThreshold: wholeNumber(SETTINGS.smallNumberThreshold),
};

/** Issuing, withdrawing and checking a Nachweis; the optional birth date printed on it. */
export const nachweis = {
  reason: requiredText(NACHWEIS.reasonMax),
  code: z.string().max(64, "validation.tooLong"),
  date: isoDate,
};

export const donation = {
  amountCents: wholeNumber(DONATION.amountCents, "donation.amountRange"),
  donorName: requiredText(DONATION.donorNameMax),
  address: text(DONATION.addressMax),
  email: z.string().trim().max(ACCOUNT.emailMax, "validation.tooLong").refine((s) => s === "" || z.string().email().safeParse(s).success, "validation.email"),
  note: text(DONATION.noteMax),
  purpose: text(DONATION.purposeMax),
  reference: requiredText(DONATION.referenceMax),
  fundName: requiredText(DONATION.fundNameMax),
  /** A goods category's name in the other languages: bounded as the name (fundName). */
  categoryNameTranslations: translations(DONATION.fundNameMax),
  description: requiredText(DONATION.descriptionMax),
  age: text(DONATION.ageMax),
  storageLocation: requiredText(DONATION.storageLocationMax),
  familyName: requiredText(DONATION.familyNameMax),
  reason: requiredText(DONATION.reasonMax),
  quantity: wholeNumber(DONATION.quantity, "donation.quantityRange"),
  items: z.array(z.any()).min(1, "donation.itemsRequired").max(DONATION.itemsMax, "validation.tooMany"),
  date: isoDate,
};

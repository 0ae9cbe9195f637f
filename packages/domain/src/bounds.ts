// The limits of what people may enter, one number per rule. The API refuses
// anything outside them (schemas.ts turns them into zod schemas); the web app
// uses the same numbers for maxlength and for the checks it makes before
// sending, so a form never accepts what the API will refuse, or the reverse.
// Plain numbers, no dependencies: the browser bundle imports this file alone.

// The hour entry's limits and the years are a file of their own (hour-bounds.ts): the volunteer
// home's form loads only them, not every form's limits.
import { HOURS, YEAR_RANGE, type Range } from "./hour-bounds.ts";
export { HOURS, YEAR_RANGE, type Range };

export const ACCOUNT = {
  nameMax: 200,
  emailMax: 254,
  /** Long enough for any passphrase, short enough to keep hashing cheap. */
  passwordMax: 1024,
  /** Reset, invitation and verification tokens. */
  tokenMax: 200,
  organizationSlugMax: 100,
} as const;

export const COURSE = {
  titleMax: 200,
  descriptionMax: 5000,
  teachingHours: { min: 1, max: 500 } satisfies Range,
  topicMax: 200,
  topicsMax: 30,
  minimumAttendancePercent: { min: 0, max: 100 } satisfies Range,
  qualificationNameMax: 200,
  qualificationValidityYears: { min: 1, max: 50 } satisfies Range,
  certificateTextMax: 5000,
} as const;

export const COHORT = {
  titleMax: 200,
  locationMax: 300,
  capacity: { min: 1, max: 500 } satisfies Range,
  /** 10.000,00 € */
  feeCents: { min: 0, max: 1_000_000 } satisfies Range,
  /** How long a waiting-list offer stays open. */
  offerHours: { min: 1, max: 720 } satisfies Range,
} as const;

export const SESSION = {
  topicMax: 300,
  roomMax: 300,
  onlineUrlMax: 1000,
} as const;

export const ENROLMENT = {
  motivationMax: 2000,
  interviewNoteMax: 2000,
  /** Reasons given for a decision (priority, refusal, withdrawal, …). */
  reasonMax: 1000,
  priority: { min: -100, max: 100 } satisfies Range,
  /** Attendance entries saved at once (a session's whole list). */
  attendanceEntriesMax: 500,
} as const;

export const PROFILE = {
  phoneMax: 40,
  languagesMax: 20,
  topicsMax: 50,
  /** Three slots a day, every day. */
  availabilityMax: 21,
  maxTandems: { min: 0, max: 20 } satisfies Range,
  /** ISO weekday, 1 = Monday. */
  weekday: { min: 1, max: 7 } satisfies Range,
} as const;

export const VOLUNTEERS = {
  searchMax: 200,
  /** Review decisions, end of volunteering and other reasons written down. */
  reasonMax: 1000,
} as const;


export const ALLOWANCE = {
  amountCents: { min: 1, max: 100_000_000 } satisfies Range,
  noteMax: 1000,
  /** A receipt's number or name (Beleg-Nr.). */
  receiptReferenceMax: 200,
  /** Car travel per payment: up to 20,000 km. */
  kilometres: { min: 1, max: 20_000 } satisfies Range,
  /** Who paid an amount received elsewhere. */
  payerMax: 200,
} as const;

export const SETTINGS = {
  /** 10.000,00 €: far above any Ehrenamtspauschale so far, low enough to catch a typo of two zeros. */
  pauschaleLimitCents: { min: 0, max: 1_000_000 } satisfies Range,
  /** One limit per year at most. */
  pauschaleLimitsMax: YEAR_RANGE.max - YEAR_RANGE.min + 1,
  // Payments and courses
  /** 0 to 5,00 € per km. */
  mileageCentsPerKm: { min: 0, max: 500 } satisfies Range,
  /** The usual cohort range's ends, within what a cohort can hold at all. */
  cohortCapacity: COHORT.capacity,
  /** Ehrenamtskarte: years of activity required, and years a card is valid (issue 9). */
  ehrenamtskarteYears: { min: 1, max: 10 } satisfies Range,
  /** The organisation's address and activity text on the Nachweis (a few lines), and its contact person (one line). */
  nachweisTextMax: 500,
  nachweisLineMax: 200,
  /** Integrationsmonitor: the small-number threshold (2 at least: 1 would hide nothing). */
  smallNumberThreshold: { min: 2, max: 100 } satisfies Range,
} as const;

/** Issuing and withdrawing a Nachweis (issue 9). */
export const NACHWEIS = {
  /** The verification code: 20 characters of a 32-letter alphabet (100 random bits). */
  codeLength: 20,
  reasonMax: 1000,
} as const;

/** Whether a whole number lies within a range. */
export const within = (value: number, range: Range): boolean => Number.isInteger(value) && value >= range.min && value <= range.max;

// ---- shapes ------------------------------------------------------------------

/** ISO 639-1 language code, e.g. "ar", "uk", "fa". */
export const LANGUAGE_CODE = /^[a-zA-Z]{2}$/;

/** Digits, spaces and + ( ) / - only. */
export const PHONE = /^[0-9+()\/\s-]*$/;

/** A time of day in an availability slot, "HH:MM"; "24:00" ends a slot at midnight. */
export const AVAILABILITY_TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** "HH:MM" (up to "24:00") -> minutes since midnight. */
export const minutesOfDay = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** An absolute http(s) address: online meeting links are shown to participants and written into calendars. */
export function isWebUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

// Donations (issue 12)
export const DONATION = {
  /** A single donation or item value: 1 cent up to 1.000.000,00 € (the sane cap; larger gifts are entered in parts by the finance office). */
  amountCents: { min: 1, max: 100_000_000 } satisfies Range,
  donorNameMax: 200,
  addressMax: 500,
  noteMax: 2000,
  purposeMax: 500,
  referenceMax: 300,
  fundNameMax: 200,
  descriptionMax: 1000,
  ageMax: 100,
  storageLocationMax: 200,
  familyNameMax: 200,
  reasonMax: 1000,
  /** Items in one goods donation. */
  itemsMax: 100,
  /** Pieces of one item. */
  quantity: { min: 1, max: 100_000 } satisfies Range,
  /** Days a reservation may be held. */
  reservationDays: { min: 1, max: 365 } satisfies Range,
  /** Donations on one collective receipt. */
  collectiveMax: 500,
  /** Receipt retention in years (domain.md: 8 to 10). */
  retentionYears: { min: 1, max: 30 } satisfies Range,
} as const;

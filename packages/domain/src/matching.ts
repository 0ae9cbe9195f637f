// Bounds of what staff enter about a family and a tandem (issue 11): the API
// refuses anything outside them, the web's forms use the same numbers.
import type { Range } from "./bounds.ts";

export const FAMILY = {
  addressedAsMax: 200,
  membersMax: 20,
  firstNameMax: 100,
  birthYear: { min: 1900, max: 2100 } satisfies Range,
  languagesMax: 20,
  addressMax: 500,
  phoneMax: 50,
  wishesMax: 2000,
  restrictedNoteMax: 4000,
  timesMax: 30,
  needsMax: 32,
  closeReasonMax: 1000,
  consentVersion: { min: 1, max: 1000 } satisfies Range,
} as const;

export const TANDEM = {
  reasonMax: 1000,
  contactNoteMax: 2000,
  contactMinutes: { min: 1, max: 1440 } satisfies Range,
  /** Suggestions returned at most per request. */
  suggestionsMax: 100,
  /** Families one batch proposal may cover. */
  batchFamiliesMax: 5000,
} as const;

export const TANDEM_END_REASONS = ["GOAL_REACHED", "FAMILY_MOVED", "NOT_A_FIT", "VOLUNTEER_STOPPED", "OTHER"] as const;
export const CONTACT_KINDS = ["MEETING", "PHONE", "MESSAGE", "ACCOMPANIMENT"] as const;

/** The organisation's matching settings: a criterion's weight (points at a full fit) and the no-contact alert. */
export const MATCHING_SETTINGS = {
  weight: { min: 0, max: 100 } satisfies Range,
  noContactAlertDays: { min: 1, max: 365 } satisfies Range,
} as const;

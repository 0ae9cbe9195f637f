// Texts for the enum values of the family and tandem pages; a value without a
// message is shown as it is, so a new one gets noticed.
import { m } from "$lib/paraglide/messages.js";
import { numberFormat } from "@lotse/domain/intl-cache";

type Labels = Record<string, () => string>;
const label = (labels: Labels) => (value: string) => labels[value]?.() ?? value;

export const familyStatusLabel = label({
  WAITING: m.family_status_WAITING,
  MATCHED: m.family_status_MATCHED,
  CLOSED: m.family_status_CLOSED,
});

export const tandemStatusLabel = label({
  PROPOSED: m.tandem_status_PROPOSED,
  ACTIVE: m.tandem_status_ACTIVE,
  PAUSED: m.tandem_status_PAUSED,
  ENDED: m.tandem_status_ENDED,
  DECLINED: m.tandem_status_DECLINED,
});

export const endReasonLabel = label({
  GOAL_REACHED: m.tandem_end_GOAL_REACHED,
  FAMILY_MOVED: m.tandem_end_FAMILY_MOVED,
  NOT_A_FIT: m.tandem_end_NOT_A_FIT,
  VOLUNTEER_STOPPED: m.tandem_end_VOLUNTEER_STOPPED,
  OTHER: m.tandem_end_OTHER,
});

export const contactKindLabel = label({
  MEETING: m.vol_tandemKind_MEETING,
  PHONE: m.vol_tandemKind_PHONE,
  MESSAGE: m.vol_tandemKind_MESSAGE,
  ACCOMPANIMENT: m.vol_tandemKind_ACCOMPANIMENT,
});

export const criterionLabel = label({
  LANGUAGE: m.criterion_LANGUAGE,
  DISTANCE: m.criterion_DISTANCE,
  TIME_OVERLAP: m.criterion_TIME_OVERLAP,
  TOPICS: m.criterion_TOPICS,
  LOAD: m.criterion_LOAD,
  QUALIFICATION: m.criterion_QUALIFICATION,
  WAITING: m.criterion_WAITING,
});

/** Tones of the status badges (the text says the status; the colour only repeats it). */
export const familyTone = (status: string) => (status === "WAITING" ? "wait" : status === "MATCHED" ? "ok" : "off");
export const tandemTone = (status: string) => (status === "ACTIVE" ? "ok" : status === "PROPOSED" ? "wait" : "off");

/** Points and numbers in the reader's language (1 decimal at most). */
export function decimal(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/**
 * An event's reason as the reader should see it: the API stores an ending as
 * "<END_REASON>" or "<END_REASON>: <note>", the other reasons as typed.
 */
export function eventReason(toStatus: string, reason: string): string {
  const match = toStatus === "ENDED" ? reason.match(/^([A-Z_]+)(?:: ([\s\S]*))?$/) : null;
  if (!match) return reason;
  const label = endReasonLabel(match[1]!);
  return match[2] ? `${label}: ${match[2]}` : label;
}

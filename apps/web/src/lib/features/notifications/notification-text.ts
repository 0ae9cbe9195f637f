// A notification in the reader's language: the API stores the kind (a work
// queue key) and plain values; the words, dates and amounts are the web's.
// A kind without its own message falls back to the work queue's label of the
// same key, so a new kind still reads as the work it is.
import { formatBerlinDateTime } from "@lotse/domain/berlin-time";
import { formatDate } from "@lotse/domain/calendar-date";
import { formatCents } from "@lotse/domain/cents";
import { formatDuration } from "@lotse/domain/duration";
import type { Locale } from "@lotse/domain/locale";
import { m } from "$lib/paraglide/messages.js";
import { getLocale } from "$lib/paraglide/runtime.js";
import { workQueueLabel } from "$lib/features/work-queue/work-queue";
import { languageName } from "$lib/features/volunteers/languages";

export interface NotificationLike {
  kind: string;
  params: readonly { name: string; value: string }[];
}

type Params = Record<string, string>;
type Wording = (p: Params, locale: Locale) => string;

const when = (value: string | undefined, locale: Locale) => (value ? formatBerlinDateTime(value, locale) : "");

const WORDING: Record<string, Wording> = {
  "volunteers.hoursToReview": (p, locale) =>
    m.notification_volunteers_hoursToReview({ duration: formatDuration(Number(p.minutes ?? 0), locale), date: formatDate(p.date ?? "", locale) }),
  "volunteers.signUpsWaiting": () => m.notification_volunteers_signUpsWaiting(),
  "matching.tandemsWithoutContact": (p) => m.notification_matching_tandemsWithoutContact({ days: p.days ?? "", tandems: p.tandems ?? "" }),
  "appointments.interpreterRequestsOpen": (p, locale) =>
    m.notification_appointments_interpreterRequestsOpen({ language: languageName(p.language ?? "", locale), startsAt: when(p.startsAt, locale) }),
  "appointments.interpreterRequestsToAnswer": (p, locale) =>
    m.notification_appointments_interpreterRequestsToAnswer({
      language: languageName(p.language ?? "", locale),
      startsAt: when(p.startsAt, locale),
      respondBy: when(p.respondBy, locale),
    }),
  "donations.awaitingAcceptance": (p, locale) => m.notification_donations_awaitingAcceptance({ amount: formatCents(Number(p.amountCents ?? 0), locale) }),
  "training.offersToAnswer": (p, locale) => m.notification_training_offersToAnswer({ course: p.course ?? "", expiresAt: when(p.expiresAt, locale) }),
};

export function notificationText(n: NotificationLike, locale: Locale = getLocale() as Locale): string {
  const params: Params = Object.fromEntries(n.params.map((p) => [p.name, p.value]));
  const wording = WORDING[n.kind];
  return wording ? wording(params, locale) : workQueueLabel({ key: n.kind, count: 1 });
}

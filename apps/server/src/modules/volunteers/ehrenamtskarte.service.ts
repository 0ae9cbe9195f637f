// The Ehrenamtskarte a volunteer holds: a coordinator records the day it was
// issued, its expiry follows from the validity setting (default 3 years), and
// three months before expiry a delayed job mails the volunteer a reminder with
// a fresh eligibility check (so they know whether a new card can be applied for).
import { berlinToday, berlinToIso } from "@lotse/domain/berlin-time";
import { formatDate, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { PATHS } from "@lotse/domain/paths";
import { DomainError, notFound } from "../../errors.ts";
import type { DelayedJobHandler } from "../../jobs/delayed-job-handler.ts";
import { cancelJob, enqueueJob } from "../../jobs/delayed-jobs.ts";
import { enqueueMail } from "../../jobs/outbox.ts";
import { audit } from "../audit/index.ts";
import { readSettings } from "../organizations/index.ts";
import { cardDates, ehrenamtskarteEligibility, eligibilityRules } from "./eligibility.ts";
import { readEligibilityFacts } from "./eligibility-facts.service.ts";
import { ehrenamtskarteReminderMail } from "./mails.ts";
import { assertNotOwnRecord } from "./access.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";
import { toUiLocale } from "../../i18n/locales.ts";

export const CARD_REMINDER_KIND = "volunteers.ehrenamtskarteExpiry";

const reminderKey = (volunteerId: string, issuedOn: string) => `ehrenamtskarte:${volunteerId}:${issuedOn}`;

interface ReminderPayload {
  userId: string;
  volunteerId: string;
  issuedOn: string;
  /** The volunteer's page, from the deployment's public address when the card was recorded. */
  link: string;
}

/**
 * Records that the volunteer was issued a card on `issuedOn` (a later record replaces it) and plans the reminder.
 * `previousIssuedOn` is the card the coordinator saw (null: none); the record only replaces that one.
 */
export async function recordEhrenamtskarte(ctx: ServiceCtx, { volunteerId, issuedOn, previousIssuedOn }: { volunteerId: string; issuedOn: string; previousIssuedOn?: string | null }) {
  const { db } = ctx;
  const viewer = signedIn(ctx);
  if (issuedOn > berlinToday(ctx.now)) throw new DomainError("VALIDATION", "ehrenamtskarte.issuedInFuture", "issuedOn");
  const profile = await db.volunteerProfile.findUnique({ where: { id: volunteerId }, select: { id: true, userId: true, ehrenamtskarteIssuedOn: true } });
  if (!profile) throw notFound("volunteerId");
  assertNotOwnRecord(viewer, profile, "volunteerId");
  const dates = cardDates(parseIsoDate(issuedOn), viewer.organization.parsedSettings.volunteers.ehrenamtskarteValidityYears);
  const before = profile.ehrenamtskarteIssuedOn ? formatIsoDate(profile.ehrenamtskarteIssuedOn) : null;
  // The same date again: nothing to record, remind or audit.
  if (before === issuedOn) return db.volunteerProfile.findUniqueOrThrow({ where: { id: profile.id } });
  // Conditional on the card the coordinator saw (else on the one read above): of two coordinators
  // recording from the same page, one records, the other is told to reload, whenever the second arrives.
  const expected = previousIssuedOn === undefined ? profile.ehrenamtskarteIssuedOn : previousIssuedOn === null ? null : parseIsoDate(previousIssuedOn);
  return db.$transaction(async (tx) => {
    const { count } = await tx.volunteerProfile.updateMany({
      where: { id: profile.id, ehrenamtskarteIssuedOn: expected },
      data: { ehrenamtskarteIssuedOn: parseIsoDate(issuedOn) },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "conflict.changedMeanwhile", "issuedOn");
    // The earlier card's reminder is moot once a newer card is recorded.
    if (before && before !== issuedOn) await cancelJob(tx, reminderKey(profile.id, before));
    const now = ctx.now ?? new Date();
    const due = new Date(berlinToIso(dates.remindOn, "08:00")!);
    await enqueueJob(tx, {
      organizationId: viewer.organizationId,
      kind: CARD_REMINDER_KIND,
      runAt: due < now ? now : due,
      payload: { userId: profile.userId, volunteerId: profile.id, issuedOn, link: `${ctx.config.PUBLIC_URL}${PATHS.nachweis}` } satisfies ReminderPayload,
      dedupeKey: reminderKey(profile.id, issuedOn),
    });
    await audit(tx, viewer.userId, "ehrenamtskarte.recorded", { type: "VolunteerProfile", id: profile.id }, { issuedOn, previous: before, expiresOn: dates.expiresOn });
    return tx.volunteerProfile.findUniqueOrThrow({ where: { id: profile.id } });
  });
}

/**
 * The reminder three months before expiry: the volunteer gets the expiry date
 * and today's eligibility (each year's hours), in their language, through the
 * outbox in the job's transaction. Nothing is sent when the card was replaced
 * by a newer record meanwhile (that record planned its own reminder).
 */
export const ehrenamtskarteReminder: DelayedJobHandler<ReminderPayload> = {
  kind: CARD_REMINDER_KIND,
  async handle(tx, payload, job) {
    const profile = await tx.volunteerProfile.findUnique({
      where: { id: payload.volunteerId },
      select: { id: true, ehrenamtskarteIssuedOn: true, user: { select: { email: true, name: true, locale: true } } },
    });
    if (!profile?.ehrenamtskarteIssuedOn || formatIsoDate(profile.ehrenamtskarteIssuedOn) !== payload.issuedOn) return;
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: job.organizationId }, select: { name: true, settings: true } });
    const settings = readSettings(organization.settings);
    const today = parseIsoDate(berlinToday(job.now));
    const facts = await readEligibilityFacts(tx, { organizationId: job.organizationId, volunteerId: profile.id, today, settings });
    if (!facts) return;
    const eligibility = ehrenamtskarteEligibility(facts, eligibilityRules(settings.volunteers));
    const dates = cardDates(profile.ehrenamtskarteIssuedOn, settings.volunteers.ehrenamtskarteValidityYears);
    const locale = profile.user.locale;
    const mail = ehrenamtskarteReminderMail(locale, {
      name: profile.user.name,
      organization: organization.name,
      expiresOn: formatDate(dates.expiresOn, toUiLocale(locale)),
      eligibility,
      link: payload.link,
    });
    await enqueueMail(tx, { to: profile.user.email, ...mail, organizationId: job.organizationId });
  },
};

// The data behind the calendars: one cohort's sessions (its ICS file) and a
// participant's enrolments (their private feed, found by its secret).
import type { Prisma } from "../../generated/prisma/client.ts";
import { scopedClientFor } from "../../db/tenancy.ts";
import { signedIn, type ServiceCtx } from "../service-context.ts";
import { audit } from "../audit/index.ts";
import { digest, newSecret } from "../identity/index.ts";
import { toUiLocale } from "../../i18n/locales.ts";
import { myProfile } from "../volunteers/index.ts";
import { ENDED, type CalendarCohort, type FeedEnrolment } from "./render/calendar.ts";

/** newSecret(): 32 random bytes in base64url. Anything else cannot be a feed token. */
const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const calendarCohortSelect = {
  id: true,
  title: true,
  titleTranslations: true,
  location: true,
  status: true,
  cancelledAt: true,
  cancelReason: true,
  course: { select: { title: true, titleTranslations: true } },
  sessions: {
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { id: true, startsAt: true, endsAt: true, topic: true, topicTranslations: true, room: true, onlineUrl: true, sequence: true, updatedAt: true },
  },
} satisfies Prisma.CohortSelect;

/** The cohort with its sessions, in the caller's organisation, or null. */
export function cohortCalendar(ctx: ServiceCtx, input: { cohortId: string }): Promise<CalendarCohort | null> {
  return ctx.db.cohort.findUnique({ where: { id: input.cohortId }, select: calendarCohortSelect });
}

/**
 * The feed behind a secret address: its volunteer (found by the digest of the
 * secret with the system client, one unique lookup) and their enrolments that
 * belong in a calendar, read through that organisation's scoped client.
 */
export async function feedByToken(ctx: ServiceCtx, input: { token: string }) {
  const profile = FEED_TOKEN.test(input.token)
    ? await ctx.prisma.volunteerProfile.findUnique({ where: { calendarTokenHash: digest(input.token) }, select: { id: true, organizationId: true, user: { select: { locale: true } } } })
    : null;
  if (!profile) return null;
  const enrolments: FeedEnrolment[] = await scopedClientFor(ctx.prisma, profile.organizationId).enrolment.findMany({
    where: {
      volunteerId: profile.id,
      OR: [{ status: { in: ["ADMITTED", "OFFERED"] } }, { status: { in: ENDED }, OR: [{ admittedAt: { not: null } }, { offeredAt: { not: null } }] }],
    },
    orderBy: { appliedAt: "asc" },
    select: { status: true, admittedAt: true, offeredAt: true, endedAt: true, cohort: { select: calendarCohortSelect } },
  });
  // The feed is read by a calendar app, not a signed-in person: its texts are in the volunteer's own language.
  return { volunteer: { id: profile.id, organizationId: profile.organizationId }, locale: toUiLocale(profile.user.locale), enrolments };
}

/**
 * Creates (or replaces) the volunteer's secret feed address and returns it;
 * the old address stops working. Only the digest is stored.
 */
export async function resetCalendarFeed(ctx: ServiceCtx): Promise<string> {
  const viewer = signedIn(ctx);
  const profile = await myProfile(ctx);
  const secret = newSecret();
  await ctx.db.$transaction(async (tx) => {
    await tx.volunteerProfile.update({ where: { id: profile.id }, data: { calendarTokenHash: digest(secret) } });
    await audit(tx, viewer.userId, "training.calendarFeedReset", { type: "VolunteerProfile", id: profile.id });
  });
  return `${ctx.config.PUBLIC_URL}/calendar/feed/${secret}.ics`;
}

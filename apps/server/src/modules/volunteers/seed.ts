// Reference lists every organisation starts with, and the demo volunteer.
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, parseIsoDate } from "@lotse/domain/calendar-date";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { SeedCtx } from "../module.ts";
import { DEFAULT_ACTIVITIES, DEFAULT_CONSENT_TEXT, DEFAULT_CONSENT_TRANSLATIONS, DEFAULT_DISTRICT_TRANSLATIONS, DEFAULT_DISTRICTS, DEFAULT_NAME_TRANSLATIONS, DEFAULT_TOPICS } from "./reference-data.ts";

type Tx = Prisma.TransactionClient;

/** The module's demo seed: every organisation's reference lists, then Leyla in Oldenburg. */
export async function seedVolunteers(ctx: SeedCtx) {
  for (const org of await ctx.tx.organization.findMany({ orderBy: { slug: "asc" } })) await seedReferenceData(ctx.tx, org);
  await seedDemoVolunteer(ctx.tx, ctx.organizations.oldenburg!, ctx.users["lotse@oldenburg.example"]!);
}

export async function seedReferenceData(tx: Tx, org: { id: string; slug: string; name: string }) {
  await tx.topic.createMany({
    data: DEFAULT_TOPICS.map((name, i) => ({ organizationId: org.id, name, nameTranslations: DEFAULT_NAME_TRANSLATIONS.topics[name] ?? {}, sortOrder: i })),
  });
  await tx.activityType.createMany({
    data: DEFAULT_ACTIVITIES.map((a, i) => ({ organizationId: org.id, key: a.key, name: a.name, nameTranslations: DEFAULT_NAME_TRANSLATIONS.activities[a.key] ?? {}, sortOrder: i })),
  });
  await tx.district.createMany({
    data: (DEFAULT_DISTRICTS[org.slug] ?? []).map(([name, latitude, longitude]) => ({ organizationId: org.id, name, nameTranslations: DEFAULT_DISTRICT_TRANSLATIONS[name] ?? {}, latitude, longitude })),
  });
  await tx.consentText.create({
    data: {
      organizationId: org.id,
      version: 1,
      text: DEFAULT_CONSENT_TEXT.replace("{organization}", org.name),
      translations: Object.fromEntries(Object.entries(DEFAULT_CONSENT_TRANSLATIONS).map(([locale, text]) => [locale, text.replace("{organization}", org.name)])),
    },
  });
}

/** Leyla Lotsin: approved, Arabic and Turkish, interprets Arabic, two logged days. */
export async function seedDemoVolunteer(tx: Tx, organizationId: string, userId: string) {
  const district = await tx.district.findFirstOrThrow({ where: { organizationId, name: "Osternburg" } });
  const topics = await tx.topic.findMany({ where: { organizationId, name: { in: ["Behördengänge", "Schule und Kita"] } } });
  const profile = await tx.volunteerProfile.create({
    data: {
      organizationId,
      userId,
      status: "APPROVED",
      phone: "0441 1234567",
      germanLevel: "C1",
      districtId: district.id,
      maxTandems: 2,
      offersInterpreting: true,
      consentVersion: 1,
      // Signed up (and consented) 400 days ago: her hours may be dated from then on.
      createdAt: new Date(Date.now() - 400 * 86_400_000),
      consentedAt: new Date(Date.now() - 400 * 86_400_000),
      approvedAt: new Date(Date.now() - 390 * 86_400_000),
      reviewedAt: new Date(Date.now() - 390 * 86_400_000),
      languages: {
        create: [
          { code: "ar", level: "NATIVE", interpreting: true },
          { code: "tr", level: "B2", interpreting: false },
        ],
      },
      availability: {
        create: [
          { weekday: 2, startMinute: 16 * 60, endMinute: 19 * 60 },
          { weekday: 6, startMinute: 10 * 60, endMinute: 14 * 60 },
        ],
      },
    },
  });
  await tx.volunteerTopic.createMany({ data: topics.map((t) => ({ organizationId, volunteerId: profile.id, topicId: t.id })) });
  const escort = await tx.activityType.findFirstOrThrow({ where: { organizationId, key: "ESCORT" } });
  // Days counted back from today in Berlin, like every date in Lotse (UTC's date is a day behind after midnight).
  const today = parseIsoDate(berlinToday());
  const day = (daysAgo: number) => addDays(today, -daysAgo);
  await tx.hourLog.createMany({
    data: [
      { organizationId, volunteerId: profile.id, date: day(9), minutes: 120, activityTypeId: escort.id, note: "Termin im Bürgerbüro begleitet", status: "APPROVED", reviewedAt: new Date() },
      { organizationId, volunteerId: profile.id, date: day(2), minutes: 90, activityTypeId: escort.id, note: "Anmeldung an der Grundschule" },
    ],
  });
}

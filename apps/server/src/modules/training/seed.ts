// Demo course for the trainer and the volunteers of Stadt Oldenburg: a
// Basisqualifizierung open for enrolment, with sessions on four Saturdays.
import type { SeedCtx } from "../module.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { demoCourseTranslations } from "./course-translations.ts";

type Tx = Prisma.TransactionClient;

/** The module's demo seed: Karl's course in Oldenburg. */
export const seedTraining = (ctx: SeedCtx) => seedDemoCourse(ctx.tx, ctx.organizations.oldenburg!, ctx.users["kurs@oldenburg.example"]!);

export async function seedDemoCourse(tx: Tx, organizationId: string, trainerUserId: string, now = new Date()) {
  const course = await tx.course.create({
    data: {
      organizationId,
      title: "Basisqualifizierung Integrationslotsinnen und -lotsen",
      description: "Qualifizierung für Ehrenamtliche, die Zugewanderte im Alltag begleiten (gefördert vom Land Niedersachsen).",
      ...demoCourseTranslations({ title: "Basisqualifizierung Integrationslotsinnen und -lotsen", description: "Qualifizierung für Ehrenamtliche, die Zugewanderte im Alltag begleiten (gefördert vom Land Niedersachsen)." }),
      teachingHours: 40,
      topics: ["Identität und Rolle", "Kommunikation", "Interkulturelle Kompetenz", "Rechtlicher Rahmen der Zuwanderung", "Hilfesystem und Grundbedürfnisse"],
      minimumAttendancePercent: 80,
      qualificationName: "Integrationslotse/-lotsin",
      certificateText: "hat an der Basisqualifizierung für Integrationslotsinnen und Integrationslotsen teilgenommen.",
    },
  });
  const cohort = await tx.cohort.create({
    data: {
      organizationId,
      courseId: course.id,
      title: "Basisqualifizierung Frühjahr",
      location: "Kulturzentrum PFL, Peterstraße 3, Oldenburg",
      capacity: 15,
      feeCents: 0,
      status: "OPEN",
      enrolmentOpensAt: new Date(now.getTime() - 7 * 86_400_000),
      enrolmentClosesAt: new Date(now.getTime() + 60 * 86_400_000),
      trainers: { create: [{ userId: trainerUserId }] },
    },
  });
  const firstSaturday = new Date(now.getTime() + 70 * 86_400_000);
  firstSaturday.setUTCDate(firstSaturday.getUTCDate() + ((6 - firstSaturday.getUTCDay() + 7) % 7));
  for (let week = 0; week < 4; week++) {
    const start = new Date(Date.UTC(firstSaturday.getUTCFullYear(), firstSaturday.getUTCMonth(), firstSaturday.getUTCDate() + week * 7, 8, 0));
    await tx.cohortSession.create({
      data: {
        organizationId,
        cohortId: cohort.id,
        startsAt: start,
        endsAt: new Date(start.getTime() + 7 * 3_600_000),
        topic: course.topics[week] ?? "Abschluss",
        room: "Raum 2",
      },
    });
  }
}

// The courses of the demo office (DEMO_DATA=office, db/seed.ts), on top of the
// base seed's Basisqualifizierung with its open spring cohort:
//   - the spring cohort fills up: fourteen places taken, one freed by a
//     withdrawal and offered to the head of the waiting list, three waiting;
//   - last summer's Basisqualifizierung is completed: attendance for every
//     Saturday, numbered certificates (from the organisation's counter, as the
//     completion does) and the Lotsen qualification, two below the minimum;
//   - an Aufbaumodul Sprachmittlung is running: sessions past (attendance taken,
//     except one in the last two days, which waits in the trainers' queue) and ahead;
//   - a course on school and day-care entry is open with interviews pending.
// Osnabrück gets one open Basisqualifizierung with a few places taken.
import { berlinToIso, berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { nextNumber } from "../../db/counters.ts";
import type { DemoRandom } from "../../db/demo-random.ts";
import type { AttendanceStatus, CohortStatus, Prisma } from "../../generated/prisma/client.ts";
import type { SeedCtx, SeededVolunteer } from "../module.ts";
import { demoCourseTranslations, demoTextTranslations, demoTopicTranslations } from "./course-translations.ts";
import { contentOf } from "./certificate-content.ts";
import { attendancePercent } from "./completion.service.ts";

type Tx = SeedCtx["tx"];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface CourseSpec {
  title: string;
  description: string;
  teachingHours: number;
  topics: string[];
  minimumAttendancePercent: number;
  qualificationName: string | null;
  qualificationValidityYears: number | null;
  certificateText: string;
}

const SPRACHMITTLUNG: CourseSpec = {
  title: "Aufbaumodul Sprachmittlung im Gemeinwesen",
  description: "Für Lotsinnen und Lotsen, die in Beratung, Schule und Gesundheitswesen dolmetschen: Rolle, Neutralität, Techniken und Schweigepflicht.",
  teachingHours: 18,
  topics: ["Rolle und Neutralität", "Dolmetschtechniken", "Fachbegriffe Behörde und Schule", "Schweigepflicht und Datenschutz", "Belastende Gespräche", "Reflexion und Abschluss"],
  minimumAttendancePercent: 80,
  qualificationName: "Sprachmittler/in im Gemeinwesen",
  qualificationValidityYears: 3,
  certificateText: "hat am Aufbaumodul Sprachmittlung im Gemeinwesen teilgenommen und ist für den Sprachmittlerpool qualifiziert.",
};

const BILDUNGSEINSTIEG: CourseSpec = {
  title: "Schule und Kita: Familien beim Bildungseinstieg begleiten",
  description: "Schulpflicht, Sprachlernklassen, Kita-Anmeldung und Elterngespräche: wie Lotsinnen und Lotsen neu zugewanderte Familien begleiten.",
  teachingHours: 12,
  topics: ["Schulsystem in Niedersachsen", "Kita und frühe Bildung", "Elterngespräche begleiten"],
  minimumAttendancePercent: 80,
  qualificationName: null,
  qualificationValidityYears: null,
  certificateText: "hat an der Fortbildung „Schule und Kita: Familien beim Bildungseinstieg begleiten“ teilgenommen.",
};

const MOTIVATIONS = [
  "Ich begleite schon seit einiger Zeit Familien aus meiner Nachbarschaft und möchte das gut machen.",
  "Ich bin selbst vor ein paar Jahren nach Oldenburg gekommen und weiß, wie schwer der Anfang ist.",
  "Ich möchte mein Ehrenamt auf eine feste Grundlage stellen.",
  "Im Sprachcafé werde ich oft um Hilfe bei Behördengängen gebeten.",
  null,
  null,
];

export async function seedTrainingOffice(ctx: SeedCtx) {
  const oldenburg = ctx.organizations.oldenburg;
  const karl = ctx.users["kurs@oldenburg.example"];
  const selin = ctx.users["s.aydin@oldenburg.example"];
  if (oldenburg && karl && selin) await seedOldenburg(ctx, oldenburg, [karl, selin]);
  const osnabrueck = ctx.organizations.osnabrueck;
  const maren = ctx.users["kurs@osnabrueck.example"];
  if (osnabrueck && maren) await seedOsnabrueck(ctx, osnabrueck, maren);
}

/** A Berlin wall-clock time `days` from today. */
function at(today: Date, days: number, time: string): Date {
  return new Date(berlinToIso(formatIsoDate(addDays(today, days)), time)!);
}

/** Days from today to the given weekday (0 Sunday … 6 Saturday) `weeks` weeks on (negative: back). */
function weekdayOffset(today: Date, weekday: number, weeks: number): number {
  return weeks * 7 + ((weekday - today.getUTCDay() + 7) % 7);
}

/** Approved volunteers who can take part (consent in place), signed up before `before`, in a fixed shuffled order. */
function candidates(random: DemoRandom, volunteers: SeededVolunteer[], before: Date, exclude: Set<string>): SeededVolunteer[] {
  return random.shuffle(volunteers.filter((v) => v.status === "APPROVED" && !v.consentWithdrawn && v.signedUpAt < before && !exclude.has(v.id)));
}

async function seedOldenburg(ctx: SeedCtx, organizationId: string, trainers: string[]) {
  const { tx, now } = ctx;
  const random = ctx.random("training/oldenburg");
  const today = parseIsoDate(berlinToday(now));
  const volunteers = ctx.volunteers.oldenburg ?? [];
  const leyla = volunteers.find((v) => v.userId === ctx.users["lotse@oldenburg.example"]);
  const organizationName = (await tx.organization.findUniqueOrThrow({ where: { id: organizationId } })).name;
  const trainerNames = (await tx.user.findMany({ where: { id: { in: trainers } }, select: { name: true } })).map((u) => ({ user: u }));

  // The base seed's course and its open cohort.
  const base = await tx.cohort.findFirstOrThrow({ where: { organizationId, status: "OPEN" }, include: { course: true } });
  // The office's volunteers read its topics in their language (the base seed keeps them German).
  await tx.course.update({ where: { id: base.courseId }, data: { topicTranslations: demoTopicTranslations(base.course.topics) } });
  // And the open cohort they apply to, with its sessions, as the office's other cohorts.
  await tx.cohort.update({ where: { id: base.id }, data: { titleTranslations: demoTextTranslations(base.title) } });
  for (const session of await tx.cohortSession.findMany({ where: { cohortId: base.id }, select: { id: true, topic: true } })) {
    await tx.cohortSession.update({ where: { id: session.id }, data: { topicTranslations: demoTextTranslations(session.topic) } });
  }
  const busy = new Set<string>();
  const graduates = new Set<string>();

  // 1. Last summer's Basisqualifizierung, completed with certificates.
  {
    const firstDay = weekdayOffset(today, 6, -24);
    const sessions = base.course.topics
      .flatMap((topic) => [topic, topic])
      .slice(0, 8)
      .map((topic, i) => ({ id: random.uuid(), startsAt: at(today, firstDay + 7 * i, "09:00"), endsAt: at(today, firstDay + 7 * i, "14:00"), topic: i === 7 ? "Abschluss und Zertifikate" : topic }));
    const lastSession = sessions.at(-1)!;
    const completedAt = new Date(lastSession.endsAt.getTime() + 7 * DAY);
    const cohort = await createCohort(tx, {
      organizationId,
      courseId: base.courseId,
      title: "Basisqualifizierung Sommer",
      location: "Kulturzentrum PFL, Peterstraße 3, Oldenburg",
      capacity: 16,
      status: "COMPLETED",
      requiresInterview: true,
      enrolmentOpensAt: at(today, firstDay - 56, "08:00"),
      enrolmentClosesAt: at(today, firstDay - 7, "23:59"),
      completedAt,
      trainers,
      sessions: sessions.map((s) => ({ ...s, room: "Raum 2" })),
    });
    const participants = [
      ...(leyla ? [leyla] : []),
      ...candidates(random, volunteers, new Date(sessions[0]!.startsAt.getTime() - 60 * DAY), new Set(leyla ? [leyla.id] : [])),
    ].slice(0, 18);
    const content = contentOf({ title: cohort.title, organizationName, course: base.course, trainers: trainerNames, sessions });
    const grantedOn = parseIsoDate(berlinToday(completedAt));
    for (const [i, v] of participants.entries()) {
      const appliedAt = new Date(at(today, firstDay - 50 + i, "19:00").getTime());
      const interviewedAt = new Date(appliedAt.getTime() + random.int(3, 8) * DAY);
      const enrolmentId = random.uuid();
      // The last two were not admitted after the interview / were still waiting when the course ended.
      if (i >= 16) {
        await tx.enrolment.create({
          data: {
            id: enrolmentId, organizationId, cohortId: cohort.id, volunteerId: v.id, position: i + 1, appliedAt, interviewedAt,
            status: "NOT_ADMITTED", endedAt: i === 16 ? interviewedAt : completedAt,
            interviewNote: i === 16 ? "Möchte erst den Deutschkurs abschließen; im Frühjahr wieder bewerben." : "Geeignet; stand auf der Warteliste, als der Kurs endete.",
          },
        });
        continue;
      }
      // Most came every Saturday; two missed three of the eight and stay below the minimum.
      const missed = i >= 14 ? new Set(random.shuffle(sessions).slice(0, 3).map((s) => s.id)) : new Set(random.chance(0.4) ? [random.pick(sessions).id] : []);
      const present = new Set(sessions.filter((s) => !missed.has(s.id)).map((s) => s.id));
      const percent = attendancePercent(sessions, present);
      await tx.enrolment.create({
        data: {
          id: enrolmentId, organizationId, cohortId: cohort.id, volunteerId: v.id, position: i + 1, appliedAt, interviewedAt,
          interviewNote: random.chance(0.3) ? "Sehr motiviert, bringt Erfahrung aus der Nachbarschaftshilfe mit." : null,
          status: "ADMITTED", admittedAt: interviewedAt, attendancePercent: percent,
          motivation: random.pick(MOTIVATIONS),
        },
      });
      await tx.attendance.createMany({
        data: sessions.map((s) => ({
          organizationId,
          sessionId: s.id,
          enrolmentId,
          status: (present.has(s.id) ? "PRESENT" : random.chance(0.6) ? "EXCUSED" : "ABSENT") as AttendanceStatus,
          recordedById: random.pick(trainers),
          recordedAt: new Date(s.endsAt.getTime() + random.int(1, 30) * HOUR),
        })),
      });
      if (percent < base.course.minimumAttendancePercent) continue;
      // Numbered from the organisation's counter, exactly as completing a cohort numbers them.
      const number = await nextNumber(tx, organizationId, "certificate");
      const certificateId = random.uuid();
      await tx.certificate.create({
        data: {
          id: certificateId, organizationId, number, enrolmentId, cohortId: cohort.id, volunteerId: v.id, attendancePercent: percent, issuedAt: completedAt,
          content: { ...content, participantName: v.name } as Prisma.InputJsonObject,
        },
      });
      if (base.course.qualificationName) {
        await tx.qualification.create({ data: { organizationId, volunteerId: v.id, name: base.course.qualificationName, grantedOn, certificateId } });
      }
    }
    for (const v of participants) {
      busy.add(v.id);
      graduates.add(v.id);
    }
  }

  // 2. Aufbaumodul Sprachmittlung, running: Tuesday evenings from three weeks back to two ahead.
  {
    const course = await tx.course.create({ data: { organizationId, ...SPRACHMITTLUNG, ...demoCourseTranslations(SPRACHMITTLUNG), topicTranslations: demoTopicTranslations(SPRACHMITTLUNG.topics) } });
    // Tuesdays: three (or four, on a Tuesday evening) behind, the rest ahead.
    const offsets = [-3, -2, -1, 0, 1, 2].map((weeks) => weekdayOffset(today, 2, weeks));
    const sessions = offsets.map((d, i) => ({ id: random.uuid(), startsAt: at(today, d, "18:00"), endsAt: at(today, d, "21:00"), topic: SPRACHMITTLUNG.topics[i]! }));
    const cohort = await createCohort(tx, {
      organizationId,
      courseId: course.id,
      title: "Aufbaumodul Sprachmittlung Herbst",
      location: "Amt für Zuwanderung und Integration, Bahnhofsplatz 10, Oldenburg",
      capacity: 14,
      status: "RUNNING",
      requiresInterview: true,
      enrolmentOpensAt: at(today, -70, "08:00"),
      enrolmentClosesAt: at(today, -25, "23:59"),
      trainers,
      sessions: sessions.map((s) => ({ ...s, room: "Seminarraum 1.14" })),
    });
    const pool = candidates(random, volunteers, at(today, -70, "08:00"), new Set(leyla ? [leyla.id] : []));
    // Interpreters first (the module is for the Sprachmittlerpool), last summer's graduates before others.
    const rank = (v: SeededVolunteer) => (v.interprets ? 0 : 2) + (graduates.has(v.id) ? 0 : 1);
    const participants = [...(leyla ? [leyla] : []), ...pool.map((v, i) => ({ v, i })).sort((a, b) => rank(a.v) - rank(b.v) || a.i - b.i).map((x) => x.v)].slice(0, 13);
    const attended = sessions.filter((s) => s.startsAt.getTime() < today.getTime() - 2 * DAY);
    for (const [i, v] of participants.entries()) {
      const appliedAt = at(today, -68 + i * 3, "20:15");
      const interviewedAt = new Date(appliedAt.getTime() + random.int(4, 9) * DAY);
      const enrolmentId = random.uuid();
      const admitted = i < 12;
      await tx.enrolment.create({
        data: {
          id: enrolmentId, organizationId, cohortId: cohort.id, volunteerId: v.id, position: i + 1, appliedAt, interviewedAt, motivation: random.pick(MOTIVATIONS),
          ...(admitted
            ? { status: "ADMITTED" as const, admittedAt: interviewedAt }
            : { status: "NOT_ADMITTED" as const, endedAt: interviewedAt, interviewNote: "Deutsch für das Dolmetschen noch nicht sicher genug; Deutschkurs B2 empfohlen." }),
        },
      });
      if (!admitted) continue;
      await tx.attendance.createMany({
        data: attended.map((s) => ({
          organizationId,
          sessionId: s.id,
          enrolmentId,
          status: (random.chance(0.9) ? "PRESENT" : random.chance(0.7) ? "EXCUSED" : "ABSENT") as AttendanceStatus,
          recordedById: random.pick(trainers),
          recordedAt: new Date(s.endsAt.getTime() + random.int(1, 20) * HOUR),
        })),
      });
      busy.add(v.id);
    }
  }

  // 3. The open spring cohort fills up (no interview: places in application order), without last summer's graduates.
  {
    const applicants = candidates(random, volunteers, base.enrolmentOpensAt ?? now, new Set([...graduates, ...(leyla ? [leyla.id] : [])])).slice(0, 19);
    const opened = (base.enrolmentOpensAt ?? new Date(now.getTime() - 7 * DAY)).getTime();
    const offeredAt = new Date(now.getTime() - 20 * HOUR);
    const rows: Prisma.EnrolmentCreateManyInput[] = applicants.map((v, i) => {
      const position = i + 1;
      const appliedAt = new Date(opened + ((now.getTime() - 26 * HOUR - opened) * i) / applicants.length + random.int(0, 90) * 60_000);
      const common = { id: random.uuid(), organizationId, cohortId: base.id, volunteerId: v.id, position, appliedAt, motivation: random.pick(MOTIVATIONS) };
      if (position === 6) return { ...common, status: "WITHDRAWN" as const, admittedAt: appliedAt, endedAt: offeredAt, endReason: "Kann an den Samstagen doch nicht" };
      if (position <= 15) return { ...common, status: "ADMITTED" as const, admittedAt: appliedAt };
      // The withdrawal freed a place: the head of the waiting list holds the offer for the cohort's offer time.
      if (position === 16) return { ...common, status: "OFFERED" as const, offeredAt, offerExpiresAt: new Date(offeredAt.getTime() + base.offerHours * HOUR) };
      return { ...common, status: "WAITLISTED" as const };
    });
    await tx.enrolment.createMany({ data: rows });
  }

  // 4. Schule und Kita, open: a few admitted after their interview, more waiting for one.
  {
    const course = await tx.course.create({ data: { organizationId, ...BILDUNGSEINSTIEG, ...demoCourseTranslations(BILDUNGSEINSTIEG), topicTranslations: demoTopicTranslations(BILDUNGSEINSTIEG.topics) } });
    const first = weekdayOffset(today, 3, 5);
    const sessions = [0, 7, 14].map((d, i) => ({ id: random.uuid(), startsAt: at(today, first + d, "17:00"), endsAt: at(today, first + d, "21:00"), topic: BILDUNGSEINSTIEG.topics[i]! }));
    const cohort = await createCohort(tx, {
      organizationId,
      courseId: course.id,
      title: "Bildungseinstieg Winter",
      location: "Stadtteiltreff Kreyenbrück, Oldenburg",
      capacity: 14,
      status: "OPEN",
      requiresInterview: true,
      enrolmentOpensAt: at(today, -12, "08:00"),
      enrolmentClosesAt: at(today, 21, "23:59"),
      trainers: [trainers[1]!, trainers[0]!],
      sessions: sessions.map((s) => ({ ...s, room: "Gruppenraum" })),
    });
    const applicants = candidates(random, volunteers, at(today, -12, "08:00"), busy).slice(0, 9);
    await tx.enrolment.createMany({
      data: applicants.map((v, i) => {
        const appliedAt = at(today, -11 + i, `${String(random.int(9, 21)).padStart(2, "0")}:00`);
        const interviewedAt = i < 4 ? new Date(appliedAt.getTime() + random.int(1, 3) * DAY) : null;
        return {
          organizationId, cohortId: cohort.id, volunteerId: v.id, position: i + 1, appliedAt, motivation: random.pick(MOTIVATIONS),
          ...(interviewedAt && interviewedAt < now ? { status: "ADMITTED" as const, interviewedAt, admittedAt: interviewedAt } : { status: "APPLIED" as const }),
        };
      }),
    });
  }
}

async function seedOsnabrueck(ctx: SeedCtx, organizationId: string, trainer: string) {
  const { tx, now } = ctx;
  const random = ctx.random("training/osnabrueck");
  const today = parseIsoDate(berlinToday(now));
  const course = await tx.course.create({
    data: {
      organizationId,
      title: "Basisqualifizierung Integrationslotsinnen und -lotsen",
      description: "Qualifizierung für Ehrenamtliche im Landkreis, die Zugewanderte im Alltag begleiten.",
      ...demoCourseTranslations({ title: "Basisqualifizierung Integrationslotsinnen und -lotsen", description: "Qualifizierung für Ehrenamtliche im Landkreis, die Zugewanderte im Alltag begleiten." }),
      teachingHours: 32,
      topics: ["Rolle und Selbstverständnis", "Kommunikation", "Aufenthaltsrecht", "Hilfesystem im Landkreis"],
      topicTranslations: demoTopicTranslations(["Rolle und Selbstverständnis", "Kommunikation", "Aufenthaltsrecht", "Hilfesystem im Landkreis"]),
      minimumAttendancePercent: 80,
      qualificationName: "Integrationslotse/-lotsin",
      certificateText: "hat an der Basisqualifizierung für Integrationslotsinnen und Integrationslotsen teilgenommen.",
    },
  });
  const first = weekdayOffset(today, 6, 3);
  const cohort = await createCohort(tx, {
    organizationId,
    courseId: course.id,
    title: "Basisqualifizierung Bramsche",
    location: "Rathaus Bramsche, Hasestraße 11",
    capacity: 15,
    status: "OPEN",
    requiresInterview: false,
    enrolmentOpensAt: at(today, -20, "08:00"),
    enrolmentClosesAt: at(today, first - 3, "23:59"),
    trainers: [trainer],
    sessions: course.topics.map((topic, i) => ({ id: random.uuid(), startsAt: at(today, first + 7 * i, "09:00"), endsAt: at(today, first + 7 * i, "17:00"), topic, room: "Sitzungssaal" })),
  });
  const applicants = candidates(random, ctx.volunteers.osnabrueck ?? [], at(today, -20, "08:00"), new Set()).slice(0, 6);
  await tx.enrolment.createMany({
    data: applicants.map((v, i) => {
      const appliedAt = at(today, -19 + 3 * i, "18:30");
      return { organizationId, cohortId: cohort.id, volunteerId: v.id, position: i + 1, appliedAt, status: "ADMITTED" as const, admittedAt: appliedAt };
    }),
  });
}

async function createCohort(
  tx: Tx,
  c: {
    organizationId: string;
    courseId: string;
    title: string;
    location: string;
    capacity: number;
    status: CohortStatus;
    requiresInterview: boolean;
    enrolmentOpensAt: Date;
    enrolmentClosesAt: Date;
    completedAt?: Date;
    trainers: string[];
    sessions: { id: string; startsAt: Date; endsAt: Date; topic: string; room: string }[];
  },
) {
  const { trainers, sessions, ...data } = c;
  const cohort = await tx.cohort.create({
    data: { ...data, titleTranslations: demoTextTranslations(data.title), feeCents: 0, trainers: { create: trainers.map((userId) => ({ userId })) } },
  });
  await tx.cohortSession.createMany({
    data: sessions.map((s) => ({ ...s, topicTranslations: demoTextTranslations(s.topic), organizationId: c.organizationId, cohortId: cohort.id })),
  });
  return cohort;
}

// The Schuleinstiegsberatung of the demo office (DEMO_DATA=office): Berna
// Beratung (beratung@oldenburg.example) counsels on Monday to Thursday
// mornings and Tuesday afternoons in Raum 2.14 (district Innenstadt); a dozen newly arrived children
// with their guardians; the last weeks' appointments with outcomes (one
// outcome still missing, one no-show), the coming weeks' bookings, some with an
// interpreter from the pool: accepted, waiting for an answer, or open for the
// coordinators. The pool: the office's interpreting volunteers with German B2
// or better, each with a pledge on file. Every time is counted from the
// seeding day and lies inside the availability, so the database's exclusion
// constraints hold as for any booking.
import { berlinToIso, berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import type { AppointmentKind, ClassForm, LanguageLevel, SchoolType } from "../../generated/prisma/client.ts";
import type { SeedCtx } from "../module.ts";
import { isoWeekday } from "./slots.ts";

const ROOM = "Raum 2.14";
/** The counselling office's district: where the appointments take place, for the interpreter suggestions' distances. */
const OFFICE_DISTRICT = "Innenstadt";
const COUNSELLOR_EMAIL = "beratung@oldenburg.example";

interface DemoChild {
  firstName: string;
  lastName: string;
  age: number;
  languages: string[];
  germanLevel: LanguageLevel | null;
  schoolYears: number;
  countries: string[];
  lastClass: string | null;
  guardian: string;
  reads: string;
  interpreter: string | null;
}

const CHILDREN: DemoChild[] = [
  { firstName: "Amira", lastName: "Haddad", age: 9, languages: ["ar"], germanLevel: null, schoolYears: 3, countries: ["SY", "TR"], lastClass: "3", guardian: "Rania Haddad", reads: "ar", interpreter: "ar" },
  { firstName: "Omar", lastName: "Haddad", age: 13, languages: ["ar", "tr"], germanLevel: "A1", schoolYears: 7, countries: ["SY", "TR"], lastClass: "7", guardian: "Rania Haddad", reads: "ar", interpreter: "ar" },
  { firstName: "Sofiia", lastName: "Kovalenko", age: 11, languages: ["uk", "ru"], germanLevel: "A2", schoolYears: 5, countries: ["UA"], lastClass: "5", guardian: "Olena Kovalenko", reads: "uk", interpreter: "uk" },
  { firstName: "Maksym", lastName: "Bondarenko", age: 15, languages: ["uk"], germanLevel: "A1", schoolYears: 9, countries: ["UA", "PL"], lastClass: "9", guardian: "Iryna Bondarenko", reads: "uk", interpreter: "uk" },
  { firstName: "Mahsa", lastName: "Ahmadi", age: 8, languages: ["fa"], germanLevel: null, schoolYears: 2, countries: ["AF", "IR"], lastClass: "2", guardian: "Farid Ahmadi", reads: "fa", interpreter: "fa" },
  { firstName: "Yusuf", lastName: "Kaya", age: 10, languages: ["tr", "ku"], germanLevel: "A1", schoolYears: 4, countries: ["TR"], lastClass: "4", guardian: "Elif Kaya", reads: "tr", interpreter: null },
  { firstName: "Selam", lastName: "Tesfay", age: 12, languages: ["ti", "en"], germanLevel: null, schoolYears: 4, countries: ["ER", "ET"], lastClass: "4", guardian: "Meron Tesfay", reads: "en", interpreter: "ti" },
  { firstName: "Hamza", lastName: "Rahimi", age: 16, languages: ["ps", "fa"], germanLevel: "A2", schoolYears: 6, countries: ["AF"], lastClass: "6", guardian: "Zahra Rahimi", reads: "fa", interpreter: "fa" },
  { firstName: "Lina", lastName: "Al-Khatib", age: 6, languages: ["ar"], germanLevel: null, schoolYears: 0, countries: [], lastClass: null, guardian: "Samir Al-Khatib", reads: "ar", interpreter: "ar" },
  { firstName: "Daria", lastName: "Melnyk", age: 14, languages: ["uk", "en"], germanLevel: "B1", schoolYears: 8, countries: ["UA"], lastClass: "8", guardian: "Natalia Melnyk", reads: "uk", interpreter: null },
  { firstName: "Abdi", lastName: "Warsame", age: 10, languages: ["so", "en"], germanLevel: null, schoolYears: 3, countries: ["SO", "KE"], lastClass: "3", guardian: "Hodan Warsame", reads: "en", interpreter: null },
  { firstName: "Mariam", lastName: "Nazari", age: 7, languages: ["fa"], germanLevel: null, schoolYears: 1, countries: ["IR"], lastClass: "1", guardian: "Reza Nazari", reads: "fa", interpreter: "fa" },
];

/** Advice by age: who goes where (a plausible mix, not a rule). */
function advice(age: number, germanLevel: LanguageLevel | null): { schoolType: SchoolType; classForm: ClassForm } {
  const classForm: ClassForm = germanLevel === "B1" ? "REGELKLASSE_DAZ" : "SPRACHLERNKLASSE";
  if (age <= 10) return { schoolType: "GRUNDSCHULE", classForm };
  if (age >= 16) return { schoolType: "BBS", classForm };
  return { schoolType: age % 2 === 0 ? "OBERSCHULE" : "GESAMTSCHULE", classForm };
}

const LEVELS: LanguageLevel[] = ["A1", "A2", "B1", "B2", "C1", "C2", "NATIVE"];

/** The n-th counselling morning (Mon–Thu) from `from` on (n may be negative: before it). */
function counsellingDays(today: string, count: number, direction: 1 | -1): string[] {
  const days: string[] = [];
  for (let d = addDays(parseIsoDate(today), direction); days.length < count; d = addDays(d, direction)) {
    const date = formatIsoDate(d);
    if (isoWeekday(date) <= 4) days.push(date);
  }
  return days;
}

const at = (date: string, time: string) => new Date(berlinToIso(date, time)!);

export async function seedAppointmentsOffice(ctx: SeedCtx): Promise<void> {
  const { tx, now } = ctx;
  const organizationId = ctx.organizations.oldenburg;
  const counsellorId = ctx.users[COUNSELLOR_EMAIL];
  if (!organizationId || !counsellorId) return;
  const coordinatorId = ctx.users["koordination@oldenburg.example"] ?? counsellorId;
  const random = ctx.random("appointments");
  const placeDistrictId = (await tx.district.findFirst({ where: { organizationId, name: OFFICE_DISTRICT }, select: { id: true } }))?.id ?? null;

  // Availability: Mon–Thu 09:00–12:00, Tue also 14:00–17:00; the Friday before last off (Brückentag).
  await tx.availabilityRule.createMany({
    data: [1, 2, 3, 4]
      .map((weekday) => ({ organizationId, counsellorId, weekday, startMinute: 9 * 60, endMinute: 12 * 60, room: ROOM }))
      .concat([{ organizationId, counsellorId, weekday: 2, startMinute: 14 * 60, endMinute: 17 * 60, room: ROOM }]),
  });
  const today = berlinToday(now);
  const holiday = counsellingDays(today, 6, 1)[5]!;
  await tx.availabilityException.create({
    data: { organizationId, counsellorId, kind: "ABSENCE", startsAt: at(holiday, "00:00"), endsAt: at(formatIsoDate(addDays(parseIsoDate(holiday), 1)), "00:00"), reason: "Fortbildung", createdById: counsellorId },
  });

  // The pool: interpreting volunteers, approved, German B2 or better, pledge signed when they joined.
  const interpreters = await tx.volunteerProfile.findMany({
    where: { organizationId, status: "APPROVED", offersInterpreting: true, germanLevel: { in: LEVELS.slice(3) } },
    select: { id: true, approvedAt: true, createdAt: true, languages: { where: { interpreting: true }, select: { code: true } } },
    orderBy: { createdAt: "asc" },
  });
  if (interpreters.length > 0) {
    await tx.interpreterPledge.createMany({
      data: interpreters.map((v) => ({ organizationId, volunteerId: v.id, signedOn: parseIsoDate(berlinToday(v.approvedAt ?? v.createdAt)), recordedById: coordinatorId })),
    });
  }
  const byLanguage = (code: string) => interpreters.filter((v) => v.languages.some((l) => l.code === code));

  const past = counsellingDays(today, 12, -1);
  const future = counsellingDays(today, 12, 1);
  let slot = 0;
  for (const [i, c] of CHILDREN.entries()) {
    const birth = formatIsoDate(addDays(parseIsoDate(today), -Math.round(c.age * 365.25) - random.int(0, 300)));
    const arrival = formatIsoDate(addDays(parseIsoDate(today), -random.int(20, 120)));
    const child = await tx.child.create({
      data: {
        organizationId,
        firstName: c.firstName,
        lastName: c.lastName,
        birthDate: parseIsoDate(birth),
        arrivalDate: parseIsoDate(arrival),
        languages: c.languages,
        germanLevel: c.germanLevel,
        schoolYears: c.schoolYears,
        schoolCountries: c.countries,
        lastClass: c.lastClass,
        consentGivenBy: c.guardian,
        consentedAt: at(arrival, "10:00"),
        createdById: counsellorId,
        guardians: {
          create: [{ name: c.guardian, phone: `0441 ${random.int(100000, 999999)}`, email: `${c.guardian.toLowerCase().replace(/[^a-z]+/g, ".")}@example.net`, readsLanguage: c.reads }],
        },
      },
    });
    // The first eight came in the last weeks (Erstberatung held), the rest are booked ahead.
    const held = i < 8;
    const date = held ? past[i]! : future[i - 8]!;
    const startsAt = at(date, i % 2 === 0 ? "09:00" : "10:30");
    const kind: AppointmentKind = "INITIAL";
    const appointment = await createAppointment(tx, { organizationId, childId: child.id, counsellorId, kind, startsAt, minutes: 60, key: `demo-${i}`, placeDistrictId });
    if (c.interpreter) await requestInterpreter(tx, organizationId, appointment, c.interpreter, byLanguage(c.interpreter)[slot++ % Math.max(1, byLanguage(c.interpreter).length)]?.id ?? null, held ? "ACCEPTED" : i === 8 ? "ASSIGNED" : i === 9 ? "OPEN" : "ACCEPTED", now);
    if (held && i !== 7) {
      const noShow = i === 6;
      await tx.appointmentOutcome.create({
        data: {
          organizationId,
          appointmentId: appointment.id,
          kind: noShow ? "NO_SHOW" : "ADVISED",
          ...(noShow ? {} : { ...advice(c.age, c.germanLevel), school: c.age <= 10 ? "Grundschule Kreyenbrück" : "Oberschule Eversten", startDate: addDays(parseIsoDate(date), 14) }),
          recordedById: counsellorId,
          recordedAt: new Date(startsAt.getTime() + 70 * 60_000),
        },
      });
    }
    // Two follow-ups (Folgetermin, 30 min) in the coming days for children seen recently.
    if (i === 1 || i === 3) {
      const followStarts = at(future[i === 1 ? 0 : 2]!, "11:15");
      await createAppointment(tx, { organizationId, childId: child.id, counsellorId, kind: "FOLLOW_UP", startsAt: followStarts, minutes: 30, key: `demo-follow-${i}`, placeDistrictId });
    }
  }
}

async function createAppointment(
  tx: SeedCtx["tx"],
  a: { organizationId: string; childId: string; counsellorId: string; kind: AppointmentKind; startsAt: Date; minutes: number; key: string; placeDistrictId: string | null },
) {
  const endsAt = new Date(a.startsAt.getTime() + a.minutes * 60_000);
  return tx.appointment.create({
    data: {
      organizationId: a.organizationId,
      childId: a.childId,
      counsellorId: a.counsellorId,
      kind: a.kind,
      startsAt: a.startsAt,
      endsAt,
      blockedUntil: new Date(endsAt.getTime() + 10 * 60_000),
      room: ROOM,
      placeDistrictId: a.placeDistrictId,
      idempotencyKey: a.key,
      requestFingerprint: a.key,
      bookedById: a.counsellorId,
      createdAt: new Date(a.startsAt.getTime() - 10 * 86_400_000),
    },
  });
}

async function requestInterpreter(
  tx: SeedCtx["tx"],
  organizationId: string,
  a: { id: string; startsAt: Date; endsAt: Date },
  language: string,
  interpreterId: string | null,
  status: "OPEN" | "ASSIGNED" | "ACCEPTED",
  now: Date,
) {
  const assigned = status !== "OPEN" && interpreterId;
  await tx.interpreterRequest.create({
    data: {
      organizationId,
      appointmentId: a.id,
      language,
      institution: "Schuleinstiegsberatung",
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      status: assigned ? status : "OPEN",
      interpreterId: assigned ? interpreterId : null,
      assignedAt: assigned ? new Date(Math.min(now.getTime(), a.startsAt.getTime()) - 5 * 86_400_000) : null,
      respondBy: assigned && status === "ASSIGNED" ? new Date(Math.min(now.getTime() + 48 * 3_600_000, a.startsAt.getTime())) : null,
      respondedAt: assigned && status === "ACCEPTED" ? new Date(Math.min(now.getTime(), a.startsAt.getTime()) - 4 * 86_400_000) : null,
      kilometres: assigned ? 6 : 0,
    },
  });
}

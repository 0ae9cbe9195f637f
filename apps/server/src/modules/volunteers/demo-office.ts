// The volunteers of the demo office (DEMO_DATA=office, db/seed.ts): about sixty
// in Oldenburg and fifteen in Osnabrück in every state a volunteer can be in,
// with languages, districts, topics, Führungszeugnis records (some expiring),
// 18 months of hours (reviewed, some waiting, a few rejected), allowances paid
// and one Ehrenamtskarte holder. Written with createMany (a few statements for
// thousands of rows); the database's own rules still hold: the hour triggers
// keep the day totals (24-hour CHECK) and the summaries, and every row meets
// the CHECK constraints. Every date counts back from the seeding moment.
import { berlinToIso, berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { addYears } from "@lotse/domain/calendar-months";
import type { DemoRandom } from "../../db/demo-random.ts";
import type { AllowanceKind, LanguageLevel, Prisma, ReviewStatus, VolunteerStatus } from "../../generated/prisma/client.ts";
import { digest } from "../identity/index.ts";
import type { SeedCtx, SeededVolunteer } from "../module.ts";
import { readSettings } from "../organizations/index.ts";
import { levelAtLeast } from "./profile-input.ts";
import { asciiName, END_REASONS, HOUR_NOTES, HOUR_REJECTIONS, ORIGINS, PAUSE_REASONS, SIGN_UP_REJECTIONS, type Origin } from "./demo-people.ts";

/** The states of the demo office. UNVERIFIED: signed up, email not yet confirmed; WITHDRAWN: consent withdrawn (PAUSED). */
export type DemoState = "UNVERIFIED" | "PENDING" | "APPROVED" | "REJECTED" | "ENDED" | "WITHDRAWN" | "PAUSED";

/** How many volunteers of each state the office seed makes per organisation (the demo sign-in Leyla comes on top). */
export const OFFICE_VOLUNTEERS: Record<string, Record<DemoState, number>> = {
  oldenburg: { UNVERIFIED: 4, PENDING: 7, APPROVED: 38, REJECTED: 3, ENDED: 4, WITHDRAWN: 2, PAUSED: 2 },
  osnabrueck: { UNVERIFIED: 1, PENDING: 2, APPROVED: 9, REJECTED: 1, ENDED: 1, WITHDRAWN: 1, PAUSED: 0 },
};

/** Hours go back this far (18 months). */
export const HOURS_HISTORY_DAYS = 548;

const PHONE_PREFIX: Record<string, string[]> = { oldenburg: ["0441", "0151", "0176", "0160"], osnabrueck: ["0541", "05401", "05461", "0152", "0170"] };

/** The Ehrenamtskarte holder: long-standing, many hours, earlier hours imported from paper lists. */
const CARD_HOLDER = { origin: "german", first: "Hannelore", last: "Wübbena" };

const DAY_MS = 86_400_000;

interface Person {
  id: string;
  userId: string;
  membershipId: string;
  name: string;
  email: string;
  state: DemoState;
  origin: Origin;
  signedUpAt: Date;
  verifiedAt: Date | null;
  reviewedAt: Date | null;
  approvedAt: Date | null;
  /** When their volunteering stopped (ended, consent withdrawn, paused), if it did. */
  stoppedAt: Date | null;
  germanLevel: LanguageLevel;
  languages: { code: string; level: LanguageLevel; interpreting: boolean }[];
  offersInterpreting: boolean;
  /** Expected hour entries a week while active. */
  entriesPerWeek: number;
  cardHolder: boolean;
}

interface Org {
  id: string;
  slug: string;
  coordinators: string[];
  activities: Record<string, string>;
  districts: string[];
  topics: { id: string; name: string }[];
  /** The organisation's rate for car travel (setting). */
  centsPerKm: number;
}

export async function seedVolunteersOffice(ctx: SeedCtx) {
  for (const slug of Object.keys(OFFICE_VOLUNTEERS)) {
    const organizationId = ctx.organizations[slug];
    if (!organizationId) continue;
    await seedOrganization(ctx, await loadOrg(ctx, slug, organizationId));
  }
}

async function loadOrg(ctx: SeedCtx, slug: string, organizationId: string): Promise<Org> {
  const { tx } = ctx;
  const [organization, activities, districts, topics, coordinators] = await Promise.all([
    tx.organization.findUniqueOrThrow({ where: { id: organizationId } }),
    tx.activityType.findMany({ where: { organizationId } }),
    tx.district.findMany({ where: { organizationId }, orderBy: { name: "asc" } }),
    tx.topic.findMany({ where: { organizationId }, orderBy: { sortOrder: "asc" } }),
    tx.membership.findMany({ where: { organizationId, roles: { some: { role: "COORDINATOR" } } }, orderBy: { createdAt: "asc" }, select: { userId: true } }),
  ]);
  return {
    id: organizationId,
    slug,
    coordinators: coordinators.map((c) => c.userId),
    activities: Object.fromEntries(activities.map((a) => [a.key, a.id])),
    districts: districts.map((d) => d.id),
    topics: topics.map((t) => ({ id: t.id, name: t.name })),
    centsPerKm: readSettings(organization.settings).volunteers.mileageCentsPerKm,
  };
}

async function seedOrganization(ctx: SeedCtx, org: Org) {
  const { tx, now } = ctx;
  const random = ctx.random(`volunteers/${org.slug}`);
  const today = parseIsoDate(berlinToday(now));
  const people = makePeople(random, org.slug, OFFICE_VOLUNTEERS[org.slug]!, now, ctx.users);
  for (const p of people) ctx.users[p.email] = p.userId;

  await tx.user.createMany({
    data: people.map((p) => ({
      id: p.userId,
      email: p.email,
      name: p.name,
      locale: p.origin.native && ["fr", "ti", "so"].includes(p.origin.native) && random.chance(0.5) ? ("EN" as const) : ("DE" as const),
      emailVerifiedAt: p.verifiedAt,
      createdAt: p.signedUpAt,
    })),
  });
  // Everyone can sign in with the demo password (db/seed.ts): the office can be seen through any volunteer's eyes.
  await tx.passwordCredential.createMany({ data: people.map((p) => ({ userId: p.userId, hash: ctx.passwordHash })) });
  await tx.membership.createMany({ data: people.map((p) => ({ id: p.membershipId, organizationId: org.id, userId: p.userId, acceptedAt: p.signedUpAt, createdAt: p.signedUpAt })) });
  await tx.membershipRole.createMany({ data: people.map((p) => ({ membershipId: p.membershipId, role: "VOLUNTEER" as const })) });
  await tx.actionToken.createMany({
    data: people
      .filter((p) => p.state === "UNVERIFIED")
      .map((p) => ({ tokenHash: digest(random.uuid()), purpose: "EMAIL_VERIFICATION" as const, userId: p.userId, expiresAt: new Date(p.signedUpAt.getTime() + 7 * DAY_MS), createdAt: p.signedUpAt })),
  });

  const phones = PHONE_PREFIX[org.slug] ?? ["0511"];
  await tx.volunteerProfile.createMany({
    data: people.map((p) => ({
      id: p.id,
      organizationId: org.id,
      userId: p.userId,
      status: statusOf(p.state),
      phone: random.chance(0.85) ? `${random.pick(phones)} ${random.int(100, 999)} ${random.int(1000, 9999)}` : null,
      germanLevel: p.germanLevel,
      districtId: random.chance(0.92) ? random.pick(org.districts) : null,
      maxTandems: random.weighted([[1, 5], [2, 3], [3, 1]] as const),
      offersInterpreting: p.offersInterpreting,
      consentVersion: 1,
      consentedAt: p.signedUpAt,
      consentWithdrawnAt: p.state === "WITHDRAWN" ? p.stoppedAt : null,
      reviewedAt: p.reviewedAt,
      reviewedById: p.reviewedAt ? random.pick(org.coordinators) : null,
      reviewReason:
        p.state === "REJECTED" ? random.pick(SIGN_UP_REJECTIONS) : p.state === "ENDED" ? random.pick(END_REASONS) : p.state === "PAUSED" ? random.pick(PAUSE_REASONS) : null,
      approvedAt: p.approvedAt,
      endedAt: p.state === "ENDED" ? p.stoppedAt : null,
      ehrenamtskarteIssuedOn: p.cardHolder ? addDays(today, -300) : null,
      createdAt: p.signedUpAt,
    })),
  });
  await tx.volunteerLanguage.createMany({ data: people.flatMap((p) => p.languages.map((l) => ({ volunteerId: p.id, ...l }))) });
  await tx.volunteerTopic.createMany({
    data: people.flatMap((p) => random.shuffle(org.topics).slice(0, random.int(1, 3)).map((t) => ({ organizationId: org.id, volunteerId: p.id, topicId: t.id }))),
  });
  await tx.availabilitySlot.createMany({ data: people.flatMap((p) => availability(random, p.id)) });

  // Leyla (the base seed's demo volunteer) joins the office's life: hours over her whole time, a record, payments.
  const leylaUserId = org.slug === "oldenburg" ? ctx.users["lotse@oldenburg.example"] : undefined;
  const leyla = leylaUserId ? await tx.volunteerProfile.findUnique({ where: { organizationId_userId: { organizationId: org.id, userId: leylaUserId } }, include: { user: true } }) : null;
  const active: (Pick<Person, "id" | "state" | "signedUpAt" | "approvedAt" | "stoppedAt" | "offersInterpreting" | "entriesPerWeek" | "cardHolder">)[] = [...people];
  if (leyla) {
    active.push({ id: leyla.id, state: "APPROVED", signedUpAt: leyla.createdAt, approvedAt: leyla.approvedAt, stoppedAt: null, offersInterpreting: true, entriesPerWeek: 1.6, cardHolder: false });
  }

  await tx.conductCertificate.createMany({ data: conductRecords(random, org, people, today, leyla?.id) });
  await createHourLogs(ctx, random, org, active, today, leyla ? { id: leyla.id, days: [formatIsoDate(addDays(today, -2)), formatIsoDate(addDays(today, -9))] } : null);
  await tx.allowancePayment.createMany({ data: allowancePayments(random, org, active, today) });

  const seeded: SeededVolunteer[] = people.map((p) => ({
    id: p.id,
    userId: p.userId,
    name: p.name,
    status: statusOf(p.state),
    consentWithdrawn: p.state === "WITHDRAWN",
    signedUpAt: p.signedUpAt,
    interprets: p.offersInterpreting,
  }));
  if (leyla) seeded.unshift({ id: leyla.id, userId: leyla.userId, name: leyla.user.name, status: leyla.status, consentWithdrawn: false, signedUpAt: leyla.createdAt, interprets: true });
  ctx.volunteers[org.slug] = seeded;
}

function statusOf(state: DemoState): VolunteerStatus {
  switch (state) {
    case "UNVERIFIED":
      return "PENDING";
    case "WITHDRAWN":
      return "PAUSED";
    default:
      return state;
  }
}

/** `known`: the users made so far (staff, other organisations' volunteers), whose addresses are taken. */
function makePeople(random: DemoRandom, slug: string, plan: Record<DemoState, number>, now: Date, known: Record<string, string>): Person[] {
  const taken = new Set<string>(Object.keys(known));
  const names = new Set<string>();
  const people: Person[] = [];
  const ago = (days: number, hour = random.int(8, 20)) => {
    const day = formatIsoDate(addDays(parseIsoDate(berlinToday(now)), -Math.floor(days)));
    const at = new Date(berlinToIso(day, `${String(hour).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}`)!);
    return at.getTime() > now.getTime() ? new Date(now.getTime() - random.int(5, 90) * 60_000) : at;
  };
  const later = (from: Date, minDays: number, maxDays: number) => {
    const at = new Date(from.getTime() + random.int(minDays * 24, maxDays * 24) * 3_600_000);
    return at.getTime() > now.getTime() ? new Date(now.getTime() - 3_600_000) : at;
  };
  let approvedSoFar = 0;
  for (const state of Object.keys(plan) as DemoState[]) {
    for (let i = 0; i < plan[state]; i++) {
      const cardHolder = slug === "oldenburg" && state === "APPROVED" && i === 0;
      const origin = cardHolder ? ORIGINS.find((o) => o.key === CARD_HOLDER.origin)! : random.weighted(ORIGINS.map((o) => [o, o.weight] as const));
      let first = cardHolder ? CARD_HOLDER.first : random.pick(origin.firstNames);
      let last = cardHolder ? CARD_HOLDER.last : random.pick(origin.lastNames);
      while (names.has(`${first} ${last}`)) {
        first = random.pick(origin.firstNames);
        last = random.pick(origin.lastNames);
      }
      names.add(`${first} ${last}`);
      let email = `${asciiName(first)}.${asciiName(last)}@example.org`;
      for (let n = 2; taken.has(email); n++) email = `${asciiName(first)}.${asciiName(last)}${n}@example.org`;
      taken.add(email);

      // When they signed up, by state: waiting people recently, active ones over the years.
      let signUpDaysAgo: number;
      if (state === "UNVERIFIED") signUpDaysAgo = random.int(0, 6);
      else if (state === "PENDING") signUpDaysAgo = random.int(1, 24);
      else if (state === "REJECTED") signUpDaysAgo = random.int(20, 240);
      else if (state === "APPROVED") {
        // The first few are long-standing (their Führungszeugnis comes up for renewal); then a spread.
        signUpDaysAgo =
          approvedSoFar < 6
            ? random.int(1_950, 2_500)
            : random.weighted([
                [random.int(700, 1_800), 4],
                [random.int(200, 700), 3],
                [random.int(40, 200), 2],
              ] as const);
        approvedSoFar++;
      } else signUpDaysAgo = random.int(400, 1_400);
      const signedUpAt = ago(signUpDaysAgo);
      const verifiedAt = state === "UNVERIFIED" ? null : new Date(Math.min(signedUpAt.getTime() + random.int(2, 600) * 60_000, now.getTime()));
      const decided = state !== "UNVERIFIED" && state !== "PENDING";
      const reviewedAt = decided ? later(signedUpAt, 2, 14) : null;
      const approvedAt = decided && state !== "REJECTED" ? reviewedAt : null;
      let stoppedAt: Date | null = null;
      if (state === "ENDED") stoppedAt = ago(random.int(20, Math.min(330, signUpDaysAgo - 60)));
      if (state === "WITHDRAWN") stoppedAt = ago(random.int(20, Math.min(150, signUpDaysAgo - 60)));
      if (state === "PAUSED") stoppedAt = ago(random.int(60, Math.min(160, signUpDaysAgo - 60)));

      const germanLevel = random.pick(origin.germanLevels);
      const languages: Person["languages"] = [];
      if (origin.native) languages.push({ code: origin.native, level: "NATIVE", interpreting: false });
      for (const more of origin.more) if (random.chance(more.chance)) languages.push({ code: more.code, level: random.pick(more.levels), interpreting: false });
      // Interpreting needs German at B2 (the organisation's setting) and a language offered.
      const offersInterpreting = !!origin.native && levelAtLeast(germanLevel, "B2") && random.chance(0.55);
      if (offersInterpreting) languages[0]!.interpreting = true;

      people.push({
        id: random.uuid(),
        userId: random.uuid(),
        membershipId: random.uuid(),
        name: `${first} ${last}`,
        email,
        state,
        origin,
        signedUpAt,
        verifiedAt,
        reviewedAt,
        approvedAt,
        stoppedAt,
        germanLevel,
        languages,
        offersInterpreting,
        entriesPerWeek: cardHolder ? 3.6 : random.weighted([[random.int(2, 8) / 10, 5], [random.int(8, 20) / 10, 4], [random.int(20, 35) / 10, 1]] as const),
        cardHolder,
      });
    }
  }
  return people;
}

function availability(random: DemoRandom, volunteerId: string): Prisma.AvailabilitySlotCreateManyInput[] {
  const slots: Prisma.AvailabilitySlotCreateManyInput[] = [];
  for (const weekday of random.shuffle([1, 2, 3, 4, 5, 6, 7]).slice(0, random.int(1, 3)).sort()) {
    const start = weekday >= 6 ? random.pick([9, 10, 13]) : random.pick([8, 9, 14, 16, 17]);
    slots.push({ volunteerId, weekday, startMinute: start * 60, endMinute: (start + random.int(2, 4)) * 60 });
  }
  return slots;
}

/**
 * The latest Führungszeugnis inspection of those who work (or worked until
 * recently) with the office: most valid, three expiring within 90 days, one
 * expired, some never shown. Records of people who stopped more than three
 * months ago are gone (the retention job deletes them), so none are made.
 */
function conductRecords(random: DemoRandom, org: Org, people: Person[], today: Date, leylaId: string | undefined): Prisma.ConductCertificateCreateManyInput[] {
  const records: Prisma.ConductCertificateCreateManyInput[] = [];
  const fiveYearsAgo = addYears(today, -5);
  const record = (volunteerId: string, inspectedOn: Date) =>
    records.push({ organizationId: org.id, volunteerId, inspectedOn, issuedOn: addDays(inspectedOn, -random.int(3, 60)), hasRelevantEntry: false, inspectedById: random.pick(org.coordinators) });
  const longStanding = people.filter((p) => p.state === "APPROVED" && p.signedUpAt < addDays(fiveYearsAgo, -100));
  const expiring = org.slug === "oldenburg" ? 3 : 1;
  longStanding.forEach((p, i) => {
    if (i < expiring) record(p.id, addDays(fiveYearsAgo, random.int(8, 85)));
    else if (i === expiring) record(p.id, addDays(fiveYearsAgo, -random.int(10, 60)));
    else record(p.id, addDays(today, -random.int(30, 1_500)));
  });
  const stoppedRecently = (p: Person) => p.stoppedAt && p.stoppedAt.getTime() > addDays(today, -85).getTime();
  for (const p of people) {
    if (longStanding.includes(p)) continue;
    const eligible = p.state === "APPROVED" || ((p.state === "ENDED" || p.state === "WITHDRAWN" || p.state === "PAUSED") && stoppedRecently(p));
    if (!eligible || !random.chance(0.8)) continue;
    // Inspected some time between the sign-up and today (or the day they stopped).
    const last = p.stoppedAt ? parseIsoDate(berlinToday(p.stoppedAt)) : today;
    const span = Math.floor((last.getTime() - parseIsoDate(berlinToday(p.signedUpAt)).getTime()) / DAY_MS);
    record(p.id, addDays(last, -random.int(Math.min(5, span), Math.max(Math.min(5, span), Math.min(span - 1, 1_500)))));
  }
  if (leylaId) record(leylaId, addDays(today, -380));
  return records;
}

type Active = Pick<Person, "id" | "state" | "signedUpAt" | "approvedAt" | "stoppedAt" | "offersInterpreting" | "entriesPerWeek" | "cardHolder">;

/** 18 months of hours: a weekly rhythm per person, quieter in the summer holidays and over Christmas. */
async function createHourLogs(ctx: SeedCtx, random: DemoRandom, org: Org, people: Active[], today: Date, keepFree: { id: string; days: string[] } | null) {
  const { now } = ctx;
  const rows: Prisma.HourLogCreateManyInput[] = [];
  const instant = (day: Date, hour: number) => new Date(berlinToIso(formatIsoDate(day), `${String(hour).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}`)!);
  const notAfterNow = (at: Date) => (at.getTime() > now.getTime() ? new Date(now.getTime() - random.int(10, 120) * 60_000) : at);
  for (const p of people) {
    if (p.state === "UNVERIFIED" || p.state === "REJECTED") continue;
    const signUpDay = parseIsoDate(berlinToday(p.signedUpAt));
    const from = new Date(Math.max(signUpDay.getTime(), addDays(today, -HOURS_HISTORY_DAYS).getTime()));
    const to = p.stoppedAt ? parseIsoDate(berlinToday(p.stoppedAt)) : today;
    // Sign-ups waiting for approval have logged a first entry or not (allowed from the verified sign-up on).
    const perWeek = p.state === "PENDING" ? (random.chance(0.4) ? 2 : 0) : p.entriesPerWeek;
    const activities = activityWeights(p);
    for (let day = from; day.getTime() <= to.getTime(); day = addDays(day, 1)) {
      const iso = formatIsoDate(day);
      if (keepFree?.id === p.id && keepFree.days.includes(iso)) continue;
      const month = day.getUTCMonth();
      const season = month === 7 ? 0.45 : month === 11 && day.getUTCDate() > 20 ? 0.25 : month === 6 ? 0.75 : 1;
      const weekday = day.getUTCDay();
      const weekdayFactor = weekday === 0 ? 0.3 : weekday === 6 ? 0.7 : 1.15;
      if (!random.chance((perWeek / 7) * season * weekdayFactor)) continue;
      const activity = random.weighted(activities);
      const minutes = activity === "EVENT" ? random.pick([90, 120, 150, 180, 240]) : random.pick([45, 60, 60, 90, 90, 120, 120, 150, 180, 240]);
      const createdAt = notAfterNow(instant(addDays(day, random.weighted([[0, 5], [1, 3], [2, 1], [5, 1]] as const)), random.int(17, 22)));
      const age = Math.round((today.getTime() - day.getTime()) / DAY_MS);
      const status: ReviewStatus =
        p.state === "PENDING"
          ? "PENDING"
          : p.state !== "APPROVED"
            ? random.chance(0.97) ? "APPROVED" : "REJECTED"
            : age <= 12
              ? random.chance(0.7) ? "PENDING" : "APPROVED"
              : age <= 35
                ? random.weighted([["PENDING", 8], ["APPROVED", 89], ["REJECTED", 3]] as const)
                : random.weighted([["APPROVED", 975], ["REJECTED", 25]] as const);
      const reviewedAt = status === "PENDING" ? null : notAfterNow(new Date(createdAt.getTime() + random.int(20, 200) * 3_600_000));
      rows.push({
        organizationId: org.id,
        volunteerId: p.id,
        date: day,
        minutes,
        activityTypeId: org.activities[activity]!,
        note: random.chance(0.8) ? random.pick(HOUR_NOTES[activity]!) : null,
        status,
        reviewedById: reviewedAt ? random.pick(org.coordinators) : null,
        reviewedAt: reviewedAt && reviewedAt < createdAt ? createdAt : reviewedAt,
        reviewReason: status === "REJECTED" ? random.pick(HOUR_REJECTIONS) : null,
        createdAt,
      });
    }
    if (p.cardHolder) rows.push(...importedHours(random, org, p.id, today));
  }
  for (let i = 0; i < rows.length; i += 2_000) await ctx.tx.hourLog.createMany({ data: rows.slice(i, i + 2_000) });
}

function activityWeights(p: Active): (readonly [string, number])[] {
  if (p.offersInterpreting) return [["INTERPRETING", 50], ["ESCORT", 28], ["EVENT", 8], ["ADMINISTRATION", 6], ["COURSE", 2], ["OTHER", 6]];
  return [["ESCORT", 48], ["EVENT", 18], ["ADMINISTRATION", 10], ["COURSE", 4], ["OTHER", 20]];
}

/**
 * The card holder's earlier volunteering, imported by a coordinator from the
 * paper lists (allowed before the 18 months, with the reason, approved at once):
 * with it both of her last two years count for the Ehrenamtskarte.
 */
function importedHours(random: DemoRandom, org: Org, volunteerId: string, today: Date): Prisma.HourLogCreateManyInput[] {
  const rows: Prisma.HourLogCreateManyInput[] = [];
  const importedAt = new Date(addDays(today, -HOURS_HISTORY_DAYS + 20).getTime() + 10 * 3_600_000);
  const coordinator = org.coordinators[0]!;
  for (let daysAgo = 800; daysAgo > HOURS_HISTORY_DAYS; daysAgo -= random.int(2, 3)) {
    rows.push({
      organizationId: org.id,
      volunteerId,
      date: addDays(today, -daysAgo),
      minutes: random.pick([120, 150, 180, 240]),
      activityTypeId: org.activities[random.weighted([["ESCORT", 6], ["EVENT", 2], ["OTHER", 2]] as const)]!,
      note: "Aus der Stundenliste übernommen",
      status: "APPROVED",
      reviewedById: coordinator,
      reviewedAt: importedAt,
      importReason: "Stunden vor Einführung von Lotse, aus den unterschriebenen Stundenlisten auf Papier nachgetragen",
      createdAt: importedAt,
    });
  }
  return rows;
}

/**
 * What the office paid: the Ehrenamtspauschale quarterly to some regulars (within
 * the year's limit: 4 × 200 € stays below 840 € and 960 €), the
 * Übungsleiterfreibetrag to one who leads the Sprachcafé (another activity),
 * expenses against receipts and car travel at the organisation's rate per km.
 */
function allowancePayments(random: DemoRandom, org: Org, people: Active[], today: Date): Prisma.AllowancePaymentCreateManyInput[] {
  const payments: Prisma.AllowancePaymentCreateManyInput[] = [];
  const recordedById = org.coordinators[0]!;
  const regulars = people.filter((p) => p.state === "APPROVED" && p.entriesPerWeek >= 1 && p.approvedAt);
  const pay = (volunteerId: string, kind: AllowanceKind, paidOn: Date, amountCents: number, extra: Partial<Prisma.AllowancePaymentCreateManyInput> = {}) =>
    payments.push({ organizationId: org.id, volunteerId, year: paidOn.getUTCFullYear(), kind, amountCents, paidOn, recordedById, ...extra });
  const quarterEnds: Date[] = [];
  for (let year = today.getUTCFullYear() - 2; year <= today.getUTCFullYear(); year++) {
    for (const [month, day] of [[2, 31], [5, 30], [8, 30], [11, 20]] as const) {
      const d = new Date(Date.UTC(year, month, day));
      if (d <= today && d >= addDays(today, -HOURS_HISTORY_DAYS)) quarterEnds.push(d);
    }
  }
  regulars.slice(0, org.slug === "oldenburg" ? 10 : 3).forEach((p, i) => {
    const amount = random.pick([15_000, 20_000]);
    const activity = p.offersInterpreting ? "INTERPRETING" : "ESCORT";
    for (const d of quarterEnds) {
      if (p.approvedAt && d < p.approvedAt) continue;
      pay(p.id, "EHRENAMTSPAUSCHALE", d, amount, { activityTypeId: org.activities[activity], note: "Ehrenamtspauschale, Quartal" });
      if (i === 0) pay(p.id, "UEBUNGSLEITERFREIBETRAG", d, 30_000, { activityTypeId: org.activities.EVENT, note: "Leitung Sprachcafé" });
    }
  });
  let receipt = 1;
  for (const p of random.shuffle(regulars).slice(0, org.slug === "oldenburg" ? 8 : 2)) {
    for (let n = random.int(1, 4); n > 0; n--) {
      const paidOn = addDays(today, -random.int(5, 500));
      pay(p.id, "EXPENSE_REIMBURSEMENT", paidOn, random.int(460, 3_890), {
        receiptReference: `Beleg ${paidOn.getUTCFullYear()}-${String(receipt++).padStart(3, "0")}`,
        note: random.pick(["Busfahrkarten VWG", "Material für das Sprachcafé", "Kopien und Porto", "Fahrkarte Regionalbahn"]),
      });
    }
  }
  for (const p of random.shuffle(regulars).slice(0, org.slug === "oldenburg" ? 5 : 1)) {
    for (let n = random.int(2, 6); n > 0; n--) {
      const kilometres = random.int(8, 64);
      pay(p.id, "MILEAGE", addDays(today, -random.int(5, 500)), kilometres * org.centsPerKm, {
        kilometres,
        centsPerKm: org.centsPerKm,
        note: random.pick(["Fahrten zu Terminen im Umland", "Begleitung zur Zentralen Aufnahmestelle", "Fahrten zur Kleiderkammer"]),
      });
    }
  }
  return payments;
}

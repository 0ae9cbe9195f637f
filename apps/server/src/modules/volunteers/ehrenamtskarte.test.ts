// The Ehrenamtskarte through the API: each of the last N years checked on its
// own (249/250 hours, the anniversary day, the weekly alternative), course
// attendance counted or not by the setting, hours before the sign-up refused
// unless a coordinator imports them with a reason, and the card's expiry
// reminder (a delayed job, run with a pinned clock) with a fresh check.
import { berlinToday, berlinToIso } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { addMonths, addYears } from "@lotse/domain/calendar-months";
import { graphql } from "@lotse/schema/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDueDelayedJobs } from "../../jobs/delayed-jobs.ts";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { itOnPostgres } from "../../testing/postgres-only.ts";
import { ehrenamtskarteReminder } from "./ehrenamtskarte.service.ts";
import { gid as globalId } from "../../testing/global-ids.ts";

const Eligibility = graphql(`
  query TestCardEligibility($volunteerId: ID!) {
    ehrenamtskarteEligibility(volunteerId: $volunteerId) {
      eligible meetsHours meetsDuration activeSince countsCourseAttendance
      years { index from to hours averageHoursPerWeek meets decidedBy }
    }
  }
`);
const UpdateCardSettings = graphql(`
  mutation TestCardSettings($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      __typename
      ... on MutationUpdateOrganizationSettingsSuccess { data { ehrenamtskarte { minActiveYears validityYears countsCourseAttendance } } }
      ... on Error { code field }
    }
  }
`);
const CardActivities = graphql(`query TestCardActivities { activityTypes { id key } myVolunteerProfile { id } }`);
const CardLogHours = graphql(`
  mutation TestCardLogHours($input: HourLogInput!) {
    logHours(input: $input) { __typename ... on MutationLogHoursSuccess { data { id date } } ... on Error { code field message } }
  }
`);
const ImportHours = graphql(`
  mutation TestImportEarlierHours($volunteerId: ID!, $input: HourLogInput!, $reason: String!) {
    importEarlierHours(volunteerId: $volunteerId, input: $input, reason: $reason) {
      __typename
      ... on MutationImportEarlierHoursSuccess { data { id date minutes status importReason reviewedByName } }
      ... on Error { code field }
    }
  }
`);
const RecordCard = graphql(`
  mutation TestRecordCard($volunteerId: ID!, $issuedOn: String!, $previousIssuedOn: String) {
    recordEhrenamtskarte(volunteerId: $volunteerId, issuedOn: $issuedOn, previousIssuedOn: $previousIssuedOn) {
      __typename
      ... on MutationRecordEhrenamtskarteSuccess { data { ehrenamtskarte { issuedOn expiresOn remindOn } } }
      ... on Error { code field }
    }
  }
`);
const MyCard = graphql(`query TestMyCard { myVolunteerProfile { ehrenamtskarte { issuedOn expiresOn remindOn } } }`);

const logger = createLogger("silent");
let t: TestApp;
let coordinator: TestSession;
let admin: TestSession;
let orgId: string;
let activity: Record<string, string>;
const today = parseIsoDate(berlinToday());
const iso = (d: Date) => formatIsoDate(d);

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn("koordination@oldenburg.example");
  admin = await t.signIn("admin@oldenburg.example");
  orgId = (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
  const types = await t.db.prisma.activityType.findMany({ where: { organizationId: orgId } });
  activity = Object.fromEntries(types.map((a) => [a.key, a.id]));
});
afterAll(async () => {
  await t?.close();
});

/** A volunteer signed up and approved on `since`, with no hours yet. Returns the profile id and global id. */
async function volunteerSince(email: string, since: Date) {
  const prisma = t.db.prisma;
  const user = await prisma.user.create({ data: { email, name: email.split("@")[0]!, emailVerifiedAt: new Date() } });
  await prisma.membership.create({ data: { organizationId: orgId, userId: user.id, roles: { create: [{ role: "VOLUNTEER" }] } } });
  const at = new Date(berlinToIso(iso(since), "10:00")!);
  const profile = await prisma.volunteerProfile.create({
    data: { organizationId: orgId, userId: user.id, status: "APPROVED", germanLevel: "B2", consentVersion: 1, consentedAt: at, createdAt: at, approvedAt: at },
  });
  return { id: profile.id, gid: globalId("Volunteer", profile.id), userId: user.id, email };
}

/** Approved hours straight into the database (as if logged and reviewed). */
async function approved(volunteerId: string, date: Date, hours: number, key = "ESCORT", extra: { cohortSessionId?: string } = {}) {
  // At most 24 hours a day: spread larger figures over the days before `date`.
  let left = hours * 60;
  for (let d = 0; left > 0; d++) {
    const minutes = Math.min(left, 600);
    await t.db.prisma.hourLog.create({
      data: { organizationId: orgId, volunteerId, date: addDays(date, -d), minutes, activityTypeId: activity[key]!, status: "APPROVED", ...extra },
    });
    left -= minutes;
  }
}

const eligibility = async (gid: string) => (await coordinator.gql(Eligibility, { volunteerId: gid })).data!.ehrenamtskarteEligibility;

describe("each of the last two years", () => {
  it("needs 250 approved hours in each year: 249 in one of them is not enough", async () => {
    const v = await volunteerSince("jahre@example.org", addYears(today, -3));
    await approved(v.id, today, 250); // year 1: the days up to today
    await approved(v.id, addDays(addYears(today, -1), -10), 249); // year 2
    let e = await eligibility(v.gid);
    expect(e.years.map((y) => [y.index, y.hours, y.decidedBy])).toEqual([
      [1, 250, "HOURS_PER_YEAR"],
      [2, 249, "NONE"],
    ]);
    expect(e).toMatchObject({ eligible: false, meetsHours: false, meetsDuration: true });

    // One more hour on the anniversary day (exactly a year ago) belongs to the older year and decides it.
    await t.db.prisma.hourLog.create({
      data: { organizationId: orgId, volunteerId: v.id, date: addYears(today, -1), minutes: 60, activityTypeId: activity.ESCORT!, status: "APPROVED" },
    });
    e = await eligibility(v.gid);
    expect(e.years[0]).toMatchObject({ from: iso(addDays(addYears(today, -1), 1)), to: iso(today), hours: 250 });
    expect(e.years[1]).toMatchObject({ from: iso(addDays(addYears(today, -2), 1)), to: iso(addYears(today, -1)), hours: 250, decidedBy: "HOURS_PER_YEAR" });
    expect(e.eligible).toBe(true);
  });

  it("counts pending hours nowhere, and no single back-dated hour makes two years", async () => {
    const v = await volunteerSince("rueckdatiert@example.org", addYears(today, -3));
    await approved(v.id, today, 400);
    await approved(v.id, addYears(addDays(today, -100), -1), 1);
    await t.db.prisma.hourLog.create({
      data: { organizationId: orgId, volunteerId: v.id, date: addYears(addDays(today, -50), -1), minutes: 600, activityTypeId: activity.ESCORT!, status: "PENDING" },
    });
    const e = await eligibility(v.gid);
    expect(e.years.map((y) => y.hours)).toEqual([400, 1]);
    expect(e.eligible).toBe(false);
  });

  it("is active for two years on the anniversary of the approval, not the day before", async () => {
    const onTheDay = await volunteerSince("jahrestag@example.org", addYears(today, -2));
    const dayLater = await volunteerSince("tag-danach@example.org", addDays(addYears(today, -2), 1));
    for (const v of [onTheDay, dayLater]) {
      await approved(v.id, today, 260);
      await approved(v.id, addYears(today, -1), 260);
    }
    expect(await eligibility(onTheDay.gid)).toMatchObject({ activeSince: iso(addYears(today, -2)), meetsDuration: true, eligible: true });
    expect(await eligibility(dayLater.gid)).toMatchObject({ meetsDuration: false, eligible: false });
  });

  it("accepts 5 hours a week on average as the alternative where the yearly figure is set higher", async () => {
    const v = await volunteerSince("woechentlich@example.org", addYears(today, -3));
    // 262 hours in each year: over 5 hours a week in any year (at most 52 2/7 weeks), short of 300.
    await approved(v.id, today, 262);
    await approved(v.id, addYears(today, -1), 262);
    const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { id: orgId } });
    const settings = org.settings as Record<string, Record<string, unknown>>;
    await t.db.prisma.organization.update({ where: { id: orgId }, data: { settings: { ...settings, volunteers: { ...settings.volunteers, ehrenamtskarteHoursPerYear: 300 } } } });
    try {
      const e = await eligibility(v.gid);
      expect(e.years.map((y) => y.decidedBy)).toEqual(["HOURS_PER_WEEK", "HOURS_PER_WEEK"]);
      expect(e.years[0]!.averageHoursPerWeek).toBeGreaterThanOrEqual(5);
      expect(e.eligible).toBe(true);
    } finally {
      await t.db.prisma.organization.update({ where: { id: orgId }, data: { settings: org.settings ?? {} } });
    }
  });
});

describe("course attendance", () => {
  it("counts Kursbesuch (credited or logged by hand) only while the setting is on", async () => {
    const v = await volunteerSince("kurs@example.org", addYears(today, -3));
    const session = await t.db.prisma.cohortSession.findFirstOrThrow({ where: { organizationId: orgId } });
    await approved(v.id, addDays(today, -30), 240);
    await approved(v.id, addDays(today, -1), 5, "COURSE"); // logged by hand
    await approved(v.id, today, 5, "COURSE", { cohortSessionId: session.id }); // credited from attendance
    await approved(v.id, addYears(today, -1), 260);

    let e = await eligibility(v.gid);
    expect(e).toMatchObject({ countsCourseAttendance: true, eligible: true });
    expect(e.years[0]!.hours).toBe(250);

    const off = await admin.gql(UpdateCardSettings, { input: { ehrenamtskarte: { countsCourseAttendance: false } } });
    expect(off.data?.updateOrganizationSettings).toMatchObject({ data: { ehrenamtskarte: { countsCourseAttendance: false, minActiveYears: 2, validityYears: 3 } } });
    try {
      e = await eligibility(v.gid);
      expect(e).toMatchObject({ countsCourseAttendance: false, eligible: false });
      expect(e.years[0]!.hours).toBe(240);
    } finally {
      await admin.gql(UpdateCardSettings, { input: { ehrenamtskarte: { countsCourseAttendance: true } } });
    }
    expect((await eligibility(v.gid)).years[0]!.hours).toBe(250);
  });

  it("refuses a number of years outside 1 to 10, naming the field", async () => {
    const res = await admin.gql(UpdateCardSettings, { input: { ehrenamtskarte: { minActiveYears: 0 } } });
    expect(res.data?.updateOrganizationSettings ?? res.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION" });
  });
});

describe("hours before the sign-up", () => {
  it("are refused for the volunteer and accepted with a reason from a coordinator, audited", async () => {
    const volunteer = await t.signIn("lotse@oldenburg.example");
    const own = (await volunteer.gql(CardActivities)).data!;
    const leylaGid = own.myVolunteerProfile!.id;
    const profile = await t.db.prisma.volunteerProfile.findFirstOrThrow({ where: { organizationId: orgId, user: { email: "lotse@oldenburg.example" } } });
    const signUp = parseIsoDate(berlinToday(profile.createdAt));
    const escort = own.activityTypes.find((a) => a.key === "ESCORT")!.id;

    const before = await volunteer.gql(CardLogHours, { input: { date: iso(addDays(signUp, -1)), minutes: 60, activityTypeId: escort } });
    expect(before.data?.logHours).toMatchObject({ code: "VALIDATION", field: "date" });
    const onTheDay = await volunteer.gql(CardLogHours, { input: { date: iso(signUp), minutes: 60, activityTypeId: escort } });
    expect(onTheDay.data?.logHours).toMatchObject({ __typename: "MutationLogHoursSuccess" });

    const input = { date: iso(addYears(signUp, -1)), minutes: 180, activityTypeId: escort, note: "Sprachcafé 2024" };
    const noReason = await coordinator.gql(ImportHours, { volunteerId: leylaGid, input, reason: "  " });
    expect(noReason.data?.importEarlierHours ?? noReason.errors?.[0]?.extensions).toMatchObject({ code: "VALIDATION" });
    // The volunteer cannot import for themself.
    const byVolunteer = await volunteer.gql(ImportHours, { volunteerId: leylaGid, input, reason: "selbst" });
    expect(byVolunteer.data?.importEarlierHours ?? byVolunteer.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });

    const imported = await coordinator.gql(ImportHours, { volunteerId: leylaGid, input, reason: "Stundenzettel des Sprachcafés 2024" });
    expect(imported.data?.importEarlierHours).toMatchObject({
      data: { date: input.date, minutes: 180, status: "APPROVED", importReason: "Stundenzettel des Sprachcafés 2024", reviewedByName: expect.any(String) },
    });
    const id = (imported.data!.importEarlierHours as { data: { id: string } }).data.id;
    const dbId = Buffer.from(id, "base64").toString().split(":")[1]!;
    const auditRow = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: "hours.imported", entityId: dbId } });
    expect(auditRow.changes).toMatchObject({ date: input.date, minutes: 180, reason: "Stundenzettel des Sprachcafés 2024" });
    expect(auditRow.actorUserId).toBe((await t.db.prisma.user.findUniqueOrThrow({ where: { email: "koordination@oldenburg.example" } })).id);
  });
});

describe("the card and its expiry reminder", () => {
  it("records the card, shows its expiry, and mails a reminder with a fresh check three months before", async () => {
    const v = await volunteerSince("karte@example.org", addYears(today, -4));
    const issuedOn = iso(addYears(today, -1));
    const res = await coordinator.gql(RecordCard, { volunteerId: v.gid, issuedOn });
    const card = { issuedOn, expiresOn: iso(addDays(addYears(today, 2), -1)), remindOn: expect.any(String) };
    expect(res.data?.recordEhrenamtskarte).toMatchObject({ data: { ehrenamtskarte: card } });
    const { remindOn } = (res.data!.recordEhrenamtskarte as { data: { ehrenamtskarte: { remindOn: string } } }).data.ehrenamtskarte;
    expect(remindOn).toBe(iso(addMonths(addDays(addYears(today, 2), -1), -3)));
    expect(await t.db.prisma.auditLog.count({ where: { action: "ehrenamtskarte.recorded", entityId: v.id } })).toBe(1);
    const mine = await t.sessionFor(v.email);
    expect((await mine.gql(MyCard)).data?.myVolunteerProfile?.ehrenamtskarte).toMatchObject(card);

    // Hours in both years up to the reminder day: the check in the mail is made on that day.
    const remindDay = parseIsoDate(remindOn);
    await approved(v.id, remindDay, 255);
    await approved(v.id, addYears(remindDay, -1), 100);

    const due = new Date(berlinToIso(remindOn, "08:00")!);
    const run = (now: Date) => runDueDelayedJobs({ prisma: t.db.prisma, logger, handlers: [ehrenamtskarteReminder] }, now);
    expect(await run(new Date(due.getTime() - 60_000))).toBe(0);
    expect(await t.db.prisma.outboxMessage.count({ where: { toAddress: v.email } })).toBe(0);
    expect(await run(due)).toBe(1);
    const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: v.email } });
    expect(mail.subject).toContain("Ehrenamtskarte");
    expect(mail.subject).toContain(card.expiresOn.split("-").reverse().join("."));
    expect(mail.textBody).toContain("255 Std., erfüllt (Stunden im Jahr)");
    expect(mail.textBody).toContain("100 Std., nicht erfüllt");
    expect(mail.textBody).toContain("Sie erfüllen die Voraussetzungen heute nicht");
    expect(await run(new Date(due.getTime() + 86_400_000))).toBe(0); // once only
  });

  it("replaces the reminder when a newer card is recorded", async () => {
    const v = await volunteerSince("neue-karte@example.org", addYears(today, -4));
    await coordinator.gql(RecordCard, { volunteerId: v.gid, issuedOn: iso(addYears(today, -2)) });
    await coordinator.gql(RecordCard, { volunteerId: v.gid, issuedOn: iso(addDays(today, -3)) });
    const jobs = await t.db.prisma.job.findMany({ where: { kind: "volunteers.ehrenamtskarteExpiry", payload: { path: ["volunteerId"], equals: v.id }, status: "PENDING" } });
    expect(jobs).toHaveLength(1);
    expect((jobs[0]!.payload as { issuedOn: string }).issuedOn).toBe(iso(addDays(today, -3)));
  });

  it("records the same date again without writing, reminding or auditing anything", async () => {
    const v = await volunteerSince("gleiche-karte@example.org", addYears(today, -4));
    const issuedOn = iso(addDays(today, -10));
    await coordinator.gql(RecordCard, { volunteerId: v.gid, issuedOn });
    const audits = () => t.db.prisma.auditLog.count({ where: { entityId: v.id, action: "ehrenamtskarte.recorded" } });
    expect(await audits()).toBe(1);
    expect((await coordinator.gql(RecordCard, { volunteerId: v.gid, issuedOn })).data?.recordEhrenamtskarte).toMatchObject({ data: { ehrenamtskarte: { issuedOn } } });
    expect(await audits()).toBe(1);
    expect(await t.db.prisma.job.count({ where: { kind: "volunteers.ehrenamtskarteExpiry", payload: { path: ["volunteerId"], equals: v.id } } })).toBe(1);
  });

  it("refuses to replace a card the coordinator did not see: one recorded meanwhile is kept, the answer asks to reload", async () => {
    const v = await volunteerSince("karte-gesehen@example.org", addYears(today, -4));
    const meanwhile = iso(addDays(today, -20));
    await coordinator.gql(RecordCard, { volunteerId: v.gid, issuedOn: meanwhile, previousIssuedOn: null });
    const stale = await coordinator.gql(RecordCard, { volunteerId: v.gid, issuedOn: iso(addDays(today, -2)), previousIssuedOn: null });
    expect(stale.data?.recordEhrenamtskarte).toMatchObject({ code: "CONFLICT", field: "issuedOn" });
    const seen = await coordinator.gql(RecordCard, { volunteerId: v.gid, issuedOn: iso(addDays(today, -2)), previousIssuedOn: meanwhile });
    expect(seen.data?.recordEhrenamtskarte).toMatchObject({ data: { ehrenamtskarte: { issuedOn: iso(addDays(today, -2)) } } });
  });

  itOnPostgres("of two coordinator sessions recording a card at once, records one, tells the other to reload, audits once and plans one reminder", async () => {
    const other = await t.signIn("koordination@oldenburg.example");
    for (let round = 0; round < 3; round++) {
      const v = await volunteerSince(`karte-zugleich-${round}@example.org`, addYears(today, -4));
      const dates = [iso(addDays(today, -5)), iso(addDays(today, -6))];
      // Both saw the page without a card. (Without previousIssuedOn only requests overlapping in time
      // conflict: one arriving after the other's commit would replace the card, as a later record does.)
      const answers = (
        await Promise.all([
          coordinator.gql(RecordCard, { volunteerId: v.gid, issuedOn: dates[0]!, previousIssuedOn: null }),
          other.gql(RecordCard, { volunteerId: v.gid, issuedOn: dates[1]!, previousIssuedOn: null }),
        ])
      ).map(
        (r) => r.data!.recordEhrenamtskarte,
      );
      const won = answers.findIndex((a) => a.__typename === "MutationRecordEhrenamtskarteSuccess");
      expect(won, `round ${round}`).toBeGreaterThanOrEqual(0);
      expect(answers[1 - won], `round ${round}`).toMatchObject({ code: "CONFLICT", field: "issuedOn" });
      const stored = await t.db.prisma.volunteerProfile.findUniqueOrThrow({ where: { id: v.id } });
      expect(formatIsoDate(stored.ehrenamtskarteIssuedOn!)).toBe(dates[won]);
      expect(await t.db.prisma.auditLog.count({ where: { entityId: v.id, action: "ehrenamtskarte.recorded" } })).toBe(1);
      const jobs = await t.db.prisma.job.findMany({ where: { kind: "volunteers.ehrenamtskarteExpiry", payload: { path: ["volunteerId"], equals: v.id } } });
      expect(jobs.map((j) => (j.payload as { issuedOn: string }).issuedOn)).toEqual([dates[won]]);
    }
  });

  it("refuses a date of issue in the future", async () => {
    const v = await volunteerSince("zukunft@example.org", addYears(today, -1));
    const res = await coordinator.gql(RecordCard, { volunteerId: v.gid, issuedOn: iso(addDays(today, 1)) });
    expect(res.data?.recordEhrenamtskarte).toMatchObject({ code: "VALIDATION", field: "issuedOn" });
  });
});

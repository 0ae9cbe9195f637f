import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { graphql } from "@lotse/schema/testing";
import { demo, newPerson, signedInVolunteers, signIn } from "@lotse/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { itOnPostgres } from "../../testing/postgres-only.ts";
import { gid } from "../../testing/global-ids.ts";

const Activities = graphql(`query TestActivityTypes { activityTypes { id key name } myVolunteerProfile { id } }`);
const LogHours = graphql(`
  mutation TestLogHours($input: HourLogInput!) {
    logHours(input: $input) {
      __typename
      ... on MutationLogHoursSuccess { data { id date minutes status note activityType { key } } }
      ... on Error { code field message }
    }
  }
`);
const LogCourseHours = graphql(`
  mutation TestLogCourseHours($input: HourLogInput!) {
    logHours(input: $input) {
      __typename
      ... on MutationLogHoursSuccess { data { id cohort { id title } } }
      ... on Error { code field message }
    }
  }
`);
const OpenCohorts = graphql(`query TestOpenCohorts { cohorts(first: 5, filter: { status: OPEN }) { edges { node { id title } } } }`);
const Apply = graphql(`
  mutation TestApplyForHours($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename ... on Error { code } } }
`);
const ReviewQueueCourse = graphql(`
  query TestReviewQueueCourse($filter: HourLogsFilter) { hourLogs(filter: $filter, first: 50) { edges { node { id cohort { title } } } } }
`);
const UpdateHourLog = graphql(`
  mutation TestUpdateHourLog($id: ID!, $input: HourLogInput!) {
    updateHourLog(id: $id, input: $input) { __typename ... on MutationUpdateHourLogSuccess { data { minutes } } ... on Error { code field } }
  }
`);
const DeleteHourLog = graphql(`
  mutation TestDeleteHourLog($id: ID!) { deleteHourLog(id: $id) { __typename ... on Error { code field } } }
`);
const MyHourLogs = graphql(`
  query TestMyHourLogs($first: Int, $filter: HourLogsFilter) {
    myHourLogs(first: $first, filter: $filter) { totalCount edges { node { id date minutes status } } }
  }
`);
const HourLogs = graphql(`
  query TestHourLogs($filter: HourLogsFilter, $first: Int) {
    hourLogs(filter: $filter, first: $first) { totalCount edges { node { id minutes status createdAt volunteer { name } } } }
  }
`);
const ReviewHourLogs = graphql(`
  mutation TestReviewHourLogs($ids: [ID!]!, $decision: ReviewDecision!, $reason: String) {
    reviewHourLogs(ids: $ids, decision: $decision, reason: $reason) {
      __typename
      ... on MutationReviewHourLogsSuccess { data { id status reviewReason } }
      ... on Error { code field }
    }
  }
`);
const Summary = graphql(`
  query TestHoursSummary($volunteerId: ID, $year: Int!) {
    hoursSummary(volunteerId: $volunteerId, year: $year) {
      year approvedMinutes pendingMinutes volunteerCount
      months { month approvedMinutes pendingMinutes }
      byActivity { activityType { key } approvedMinutes pendingMinutes }
    }
  }
`);
const Eligibility = graphql(`
  query TestEligibility($volunteerId: ID!) {
    ehrenamtskarteEligibility(volunteerId: $volunteerId) {
      eligible hoursLast12Months averageHoursPerWeek meetsHours activeSince activeYears meetsDuration requiredHoursPerYear requiredActiveYears
    }
  }
`);
const OwnEligibility = graphql(`
  query TestOwnEligibility {
    myVolunteerProfile { id ehrenamtskarteEligibility { eligible hoursLast12Months activeSince meetsDuration requiredHoursPerYear } }
  }
`);
const RecordPayment = graphql(`
  mutation TestRecordAllowancePayment($input: AllowancePaymentInput!) {
    recordAllowancePayment(input: $input) {
      __typename
      ... on MutationRecordAllowancePaymentSuccess { data { amountCents kind year paidOn } }
      ... on Error { code field message }
    }
  }
`);
const AllowanceSummary = graphql(`
  query TestAllowanceSummary($volunteerId: ID!, $year: Int!) {
    allowanceSummary(volunteerId: $volunteerId, year: $year) {
      pauschaleLimitCents pauschaleCents expensesCents pauschaleRemainingCents payments { amountCents kind }
    }
  }
`);

let t: TestApp;
let volunteer: TestSession;
let coordinator: TestSession;
let activity: Record<string, string>;
let volunteerId: string;
const today = parseIsoDate(berlinToday());
const day = (offset: number) => formatIsoDate(addDays(today, offset));

beforeAll(async () => {
  t = await createTestApp();
  volunteer = await t.signIn("lotse@oldenburg.example");
  coordinator = await t.signIn("koordination@oldenburg.example");
  const res = (await volunteer.gql(Activities)).data!;
  activity = Object.fromEntries(res.activityTypes.map((a) => [a.key, a.id]));
  volunteerId = res.myVolunteerProfile!.id;
});
afterAll(async () => {
  await t?.close();
});

const log = (session: TestSession, date: string, minutes: number, key = "ESCORT", note?: string) =>
  session.gql(LogHours, { input: { date, minutes, activityTypeId: activity[key]!, note } });

describe("logging hours", () => {
  it("logs hours for the volunteer as pending", async () => {
    const res = await log(volunteer, day(-1), 95, "INTERPRETING", "Elternabend übersetzt");
    expect(res.data?.logHours).toMatchObject({ data: { date: day(-1), minutes: 95, status: "PENDING", activityType: { key: "INTERPRETING" }, note: "Elternabend übersetzt" } });
  });

  it("refuses future dates, minutes out of range, and a day over 24 hours, naming the field", async () => {
    expect((await log(volunteer, day(1), 30)).data?.logHours).toMatchObject({ code: "VALIDATION", field: "date" });
    expect((await log(volunteer, day(-3), 0)).data?.logHours).toMatchObject({ code: "VALIDATION", field: "minutes" });
    expect((await log(volunteer, day(-3), 1441)).data?.logHours).toMatchObject({ code: "VALIDATION", field: "minutes" });
    expect((await log(volunteer, "2026-13-01", 10)).data?.logHours).toMatchObject({ code: "VALIDATION", field: "date" });
    expect((await log(volunteer, day(-4), 1000)).data?.logHours).toMatchObject({ data: { minutes: 1000 } });
    // What is left is said in the form's units (hours and minutes), not "440 Minuten".
    const over = await log(volunteer, day(-4), 500);
    expect(over.data?.logHours).toMatchObject({ code: "VALIDATION", field: "minutes" });
    expect((over.data?.logHours as { message: string }).message).toContain("Für diesen Tag sind noch 7 Std. 20 Min. möglich.");
    expect((await log(volunteer, day(-4), 440)).data?.logHours).toMatchObject({ data: { minutes: 440 } });
  });

  itOnPostgres("keeps the day at or under 24 hours when forty entries arrive at once", async () => {
    const date = day(-6);
    const results = await Promise.all(Array.from({ length: 40 }, () => log(volunteer, date, 45)));
    const accepted = results.filter((r) => r.data?.logHours.__typename === "MutationLogHoursSuccess").length;
    const refused = results.filter((r) => (r.data?.logHours as { code?: string }).code === "VALIDATION").length;
    expect(accepted + refused).toBe(40);
    expect(accepted).toBe(32); // 32 × 45 = 1440
    const profile = await t.db.prisma.volunteerProfile.findFirstOrThrow({ where: { user: { email: "lotse@oldenburg.example" } } });
    const total = await t.db.prisma.hourLog.aggregate({ where: { volunteerId: profile.id, date: parseIsoDate(date) }, _sum: { minutes: true } });
    expect(total._sum.minutes).toBe(1440);
  });

  it("links hours to a course only where the volunteer holds a place, and shows the course to the coordinator", async () => {
    const cohort = (await volunteer.gql(OpenCohorts)).data!.cohorts.edges[0]!.node;
    const input = (cohortId: string) => ({ date: day(-2), minutes: 30, activityTypeId: activity.OTHER!, cohortId });
    // Not yet a participant: refused, naming the field, nothing written.
    const before = await t.db.prisma.hourLog.count();
    expect((await volunteer.gql(LogCourseHours, { input: input(cohort.id) })).data?.logHours).toMatchObject({ code: "VALIDATION", field: "cohortId" });
    expect(await t.db.prisma.hourLog.count()).toBe(before);
    expect((await volunteer.gql(Apply, { cohortId: cohort.id })).data?.applyToCohort.__typename).toBe("MutationApplyToCohortSuccess");
    const linked = await volunteer.gql(LogCourseHours, { input: input(cohort.id) });
    expect(linked.data?.logHours).toMatchObject({ data: { cohort: { id: cohort.id, title: cohort.title } } });
    // Someone else's course, or an ID that is not a course at all.
    const [otherApi] = await signedInVolunteers(t.lotse, await signIn(t.lotse, demo.coordinator), [newPerson("hours-course")]);
    const other = t.as(otherApi!);
    // Dated today: this volunteer signed up today, and hours may not predate the sign-up.
    expect((await other.gql(LogCourseHours, { input: { ...input(cohort.id), date: day(0) } })).data?.logHours).toMatchObject({ code: "VALIDATION", field: "cohortId" });
    expect((await volunteer.gql(LogCourseHours, { input: input(activity.OTHER!) })).data?.logHours).toMatchObject({ code: "VALIDATION", field: "cohortId" });
    const queue = (await coordinator.gql(ReviewQueueCourse, { filter: { volunteerId } })).data!.hourLogs.edges.map((e) => e.node);
    const id = (linked.data!.logHours as { data: { id: string } }).data.id;
    expect(queue.find((n) => n.id === id)?.cohort?.title).toBe(cohort.title);
  });

  it("lets the author change or delete only pending entries, and nobody else", async () => {
    const created = await log(volunteer, day(-8), 60);
    const id = (created.data?.logHours as { data: { id: string } }).data.id;
    expect((await volunteer.gql(UpdateHourLog, { id, input: { date: day(-8), minutes: 75, activityTypeId: activity.ESCORT! } })).data?.updateHourLog).toMatchObject({ data: { minutes: 75 } });

    const other = await t.signIn("admin@oldenburg.example");
    expect((await other.gql(DeleteHourLog, { id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    await coordinator.gql(ReviewHourLogs, { ids: [id], decision: "APPROVE" });
    expect((await volunteer.gql(UpdateHourLog, { id, input: { date: day(-8), minutes: 10, activityTypeId: activity.ESCORT! } })).data?.updateHourLog).toMatchObject({ code: "CONFLICT" });
    expect((await volunteer.gql(DeleteHourLog, { id })).data?.deleteHourLog).toMatchObject({ code: "CONFLICT" });

    const second = await log(volunteer, day(-8), 30);
    const secondId = (second.data?.logHours as { data: { id: string } }).data.id;
    expect((await volunteer.gql(DeleteHourLog, { id: secondId })).data?.deleteHourLog.__typename).toBe("MutationDeleteHourLogSuccess");
  });

  it("takes hours from a sign-up awaiting approval, but not from a paused or rejected volunteer", async () => {
    const setStatus = (status: "PENDING" | "PAUSED" | "REJECTED" | "APPROVED") =>
      t.db.prisma.volunteerProfile.updateMany({ where: { user: { email: "lotse@oldenburg.example" } }, data: { status } });
    try {
      await setStatus("PENDING");
      expect((await log(volunteer, day(-2), 20)).data?.logHours).toMatchObject({ data: { status: "PENDING", minutes: 20 } });
      // Consent withdrawn while still awaiting approval: no more hours either.
      await t.db.prisma.volunteerProfile.updateMany({ where: { user: { email: "lotse@oldenburg.example" } }, data: { consentWithdrawnAt: new Date() } });
      expect((await log(volunteer, day(-2), 20)).data?.logHours).toMatchObject({ code: "FORBIDDEN" });
      await t.db.prisma.volunteerProfile.updateMany({ where: { user: { email: "lotse@oldenburg.example" } }, data: { consentWithdrawnAt: null } });
      for (const status of ["PAUSED", "REJECTED"] as const) {
        await setStatus(status);
        expect((await log(volunteer, day(-2), 30)).data?.logHours).toMatchObject({ code: "FORBIDDEN" });
      }
    } finally {
      await setStatus("APPROVED");
    }
  });

  it("shows the volunteer their own entries only", async () => {
    // Enough entries of its own, whatever ran before (the race test above runs on PostgreSQL only).
    for (let i = 0; i < 31; i++) await log(volunteer, day(-30), 10);
    const mine = await volunteer.gql(MyHourLogs, { first: 100 });
    expect(mine.data?.myHourLogs.totalCount).toBeGreaterThan(30);
    const coordinatorsOwn = await coordinator.gql(MyHourLogs, { first: 5 });
    expect(coordinatorsOwn.data?.myHourLogs.totalCount).toBe(0);
  });
});

describe("review queue", () => {
  it("lists pending entries oldest first and approves many at once, recording who decided", async () => {
    for (let i = 0; i < 11; i++) await log(volunteer, day(-31), 10);
    const queue = await coordinator.gql(HourLogs, { filter: { status: "PENDING" }, first: 50 });
    const nodes = queue.data!.hourLogs.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(10);
    const created = nodes.map((n) => n.createdAt);
    expect([...created].sort()).toEqual(created);
    const ids = nodes.slice(0, 10).map((n) => n.id);
    const pendingBefore = await t.db.prisma.hourLog.count({ where: { status: "PENDING", volunteer: { organization: { slug: "oldenburg" } } } });
    expect(queue.data!.hourLogs.totalCount).toBe(pendingBefore);
    const res = await coordinator.gql(ReviewHourLogs, { ids, decision: "APPROVE" });
    expect(res.data?.reviewHourLogs).toMatchObject({ data: expect.arrayContaining([expect.objectContaining({ status: "APPROVED" })]) });
    // The queue's count (added up from the kept totals) follows the review at once.
    expect((await coordinator.gql(HourLogs, { filter: { status: "PENDING" }, first: 1 })).data!.hourLogs.totalCount).toBe(pendingBefore - 10);
    expect((res.data?.reviewHourLogs as { data: unknown[] }).data).toHaveLength(10);
    const again = await coordinator.gql(ReviewHourLogs, { ids, decision: "REJECT", reason: "zu spät" });
    // Nothing left to decide: a typed answer, not an empty success.
    expect(again.data?.reviewHourLogs).toMatchObject({ code: "CONFLICT", field: "ids" });
    const reviewed = await t.db.prisma.hourLog.findMany({ where: { status: "APPROVED", reviewedById: { not: null } } });
    expect(reviewed.length).toBeGreaterThanOrEqual(10);
  });

  it("rejects only with a reason, and a rejected entry frees its minutes for the day", async () => {
    const created = await log(volunteer, day(-10), 1440);
    const id = (created.data?.logHours as { data: { id: string } }).data.id;
    expect((await log(volunteer, day(-10), 1)).data?.logHours).toMatchObject({ field: "minutes" });
    expect((await coordinator.gql(ReviewHourLogs, { ids: [id], decision: "REJECT" })).data?.reviewHourLogs).toMatchObject({ code: "VALIDATION", field: "reason" });
    const res = await coordinator.gql(ReviewHourLogs, { ids: [id], decision: "REJECT", reason: "Bitte realistisch erfassen" });
    expect(res.data?.reviewHourLogs).toMatchObject({ data: [{ status: "REJECTED", reviewReason: "Bitte realistisch erfassen" }] });
    expect((await log(volunteer, day(-10), 120)).data?.logHours).toMatchObject({ data: { minutes: 120 } });
  });

  it("is closed to volunteers and to other organisations", async () => {
    expect((await volunteer.gql(HourLogs, {})).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const osna = await t.signIn("koordination@osnabrueck.example");
    expect((await osna.gql(HourLogs, {})).data?.hourLogs.totalCount).toBe(0);
    const pending = await t.db.prisma.hourLog.findFirstOrThrow({ where: { status: "PENDING" } });
    const foreignId = gid("HourLog", pending.id);
    const res = await osna.gql(ReviewHourLogs, { ids: [foreignId], decision: "APPROVE" });
    // As for any id the caller cannot see.
    expect(res.data?.reviewHourLogs).toMatchObject({ code: "NOT_FOUND", field: "ids" });
    expect((await t.db.prisma.hourLog.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PENDING");
  });
});

describe("summaries and Ehrenamtskarte", () => {
  it("adds up a volunteer's hours by month and activity, approved and pending apart", async () => {
    // The year of yesterday, the latest day with hours here: on 1 January every entry is in last year.
    const year = parseIsoDate(day(-1)).getUTCFullYear();
    const mine = (await volunteer.gql(Summary, { volunteerId, year })).data!.hoursSummary;
    const rows = await t.db.prisma.hourLog.groupBy({
      by: ["status"],
      where: { volunteer: { user: { email: "lotse@oldenburg.example" } }, date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) }, status: { not: "REJECTED" } },
      _sum: { minutes: true },
    });
    const sum = (s: string) => rows.find((r) => r.status === s)?._sum.minutes ?? 0;
    expect(mine.approvedMinutes).toBe(sum("APPROVED"));
    expect(mine.pendingMinutes).toBe(sum("PENDING"));
    expect(mine.months.reduce((a, m) => a + m.approvedMinutes + m.pendingMinutes, 0)).toBe(sum("APPROVED") + sum("PENDING"));
    expect(mine.byActivity.find((a) => a.activityType.key === "INTERPRETING")?.pendingMinutes ?? 0).toBeGreaterThanOrEqual(0);

    const org = (await coordinator.gql(Summary, { year })).data!.hoursSummary;
    expect(org.volunteerCount).toBe(1);
    expect(org.approvedMinutes).toBe(mine.approvedMinutes);
    expect((await volunteer.gql(Summary, { year })).data?.hoursSummary ?? null).toBeNull();
  });

  it("answers an impossible year with a typed error", async () => {
    const res = await coordinator.gql(Summary, { year: -1 });
    expect(res.errors?.[0]?.extensions?.code).toBe("VALIDATION");
    expect(res.status).toBeLessThan(500);
  });

  it("does not show a volunteer another volunteer's summary", async () => {
    const other = await t.db.prisma.user.create({ data: { email: "zweite@example.org", name: "Zweite", emailVerifiedAt: new Date() } });
    const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
    const profile = await t.db.prisma.volunteerProfile.create({ data: { organizationId: org.id, userId: other.id, germanLevel: "B1", consentVersion: 1, consentedAt: new Date() } });
    const res = await volunteer.gql(Summary, { volunteerId: gid("Volunteer", profile.id), year: 2026 });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("explains Ehrenamtskarte eligibility with its numbers", async () => {
    const res = (await coordinator.gql(Eligibility, { volunteerId })).data!.ehrenamtskarteEligibility;
    expect(res.requiredHoursPerYear).toBe(250);
    expect(res.requiredActiveYears).toBe(2);
    expect(res.activeYears).toBeGreaterThan(1); // the demo volunteer was approved about 390 days ago
    expect(res.meetsDuration).toBe(false);
    expect(res.eligible).toBe(false);
    expect(res.hoursLast12Months).toBeGreaterThan(0);
    // The volunteer home asks for the same figures on the own profile, without knowing its id first.
    const own = (await volunteer.gql(OwnEligibility)).data!.myVolunteerProfile!;
    expect(own.id).toBe(volunteerId);
    expect(own.ehrenamtskarteEligibility).toEqual({
      eligible: res.eligible,
      hoursLast12Months: res.hoursLast12Months,
      activeSince: res.activeSince,
      meetsDuration: res.meetsDuration,
      requiredHoursPerYear: res.requiredHoursPerYear,
    });
  });
});

describe("allowances", () => {
  it("records payments and refuses a Pauschale over the year's limit with the remaining amount", async () => {
    // The Pauschale names the activity it pays for; an expense its receipt.
    const pay = (amountCents: number, kind: "EHRENAMTSPAUSCHALE" | "EXPENSE_REIMBURSEMENT" = "EHRENAMTSPAUSCHALE", year = 2026) =>
      coordinator.gql(RecordPayment, {
        input: kind === "EHRENAMTSPAUSCHALE"
          ? { volunteerId, year, kind, amountCents, paidOn: "2026-06-30", activityTypeId: activity.ESCORT! }
          : { volunteerId, year, kind, amountCents, paidOn: "2026-06-30", receiptReference: "Beleg 17" },
      });
    expect((await pay(80_000)).data?.recordAllowancePayment).toMatchObject({ data: { amountCents: 80_000 } });
    expect((await pay(5_000, "EXPENSE_REIMBURSEMENT")).data?.recordAllowancePayment).toMatchObject({ data: { kind: "EXPENSE_REIMBURSEMENT" } });
    const over = await pay(20_000);
    expect(over.data?.recordAllowancePayment).toMatchObject({ code: "VALIDATION", field: "amountCents" });
    expect((over.data?.recordAllowancePayment as { message: string }).message).toContain("160,00");
    expect((await pay(16_000)).data?.recordAllowancePayment).toMatchObject({ data: { amountCents: 16_000 } });
    expect((await pay(-5)).data?.recordAllowancePayment).toMatchObject({ field: "amountCents" });
    expect((await pay(100, "EHRENAMTSPAUSCHALE", 2019)).data?.recordAllowancePayment).toMatchObject({ field: "year" });
    // Filing a 2026 payment under another year would dodge the limit.
    expect((await pay(100, "EHRENAMTSPAUSCHALE", 2025)).data?.recordAllowancePayment).toMatchObject({ code: "VALIDATION", field: "year" });

    const summary = (await coordinator.gql(AllowanceSummary, { volunteerId, year: 2026 })).data!.allowanceSummary;
    expect(summary).toMatchObject({ pauschaleLimitCents: 96_000, pauschaleCents: 96_000, expensesCents: 5_000, pauschaleRemainingCents: 0 });
    expect(summary.payments).toHaveLength(3);
    expect((await volunteer.gql(RecordPayment, { input: { volunteerId, year: 2026, kind: "EXPENSE_REIMBURSEMENT", amountCents: 1, paidOn: "2026-06-30" } })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  itOnPostgres("never lets concurrent payments cross the limit", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        coordinator.gql(RecordPayment, { input: { volunteerId, year: 2025, kind: "EHRENAMTSPAUSCHALE", amountCents: 20_000, paidOn: "2025-12-01", activityTypeId: activity.ESCORT! } }),
      ),
    );
    expect(results.filter((r) => r.data?.recordAllowancePayment.__typename === "MutationRecordAllowancePaymentSuccess")).toHaveLength(4); // 4 × 200 € ≤ 840 €
    const summary = (await coordinator.gql(AllowanceSummary, { volunteerId, year: 2025 })).data!.allowanceSummary;
    expect(summary.pauschaleCents).toBe(80_000);
  });
});

describe("four eyes for a coordinator who also volunteers", () => {
  const ReviewQueueRights = graphql(`
    query TestReviewRights($filter: HourLogsFilter) { hourLogs(filter: $filter, first: 100) { edges { node { id canReview } } } }
  `);

  it("lets another coordinator, never themself, decide on their hours, payments, certificate and approval", async () => {
    const membership = await t.db.prisma.membership.findFirstOrThrow({ where: { user: { email: "lotse@oldenburg.example" }, organization: { slug: "oldenburg" } } });
    const role = await t.db.prisma.membershipRole.create({ data: { membershipId: membership.id, role: "COORDINATOR" } });
    try {
      const both = await t.signIn("lotse@oldenburg.example");
      const own = (await log(both, day(-12), 50, "EVENT", "Sommerfest")).data!.logHours as { data: { id: string } };
      const refused = await both.gql(ReviewHourLogs, { ids: [own.data.id], decision: "APPROVE" });
      expect(refused.data?.reviewHourLogs).toMatchObject({ code: "FORBIDDEN", field: "ids" });
      const stored = await t.db.prisma.hourLog.findFirstOrThrow({ where: { note: "Sommerfest" } });
      expect(stored.status).toBe("PENDING");
      // The queue tells each of them what they may decide.
      const rights = async (session: TestSession) =>
        (await session.gql(ReviewQueueRights, { filter: { volunteerId, status: "PENDING" } })).data!.hourLogs.edges.find((e) => e.node.id === own.data.id)?.node.canReview;
      expect(await rights(both)).toBe(false);
      expect(await rights(coordinator)).toBe(true);

      const payment = await both.gql(RecordPayment, { input: { volunteerId, year: 2026, kind: "EXPENSE_REIMBURSEMENT", amountCents: 1200, paidOn: "2026-03-01" } });
      expect(payment.errors).toBeUndefined();
      expect(payment.data?.recordAllowancePayment).toMatchObject({ code: "FORBIDDEN", field: "volunteerId" });
      const certificate = await both.gql(
        `mutation($id: ID!) { recordConductCertificate(volunteerId: $id, input: { inspectedOn: "${day(-1)}", issuedOn: "${day(-20)}", hasRelevantEntry: false }) { __typename ... on Error { code field } } }`,
        { id: volunteerId },
      );
      expect(certificate.data).toMatchObject({ recordConductCertificate: { code: "FORBIDDEN", field: "volunteerId" } });

      const approved = await coordinator.gql(ReviewHourLogs, { ids: [own.data.id], decision: "APPROVE" });
      expect(approved.data?.reviewHourLogs).toMatchObject({ data: [{ status: "APPROVED" }] });
    } finally {
      await t.db.prisma.membershipRole.delete({ where: { membershipId_role: { membershipId: role.membershipId, role: role.role } } });
    }
  });
});

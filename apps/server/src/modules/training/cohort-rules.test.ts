// Course rules a trainer notices: a capacity outside the organisation's usual
// range asks for confirmation, the admission interview is on unless the
// organisation says otherwise, and completing a cohort before its last
// session never fails anyone because of sessions that have not happened.
import { graphql } from "@lotse/schema/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { createApprovedVolunteers } from "../../testing/volunteers.ts";

const Trainers = graphql(`query TestRulesTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }`);
const Defaults = graphql(`query TestRulesCohortDefaults { cohortDefaults { capacityMin capacityMax requiresInterview } }`);
const CreateCourse = graphql(`
  mutation TestRulesCreateCourse($input: CourseInput!) { createCourse(input: $input) { __typename ... on MutationCreateCourseSuccess { data { id } } } }
`);
const CreateCohort = graphql(`
  mutation TestRulesCreateCohort($courseId: ID!, $input: CohortInput!) {
    createCohort(courseId: $courseId, input: $input) {
      __typename
      ... on MutationCreateCohortSuccess { data { id capacity requiresInterview } }
      ... on Error { code field message }
    }
  }
`);
const UpdateCohort = graphql(`
  mutation TestRulesUpdateCohort($id: ID!, $input: CohortInput!) {
    updateCohort(id: $id, input: $input) { __typename ... on MutationUpdateCohortSuccess { data { capacity requiresInterview } } ... on Error { code field } }
  }
`);
const AddSession = graphql(`
  mutation TestRulesAddSession($cohortId: ID!, $input: CohortSessionInput!) { addCohortSession(cohortId: $cohortId, input: $input) { __typename } }
`);
const OpenEnrolment = graphql(`mutation TestRulesOpen($id: ID!) { openEnrolment(id: $id) { __typename } }`);
const Apply = graphql(`mutation TestRulesApply($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename ... on MutationApplyToCohortSuccess { data { id status } } } }`);
const RecordAttendance = graphql(`
  mutation TestRulesAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $sessionId, entries: $entries) { __typename } }
`);
const Complete = graphql(`
  mutation TestRulesComplete($id: ID!, $countOnlyHeldSessions: Boolean) {
    completeCohort(id: $id, countOnlyHeldSessions: $countOnlyHeldSessions) { __typename ... on MutationCompleteCohortSuccess { data { status } } ... on Error { code field message } }
  }
`);
const Cohort = graphql(`
  query TestRulesCohort($id: ID!) { cohort(id: $id) { status sessions { id startsAt } enrolments { volunteerName attendancePercent outcome certificate { number } } } }
`);
const Settings = graphql(`
  mutation TestRulesSettings($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) { __typename ... on MutationUpdateOrganizationSettingsSuccess { data { cohortCapacityMin cohortCapacityMax admissionInterviewByDefault } } ... on Error { code field } }
  }
`);

const hour = 3_600_000;
let t: TestApp;
let trainer: TestSession;
let trainerId: string;
let courseId: string;

beforeAll(async () => {
  t = await createTestApp();
  trainer = await t.signIn("kurs@oldenburg.example");
  const admin = await t.signIn("admin@oldenburg.example");
  trainerId = (await admin.gql(Trainers)).data!.users.edges[0]!.node.id;
  const course = await trainer.gql(CreateCourse, { input: { title: "Basisqualifizierung", teachingHours: 40, topics: [] } });
  courseId = (course.data!.createCourse as { data: { id: string } }).data.id;
});
afterAll(async () => {
  await t?.close();
});

const cohortInput = (capacity: number, extra: { confirmUnusualCapacity?: boolean; requiresInterview?: boolean } = {}) => ({
  title: `Durchgang ${Math.random().toString(36).slice(2, 7)}`,
  capacity,
  feeCents: 0,
  trainerIds: [trainerId],
  ...extra,
});

describe("cohort capacity and the admission interview", () => {
  it("asks for confirmation outside 13–20 places and starts with the interview on", async () => {
    expect((await trainer.gql(Defaults)).data?.cohortDefaults).toEqual({ capacityMin: 13, capacityMax: 20, requiresInterview: true });
    for (const capacity of [12, 21]) {
      const res = await trainer.gql(CreateCohort, { courseId, input: cohortInput(capacity) });
      expect(res.data?.createCohort, String(capacity)).toMatchObject({ __typename: "DomainError", code: "CONFIRMATION_REQUIRED", field: "capacity" });
      expect((res.data?.createCohort as { message: string }).message).toMatch(/13 bis 20/);
    }
    const before = await t.db.prisma.cohort.count();
    for (const capacity of [13, 20]) {
      expect((await trainer.gql(CreateCohort, { courseId, input: cohortInput(capacity) })).data?.createCohort).toMatchObject({ data: { capacity, requiresInterview: true } });
    }
    const confirmed = await trainer.gql(CreateCohort, { courseId, input: cohortInput(25, { confirmUnusualCapacity: true }) });
    expect(confirmed.data?.createCohort).toMatchObject({ data: { capacity: 25, requiresInterview: true } });
    expect(await t.db.prisma.cohort.count()).toBe(before + 3);

    // An edit that keeps the unusual capacity does not ask again; a new unusual one does.
    const id = (confirmed.data!.createCohort as { data: { id: string } }).data.id;
    expect((await trainer.gql(UpdateCohort, { id, input: cohortInput(25, { requiresInterview: false }) })).data?.updateCohort).toMatchObject({ data: { capacity: 25, requiresInterview: false } });
    expect((await trainer.gql(UpdateCohort, { id, input: cohortInput(8) })).data?.updateCohort).toMatchObject({ code: "CONFIRMATION_REQUIRED", field: "capacity" });
    expect((await trainer.gql(UpdateCohort, { id, input: cohortInput(8, { confirmUnusualCapacity: true }) })).data?.updateCohort).toMatchObject({ data: { capacity: 8, requiresInterview: false } });
  });

  it("follows the organisation's settings for the range and the interview", async () => {
    const admin = await t.signIn("admin@oldenburg.example");
    expect((await admin.gql(Settings, { input: { cohortCapacityMin: 21 } })).data?.updateOrganizationSettings).toMatchObject({ code: "VALIDATION", field: "cohortCapacityMin" });
    const saved = await admin.gql(Settings, { input: { cohortCapacityMin: 10, cohortCapacityMax: 15, admissionInterviewByDefault: false } });
    expect(saved.data?.updateOrganizationSettings).toMatchObject({ data: { cohortCapacityMin: 10, cohortCapacityMax: 15, admissionInterviewByDefault: false } });
    const again = await t.signIn("kurs@oldenburg.example");
    expect((await again.gql(CreateCohort, { courseId, input: cohortInput(18) })).data?.createCohort).toMatchObject({ code: "CONFIRMATION_REQUIRED" });
    expect((await again.gql(CreateCohort, { courseId, input: cohortInput(10) })).data?.createCohort).toMatchObject({ data: { requiresInterview: false } });
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: "organization.settingsUpdated" }, orderBy: { createdAt: "desc" } });
    expect(audit.changes).toMatchObject({ cohortCapacityMin: { from: 13, to: 10 }, admissionInterviewByDefault: { from: true, to: false } });
    await admin.gql(Settings, { input: { cohortCapacityMin: 13, cohortCapacityMax: 20, admissionInterviewByDefault: true } });
  });
});

describe("completing a cohort before its last session", () => {
  it("warns, and on request counts only the sessions held, so nobody fails because of a session still ahead", async () => {
    const created = await trainer.gql(CreateCohort, { courseId, input: cohortInput(15, { requiresInterview: false }) });
    const id = (created.data!.createCohort as { data: { id: string } }).data.id;
    const now = Date.now();
    for (const start of [now - 48 * hour, now - 24 * hour, now + 24 * hour]) {
      await trainer.gql(AddSession, { cohortId: id, input: { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3 * hour).toISOString(), topic: "Kommunikation" } });
    }
    await trainer.gql(OpenEnrolment, { id });
    const [always, once] = await Promise.all((await createApprovedVolunteers(t.db.prisma, "oldenburg", "early-end", 2)).map((e) => t.sessionFor(e)));
    const enrolment = async (s: TestSession) => ((await s.gql(Apply, { cohortId: id })).data!.applyToCohort as { data: { id: string } }).data.id;
    const [a, b] = [await enrolment(always!), await enrolment(once!)];
    const { sessions } = (await trainer.gql(Cohort, { id })).data!.cohort!;
    const held = [...sessions].sort((x, y) => x.startsAt.localeCompare(y.startsAt)).slice(0, 2);
    await trainer.gql(RecordAttendance, { sessionId: held[0]!.id, entries: [{ enrolmentId: a, status: "PRESENT" }, { enrolmentId: b, status: "PRESENT" }] });
    await trainer.gql(RecordAttendance, { sessionId: held[1]!.id, entries: [{ enrolmentId: a, status: "PRESENT" }, { enrolmentId: b, status: "ABSENT" }] });

    // Without a decision nothing happens: 2 of 3 sessions would be 66 % for someone who missed nothing.
    const warned = await trainer.gql(Complete, { id });
    expect(warned.data?.completeCohort).toMatchObject({ code: "CONFIRMATION_REQUIRED", field: "cohortId" });
    expect((warned.data?.completeCohort as { message: string }).message).toMatch(/Noch nicht stattgefunden: 1 von 3 Terminen.*die 2 gehaltenen/);
    let cohort = (await trainer.gql(Cohort, { id })).data!.cohort!;
    expect(cohort.status).toBe("RUNNING");
    expect(cohort.enrolments.every((e) => e.certificate === null)).toBe(true);

    const done = await trainer.gql(Complete, { id, countOnlyHeldSessions: true });
    expect(done.data?.completeCohort).toMatchObject({ data: { status: "COMPLETED" } });
    cohort = (await trainer.gql(Cohort, { id })).data!.cohort!;
    expect(cohort.sessions).toHaveLength(2);
    const byPercent = cohort.enrolments.map((e) => [e.attendancePercent, e.certificate !== null]).sort();
    expect(byPercent).toEqual([
      [100, true],
      [50, false],
    ]);
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: "training.cohortCompleted" }, orderBy: { createdAt: "desc" } });
    expect(audit.changes).toMatchObject({ participants: 2, certified: 1, sessionsDropped: 1 });
  });

  it("refuses to complete a cohort none of whose sessions has taken place", async () => {
    const created = await trainer.gql(CreateCohort, { courseId, input: cohortInput(15) });
    const id = (created.data!.createCohort as { data: { id: string } }).data.id;
    const start = Date.now() + 24 * hour;
    await trainer.gql(AddSession, { cohortId: id, input: { startsAt: new Date(start).toISOString(), endsAt: new Date(start + hour).toISOString(), topic: "Kommunikation" } });
    expect((await trainer.gql(Complete, { id, countOnlyHeldSessions: true })).data?.completeCohort).toMatchObject({ code: "CONFLICT", field: "cohortId" });
  });
});

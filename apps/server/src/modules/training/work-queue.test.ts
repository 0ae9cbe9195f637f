// The trainer's and the admin's start-page counts (myWorkQueue): each is the
// number of rows on the list it links to (the trainer's cohort list filtered by
// `needs`, the user list of invitations), and follows the work being done; the
// admin's count of settings the printed Nachweis needs.
import { graphql } from "@lotse/schema/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";

const WorkQueue = graphql(`query TestTrainerWorkQueue { myWorkQueue { key role count href } }`);
const Cohorts = graphql(`
  query TestCohortsByNeed($filter: CohortsFilter) { cohorts(filter: $filter, first: 50) { totalCount edges { node { id title } } } }
`);
const Users = graphql(`query TestInvitedUsers { users(filter: { status: INVITED }, first: 1) { totalCount } }`);
const NachweisSettings = graphql(`
  mutation TestNachweisSettings($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) { __typename ... on Error { code } }
  }
`);

let t: TestApp;
let trainer: TestSession;
let trainerId: string;
let organizationId: string;

async function queue(session: TestSession, prefix: string) {
  const res = await session.gql(WorkQueue);
  expect(res.errors).toBeUndefined();
  return Object.fromEntries(res.data!.myWorkQueue.filter((item) => item.key.startsWith(prefix)).map((item) => [item.key, item]));
}

async function listed(need: "APPLICATIONS" | "SESSION_TODAY" | "ATTENDANCE") {
  const res = await trainer.gql(Cohorts, { filter: { taughtByMe: true, needs: need } });
  expect(res.errors).toBeUndefined();
  return res.data!.cohorts;
}

/** A cohort the demo trainer teaches, with one volunteer's enrolment and sessions at the given times. */
async function cohortWith(title: string, enrolment: "APPLIED" | "ADMITTED", sessions: { startsAt: Date; endsAt: Date }[], attendanceTaken = false) {
  const db = t.db.prisma;
  const course = await db.course.findFirstOrThrow({ where: { organizationId } });
  const cohort = await db.cohort.create({
    data: { organizationId, courseId: course.id, title, capacity: 15, status: "RUNNING", trainers: { create: { userId: trainerId } } },
  });
  const volunteer = await db.volunteerProfile.findFirstOrThrow({ where: { organizationId, status: "APPROVED" } });
  const enrolled = await db.enrolment.create({ data: { organizationId, cohortId: cohort.id, volunteerId: volunteer.id, status: enrolment, position: 1 } });
  for (const s of sessions) {
    const session = await db.cohortSession.create({ data: { organizationId, cohortId: cohort.id, topic: "Termin", ...s } });
    if (attendanceTaken) await db.attendance.create({ data: { organizationId, sessionId: session.id, enrolmentId: enrolled.id, status: "PRESENT", recordedById: trainerId } });
  }
  return cohort;
}

beforeAll(async () => {
  t = await createTestApp();
  trainer = await t.signIn("kurs@oldenburg.example");
  trainerId = (await t.db.prisma.user.findUniqueOrThrow({ where: { email: "kurs@oldenburg.example" } })).id;
  organizationId = (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
});
afterAll(async () => {
  await t?.close();
});

describe("the trainer's work queue", () => {
  it("counts their cohorts with applications, a session today, and attendance not taken, as the filtered list shows them", async () => {
    const before = await queue(trainer, "training.");
    const now = Date.now();
    const hour = 3_600_000;
    await cohortWith("Bewerbungen offen", "APPLIED", []);
    // A session from now until one hour later lies today in Berlin unless the day ends within the hour.
    const today = await cohortWith("Heute", "ADMITTED", [{ startsAt: new Date(now + 60_000), endsAt: new Date(now + 2 * 60_000) }]);
    const missing = await cohortWith("Anwesenheit fehlt", "ADMITTED", [{ startsAt: new Date(now - 30 * 24 * hour), endsAt: new Date(now - 30 * 24 * hour + 3 * hour) }]);
    await cohortWith("Anwesenheit erfasst", "ADMITTED", [{ startsAt: new Date(now - 31 * 24 * hour), endsAt: new Date(now - 31 * 24 * hour + 3 * hour) }], true);

    const after = await queue(trainer, "training.");
    expect(after["training.applicationsToDecide"]).toMatchObject({ role: "TRAINER", href: "/kursleitung?mine=1&needs=APPLICATIONS" });
    expect(after["training.sessionsToday"]).toMatchObject({ role: "TRAINER", href: "/kursleitung?mine=1&needs=SESSION_TODAY" });
    expect(after["training.attendanceMissing"]).toMatchObject({ role: "TRAINER", href: "/kursleitung?mine=1&needs=ATTENDANCE" });
    expect(after["training.applicationsToDecide"]!.count).toBe((before["training.applicationsToDecide"]?.count ?? 0) + 1);
    expect(after["training.sessionsToday"]!.count).toBe((before["training.sessionsToday"]?.count ?? 0) + 1);
    expect(after["training.attendanceMissing"]!.count).toBe((before["training.attendanceMissing"]?.count ?? 0) + 1);

    // The number on the card is the number of rows on the list it opens.
    for (const [key, need] of [["training.applicationsToDecide", "APPLICATIONS"], ["training.sessionsToday", "SESSION_TODAY"], ["training.attendanceMissing", "ATTENDANCE"]] as const) {
      expect((await listed(need)).totalCount, key).toBe(after[key]!.count);
    }
    const attendanceList = (await listed("ATTENDANCE")).edges.map((e) => e.node.title);
    expect(attendanceList).toContain("Anwesenheit fehlt");
    expect(attendanceList).not.toContain("Anwesenheit erfasst");
    expect((await listed("SESSION_TODAY")).edges.map((e) => e.node.title)).toContain("Heute");

    // Attendance taken: one less.
    const session = await t.db.prisma.cohortSession.findFirstOrThrow({ where: { cohortId: missing.id } });
    const enrolment = await t.db.prisma.enrolment.findFirstOrThrow({ where: { cohortId: missing.id } });
    await t.db.prisma.attendance.create({ data: { organizationId, sessionId: session.id, enrolmentId: enrolment.id, status: "PRESENT", recordedById: trainerId } });
    expect((await queue(trainer, "training."))["training.attendanceMissing"]!.count).toBe(after["training.attendanceMissing"]!.count - 1);
    expect(today.id).toBeTruthy();
  });

  it("is not shown to someone who teaches nothing as a trainer", async () => {
    expect(await queue(await t.signIn("koordination@oldenburg.example"), "training.applications")).toEqual({});
  });
});

describe("the admin's work queue", () => {
  it("counts the invitations not yet accepted, as the user list shows them", async () => {
    const admin = await t.signIn("admin@oldenburg.example");
    const shown = (await admin.gql(Users)).data!.users.totalCount;
    expect((await queue(admin, "identity."))["identity.invitationsPending"]).toMatchObject({ role: "ADMIN", href: "/admin/users?status=INVITED", count: shown });
    expect(await queue(await t.signIn("kurs@oldenburg.example"), "identity.")).toEqual({});
  });

  it("counts the settings every Nachweis prints and nobody has filled in, and links to the settings page", async () => {
    const admin = await t.signIn("admin@oldenburg.example");
    const missing = async () => (await queue(admin, "organizations."))["organizations.settingsMissing"];
    const save = async (nachweis: { address?: string; contactPerson?: string }) =>
      expect((await admin.gql(NachweisSettings, { input: { nachweis } })).data?.updateOrganizationSettings.__typename).toBe("MutationUpdateOrganizationSettingsSuccess");

    expect(await missing()).toMatchObject({ role: "ADMIN", href: "/admin/einstellungen", count: 0 });
    await save({ contactPerson: "", address: "" });
    expect((await missing())!.count).toBe(2);
    await save({ address: "Pferdemarkt 14\n26121 Oldenburg" });
    expect((await missing())!.count).toBe(1);
    await save({ contactPerson: "Frau Demo, Tel. 0441 000000" });
    expect((await missing())!.count).toBe(0);
    expect(await queue(await t.signIn("koordination@oldenburg.example"), "organizations.")).toEqual({});
  });
});

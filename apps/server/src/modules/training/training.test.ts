import { berlinToday } from "@lotse/domain/berlin-time";
import { graphql } from "@lotse/schema/testing";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startScheduler } from "../../jobs/scheduler.ts";
import { moduleJobs } from "../index.ts";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { itOnPostgres } from "../../testing/postgres-only.ts";
import { createApprovedVolunteers } from "../../testing/volunteers.ts";
import { expireOffers } from "./enrolment.service.ts";
import { gid } from "../../testing/global-ids.ts";

const Trainers = graphql(`query TestTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }`);
const CreateCourse = graphql(`
  mutation TestCreateCourse($input: CourseInput!) {
    createCourse(input: $input) { __typename ... on MutationCreateCourseSuccess { data { id minimumAttendancePercent } } ... on Error { code field } }
  }
`);
const CreateCohort = graphql(`
  mutation TestCreateCohort($courseId: ID!, $input: CohortInput!) {
    createCohort(courseId: $courseId, input: $input) { __typename ... on MutationCreateCohortSuccess { data { id status offerHours trainers { name } } } ... on Error { code field } }
  }
`);
const AddSession = graphql(`
  mutation TestAddCohortSession($cohortId: ID!, $input: CohortSessionInput!) {
    addCohortSession(cohortId: $cohortId, input: $input) { __typename ... on MutationAddCohortSessionSuccess { data { id sequence } } ... on Error { code field } }
  }
`);
const UpdateSession = graphql(`
  mutation TestUpdateCohortSession($id: ID!, $input: CohortSessionInput!) {
    updateCohortSession(id: $id, input: $input) { __typename ... on MutationUpdateCohortSessionSuccess { data { sequence topic } } }
  }
`);
const OpenEnrolment = graphql(`mutation TestOpenEnrolment($id: ID!) { openEnrolment(id: $id) { __typename ... on MutationOpenEnrolmentSuccess { data { status } } ... on Error { code } } }`);
const Apply = graphql(`
  mutation TestApplyToCohort($cohortId: ID!, $motivation: String) {
    applyToCohort(cohortId: $cohortId, motivation: $motivation) {
      __typename
      ... on MutationApplyToCohortSuccess { data { id status waitlistPosition } }
      ... on Error { code field }
    }
  }
`);
const UpdateCohort = graphql(`
  mutation TestUpdateCohort($id: ID!, $input: CohortInput!) {
    updateCohort(id: $id, input: $input) { __typename ... on MutationUpdateCohortSuccess { data { title capacity placesTaken waitlistLength } } ... on Error { code field } }
  }
`);
const RemoveParticipant = graphql(`
  mutation TestRemoveParticipant($id: ID!, $reason: String!) {
    removeParticipant(enrolmentId: $id, reason: $reason) { __typename ... on MutationRemoveParticipantSuccess { data { status endReason } } ... on Error { code field } }
  }
`);
const Withdraw = graphql(`mutation TestWithdraw($cohortId: ID!) { withdrawFromCohort(cohortId: $cohortId) { __typename ... on MutationWithdrawFromCohortSuccess { data { status } } ... on Error { code } } }`);
const Accept = graphql(`mutation TestAccept($cohortId: ID!) { acceptWaitlistOffer(cohortId: $cohortId) { __typename ... on MutationAcceptWaitlistOfferSuccess { data { status } } ... on Error { code } } }`);
const Decline = graphql(`mutation TestDecline($cohortId: ID!) { declineWaitlistOffer(cohortId: $cohortId) { __typename ... on MutationDeclineWaitlistOfferSuccess { data { status } } ... on Error { code } } }`);
const Cohort = graphql(`
  query TestCohort($id: ID!) {
    cohort(id: $id) {
      title capacity status cancelReason placesTaken waitlistLength
      sessions { id startsAt }
      enrolments { id status priority volunteerName endReason attendancePercent outcome certificate { id number issuedAt } }
    }
  }
`);
const MyEnrolments = graphql(`query TestMyEnrolments { myEnrolments { status waitlistPosition offerExpiresAt endReason outcome certificate { number } cohort { title } } }`);
const SetPriority = graphql(`
  mutation TestSetWaitlistPriority($id: ID!, $priority: Int!, $reason: String!) {
    setWaitlistPriority(enrolmentId: $id, priority: $priority, reason: $reason) { __typename ... on Error { code field } }
  }
`);
const RecordAttendance = graphql(`
  mutation TestRecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {
    recordAttendance(sessionId: $sessionId, entries: $entries) { __typename ... on MutationRecordAttendanceSuccess { data { status } } ... on Error { code field } }
  }
`);
const Complete = graphql(`mutation TestCompleteCohort($id: ID!) { completeCohort(id: $id) { __typename ... on MutationCompleteCohortSuccess { data { status } } ... on Error { code field } } }`);
const Revoke = graphql(`
  mutation TestRevokeCertificate($id: ID!, $reason: String!) {
    revokeCertificate(id: $id, reason: $reason) { __typename ... on MutationRevokeCertificateSuccess { data { revokedAt revokedReason } } ... on Error { code } }
  }
`);
const Cancel = graphql(`
  mutation TestCancelCohort($id: ID!, $reason: String!) {
    cancelCohort(id: $id, reason: $reason) { __typename ... on MutationCancelCohortSuccess { data { status cancelReason } } ... on Error { code field } }
  }
`);
const Interview = graphql(`
  mutation TestInterview($id: ID!, $passed: Boolean!) {
    recordAdmissionInterview(enrolmentId: $id, passed: $passed) { __typename ... on MutationRecordAdmissionInterviewSuccess { data { status } } ... on Error { code } }
  }
`);
const RemoveSession = graphql(`mutation TestRemoveCohortSession($id: ID!) { removeCohortSession(id: $id) { __typename ... on Error { code } } }`);
const MyQualifications = graphql(`query TestMyQualifications { myVolunteerProfile { qualifications { name grantedOn expiresOn revokedAt } } }`);

let t: TestApp;
let trainer: TestSession;
let trainerId: string;
let courseId: string;

const hour = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
/** The course's qualification is valid for this many years. */
const VALIDITY_YEARS = 3;

/** The demo trainer, signed in, with a course of theirs; what the cohorts of a test are made from. */
interface Teaching {
  trainer: TestSession;
  trainerId: string;
  courseId: string;
}

async function setUpTeaching(app: TestApp): Promise<Teaching> {
  const trainer = await app.signIn("kurs@oldenburg.example");
  const admin = await app.signIn("admin@oldenburg.example");
  const trainerId = (await admin.gql(Trainers)).data!.users.edges[0]!.node.id;
  const course = await trainer.gql(CreateCourse, {
    input: {
      title: "Basisqualifizierung Integrationslotsen",
      teachingHours: 40,
      topics: ["Interkulturelle Kompetenz", "Rechtlicher Rahmen"],
      qualificationName: "Integrationslotse/-lotsin",
      qualificationValidityYears: VALIDITY_YEARS,
    },
  });
  const courseId = (course.data?.createCourse as { data: { id: string; minimumAttendancePercent: number } }).data.id;
  return { trainer, trainerId, courseId };
}

async function newCohort(capacity: number, options: { interview?: boolean; sessions?: [number, number][]; open?: boolean } = {}, on: Teaching = { trainer, trainerId, courseId }) {
  const res = await on.trainer.gql(CreateCohort, {
    courseId: on.courseId,
    // Small cohorts make the waiting list easy to test: the trainer confirms the unusual capacity.
    input: { title: `Kurs ${Math.random().toString(36).slice(2, 7)}`, location: "Kulturzentrum PFL", capacity, confirmUnusualCapacity: true, feeCents: 2500, requiresInterview: options.interview ?? false, trainerIds: [on.trainerId] },
  });
  const id = (res.data?.createCohort as { data: { id: string } }).data.id;
  for (const [startOffset, length] of options.sessions ?? [[-48 * hour, 3 * hour], [-24 * hour, 3 * hour]]) {
    // One clock reading per session: two readings apart by a few milliseconds on a busy machine made a
    // session a little longer or shorter than asked, and a weighted attendance of 75 % came out as 74 %.
    const startsAt = Date.now() + startOffset;
    await on.trainer.gql(AddSession, { cohortId: id, input: { startsAt: iso(startsAt), endsAt: iso(startsAt + length), topic: "Rolle und Selbstverständnis", room: "Raum 2" } });
  }
  if (options.open !== false) await on.trainer.gql(OpenEnrolment, { id });
  return id;
}

/** The database id inside a global ID. */
const dbId = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1]!;

/** The emails the volunteers read (in German, their default language), by subject. */
const subject = {
  admitted: (c: string) => `Lotse: Sie haben einen Platz im Kurs „${c}“`,
  waitlisted: (c: string) => `Lotse: Warteliste für „${c}“`,
  offered: (c: string) => `Lotse: Ein Platz im Kurs „${c}“ ist frei`,
  withdrawn: (c: string) => `Lotse: Abmeldung von „${c}“`,
  removed: (c: string) => `Lotse: Teilnahme an „${c}“ beendet`,
  expired: (c: string) => `Lotse: Platzangebot für „${c}“ abgelaufen`,
  cancelled: (c: string) => `Lotse: Kurs „${c}“ abgesagt`,
  certified: (c: string) => `Lotse: Zertifikat für „${c}“`,
  belowMinimum: (c: string) => `Lotse: Kurs „${c}“ abgeschlossen`,
};

/** Subjects of every email queued for an address (the outbox holds them until the worker sends them), sorted. */
async function inbox(email: string, app: TestApp = t): Promise<string[]> {
  const mails = await app.db.prisma.outboxMessage.findMany({ where: { toAddress: email }, select: { subject: true } });
  return mails.map((m) => m.subject).sort();
}

/** The text of the one email to an address with this subject. */
async function mailText(email: string, mailSubject: string, app: TestApp = t): Promise<string> {
  const mails = await app.db.prisma.outboxMessage.findMany({ where: { toAddress: email, subject: mailSubject }, select: { textBody: true } });
  expect(mails).toHaveLength(1);
  return mails[0]!.textBody;
}

/** A calendar date some whole years later, computed independently of the product's date helpers. */
function yearsLater(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y! + years, m! - 1, d!)).toISOString().slice(0, 10);
}

interface JobReport {
  msg: string;
  job?: string;
  done?: number;
}

/** A logger for the job runner that hands over its first report about one job ("job ran" or "job failed"); other jobs' reports are ignored. */
function jobRunnerLog(job: string) {
  let report: (entry: JobReport) => void = () => {};
  const firstReport = new Promise<JobReport>((resolve) => (report = resolve));
  const logger = pino(
    { level: "info" },
    {
      write(line: string) {
        const entry = JSON.parse(line) as JobReport;
        if (entry.job === job) report(entry);
      },
    },
  );
  return { logger, firstReport };
}

beforeAll(async () => {
  t = await createTestApp();
  ({ trainer, trainerId, courseId } = await setUpTeaching(t));
});
afterAll(async () => {
  await t?.close();
});

describe("courses and cohorts", () => {
  it("takes the minimum attendance from the organisation's settings and the offer time from them too", async () => {
    // The course made in beforeAll named no minimum: it comes from the settings.
    const course = await t.db.prisma.course.findUniqueOrThrow({ where: { id: Buffer.from(courseId, "base64").toString().split(":")[1]! } });
    expect(course.minimumAttendancePercent).toBe(80);
    const res = await trainer.gql(CreateCohort, { courseId, input: { title: "x", capacity: 15, feeCents: 0, requiresInterview: false, trainerIds: [trainerId] } });
    expect(res.data?.createCohort).toMatchObject({ data: { status: "PLANNED", offerHours: 48, trainers: [{ name: "Karl Kursleitung" }] } });
  });

  it("is run by trainers only", async () => {
    const volunteer = await t.signIn("lotse@oldenburg.example");
    const res = await volunteer.gql(CreateCourse, { input: { title: "x", teachingHours: 1, topics: [] } });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses coordinators, counsellors and volunteers the trainer's mutations, and nothing changes", async () => {
    const cohortId = await newCohort(3, { sessions: [[-2 * hour, hour]] });
    const [participant] = await Promise.all((await createApprovedVolunteers(t.db.prisma, "oldenburg", "role", 1)).map((e) => t.sessionFor(e)));
    const enrolmentId = ((await participant!.gql(Apply, { cohortId })).data?.applyToCohort as { data: { id: string } }).data.id;
    const before = (await trainer.gql(Cohort, { id: cohortId })).data!.cohort!;
    const sessionId = before.sessions[0]!.id;
    const counts = async () => ({
      cohorts: await t.db.prisma.cohort.count(),
      sessions: await t.db.prisma.cohortSession.count(),
      attendances: await t.db.prisma.attendance.count(),
      certificates: await t.db.prisma.certificate.count(),
      mails: await t.db.prisma.outboxMessage.count(),
    });
    const countsBefore = await counts();
    const input = { title: "Übernommen", capacity: 1, confirmUnusualCapacity: true, feeCents: 0, requiresInterview: false, trainerIds: [trainerId] };

    for (const email of ["koordination@oldenburg.example", "beratung@oldenburg.example", "lotse@oldenburg.example"]) {
      const caller = await t.signIn(email);
      const attempts = {
        createCohort: await caller.gql(CreateCohort, { courseId, input }),
        updateCohort: await caller.gql(UpdateCohort, { id: cohortId, input }),
        addCohortSession: await caller.gql(AddSession, { cohortId, input: { startsAt: iso(Date.now() + hour), endsAt: iso(Date.now() + 2 * hour), topic: "x" } }),
        cancelCohort: await caller.gql(Cancel, { id: cohortId, reason: "Übernommen" }),
        removeParticipant: await caller.gql(RemoveParticipant, { id: enrolmentId, reason: "Übernommen" }),
        recordAttendance: await caller.gql(RecordAttendance, { sessionId, entries: [{ enrolmentId, status: "PRESENT" }] }),
        completeCohort: await caller.gql(Complete, { id: cohortId }),
      };
      for (const [mutation, res] of Object.entries(attempts)) {
        const seen = { status: res.status, data: res.data, codes: res.errors?.map((e) => e.extensions?.code) };
        expect({ email, mutation, ...seen }).toEqual({ email, mutation, status: 200, data: null, codes: ["FORBIDDEN"] });
      }
    }
    expect((await trainer.gql(Cohort, { id: cohortId })).data!.cohort).toEqual(before);
    expect((await participant!.gql(MyEnrolments)).data!.myEnrolments).toMatchObject([{ status: "ADMITTED" }]);
    expect(await counts()).toEqual(countsBefore);
  });

  it("lets only the cohort's own trainers (and admins) run it; other trainers read it", async () => {
    const id = await newCohort(3, { sessions: [[-2 * hour, hour]] });
    const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
    const user = await t.db.prisma.user.create({ data: { email: "zweite-kursleitung@example.org", name: "Zora Zweitleitung", emailVerifiedAt: new Date() } });
    await t.db.prisma.membership.create({ data: { organizationId: org.id, userId: user.id, roles: { create: [{ role: "TRAINER" }] } } });
    const other = await t.sessionFor(user.email);
    const CanManage = `query($id: ID!) { cohort(id: $id) { canManage status } }`;
    expect((await other.gql(CanManage, { id })).data).toMatchObject({ cohort: { canManage: false, status: "OPEN" } });
    expect((await trainer.gql(CanManage, { id })).data).toMatchObject({ cohort: { canManage: true } });

    const sessionId = (await trainer.gql(Cohort, { id })).data!.cohort!.sessions[0]!.id;
    const refusals = [
      (await other.gql(Cancel, { id, reason: "x" })).data?.cancelCohort,
      (await other.gql(AddSession, { cohortId: id, input: { startsAt: iso(Date.now() + hour), endsAt: iso(Date.now() + 2 * hour), topic: "x" } })).data?.addCohortSession,
      (await other.gql(RecordAttendance, { sessionId, entries: [] })).data?.recordAttendance,
      (await other.gql(Complete, { id })).data?.completeCohort,
    ];
    for (const refusal of refusals) expect(refusal).toMatchObject({ code: "FORBIDDEN" });
    expect((await trainer.gql(Cohort, { id })).data?.cohort).toMatchObject({ status: "OPEN", sessions: [{ id: sessionId }] });

    // A cohort the second trainer creates is theirs, even without naming themself; "mine" lists it.
    const created = await other.gql(CreateCohort, { courseId, input: { title: "Zoras Durchgang", capacity: 10, confirmUnusualCapacity: true, feeCents: 0, requiresInterview: false, trainerIds: [trainerId] } });
    expect(created.data?.createCohort).toMatchObject({ data: { trainers: expect.arrayContaining([{ name: "Zora Zweitleitung" }, { name: "Karl Kursleitung" }]) } });
    const mine = await other.gql(`{ cohorts(first: 50, filter: { taughtByMe: true }) { totalCount edges { node { title canManage } } } }`);
    expect(mine.data).toEqual({ cohorts: { totalCount: 1, edges: [{ node: { title: "Zoras Durchgang", canManage: true } }] } });
    // Editing it (her form has no trainer picker) keeps Karl as co-trainer.
    const zorasId = (created.data?.createCohort as { data: { id: string } }).data.id;
    const renamed = await other.gql(UpdateCohort, { id: zorasId, input: { title: "Zoras Durchgang II", capacity: 10, confirmUnusualCapacity: true, feeCents: 0, requiresInterview: false, trainerIds: [] } });
    expect(renamed.data?.updateCohort).toMatchObject({ data: { title: "Zoras Durchgang II" } });
    expect((await trainer.gql(CanManage, { id: zorasId })).data).toMatchObject({ cohort: { canManage: true } });
  });

  it("raises the calendar sequence when a session changes", async () => {
    const id = await newCohort(5, { sessions: [], open: false });
    const added = await trainer.gql(AddSession, { cohortId: id, input: { startsAt: iso(Date.now() + 100 * hour), endsAt: iso(Date.now() + 103 * hour), topic: "Kommunikation" } });
    const sessionId = (added.data?.addCohortSession as { data: { id: string; sequence: number } }).data.id;
    const changed = await trainer.gql(UpdateSession, { id: sessionId, input: { startsAt: iso(Date.now() + 101 * hour), endsAt: iso(Date.now() + 104 * hour), topic: "Kommunikation II" } });
    expect(changed.data?.updateCohortSession).toMatchObject({ data: { sequence: 1, topic: "Kommunikation II" } });
    const reversed = await trainer.gql(AddSession, { cohortId: id, input: { startsAt: iso(Date.now() + 5 * hour), endsAt: iso(Date.now() + 4 * hour), topic: "x" } });
    expect(reversed.data?.addCohortSession).toMatchObject({ code: "VALIDATION", field: "endsAt" });
  });
});

describe("editing over someone else's save", () => {
  const CourseVersion = graphql(`query TestCourseVersion($id: ID!) { node(id: $id) { ... on Course { version title } } }`);
  const CohortVersion = graphql(`query TestCohortVersion($id: ID!) { cohort(id: $id) { version title sessions { id version sequence topic startsAt endsAt room } } }`);
  const EditCourse = graphql(`
    mutation TestEditCourse($id: ID!, $input: CourseInput!, $v: String) {
      updateCourse(id: $id, input: $input, expectedVersion: $v) { __typename ... on MutationUpdateCourseSuccess { data { title version } } ... on Error { code field message } }
    }
  `);
  const EditCohort = graphql(`
    mutation TestEditCohort($id: ID!, $input: CohortInput!, $v: String) {
      updateCohort(id: $id, input: $input, expectedVersion: $v) { __typename ... on MutationUpdateCohortSuccess { data { title version } } ... on Error { code field message } }
    }
  `);
  const EditSession = graphql(`
    mutation TestEditSession($id: ID!, $input: CohortSessionInput!, $v: String) {
      updateCohortSession(id: $id, input: $input, expectedVersion: $v) { __typename ... on MutationUpdateCohortSessionSuccess { data { topic version sequence } } ... on Error { code field message } }
    }
  `);
  const CHANGED_MEANWHILE = "Jemand anderes hat dies inzwischen geändert. Bitte laden Sie die Seite neu und prüfen Sie Ihre Änderung.";
  const audits = (entityId: string, action: string) => t.db.prisma.auditLog.count({ where: { entityId, action } });
  const courseInput = (title: string) => ({ title, teachingHours: 40, topics: ["Interkulturelle Kompetenz", "Rechtlicher Rahmen"], qualificationName: "Integrationslotse/-lotsin", qualificationValidityYears: VALIDITY_YEARS });
  const cohortInput = (title: string) => ({ title, location: "Kulturzentrum PFL", capacity: 3, confirmUnusualCapacity: true, feeCents: 2500, requiresInterview: false, trainerIds: [trainerId] });

  it("refuses a course, cohort or session save over a newer version, and writes and audits nothing for a save that changes nothing", async () => {
    // The course: saved unchanged writes nothing; a save from an older page is refused.
    const course = (await trainer.gql(CourseVersion, { id: courseId })).data!.node as { version: string; title: string };
    const same = await trainer.gql(EditCourse, { id: courseId, input: courseInput(course.title), v: course.version });
    expect(same.data?.updateCourse).toMatchObject({ data: { version: course.version } });
    expect(await audits(dbId(courseId), "training.courseUpdated")).toBe(0);
    const renamed = await trainer.gql(EditCourse, { id: courseId, input: courseInput(`${course.title} `.trim() + " 2026"), v: course.version });
    expect(renamed.data?.updateCourse.__typename).toBe("MutationUpdateCourseSuccess");
    const stale = await trainer.gql(EditCourse, { id: courseId, input: courseInput("Von der alten Seite"), v: course.version });
    expect(stale.data?.updateCourse).toEqual({ __typename: "DomainError", code: "CONFLICT", field: "id", message: CHANGED_MEANWHILE });
    expect(((await trainer.gql(CourseVersion, { id: courseId })).data!.node as { title: string }).title).toBe(`${course.title} 2026`);
    expect(await audits(dbId(courseId), "training.courseUpdated")).toBe(1);
    await trainer.gql(EditCourse, { id: courseId, input: courseInput(course.title) });

    // The cohort.
    const cohortId = await newCohort(3);
    const cohort = (await trainer.gql(CohortVersion, { id: cohortId })).data!.cohort!;
    expect((await trainer.gql(EditCohort, { id: cohortId, input: cohortInput(cohort.title), v: cohort.version })).data?.updateCohort).toMatchObject({ data: { version: cohort.version } });
    expect(await audits(dbId(cohortId), "training.cohortUpdated")).toBe(0);
    expect((await trainer.gql(EditCohort, { id: cohortId, input: cohortInput("Neuer Titel"), v: cohort.version })).data?.updateCohort.__typename).toBe("MutationUpdateCohortSuccess");
    expect((await trainer.gql(EditCohort, { id: cohortId, input: cohortInput("Alter Stand"), v: cohort.version })).data?.updateCohort).toMatchObject({ code: "CONFLICT", message: CHANGED_MEANWHILE });
    expect((await trainer.gql(CohortVersion, { id: cohortId })).data!.cohort!.title).toBe("Neuer Titel");
    expect(await audits(dbId(cohortId), "training.cohortUpdated")).toBe(1);

    // A session: unchanged keeps its calendar SEQUENCE and audits nothing.
    const session = cohort.sessions[0]!;
    const input = { startsAt: session.startsAt, endsAt: session.endsAt, topic: session.topic, room: session.room };
    expect((await trainer.gql(EditSession, { id: session.id, input, v: session.version })).data?.updateCohortSession).toMatchObject({ data: { version: session.version, sequence: session.sequence } });
    expect(await audits(dbId(session.id), "training.sessionUpdated")).toBe(0);
    expect((await trainer.gql(EditSession, { id: session.id, input: { ...input, topic: "Neues Thema" }, v: session.version })).data?.updateCohortSession).toMatchObject({ data: { topic: "Neues Thema", sequence: session.sequence + 1 } });
    expect((await trainer.gql(EditSession, { id: session.id, input: { ...input, topic: "Alter Stand" }, v: session.version })).data?.updateCohortSession).toMatchObject({ code: "CONFLICT", message: CHANGED_MEANWHILE });
    expect(await audits(dbId(session.id), "training.sessionUpdated")).toBe(1);
  });

  itOnPostgres("of two trainers editing one session at once from the same page, saves one, tells the other it changed meanwhile, and audits once", async () => {
    // A second trainer of the organisation, invited by the admin, runs the cohorts too.
    const admin = await t.signIn("admin@oldenburg.example");
    const email = "ko-kursleitung@example.org";
    const invited = await admin.gql(graphql(`mutation TestInviteTrainer($i: InviteUserInput!) { inviteUser(input: $i) { __typename ... on Error { code field message } } }`), { i: { email, name: "Zoe Zweite", roles: ["TRAINER"] } });
    expect(invited.data, JSON.stringify(invited)).toEqual({ inviteUser: { __typename: "MutationInviteUserSuccess" } });
    const token = /token=([\w-]+)/.exec((await t.lotse.mailbox.newestTo(email)).text)![1]!;
    await t.anonymous.gql(graphql(`mutation TestSetTrainerPassword($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { __typename } }`), { token, password: "Zweite-Kursleitung-2026" });
    const second = await t.signIn(email, "Zweite-Kursleitung-2026");
    const secondId = (await admin.gql(Trainers)).data!.users.edges.map((e) => e.node.id).find((id) => id !== trainerId)!;
    for (let round = 0; round < 4; round++) {
      // Karl plans the cohort with Zoe as co-trainer.
      const created = await trainer.gql(CreateCohort, { courseId, input: { ...cohortInput(`Zu zweit ${round}`), trainerIds: [trainerId, secondId] } });
      const cohortId = (created.data?.createCohort as { data: { id: string; trainers: { name: string }[] } }).data.id;
      expect((created.data?.createCohort as { data: { trainers: { name: string }[] } }).data.trainers.map((x) => x.name).sort()).toEqual(["Karl Kursleitung", "Zoe Zweite"]);
      const startsAt = Date.now() + 24 * hour;
      await trainer.gql(AddSession, { cohortId, input: { startsAt: iso(startsAt), endsAt: iso(startsAt + 3 * hour), topic: "Rolle und Selbstverständnis", room: "Raum 2" } });
      const session = (await trainer.gql(CohortVersion, { id: cohortId })).data!.cohort!.sessions[0]!;
      const input = (topic: string) => ({ startsAt: session.startsAt, endsAt: session.endsAt, topic, room: session.room });
      const answers = (
        await Promise.all([
          trainer.gql(EditSession, { id: session.id, input: input("Thema von Karl"), v: session.version }),
          second.gql(EditSession, { id: session.id, input: input("Thema von Zoe"), v: session.version }),
        ])
      ).map((r) => r.data!.updateCohortSession);
      const won = answers.filter((a) => a.__typename === "MutationUpdateCohortSessionSuccess") as { data: { topic: string; sequence: number } }[];
      expect(won, `round ${round}`).toHaveLength(1);
      expect(answers.find((a) => a.__typename !== "MutationUpdateCohortSessionSuccess"), `round ${round}`).toEqual({ __typename: "DomainError", code: "CONFLICT", field: "id", message: CHANGED_MEANWHILE });
      const stored = await t.db.prisma.cohortSession.findUniqueOrThrow({ where: { id: dbId(session.id) } });
      expect(stored.topic).toBe(won[0]!.data.topic);
      expect(stored.sequence).toBe(session.sequence + 1);
      expect(await audits(dbId(session.id), "training.sessionUpdated")).toBe(1);
    }
  });
});

describe("enrolment and the waiting list", () => {
  itOnPostgres("takes an offer accepted twice at once once: one admission, one CONFLICT, one audit entry", async () => {
    const cohortId = await newCohort(1);
    const [a, b] = await Promise.all((await createApprovedVolunteers(t.db.prisma, "oldenburg", "twice", 2)).map((e) => t.sessionFor(e)));
    await a!.gql(Apply, { cohortId });
    expect((await b!.gql(Apply, { cohortId })).data?.applyToCohort).toMatchObject({ data: { status: "WAITLISTED" } });
    await a!.gql(Withdraw, { cohortId });
    expect((await b!.gql(MyEnrolments)).data!.myEnrolments[0]!.status).toBe("OFFERED");
    const answers = (await Promise.all([b!.gql(Accept, { cohortId }), b!.gql(Accept, { cohortId })])).map((r) => r.data?.acceptWaitlistOffer);
    expect(answers.filter((x) => x?.__typename === "MutationAcceptWaitlistOfferSuccess")).toHaveLength(1);
    expect(answers.find((x) => x?.__typename !== "MutationAcceptWaitlistOfferSuccess")).toMatchObject({ code: "CONFLICT" });
    const cohortUuid = Buffer.from(cohortId, "base64").toString().split(":")[1]!;
    const enrolment = await t.db.prisma.enrolment.findFirstOrThrow({ where: { cohortId: cohortUuid, status: "ADMITTED" } });
    expect(await t.db.prisma.auditLog.count({ where: { entityType: "Enrolment", entityId: enrolment.id, action: "training.offerAccepted" } })).toBe(1);
    expect((await trainer.gql(Cohort, { id: cohortId })).data!.cohort!.placesTaken).toBe(1);
  });

  it("admits in order until capacity, waitlists the rest, and offers a freed place that can be accepted", async () => {
    const cohortId = await newCohort(2);
    const [a, b, c] = await Promise.all((await createApprovedVolunteers(t.db.prisma, "oldenburg", "wl", 3)).map((e) => t.sessionFor(e)));
    expect((await a!.gql(Apply, { cohortId, motivation: "Ich begleite gern" })).data?.applyToCohort).toMatchObject({ data: { status: "ADMITTED" } });
    expect((await b!.gql(Apply, { cohortId })).data?.applyToCohort).toMatchObject({ data: { status: "ADMITTED" } });
    expect((await c!.gql(Apply, { cohortId })).data?.applyToCohort).toMatchObject({ data: { status: "WAITLISTED", waitlistPosition: 1 } });
    expect((await c!.gql(Apply, { cohortId })).data?.applyToCohort).toMatchObject({ code: "CONFLICT", field: "cohortId" });

    expect((await a!.gql(Withdraw, { cohortId })).data?.withdrawFromCohort).toMatchObject({ data: { status: "WITHDRAWN" } });
    // The person who withdrew gets a confirmation; nobody else is told of it.
    const title = (await trainer.gql(Cohort, { id: cohortId })).data!.cohort!.title;
    expect(await inbox("wl-01@example.org")).toEqual([subject.withdrawn(title), subject.admitted(title)].sort());
    expect(await t.db.prisma.outboxMessage.count({ where: { subject: subject.withdrawn(title) } })).toBe(1);
    const mine = (await c!.gql(MyEnrolments)).data!.myEnrolments[0]!;
    expect(mine.status).toBe("OFFERED");
    expect(new Date(mine.offerExpiresAt!).getTime()).toBeGreaterThan(Date.now() + 47 * hour);
    const offerMail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: "wl-03@example.org", subject: { contains: "frei" } } });
    expect(offerMail.textBody).toMatch(/bis/);
    expect((await c!.gql(Accept, { cohortId })).data?.acceptWaitlistOffer).toMatchObject({ data: { status: "ADMITTED" } });
    const cohort = (await trainer.gql(Cohort, { id: cohortId })).data!.cohort!;
    expect(cohort.placesTaken).toBe(2);
    expect(cohort.waitlistLength).toBe(0);
  });

  it("passes an expired or declined offer on to the next person, without anyone clicking", async () => {
    const cohortId = await newCohort(1);
    const people = await Promise.all((await createApprovedVolunteers(t.db.prisma, "oldenburg", "exp", 4)).map((e) => t.sessionFor(e)));
    for (const p of people) await p.gql(Apply, { cohortId });
    await people[0]!.gql(Withdraw, { cohortId });
    expect((await people[1]!.gql(MyEnrolments)).data!.myEnrolments[0]!.status).toBe("OFFERED");

    // The job runner, two days later: the offer lapses and the next in line gets one.
    expect(await expireOffers({ prisma: t.db.prisma, logger: createLogger("silent"), now: new Date(Date.now() + 49 * hour) })).toBe(1);
    expect((await people[1]!.gql(MyEnrolments)).data!.myEnrolments[0]!.status).toBe("EXPIRED");
    expect((await people[1]!.gql(Accept, { cohortId })).data?.acceptWaitlistOffer).toMatchObject({ code: "CONFLICT" });
    expect((await people[2]!.gql(MyEnrolments)).data!.myEnrolments[0]!.status).toBe("OFFERED");

    expect((await people[2]!.gql(Decline, { cohortId })).data?.declineWaitlistOffer).toMatchObject({ data: { status: "DECLINED" } });
    expect((await people[3]!.gql(MyEnrolments)).data!.myEnrolments[0]!.status).toBe("OFFERED");
  });

  // The job runner runs inside the server process (main.ts starts it next to HTTP) and reads what is due
  // from the database. Here an offer lapses while no server runs; the restarted server's job runner,
  // started on its database handle as main.ts does, passes the place on at its first run. (A first run
  // that finds nothing due logs nothing: this test would then fail by its timeout.)
  it("passes on an offer that lapsed while the server was down at the restarted server's first job run", async () => {
    let app = await createTestApp({}, { restartable: true });
    try {
      const cohortId = await newCohort(1, {}, await setUpTeaching(app));
      const emails = await createApprovedVolunteers(app.db.prisma, "oldenburg", "boot", 3);
      const people = await Promise.all(emails.map((e) => app.sessionFor(e)));
      for (const p of people) await p.gql(Apply, { cohortId });
      await people[0]!.gql(Withdraw, { cohortId });
      expect((await people[1]!.gql(MyEnrolments)).data!.myEnrolments[0]!.status).toBe("OFFERED");

      // The server stops; by the time it is back, the offer's 48 hours have run out.
      const lapsed = await app.db.prisma.enrolment.updateMany({ where: { cohortId: dbId(cohortId), status: "OFFERED" }, data: { offerExpiresAt: new Date(Date.now() - hour) } });
      expect(lapsed.count).toBe(1);
      app = await app.restart();

      const restartedAt = Date.now();
      const job = "expire waiting-list offers";
      expect(moduleJobs.map((j) => ("name" in j ? j.name : j.kind))).toContain(job);
      const jobs = jobRunnerLog(job);
      const scheduler = startScheduler(app.db.prisma, jobs.logger, app.config.JOB_INTERVAL_MS, moduleJobs);
      try {
        expect(await jobs.firstReport).toMatchObject({ msg: "job ran", done: 1 });
      } finally {
        await scheduler.stop();
      }
      const ranBy = Date.now();

      const [lapsedOffer, next] = await Promise.all(emails.slice(1).map((e) => app.sessionFor(e)));
      expect((await lapsedOffer!.gql(MyEnrolments)).data!.myEnrolments).toMatchObject([{ status: "EXPIRED", offerExpiresAt: null }]);
      const offer = (await next!.gql(MyEnrolments)).data!.myEnrolments[0]!;
      expect(offer.status).toBe("OFFERED");
      // A fresh 48 hours from the job's run, not from the lapsed offer.
      const expires = new Date(offer.offerExpiresAt!).getTime();
      expect(expires).toBeGreaterThanOrEqual(restartedAt + 48 * hour);
      expect(expires).toBeLessThanOrEqual(ranBy + 48 * hour);
      const title = offer.cohort.title;
      expect(await inbox(emails[1]!, app)).toEqual([subject.expired(title), subject.offered(title), subject.waitlisted(title)].sort());
      expect(await inbox(emails[2]!, app)).toEqual([subject.offered(title), subject.waitlisted(title)].sort());
      expect(await mailText(emails[2]!, subject.offered(title), app)).toMatch(/bis /);

      expect((await lapsedOffer!.gql(Accept, { cohortId })).data?.acceptWaitlistOffer).toMatchObject({ code: "CONFLICT" });
      expect((await next!.gql(Accept, { cohortId })).data?.acceptWaitlistOffer).toMatchObject({ data: { status: "ADMITTED" } });
    } finally {
      await app.close();
    }
  }, 120_000);

  it("removes a participant only with a reason, keeps it, tells them, and offers the freed place to the next in line", async () => {
    const cohortId = await newCohort(1);
    const emails = await createApprovedVolunteers(t.db.prisma, "oldenburg", "rm", 2);
    const [participant, waiting] = await Promise.all(emails.map((e) => t.sessionFor(e)));
    const enrolmentId = ((await participant!.gql(Apply, { cohortId })).data?.applyToCohort as { data: { id: string } }).data.id;
    await waiting!.gql(Apply, { cohortId });
    const before = (await trainer.gql(Cohort, { id: cohortId })).data!.cohort!;
    const mailsBefore = await t.db.prisma.outboxMessage.count();

    for (const reason of ["", "   "]) {
      const refused = await trainer.gql(RemoveParticipant, { id: enrolmentId, reason });
      expect(refused.status).toBe(200);
      expect(refused.data?.removeParticipant).toMatchObject({ code: "VALIDATION", field: "reason" });
    }
    expect((await trainer.gql(Cohort, { id: cohortId })).data!.cohort).toEqual(before);
    expect(await t.db.prisma.outboxMessage.count()).toBe(mailsBefore);

    const removed = await trainer.gql(RemoveParticipant, { id: enrolmentId, reason: " Mehrfach unentschuldigt gefehlt " });
    expect(removed.data?.removeParticipant).toMatchObject({ data: { status: "REMOVED", endReason: "Mehrfach unentschuldigt gefehlt" } });
    expect((await participant!.gql(MyEnrolments)).data!.myEnrolments).toMatchObject([{ status: "REMOVED", endReason: "Mehrfach unentschuldigt gefehlt" }]);
    const title = before.title;
    expect(await inbox(emails[0]!)).toEqual([subject.admitted(title), subject.removed(title)].sort());
    expect(await mailText(emails[0]!, subject.removed(title))).toContain("Grund: Mehrfach unentschuldigt gefehlt");

    // The freed place is offered to the next in line at once, by email.
    expect((await waiting!.gql(MyEnrolments)).data!.myEnrolments).toMatchObject([{ status: "OFFERED" }]);
    expect(await inbox(emails[1]!)).toEqual([subject.offered(title), subject.waitlisted(title)].sort());
    // The mail names the course's dates and links to where the offer is answered.
    const offered = await mailText(emails[1]!, subject.offered(title));
    expect(offered).toMatch(/Die Termine:\n- .*\d{4}.*\n- .*\d{4}/);
    expect(offered).toMatch(/Ihre Kurse in Lotse:\nhttps?:\/\/\S+\/ehrenamt\/kurse\n/);
    expect((await trainer.gql(Cohort, { id: cohortId })).data!.cohort).toMatchObject({ placesTaken: 1, waitlistLength: 0 });
    expect((await trainer.gql(RemoveParticipant, { id: enrolmentId, reason: "nochmal" })).data?.removeParticipant).toMatchObject({ code: "CONFLICT", field: "enrolmentId" });
  });

  it("offers places a larger capacity adds to the waiting list at once, and refuses a capacity below the participants", async () => {
    const cohortId = await newCohort(2);
    const emails = await createApprovedVolunteers(t.db.prisma, "oldenburg", "cap", 5);
    const people = await Promise.all(emails.map((e) => t.sessionFor(e)));
    for (const p of people) await p.gql(Apply, { cohortId });
    const before = (await trainer.gql(Cohort, { id: cohortId })).data!.cohort!;
    expect(before).toMatchObject({ capacity: 2, placesTaken: 2, waitlistLength: 3 });
    const input = (capacity: number, title = before.title) => ({ title, location: "Kulturzentrum PFL", capacity, confirmUnusualCapacity: true, feeCents: 2500, requiresInterview: false, trainerIds: [trainerId] });
    const mailsBefore = await t.db.prisma.outboxMessage.count();

    const refused = await trainer.gql(UpdateCohort, { id: cohortId, input: input(1, "Umbenannt") });
    expect(refused.status).toBe(200);
    expect(refused.data?.updateCohort).toMatchObject({ code: "VALIDATION", field: "capacity" });
    expect((await trainer.gql(Cohort, { id: cohortId })).data!.cohort).toEqual(before);
    expect(await t.db.prisma.outboxMessage.count()).toBe(mailsBefore);

    const raised = await trainer.gql(UpdateCohort, { id: cohortId, input: input(4) });
    expect(raised.data?.updateCohort).toMatchObject({ data: { capacity: 4, placesTaken: 4, waitlistLength: 1 } });
    const statuses = await Promise.all(people.map(async (p) => (await p.gql(MyEnrolments)).data!.myEnrolments[0]!));
    expect(statuses.map((e) => [e.status, e.waitlistPosition])).toEqual([
      ["ADMITTED", null],
      ["ADMITTED", null],
      ["OFFERED", null],
      ["OFFERED", null],
      ["WAITLISTED", 1],
    ]);
    const title = before.title;
    expect(await inbox(emails[2]!)).toEqual([subject.offered(title), subject.waitlisted(title)].sort());
    expect(await inbox(emails[3]!)).toEqual([subject.offered(title), subject.waitlisted(title)].sort());
    expect(await inbox(emails[4]!)).toEqual([subject.waitlisted(title)]);
  });

  it("cancels a cohort only with a reason, ends every open enrolment with it and tells participants, offer holders and the waiting list", async () => {
    const cohortId = await newCohort(2);
    const emails = await createApprovedVolunteers(t.db.prisma, "oldenburg", "cxl", 4);
    const people = await Promise.all(emails.map((e) => t.sessionFor(e)));
    for (const p of people) await p.gql(Apply, { cohortId });
    await people[0]!.gql(Withdraw, { cohortId });
    const before = (await trainer.gql(Cohort, { id: cohortId })).data!.cohort!;
    const state = (cohort: typeof before) => Object.fromEntries(cohort.enrolments.map((e) => [e.volunteerName, [e.status, e.endReason]]));
    expect(state(before)).toEqual({ "cxl 1": ["WITHDRAWN", null], "cxl 2": ["ADMITTED", null], "cxl 3": ["OFFERED", null], "cxl 4": ["WAITLISTED", null] });
    const mailsBefore = await t.db.prisma.outboxMessage.count();

    expect((await trainer.gql(Cancel, { id: cohortId, reason: " " })).data?.cancelCohort).toMatchObject({ code: "VALIDATION", field: "reason" });
    expect((await trainer.gql(Cohort, { id: cohortId })).data!.cohort).toEqual(before);
    expect(await t.db.prisma.outboxMessage.count()).toBe(mailsBefore);

    const reason = "Die Referentin ist erkrankt";
    expect((await trainer.gql(Cancel, { id: cohortId, reason })).data?.cancelCohort).toMatchObject({ data: { status: "CANCELLED", cancelReason: reason } });
    const after = (await trainer.gql(Cohort, { id: cohortId })).data!.cohort!;
    expect(state(after)).toEqual({ "cxl 1": ["WITHDRAWN", null], "cxl 2": ["REMOVED", reason], "cxl 3": ["REMOVED", reason], "cxl 4": ["REMOVED", reason] });
    expect(after).toMatchObject({ status: "CANCELLED", placesTaken: 0, waitlistLength: 0 });
    const title = before.title;
    for (const email of emails.slice(1)) {
      expect(await inbox(email)).toContain(subject.cancelled(title));
      expect(await mailText(email, subject.cancelled(title))).toContain(`Grund: ${reason}`);
    }
    // Whoever had already withdrawn is not written to again.
    expect(await inbox(emails[0]!)).toEqual([subject.withdrawn(title), subject.admitted(title)].sort());
    expect(await t.db.prisma.outboxMessage.count()).toBe(mailsBefore + 3);
  });

  it("lets a trainer move someone up the waiting list, with a reason kept", async () => {
    const cohortId = await newCohort(1);
    const people = await Promise.all((await createApprovedVolunteers(t.db.prisma, "oldenburg", "prio", 3)).map((e) => t.sessionFor(e)));
    for (const p of people) await p.gql(Apply, { cohortId });
    const enrolments = (await trainer.gql(Cohort, { id: cohortId })).data!.cohort!.enrolments;
    const last = enrolments.find((e) => e.volunteerName === "prio 3")!;
    expect((await trainer.gql(SetPriority, { id: last.id, priority: 5, reason: "" })).data?.setWaitlistPriority).toMatchObject({ field: "reason" });
    await trainer.gql(SetPriority, { id: last.id, priority: 5, reason: "Spricht Tigrinya, dringend gebraucht" });
    expect((await people[2]!.gql(MyEnrolments)).data!.myEnrolments[0]!.waitlistPosition).toBe(1);
    await people[0]!.gql(Withdraw, { cohortId });
    expect((await people[2]!.gql(MyEnrolments)).data!.myEnrolments[0]!.status).toBe("OFFERED");
    expect((await people[1]!.gql(MyEnrolments)).data!.myEnrolments[0]!.status).toBe("WAITLISTED");
    const stored = await t.db.prisma.enrolment.findFirstOrThrow({ where: { volunteer: { user: { email: "prio-03@example.org" } } } });
    expect(stored.priorityReason).toBe("Spricht Tigrinya, dringend gebraucht");
  });

  it("admits after a passed get-to-know interview when the cohort requires one", async () => {
    const cohortId = await newCohort(3, { interview: true });
    const [a, b] = await Promise.all((await createApprovedVolunteers(t.db.prisma, "oldenburg", "int", 2)).map((e) => t.sessionFor(e)));
    const applied = (await a!.gql(Apply, { cohortId })).data?.applyToCohort as { data: { id: string; status: string } };
    expect(applied.data.status).toBe("APPLIED");
    const rejected = (await b!.gql(Apply, { cohortId })).data?.applyToCohort as { data: { id: string } };
    expect((await trainer.gql(Interview, { id: applied.data.id, passed: true })).data?.recordAdmissionInterview).toMatchObject({ data: { status: "ADMITTED" } });
    expect((await trainer.gql(Interview, { id: rejected.data.id, passed: false })).data?.recordAdmissionInterview).toMatchObject({ data: { status: "NOT_ADMITTED" } });
    expect((await trainer.gql(Interview, { id: applied.data.id, passed: true })).data?.recordAdmissionInterview).toMatchObject({ code: "CONFLICT" });
  });

  itOnPostgres("records one decision when two trainer sessions decide one application at once", async () => {
    const cohortId = await newCohort(3, { interview: true });
    const [a] = await Promise.all((await createApprovedVolunteers(t.db.prisma, "oldenburg", "both", 1)).map((e) => t.sessionFor(e)));
    const applied = (await a!.gql(Apply, { cohortId })).data?.applyToCohort as { data: { id: string } };
    const second = await t.sessionFor("kurs@oldenburg.example");
    const answers = (await Promise.all([trainer.gql(Interview, { id: applied.data.id, passed: true }), second.gql(Interview, { id: applied.data.id, passed: false })])).map(
      (r) => r.data?.recordAdmissionInterview,
    );
    const won = answers.filter((x) => x?.__typename === "MutationRecordAdmissionInterviewSuccess") as { data: { status: string } }[];
    expect(won).toHaveLength(1);
    expect(answers.find((x) => x?.__typename !== "MutationRecordAdmissionInterviewSuccess")).toMatchObject({ code: "CONFLICT" });
    const enrolmentId = Buffer.from(applied.data.id, "base64").toString().split(":")[1]!;
    const stored = await t.db.prisma.enrolment.findUniqueOrThrow({ where: { id: enrolmentId } });
    expect(stored.status).toBe(won[0]!.data.status);
    expect(await t.db.prisma.auditLog.count({ where: { entityType: "Enrolment", entityId: enrolmentId, action: "training.interviewRecorded" } })).toBe(1);
  });

  it("refuses applications outside the window, to cancelled or completed cohorts, and without approval", async () => {
    const [p] = await Promise.all((await createApprovedVolunteers(t.db.prisma, "oldenburg", "ref", 1)).map((e) => t.sessionFor(e)));
    const planned = await newCohort(5, { open: false });
    expect((await p!.gql(Apply, { cohortId: planned })).data?.applyToCohort).toMatchObject({ code: "CONFLICT", field: "cohortId" });
    const closed = await newCohort(5);
    await t.db.prisma.cohort.update({ where: { id: Buffer.from(closed, "base64").toString().split(":")[1]! }, data: { enrolmentClosesAt: new Date(Date.now() - hour) } });
    expect((await p!.gql(Apply, { cohortId: closed })).data?.applyToCohort).toMatchObject({ code: "CONFLICT" });
    const cancelled = await newCohort(5);
    expect((await trainer.gql(Cancel, { id: cancelled, reason: "Zu wenige Anmeldungen" })).data?.cancelCohort).toMatchObject({ data: { status: "CANCELLED" } });
    const completed = await newCohort(5, { sessions: [[-2 * hour, hour]] });
    const [finisher] = await Promise.all((await createApprovedVolunteers(t.db.prisma, "oldenburg", "fin", 1)).map((e) => t.sessionFor(e)));
    await finisher!.gql(Apply, { cohortId: completed });
    expect((await trainer.gql(Complete, { id: completed })).data?.completeCohort).toMatchObject({ data: { status: "COMPLETED" } });
    for (const cohortId of [cancelled, completed]) {
      const enrolments = await t.db.prisma.enrolment.count({ where: { cohortId: dbId(cohortId) } });
      const refused = await p!.gql(Apply, { cohortId });
      expect(refused.status).toBe(200);
      expect(refused.data?.applyToCohort).toMatchObject({ __typename: "DomainError", code: "CONFLICT", field: "cohortId" });
      expect(await t.db.prisma.enrolment.count({ where: { cohortId: dbId(cohortId) } })).toBe(enrolments);
    }
    expect((await p!.gql(MyEnrolments)).data!.myEnrolments).toEqual([]);
    const pending = await t.signIn("lotse@oldenburg.example");
    await t.db.prisma.volunteerProfile.updateMany({ where: { user: { email: "lotse@oldenburg.example" } }, data: { status: "PAUSED" } });
    expect((await pending.gql(Apply, { cohortId: closed })).data?.applyToCohort).toMatchObject({ code: "FORBIDDEN" });
    await t.db.prisma.volunteerProfile.updateMany({ where: { user: { email: "lotse@oldenburg.example" } }, data: { status: "APPROVED" } });
  });

  // Fifty volunteers and sessions made, fifty applications queued on one cohort lock: 5 s on an idle
  // runner, close to the default 30 s on a busy 2-core one. The budget fits the work.
  itOnPostgres("gives exactly the capacity to fifty concurrent applicants, the rest waitlisted in application order", async () => {
    const cohortId = await newCohort(15);
    const sessions = await Promise.all((await createApprovedVolunteers(t.db.prisma, "oldenburg", "rush", 50)).map((e) => t.sessionFor(e)));
    const results = await Promise.all(sessions.map((s) => s.gql(Apply, { cohortId })));
    const statuses = results.map((r) => (r.data?.applyToCohort as { data?: { status: string } }).data?.status);
    expect(statuses.filter((s) => s === "ADMITTED")).toHaveLength(15);
    expect(statuses.filter((s) => s === "WAITLISTED")).toHaveLength(35);
    const rows = await t.db.prisma.enrolment.findMany({ where: { cohort: { id: Buffer.from(cohortId, "base64").toString().split(":")[1]! } }, orderBy: { position: "asc" } });
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r.volunteerId)).size).toBe(50);
    // Places went to the first fifteen in application order, the waiting list follows that order.
    expect(rows.slice(0, 15).every((r) => r.status === "ADMITTED")).toBe(true);
    expect(rows.slice(15).every((r) => r.status === "WAITLISTED")).toBe(true);

    // Two simultaneous withdrawals: two offers, to the next two people, never the same one twice.
    const byVolunteer = new Map(await Promise.all(sessions.map(async (s, i) => [(await t.db.prisma.volunteerProfile.findFirstOrThrow({ where: { user: { email: `rush-${String(i + 1).padStart(2, "0")}@example.org` } } })).id, s] as const)));
    await Promise.all(rows.slice(0, 2).map((r) => byVolunteer.get(r.volunteerId)!.gql(Withdraw, { cohortId })));
    const after = await t.db.prisma.enrolment.findMany({ where: { cohortId: rows[0]!.cohortId }, orderBy: { position: "asc" } });
    expect(after.filter((r) => r.status === "OFFERED").map((r) => r.position)).toEqual([rows[15]!.position, rows[16]!.position]);
    expect(after.filter((r) => r.status === "ADMITTED")).toHaveLength(13);
  }, 120_000);
});

describe("attendance and completion", () => {
  it("certifies those at or above the minimum with consecutive numbers and a qualification, and tells the rest", async () => {
    // Four 2-hour sessions, all in the past, and one that has not started.
    const cohortId = await newCohort(3, { sessions: [[-96 * hour, 2 * hour], [-72 * hour, 2 * hour], [-48 * hour, 2 * hour], [-24 * hour, 2 * hour], [24 * hour, 2 * hour]] });
    const people = await Promise.all((await createApprovedVolunteers(t.db.prisma, "oldenburg", "done", 3)).map((e) => t.sessionFor(e)));
    for (const p of people) await p.gql(Apply, { cohortId });
    const cohort = (await trainer.gql(Cohort, { id: cohortId })).data!.cohort!;
    const [s1, s2, s3, s4, future] = cohort.sessions;
    const byName = Object.fromEntries(cohort.enrolments.map((e) => [e.volunteerName, e.id]));
    const mark = (sessionId: string, present: string[]) =>
      trainer.gql(RecordAttendance, {
        sessionId,
        entries: Object.entries(byName).map(([name, enrolmentId]) => ({ enrolmentId, status: present.includes(name) ? ("PRESENT" as const) : ("ABSENT" as const) })),
      });
    expect((await mark(future!.id, [])).data?.recordAttendance).toMatchObject({ code: "VALIDATION", field: "sessionId" });
    await trainer.gql(RemoveSession, { id: future!.id });
    await mark(s1!.id, ["done 1", "done 2", "done 3"]);
    await mark(s2!.id, ["done 1", "done 2", "done 3"]);
    await mark(s3!.id, ["done 1", "done 2"]);
    await mark(s4!.id, ["done 1"]);
    // done 1: 100 %, done 2: 75 %, done 3: 50 %
    expect((await trainer.gql(Cohort, { id: cohortId })).data!.cohort!.status).toBe("RUNNING");
    const [late] = await Promise.all((await createApprovedVolunteers(t.db.prisma, "oldenburg", "late", 1)).map((e) => t.sessionFor(e)));
    expect((await late!.gql(Apply, { cohortId })).data?.applyToCohort).toMatchObject({ code: "CONFLICT", field: "cohortId" });

    const before = await t.db.prisma.certificate.count();
    expect((await trainer.gql(Complete, { id: cohortId })).data?.completeCohort).toMatchObject({ data: { status: "COMPLETED" } });
    expect((await trainer.gql(Complete, { id: cohortId })).data?.completeCohort).toMatchObject({ code: "CONFLICT" });
    const done = (await trainer.gql(Cohort, { id: cohortId })).data!.cohort!.enrolments;
    const result = Object.fromEntries(done.map((e) => [e.volunteerName, [e.attendancePercent, e.outcome, e.certificate?.number ?? null]]));
    expect(result).toEqual({ "done 1": [100, "CERTIFIED", before + 1], "done 2": [75, "BELOW_MINIMUM", null], "done 3": [50, "BELOW_MINIMUM", null] });
    const qualifications = (await people[0]!.gql(MyQualifications)).data!.myVolunteerProfile!.qualifications;
    const grantedOn = berlinToday(new Date(done.find((e) => e.volunteerName === "done 1")!.certificate!.issuedAt));
    expect(qualifications).toEqual([{ name: "Integrationslotse/-lotsin", grantedOn, expiresOn: yearsLater(grantedOn, VALIDITY_YEARS), revokedAt: null }]);
    expect((await mark(s1!.id, [])).data?.recordAttendance).toMatchObject({ code: "CONFLICT" });

    const certificateId = done.find((e) => e.volunteerName === "done 1")!.certificate!.id;
    expect((await trainer.gql(Revoke, { id: certificateId, reason: "Teilnahme nachträglich aberkannt" })).data?.revokeCertificate).toMatchObject({
      data: { revokedReason: "Teilnahme nachträglich aberkannt" },
    });
    expect((await trainer.gql(Revoke, { id: certificateId, reason: "nochmal" })).data?.revokeCertificate).toMatchObject({ code: "CONFLICT" });
    expect((await people[0]!.gql(MyQualifications)).data!.myVolunteerProfile!.qualifications[0]!.revokedAt).not.toBeNull();
  });

  it("numbers two certificates of one completion n and n+1, dates the qualification by the course's validity, and emails every outcome", async () => {
    const cohortId = await newCohort(3, { sessions: [[-48 * hour, 2 * hour], [-24 * hour, 2 * hour]] });
    const emails = await createApprovedVolunteers(t.db.prisma, "oldenburg", "cert", 3);
    const people = await Promise.all(emails.map((e) => t.sessionFor(e)));
    for (const p of people) await p.gql(Apply, { cohortId });
    const cohort = (await trainer.gql(Cohort, { id: cohortId })).data!.cohort!;
    const byName = Object.fromEntries(cohort.enrolments.map((e) => [e.volunteerName, e.id]));
    const mark = (sessionId: string, present: string[]) =>
      trainer.gql(RecordAttendance, {
        sessionId,
        entries: Object.entries(byName).map(([name, enrolmentId]) => ({ enrolmentId, status: present.includes(name) ? ("PRESENT" as const) : ("ABSENT" as const) })),
      });
    await mark(cohort.sessions[0]!.id, ["cert 1", "cert 2", "cert 3"]);
    await mark(cohort.sessions[1]!.id, ["cert 1", "cert 2"]);
    const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
    const last = (await t.db.prisma.certificate.aggregate({ where: { organizationId: org.id }, _max: { number: true } }))._max.number ?? 0;

    expect((await trainer.gql(Complete, { id: cohortId })).data?.completeCohort).toMatchObject({ data: { status: "COMPLETED" } });
    const done = (await trainer.gql(Cohort, { id: cohortId })).data!.cohort!.enrolments;
    const outcome = Object.fromEntries(done.map((e) => [e.volunteerName, [e.attendancePercent, e.outcome]]));
    expect(outcome).toEqual({ "cert 1": [100, "CERTIFIED"], "cert 2": [100, "CERTIFIED"], "cert 3": [50, "BELOW_MINIMUM"] });
    const numbers = done.flatMap((e) => (e.certificate ? [e.certificate.number] : [])).sort((a, b) => a - b);
    expect(numbers).toEqual([last + 1, last + 2]);

    for (const [i, name] of ["cert 1", "cert 2"].entries()) {
      const certificate = done.find((e) => e.volunteerName === name)!.certificate!;
      const grantedOn = berlinToday(new Date(certificate.issuedAt));
      const qualifications = (await people[i]!.gql(MyQualifications)).data!.myVolunteerProfile!.qualifications;
      expect(qualifications).toEqual([{ name: "Integrationslotse/-lotsin", grantedOn, expiresOn: yearsLater(grantedOn, VALIDITY_YEARS), revokedAt: null }]);
    }
    expect((await people[2]!.gql(MyQualifications)).data!.myVolunteerProfile!.qualifications).toEqual([]);

    const title = cohort.title;
    expect(await inbox(emails[0]!)).toEqual([subject.admitted(title), subject.certified(title)].sort());
    expect(await inbox(emails[1]!)).toEqual([subject.admitted(title), subject.certified(title)].sort());
    expect(await inbox(emails[2]!)).toEqual([subject.admitted(title), subject.belowMinimum(title)].sort());
    expect(await mailText(emails[2]!, subject.belowMinimum(title))).toContain("Ihre Anwesenheit lag bei 50 %");
  });
});

describe("tenancy", () => {
  it("keeps another organisation's cohorts out of sight", async () => {
    const cohortId = await newCohort(5);
    const osna = await t.signIn("koordination@osnabrueck.example");
    expect((await osna.gql(Cohort, { id: cohortId })).data?.cohort).toBeNull();
  });
});

const ResetFeed = graphql(`mutation TestResetCalendarFeed { resetCalendarFeed { __typename ... on MutationResetCalendarFeedSuccess { data } } }`);
const FeedState = graphql(`query TestFeedState { myVolunteerProfile { calendarFeedActive } }`);
const HoursFromCourse = graphql(`query TestCourseHours { myHourLogs(first: 10) { edges { node { minutes status activityType { key } cohort { id } note } } } }`);

describe("calendar feed and course hours", () => {
  it("gives a volunteer a private feed address that a reset replaces", async () => {
    const [p] = await Promise.all((await createApprovedVolunteers(t.db.prisma, "oldenburg", "feed", 1)).map((e) => t.sessionFor(e)));
    expect((await p!.gql(FeedState)).data?.myVolunteerProfile?.calendarFeedActive).toBe(false);
    const first = (await p!.gql(ResetFeed)).data?.resetCalendarFeed as { data: string };
    const second = (await p!.gql(ResetFeed)).data?.resetCalendarFeed as { data: string };
    expect(first.data).toMatch(/^http:\/\/localhost:3000\/calendar\/feed\/[\w-]{20,}\.ics$/);
    expect(second.data).not.toBe(first.data);
    expect((await p!.gql(FeedState)).data?.myVolunteerProfile?.calendarFeedActive).toBe(true);
  });

  it("counts attended sessions as Kursbesuch hours, waiting for a coordinator's review, when the organisation turns that on", async () => {
    const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
    await t.db.prisma.organization.update({ where: { id: org.id }, data: { settings: { ...(org.settings as object), training: { countAttendanceAsHours: true } } } });
    try {
      const cohortId = await newCohort(2, { sessions: [[-30 * hour, 3 * hour]] });
      const [p] = await Promise.all((await createApprovedVolunteers(t.db.prisma, "oldenburg", "hrs", 1)).map((e) => t.sessionFor(e)));
      await p!.gql(Apply, { cohortId });
      const cohort = (await trainer.gql(Cohort, { id: cohortId })).data!.cohort!;
      const entry = { enrolmentId: cohort.enrolments[0]!.id };
      await trainer.gql(RecordAttendance, { sessionId: cohort.sessions[0]!.id, entries: [{ ...entry, status: "PRESENT" }] });
      expect((await p!.gql(HoursFromCourse)).data!.myHourLogs.edges.map((e) => e.node)).toMatchObject([{ minutes: 180, status: "PENDING", activityType: { key: "COURSE" }, cohort: { id: cohortId } }]);
      await trainer.gql(RecordAttendance, { sessionId: cohort.sessions[0]!.id, entries: [{ ...entry, status: "EXCUSED" }] });
      expect((await p!.gql(HoursFromCourse)).data!.myHourLogs.edges).toEqual([]);
      // Present again, then the session is removed: its hours go with it.
      await trainer.gql(RecordAttendance, { sessionId: cohort.sessions[0]!.id, entries: [{ ...entry, status: "PRESENT" }] });
      await trainer.gql(RemoveSession, { id: cohort.sessions[0]!.id });
      expect((await p!.gql(HoursFromCourse)).data!.myHourLogs.edges).toEqual([]);
    } finally {
      await t.db.prisma.organization.update({ where: { id: org.id }, data: { settings: org.settings as object } });
    }
  });

  it("keeps four eyes on attendance hours: a coordinator decides, a participant with the coordinator role never decides their own, a changed session goes back to review", async () => {
    const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
    await t.db.prisma.organization.update({ where: { id: org.id }, data: { settings: { ...(org.settings as object), training: { countAttendanceAsHours: true } } } });
    const Review = `mutation($ids: [ID!]!) { reviewHourLogs(ids: $ids, decision: APPROVE) { __typename ... on MutationReviewHourLogsSuccess { data { status } } ... on Error { code field } } }`;
    try {
      const cohortId = await newCohort(2, { sessions: [[-30 * hour, 3 * hour]] });
      const [email] = await createApprovedVolunteers(t.db.prisma, "oldenburg", "eyes", 1);
      // The participant also trains and coordinates in the organisation.
      const membership = await t.db.prisma.membership.findFirstOrThrow({ where: { user: { email: email! } } });
      await t.db.prisma.membershipRole.createMany({ data: [{ membershipId: membership.id, role: "TRAINER" }, { membershipId: membership.id, role: "COORDINATOR" }] });
      const p = await t.sessionFor(email!);
      await p.gql(Apply, { cohortId });
      const cohort = (await trainer.gql(Cohort, { id: cohortId })).data!.cohort!;
      await trainer.gql(RecordAttendance, { sessionId: cohort.sessions[0]!.id, entries: [{ enrolmentId: cohort.enrolments[0]!.id, status: "PRESENT" }] });
      const log = await t.db.prisma.hourLog.findFirstOrThrow({ where: { cohortSessionId: Buffer.from(cohort.sessions[0]!.id, "base64").toString().split(":")[1]!, volunteer: { user: { email: email! } } } });
      expect(log).toMatchObject({ status: "PENDING", reviewedById: null, minutes: 180 });
      const globalId = gid("HourLog", log.id);

      expect((await p.gql(Review, { ids: [globalId] })).data).toMatchObject({ reviewHourLogs: { code: "FORBIDDEN", field: "ids" } });
      expect((await t.db.prisma.hourLog.findUniqueOrThrow({ where: { id: log.id } })).status).toBe("PENDING");
      const coordinator = await t.signIn("koordination@oldenburg.example");
      expect((await coordinator.gql(Review, { ids: [globalId] })).data).toMatchObject({ reviewHourLogs: { data: [{ status: "APPROVED" }] } });

      // Taking the same attendance again leaves the decision alone.
      await trainer.gql(RecordAttendance, { sessionId: cohort.sessions[0]!.id, entries: [{ enrolmentId: cohort.enrolments[0]!.id, status: "PRESENT" }] });
      expect((await t.db.prisma.hourLog.findUniqueOrThrow({ where: { id: log.id } })).status).toBe("APPROVED");
      // A longer session after the approval: the new length is reviewed again.
      const s = cohort.sessions[0]!;
      await trainer.gql(UpdateSession, { id: s.id, input: { startsAt: iso(Date.now() - 30 * hour), endsAt: iso(Date.now() - 25 * hour), topic: "länger" } });
      expect(await t.db.prisma.hourLog.findUniqueOrThrow({ where: { id: log.id } })).toMatchObject({ minutes: 300, status: "PENDING", reviewedById: null });
    } finally {
      await t.db.prisma.organization.update({ where: { id: org.id }, data: { settings: org.settings as object } });
    }
  });
});

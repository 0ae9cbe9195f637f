// Course titles and descriptions per language (issue 10): a trainer enters the
// translations beside the German text; volunteers read the course in their
// language with German where one is missing, in the API and in their emails.
import { graphql } from "@lotse/schema/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { createApprovedVolunteers } from "../../testing/volunteers.ts";

const Trainers = graphql(`query TestTranslationTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }`);
const CreateCourse = graphql(`
  mutation TestCreateTranslatedCourse($input: CourseInput!) {
    createCourse(input: $input) {
      __typename
      ... on MutationCreateCourseSuccess { data { id version title titleTranslations { de en ar fa uk tr } descriptionTranslations { de ar } } }
      ... on Error { code field }
    }
  }
`);
const UpdateCourse = graphql(`
  mutation TestUpdateTranslatedCourse($id: ID!, $input: CourseInput!, $expectedVersion: String) {
    updateCourse(id: $id, input: $input, expectedVersion: $expectedVersion) {
      __typename
      ... on MutationUpdateCourseSuccess { data { version titleTranslations { de en ar fa uk tr } descriptionTranslations { de ar } } }
      ... on Error { code field }
    }
  }
`);
const CourseRead = graphql(`query TestCourseInLanguage($id: ID!) { node(id: $id) { ... on Course { title description } } }`);
const Courses = graphql(`query TestCoursesInLanguage { courses { title description } }`);
const CreateCohort = graphql(`
  mutation TestTranslatedCourseCohort($courseId: ID!, $input: CohortInput!) {
    createCohort(courseId: $courseId, input: $input) { __typename ... on MutationCreateCohortSuccess { data { id } } ... on Error { code field } }
  }
`);
const AddSession = graphql(`
  mutation TestTranslatedCourseSession($cohortId: ID!, $input: CohortSessionInput!) {
    addCohortSession(cohortId: $cohortId, input: $input) { __typename ... on Error { code field } }
  }
`);
const OpenEnrolment = graphql(`mutation TestTranslatedCourseOpen($id: ID!) { openEnrolment(id: $id) { __typename ... on Error { code } } }`);
const Apply = graphql(`
  mutation TestTranslatedCourseApply($cohortId: ID!) {
    applyToCohort(cohortId: $cohortId) { __typename ... on MutationApplyToCohortSuccess { data { status } } ... on Error { code field } }
  }
`);
const OpenCohorts = graphql(`query TestTranslatedCatalogue { cohorts(filter: { status: OPEN }) { edges { node { title course { title description } } } } }`);

const ARABIC_TITLE = "التأهيل الأساسي لمرشدي الاندماج";
const ARABIC_DESCRIPTION = "تأهيل للمتطوعين الذين يرافقون القادمين الجدد.";
const GERMAN = { title: "Basisqualifizierung Übersetzungstest", description: "Für Ehrenamtliche, die Zugewanderte begleiten." };

let t: TestApp;
let trainer: TestSession;
let trainerId: string;

/** A signed-in approved volunteer whose saved language is `locale` (User.locale), and their address. */
async function volunteerIn(locale: "AR" | "UK" | "DE", prefix: string) {
  const [email] = await createApprovedVolunteers(t.db.prisma, "oldenburg", prefix, 1);
  await t.db.prisma.user.update({ where: { email: email! }, data: { locale } });
  return { email: email!, session: await t.sessionFor(email!) };
}

async function createCourse(input: Record<string, unknown>) {
  const res = await trainer.gql(CreateCourse, { input: { ...GERMAN, teachingHours: 40, topics: ["Rolle"], ...input } as never });
  return res.data!.createCourse as { __typename: string; data?: { id: string; version: string; title: string; titleTranslations: Record<string, string | null>; descriptionTranslations: Record<string, string | null> }; code?: string; field?: string };
}

beforeAll(async () => {
  t = await createTestApp();
  trainer = await t.signIn("kurs@oldenburg.example");
  const admin = await t.signIn("admin@oldenburg.example");
  trainerId = (await admin.gql(Trainers)).data!.users.edges[0]!.node.id;
});
afterAll(async () => {
  await t?.close();
});

describe("course translations", () => {
  it("saves the translations a trainer enters, keeping only the languages filled in", async () => {
    const created = await createCourse({ titleTranslations: { ar: `  ${ARABIC_TITLE}  `, en: "", tr: null }, descriptionTranslations: { ar: ARABIC_DESCRIPTION } });
    expect(created.__typename).toBe("MutationCreateCourseSuccess");
    expect(created.data!.titleTranslations).toEqual({ de: GERMAN.title, en: null, ar: ARABIC_TITLE, fa: null, uk: null, tr: null });
    expect(created.data!.descriptionTranslations).toEqual({ de: GERMAN.description, ar: ARABIC_DESCRIPTION });
    const row = await t.db.prisma.course.findFirstOrThrow({ where: { title: GERMAN.title } });
    expect(row.titleTranslations).toEqual({ ar: ARABIC_TITLE });
  });

  it("answers in the reader's language, German where the course has no translation", async () => {
    const created = await createCourse({ titleTranslations: { ar: ARABIC_TITLE, en: "Basic training (translation test)" } });
    const id = created.data!.id;
    const arabic = await volunteerIn("AR", "tr-ar");
    const ukrainian = await volunteerIn("UK", "tr-uk");
    const german = await volunteerIn("DE", "tr-de");
    // Arabic title given, no Arabic description: the description falls back to German.
    expect((await arabic.session.gql(CourseRead, { id })).data!.node).toEqual({ title: ARABIC_TITLE, description: GERMAN.description });
    // Ukrainian: neither given, both German.
    expect((await ukrainian.session.gql(CourseRead, { id })).data!.node).toEqual(GERMAN);
    expect((await german.session.gql(CourseRead, { id })).data!.node).toEqual(GERMAN);
  });

  it("keeps the translations when an edit leaves them out, and drops a language sent empty", async () => {
    const created = await createCourse({ titleTranslations: { ar: ARABIC_TITLE, uk: "Базова кваліфікація" }, descriptionTranslations: { ar: ARABIC_DESCRIPTION } });
    const { id, version } = created.data!;
    const base = { ...GERMAN, title: "Basisqualifizierung geändert", teachingHours: 40, topics: ["Rolle"] };
    const kept = await trainer.gql(UpdateCourse, { id, input: base, expectedVersion: version });
    const keptData = (kept.data!.updateCourse as { data: { version: string; titleTranslations: Record<string, string | null>; descriptionTranslations: Record<string, string | null> } }).data;
    expect(keptData.titleTranslations).toMatchObject({ de: "Basisqualifizierung geändert", ar: ARABIC_TITLE, uk: "Базова кваліфікація" });
    expect(keptData.descriptionTranslations).toEqual({ de: GERMAN.description, ar: ARABIC_DESCRIPTION });
    const changed = await trainer.gql(UpdateCourse, { id, input: { ...base, titleTranslations: { ar: ARABIC_TITLE, uk: "" }, descriptionTranslations: {} }, expectedVersion: keptData.version });
    const changedData = (changed.data!.updateCourse as { data: { titleTranslations: Record<string, string | null>; descriptionTranslations: Record<string, string | null> } }).data;
    expect(changedData.titleTranslations).toEqual({ de: "Basisqualifizierung geändert", en: null, ar: ARABIC_TITLE, fa: null, uk: null, tr: null });
    expect(changedData.descriptionTranslations).toEqual({ de: GERMAN.description, ar: null });
  });

  it("bounds a translation as the German field", async () => {
    const before = await t.db.prisma.course.count();
    const tooLong = await createCourse({ titleTranslations: { fa: "x".repeat(201) } });
    expect({ code: tooLong.code, field: tooLong.field }).toMatchObject({ code: "VALIDATION" });
    expect(tooLong.field).toContain("titleTranslations");
    expect(await t.db.prisma.course.count()).toBe(before);
    expect((await createCourse({ titleTranslations: { fa: "x".repeat(200) } })).__typename).toBe("MutationCreateCourseSuccess");
  });

  it("mails a volunteer who reads Arabic the course's Arabic title", async () => {
    const created = await createCourse({ titleTranslations: { ar: ARABIC_TITLE } });
    const cohort = await trainer.gql(CreateCohort, {
      courseId: created.data!.id,
      input: { title: "Frühjahr Übersetzung", location: "Kulturzentrum PFL", capacity: 15, feeCents: 0, requiresInterview: false, trainerIds: [trainerId] },
    });
    const cohortId = (cohort.data!.createCohort as { data: { id: string } }).data.id;
    const startsAt = Date.now() + 30 * 86_400_000;
    await trainer.gql(AddSession, { cohortId, input: { startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 3 * 3_600_000).toISOString(), topic: "Rolle" } });
    expect((await trainer.gql(OpenEnrolment, { id: cohortId })).data!.openEnrolment).toMatchObject({ __typename: "MutationOpenEnrolmentSuccess" });
    const arabic = await volunteerIn("AR", "mail-ar");
    const german = await volunteerIn("DE", "mail-de");
    expect((await arabic.session.gql(Apply, { cohortId })).data!.applyToCohort).toMatchObject({ data: { status: "ADMITTED" } });
    expect((await german.session.gql(Apply, { cohortId })).data!.applyToCohort).toMatchObject({ data: { status: "ADMITTED" } });
    const [arabicMail] = await t.db.prisma.outboxMessage.findMany({ where: { toAddress: arabic.email } });
    expect(arabicMail!.textBody).toContain(`الدورة: ${ARABIC_TITLE}`);
    expect(arabicMail!.textBody).not.toContain(GERMAN.title);
    const [germanMail] = await t.db.prisma.outboxMessage.findMany({ where: { toAddress: german.email } });
    expect(germanMail!.textBody).toContain(`Kurs: ${GERMAN.title}`);
  });

  it("gives a volunteer the cohort's title, the sessions' topics and the course's topics in their language where they carry one; staff read the German", async () => {
    const created = await createCourse({ topics: ["Rolle", "Recht"] });
    const courseId = created.data!.id;
    const cohort = await trainer.gql(CreateCohort, {
      courseId,
      input: { title: "Herbstgruppe Übersetzung", location: "Kulturzentrum PFL", capacity: 15, feeCents: 0, requiresInterview: false, trainerIds: [trainerId] },
    });
    const cohortId = (cohort.data!.createCohort as { data: { id: string } }).data.id;
    const startsAt = Date.now() + 40 * 86_400_000;
    await trainer.gql(AddSession, { cohortId, input: { startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 3 * 3_600_000).toISOString(), topic: "Rolle und Aufgaben" } });
    expect((await trainer.gql(OpenEnrolment, { id: cohortId })).data!.openEnrolment).toMatchObject({ __typename: "MutationOpenEnrolmentSuccess" });
    // The translations as the data carries them (the columns of migration cohort_and_topic_translations).
    const uuid = (id: string) => Buffer.from(id, "base64").toString().split(":")[1]!;
    await t.db.prisma.course.update({ where: { id: uuid(courseId) }, data: { topicTranslations: { ar: ["الدور", "القانون"], uk: ["Роль"] } } });
    await t.db.prisma.cohort.update({ where: { id: uuid(cohortId) }, data: { titleTranslations: { ar: "مجموعة الخريف" } } });
    await t.db.prisma.cohortSession.updateMany({ where: { cohortId: uuid(cohortId) }, data: { topicTranslations: { ar: "الدور والمهام" } } });

    const read = `query TestCohortInLanguage($id: ID!) { node(id: $id) { ... on Cohort { title course { topics } sessions { topic } } } }`;
    type Read = { node: { title: string; course: { topics: string[] }; sessions: { topic: string }[] } };
    const arabic = await volunteerIn("AR", "cohort-ar");
    const ukrainian = await volunteerIn("UK", "cohort-uk");
    expect((await arabic.session.gql<Read, { id: string }>(read, { id: cohortId })).data!.node).toEqual({ title: "مجموعة الخريف", course: { topics: ["الدور", "القانون"] }, sessions: [{ topic: "الدور والمهام" }] });
    // Ukrainian: no title or topic given, and a topic list that does not match the German one: German.
    expect((await ukrainian.session.gql<Read, { id: string }>(read, { id: cohortId })).data!.node).toEqual({ title: "Herbstgruppe Übersetzung", course: { topics: ["Rolle", "Recht"] }, sessions: [{ topic: "Rolle und Aufgaben" }] });
    // The trainer edits the German: the page shows what was entered, whatever the trainer's language.
    await t.db.prisma.user.update({ where: { email: "kurs@oldenburg.example" }, data: { locale: "AR" } });
    try {
      const arabicTrainer = await t.sessionFor("kurs@oldenburg.example");
      expect((await arabicTrainer.gql<Read, { id: string }>(read, { id: cohortId })).data!.node).toEqual({ title: "Herbstgruppe Übersetzung", course: { topics: ["Rolle", "Recht"] }, sessions: [{ topic: "Rolle und Aufgaben" }] });
    } finally {
      await t.db.prisma.user.update({ where: { email: "kurs@oldenburg.example" }, data: { locale: "DE" } });
    }

    // The admission mail names the cohort in Arabic too.
    expect((await arabic.session.gql(Apply, { cohortId })).data!.applyToCohort).toMatchObject({ data: { status: "ADMITTED" } });
    const [mail] = await t.db.prisma.outboxMessage.findMany({ where: { toAddress: arabic.email } });
    expect(mail!.subject).toBe("Lotse: لديك مكان في دورة «مجموعة الخريف»");
  });

  it("names the demo course in every language: the catalogue in Arabic", async () => {
    const arabic = await volunteerIn("AR", "cat-ar");
    const titles = (await arabic.session.gql(OpenCohorts)).data!.cohorts.edges.map((e) => e.node.course.title);
    expect(titles).toContain("التأهيل الأساسي لمرشدات ومرشدي الاندماج");
    const courses = (await arabic.session.gql(Courses)).data!.courses;
    expect(courses.map((c) => c.description)).toContain("تأهيل للمتطوعين الذين يرافقون القادمين الجدد في حياتهم اليومية (بتمويل من ولاية سكسونيا السفلى).");
  });
});

// Course titles and descriptions per language (issue 10): a trainer enters the
// translations beside the German text; volunteers read the course in their
// language with German where one is missing, in the API and in their emails.
import { COHORT, SESSION } from "@lotse/domain/bounds";
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

// The cohort's title and the sessions' topics as a trainer enters them (issue 10): the
// cohort and session forms carry the same translation fields as the course form.
const CreateTranslatedCohort = graphql(`
  mutation TestCreateCohortWithTranslations($courseId: ID!, $input: CohortInput!) {
    createCohort(courseId: $courseId, input: $input) {
      __typename
      ... on MutationCreateCohortSuccess { data { id version title titleTranslations { de en ar fa uk tr } } }
      ... on Error { code field message }
      ... on ValidationError { issues { field message } }
    }
  }
`);
const UpdateTranslatedCohort = graphql(`
  mutation TestUpdateCohortWithTranslations($id: ID!, $input: CohortInput!, $expectedVersion: String) {
    updateCohort(id: $id, input: $input, expectedVersion: $expectedVersion) {
      __typename
      ... on MutationUpdateCohortSuccess { data { version titleTranslations { de en ar fa uk tr } } }
      ... on Error { code field message }
      ... on ValidationError { issues { field message } }
    }
  }
`);
const AddTranslatedSession = graphql(`
  mutation TestAddSessionWithTranslations($cohortId: ID!, $input: CohortSessionInput!) {
    addCohortSession(cohortId: $cohortId, input: $input) {
      __typename
      ... on MutationAddCohortSessionSuccess { data { id version sequence topic topicTranslations { de en ar fa uk tr } } }
      ... on Error { code field message }
      ... on ValidationError { issues { field message } }
    }
  }
`);
const UpdateTranslatedSession = graphql(`
  mutation TestUpdateSessionWithTranslations($id: ID!, $input: CohortSessionInput!, $expectedVersion: String) {
    updateCohortSession(id: $id, input: $input, expectedVersion: $expectedVersion) {
      __typename
      ... on MutationUpdateCohortSessionSuccess { data { version sequence topicTranslations { de en ar fa uk tr } } }
      ... on Error { code field message }
      ... on ValidationError { issues { field message } }
    }
  }
`);
const TrainerCohortRead = graphql(`
  query TestTrainerCohortTranslations($id: ID!) {
    cohort(id: $id) { title titleTranslations { de en ar fa uk tr } sessions { topic topicTranslations { de en ar fa uk tr } } }
  }
`);
const VolunteerCohortRead = graphql(`query TestVolunteerCohortTranslations($id: ID!) { cohort(id: $id) { title sessions { topic } } }`);

type Payload = { __typename: string; data?: Record<string, unknown> & { id?: string; version?: string }; code?: string; field?: string; message?: string; issues?: { field: string; message: string }[] };

describe("cohort title and session topic translations entered by the trainer", () => {
  const cohortBase = { title: "Sommergruppe Übersetzung", location: "Kulturzentrum PFL", capacity: 15, feeCents: 0, requiresInterview: false };
  const ARABIC_COHORT = "مجموعة الصيف";
  const ARABIC_TOPIC = "الهوية والدور";
  const UKRAINIAN_TOPIC = "Ідентичність і роль";
  const startsAt = Date.now() + 50 * 86_400_000;
  const sessionBase = { startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 3 * 3_600_000).toISOString(), topic: "Identität und Rolle" };

  async function newCohort(input: Record<string, unknown> = {}) {
    const course = await createCourse({});
    const res = await trainer.gql(CreateTranslatedCohort, { courseId: course.data!.id, input: { ...cohortBase, trainerIds: [trainerId], ...input } as never });
    return res.data!.createCohort as Payload;
  }

  it("saves them, gives them back for editing, and an Arabic-speaking volunteer reads them (German where a language has none)", async () => {
    const created = await newCohort({ titleTranslations: { ar: `  ${ARABIC_COHORT} `, en: "", tr: null } });
    expect(created.__typename).toBe("MutationCreateCohortSuccess");
    expect(created.data!.titleTranslations).toEqual({ de: cohortBase.title, en: null, ar: ARABIC_COHORT, fa: null, uk: null, tr: null });
    // Staff read the German they entered as the title.
    expect(created.data!.title).toBe(cohortBase.title);
    const cohortId = created.data!.id!;
    const added = (await trainer.gql(AddTranslatedSession, { cohortId, input: { ...sessionBase, topicTranslations: { ar: ARABIC_TOPIC } } })).data!.addCohortSession as Payload;
    expect(added.__typename).toBe("MutationAddCohortSessionSuccess");
    expect(added.data!.topicTranslations).toEqual({ de: sessionBase.topic, en: null, ar: ARABIC_TOPIC, fa: null, uk: null, tr: null });
    const sessionId = added.data!.id!;

    // An edit that leaves the translations out keeps them; one that sends them replaces them.
    const kept = (await trainer.gql(UpdateTranslatedCohort, { id: cohortId, input: { ...cohortBase, trainerIds: [trainerId], location: "Rathaus" }, expectedVersion: created.data!.version })).data!.updateCohort as Payload;
    expect(kept.data!.titleTranslations).toMatchObject({ de: cohortBase.title, ar: ARABIC_COHORT });
    const sessionEdit = (await trainer.gql(UpdateTranslatedSession, { id: sessionId, input: { ...sessionBase, topicTranslations: { ar: ARABIC_TOPIC, uk: UKRAINIAN_TOPIC } }, expectedVersion: added.data!.version })).data!.updateCohortSession as Payload;
    expect(sessionEdit.data!.topicTranslations).toEqual({ de: sessionBase.topic, en: null, ar: ARABIC_TOPIC, fa: null, uk: UKRAINIAN_TOPIC, tr: null });
    // The volunteers' calendars hold the topic in their language: a new translation changes the event.
    expect(sessionEdit.data!.sequence).toBe((added.data!.sequence as number) + 1);
    const unchanged = (await trainer.gql(UpdateTranslatedSession, { id: sessionId, input: { ...sessionBase, topicTranslations: { uk: UKRAINIAN_TOPIC, ar: ARABIC_TOPIC } }, expectedVersion: sessionEdit.data!.version })).data!.updateCohortSession as Payload;
    expect(unchanged.data!.sequence).toBe(sessionEdit.data!.sequence);

    // The trainer's page reads everything as entered.
    expect((await trainer.gql(TrainerCohortRead, { id: cohortId })).data!.cohort).toEqual({
      title: cohortBase.title,
      titleTranslations: { de: cohortBase.title, en: null, ar: ARABIC_COHORT, fa: null, uk: null, tr: null },
      sessions: [{ topic: sessionBase.topic, topicTranslations: { de: sessionBase.topic, en: null, ar: ARABIC_TOPIC, fa: null, uk: UKRAINIAN_TOPIC, tr: null } }],
    });

    expect((await trainer.gql(OpenEnrolment, { id: cohortId })).data!.openEnrolment).toMatchObject({ __typename: "MutationOpenEnrolmentSuccess" });
    const arabic = await volunteerIn("AR", "entered-ar");
    const ukrainian = await volunteerIn("UK", "entered-uk");
    const german = await volunteerIn("DE", "entered-de");
    expect((await arabic.session.gql(VolunteerCohortRead, { id: cohortId })).data!.cohort).toEqual({ title: ARABIC_COHORT, sessions: [{ topic: ARABIC_TOPIC }] });
    // Ukrainian: the topic has a translation, the title none (German).
    expect((await ukrainian.session.gql(VolunteerCohortRead, { id: cohortId })).data!.cohort).toEqual({ title: cohortBase.title, sessions: [{ topic: UKRAINIAN_TOPIC }] });
    expect((await german.session.gql(VolunteerCohortRead, { id: cohortId })).data!.cohort).toEqual({ title: cohortBase.title, sessions: [{ topic: sessionBase.topic }] });
  });

  it("refuses a translation longer than the German field allows, naming the field, and saves nothing", async () => {
    const before = await t.db.prisma.cohort.count();
    const tooLong = await newCohort({ titleTranslations: { ar: "م".repeat(COHORT.titleMax + 1) } });
    expect(tooLong).toMatchObject({ __typename: "ValidationError", code: "VALIDATION", field: "titleTranslations.ar" });
    expect(tooLong.issues).toEqual([{ field: "titleTranslations.ar", message: "Die Eingabe ist zu lang." }]);
    expect(await t.db.prisma.cohort.count()).toBe(before);

    const created = await newCohort({ titleTranslations: { ar: ARABIC_COHORT } });
    const cohortId = created.data!.id!;
    const added = (await trainer.gql(AddTranslatedSession, { cohortId, input: { ...sessionBase, topicTranslations: { ar: ARABIC_TOPIC } } })).data!.addCohortSession as Payload;
    const sessionsBefore = await t.db.prisma.cohortSession.count();
    const addTooLong = (await trainer.gql(AddTranslatedSession, { cohortId, input: { ...sessionBase, topicTranslations: { fa: "x".repeat(SESSION.topicMax + 1) } } })).data!.addCohortSession as Payload;
    expect(addTooLong).toMatchObject({ __typename: "ValidationError", field: "topicTranslations.fa" });
    expect(await t.db.prisma.cohortSession.count()).toBe(sessionsBefore);

    // An edit with a new German topic and a too long translation changes neither.
    const editTooLong = (await trainer.gql(UpdateTranslatedSession, {
      id: added.data!.id!,
      input: { ...sessionBase, topic: "Neues Thema", topicTranslations: { ar: "م".repeat(SESSION.topicMax + 1) } },
      expectedVersion: added.data!.version,
    })).data!.updateCohortSession as Payload;
    expect(editTooLong).toMatchObject({ __typename: "ValidationError", field: "topicTranslations.ar", message: "Bitte prüfen Sie die markierten Felder." });
    expect(editTooLong.issues).toEqual([{ field: "topicTranslations.ar", message: "Die Eingabe ist zu lang." }]);
    const cohortEditTooLong = (await trainer.gql(UpdateTranslatedCohort, {
      id: cohortId,
      input: { ...cohortBase, title: "Neuer Titel", trainerIds: [trainerId], titleTranslations: { en: "x".repeat(COHORT.titleMax + 1) } },
      expectedVersion: created.data!.version,
    })).data!.updateCohort as Payload;
    expect(cohortEditTooLong).toMatchObject({ __typename: "ValidationError", field: "titleTranslations.en" });
    expect((await trainer.gql(TrainerCohortRead, { id: cohortId })).data!.cohort).toEqual({
      title: cohortBase.title,
      titleTranslations: { de: cohortBase.title, en: null, ar: ARABIC_COHORT, fa: null, uk: null, tr: null },
      sessions: [{ topic: sessionBase.topic, topicTranslations: { de: sessionBase.topic, en: null, ar: ARABIC_TOPIC, fa: null, uk: null, tr: null } }],
    });
    // Exactly the German field's bound is fine.
    const atBound = (await trainer.gql(UpdateTranslatedSession, { id: added.data!.id!, input: { ...sessionBase, topicTranslations: { ar: "م".repeat(SESSION.topicMax) } }, expectedVersion: added.data!.version })).data!.updateCohortSession as Payload;
    expect(atBound.__typename).toBe("MutationUpdateCohortSessionSuccess");
  });
});

// The database keeps organisations apart on its own: references between
// organisation-owned rows are composite foreign keys on (organizationId, id),
// so even raw SQL, which bypasses the tenancy extension, cannot make a row of
// one organisation point to a row of another. Runs on PGlite and, with
// TEST_DATABASE_URL, on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/harness.ts";

let t: TestApp;
let oldenburg: string;
let osnabrueck: string;

beforeAll(async () => {
  t = await createTestApp();
  const orgs = await t.db.prisma.organization.findMany();
  oldenburg = orgs.find((o) => o.slug === "oldenburg")!.id;
  osnabrueck = orgs.find((o) => o.slug === "osnabrueck")!.id;
});
afterAll(async () => {
  await t?.close();
});

/** Runs one INSERT ... RETURNING "id" and gives the new id. */
async function insert(sql: string, ...values: unknown[]): Promise<string> {
  const rows = await t.db.prisma.$queryRawUnsafe<{ id: string }[]>(`${sql} RETURNING "id"::text AS id`, ...values);
  return rows[0]!.id;
}

const course = (org: string) =>
  insert(`INSERT INTO "Course" ("id", "organizationId", "title", "teachingHours", "topics", "updatedAt")
          VALUES (gen_random_uuid(), $1::uuid, 'Basisqualifizierung', 30, '{}', now())`, org);
const cohort = (org: string, courseId: string) =>
  insert(`INSERT INTO "Cohort" ("id", "organizationId", "courseId", "title", "capacity", "updatedAt")
          VALUES (gen_random_uuid(), $1::uuid, $2::uuid, 'Frühjahr', 15, now())`, org, courseId);
const cohortSession = (org: string, cohortId: string) =>
  insert(`INSERT INTO "CohortSession" ("id", "organizationId", "cohortId", "startsAt", "endsAt", "topic", "updatedAt")
          VALUES (gen_random_uuid(), $1::uuid, $2::uuid, now(), now() + interval '2 hours', 'Asylrecht', now())`, org, cohortId);
let made = 0;
/** Unique names, so the rows never collide with the demo data or each other. */
const unique = (name: string) => `${name} (tenant keys ${++made})`;
const district = (org: string) =>
  insert(`INSERT INTO "District" ("id", "organizationId", "name", "latitude", "longitude")
          VALUES (gen_random_uuid(), $1::uuid, $2, 53.14, 8.21)`, org, unique("Stadtteil"));
const activityType = (org: string) =>
  insert(`INSERT INTO "ActivityType" ("id", "organizationId", "key", "name") VALUES (gen_random_uuid(), $1::uuid, $2, 'Begleitung')`, org, unique("begleitung"));
async function volunteer(org: string, districtId: string | null = null): Promise<string> {
  const userId = await insert(`INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES (gen_random_uuid(), $1, 'Lea Lotsin', now())`, `${unique("lotsin")}@example.org`);
  return insert(`INSERT INTO "VolunteerProfile" ("id", "organizationId", "userId", "germanLevel", "consentVersion", "consentedAt", "districtId", "updatedAt")
          VALUES (gen_random_uuid(), $1::uuid, $2::uuid, 'C1', 1, now(), $3::uuid, now())`, org, userId, districtId);
}

/** The database's refusal of a foreign key: SQLSTATE 23503 (foreign_key_violation). */
async function expectForeignKeyRefusal(write: Promise<unknown>): Promise<void> {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the database accepted a reference into another organisation").not.toBeNull();
  expect(String(error)).toMatch(/\b23503\b/);
}

describe("composite tenant keys", () => {
  it("refuse a row that points to another organisation's row, in raw SQL", async () => {
    const osnaCourse = await course(osnabrueck);
    // The same insert with the organisation's own course passes: the refusal below is about the organisation.
    const ownCohort = await cohort(oldenburg, await course(oldenburg));
    await expectForeignKeyRefusal(cohort(oldenburg, osnaCourse));

    const osnaVolunteer = await volunteer(osnabrueck);
    await expectForeignKeyRefusal(
      insert(`INSERT INTO "Enrolment" ("id", "organizationId", "cohortId", "volunteerId", "status", "position")
              VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3::uuid, 'ADMITTED', 1)`, oldenburg, ownCohort, osnaVolunteer),
    );
    await expectForeignKeyRefusal(cohortSession(osnabrueck, ownCohort));
    await expectForeignKeyRefusal(volunteer(oldenburg, await district(osnabrueck)));
  });

  it("refuse pointing an existing row at another organisation's row", async () => {
    const profile = await volunteer(oldenburg);
    const hourLog = await insert(
      `INSERT INTO "HourLog" ("id", "organizationId", "volunteerId", "date", "minutes", "activityTypeId", "updatedAt")
       VALUES (gen_random_uuid(), $1::uuid, $2::uuid, current_date, 60, $3::uuid, now())`,
      oldenburg,
      profile,
      await activityType(oldenburg),
    );
    const foreignCohort = await cohort(osnabrueck, await course(osnabrueck));
    await expectForeignKeyRefusal(t.db.prisma.$executeRawUnsafe(`UPDATE "HourLog" SET "cohortId" = $1::uuid WHERE "id" = $2::uuid`, foreignCohort, hourLog));
    const foreignType = await activityType(osnabrueck);
    await expectForeignKeyRefusal(t.db.prisma.$executeRawUnsafe(`UPDATE "HourLog" SET "activityTypeId" = $1::uuid WHERE "id" = $2::uuid`, foreignType, hourLog));
    // Nor can the row itself change organisation under its references.
    await expectForeignKeyRefusal(t.db.prisma.$executeRawUnsafe(`UPDATE "HourLog" SET "organizationId" = $1::uuid WHERE "id" = $2::uuid`, osnabrueck, hourLog));
  });

  it("refuse a volunteer given another organisation's topic, in raw SQL", async () => {
    const profile = await volunteer(oldenburg);
    const topic = (org: string) =>
      insert(`INSERT INTO "Topic" ("id", "organizationId", "name") VALUES (gen_random_uuid(), $1::uuid, $2)`, org, unique("Wohnungssuche"));
    const link = (org: string, topicId: string) =>
      t.db.prisma.$executeRawUnsafe(`INSERT INTO "VolunteerTopic" ("organizationId", "volunteerId", "topicId") VALUES ($1::uuid, $2::uuid, $3::uuid)`, org, profile, topicId);
    // The organisation's own topic passes: the refusals below are about the organisation.
    await link(oldenburg, await topic(oldenburg));
    const foreignTopic = await topic(osnabrueck);
    await expectForeignKeyRefusal(link(oldenburg, foreignTopic));
    await expectForeignKeyRefusal(link(osnabrueck, foreignTopic));
  });

  it("deleting a row an optional reference points to clears only that reference", async () => {
    const districtId = await district(oldenburg);
    const profile = await volunteer(oldenburg, districtId);
    await t.db.prisma.$executeRawUnsafe(`DELETE FROM "District" WHERE "id" = $1::uuid`, districtId);
    const [row] = await t.db.prisma.$queryRawUnsafe<{ organizationId: string; districtId: string | null }[]>(
      `SELECT "organizationId"::text AS "organizationId", "districtId"::text AS "districtId" FROM "VolunteerProfile" WHERE "id" = $1::uuid`,
      profile,
    );
    expect(row).toEqual({ organizationId: oldenburg, districtId: null });
  });

  it("covers every foreign key between organisation-owned tables, and SET NULL never clears organizationId", async () => {
    // From the catalogue, so a new table or a migration written by hand is held to the same rule.
    const keys = await t.db.prisma.$queryRawUnsafe<{ name: string; columns: string[]; referenced: string[]; setNull: string[] | null }[]>(`
      SELECT c.conname::text AS name,
             ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
             ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS referenced,
             CASE WHEN c.confdeltype = 'n' THEN
               ARRAY(SELECT a.attname::text FROM unnest(coalesce(c.confdelsetcols, c.conkey)) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i)
             END AS "setNull"
        FROM pg_constraint c
       WHERE c.contype = 'f'
         AND c.connamespace = current_schema()::regnamespace
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attname = 'organizationId' AND NOT a.attisdropped)
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.confrelid AND a.attname = 'organizationId' AND NOT a.attisdropped)
       ORDER BY c.conname`);
    expect(keys.length).toBeGreaterThanOrEqual(18);
    const notComposite = keys.filter((k) => !(k.columns[0] === "organizationId" && k.referenced[0] === "organizationId" && k.columns.length === 2));
    expect(notComposite).toEqual([]);
    const clearingOrganization = keys.filter((k) => k.setNull?.includes("organizationId"));
    expect(clearingOrganization).toEqual([]);
    // A table without organizationId may hang below one organisation-owned row (a family's
    // members, a volunteer's languages): it cannot reach another organisation. One that
    // refers to two of them (a link table) could join rows of two organisations, so it
    // must carry organizationId and composite keys like any other.
    const links = await t.db.prisma.$queryRawUnsafe<{ table: string; owners: number }[]>(`
      SELECT c.conrelid::regclass::text AS "table", count(DISTINCT c.confrelid)::int AS owners
        FROM pg_constraint c
       WHERE c.contype = 'f'
         AND c.connamespace = current_schema()::regnamespace
         AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attname = 'organizationId' AND NOT a.attisdropped)
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.confrelid AND a.attname = 'organizationId' AND NOT a.attisdropped)
       GROUP BY c.conrelid
      HAVING count(DISTINCT c.confrelid) > 1`);
    expect(links).toEqual([]);
    expect(keys.filter((k) => k.setNull).map((k) => k.name)).toEqual([
      "AppointmentOutcome_organizationId_followUpAppointmentId_fkey",
      "Appointment_organizationId_placeDistrictId_fkey",
      "Child_organizationId_familyId_fkey",
      "Family_organizationId_districtId_fkey",
      "FundDisbursement_organizationId_familyId_fkey",
      "GoodsReservation_organizationId_familyId_fkey",
      "HourLog_organizationId_cohortId_fkey",
      "HourLog_organizationId_cohortSessionId_fkey",
      "HourLog_organizationId_tandemId_fkey",
      "InterpreterRequest_organizationId_interpreterId_fkey",
      "Qualification_organizationId_certificateId_fkey",
      "VolunteerProfile_organizationId_districtId_fkey",
    ]);
  });
});

import { graphql } from "@lotse/schema/testing";
import { demo, newPerson, signedInVolunteers, signIn } from "@lotse/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { itOnPostgres } from "../../testing/postgres-only.ts";
import { readSettings } from "./settings.ts";

const Settings = graphql(`query TestOrganizationSettings { organizationSettings { countAttendanceAsHours ehrenamtspauschale { year limitCents } } }`);
const UpdateSettings = graphql(`
  mutation TestUpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      __typename
      ... on MutationUpdateOrganizationSettingsSuccess { data { countAttendanceAsHours ehrenamtspauschale { year limitCents } } }
      ... on Error { code field message }
      ... on ValidationError { issues { field message } }
    }
  }
`);
const UpdateSettingsSeen = graphql(`
  mutation TestUpdateOrganizationSettingsSeen($input: UpdateOrganizationSettingsInput!, $seen: UpdateOrganizationSettingsInput) {
    updateOrganizationSettings(input: $input, seen: $seen) {
      __typename
      ... on MutationUpdateOrganizationSettingsSuccess { data { countAttendanceAsHours ehrenamtspauschale { year limitCents } } }
      ... on Error { code field message }
    }
  }
`);
const SwitchOrganization = graphql(`mutation TestSettingsSwitchOrganization($id: ID!) { switchOrganization(organizationId: $id) { __typename } }`);
const MyOrganizations = graphql(`query TestSettingsMyOrganizations { me { memberships { organization { id slug } } } }`);
const SettingsTrainers = graphql(`query TestSettingsTrainers { users(filter: { role: TRAINER }) { edges { node { id } } } }`);
const SettingsCreateCourse = graphql(`
  mutation TestSettingsCreateCourse($input: CourseInput!) {
    createCourse(input: $input) { __typename ... on MutationCreateCourseSuccess { data { id } } }
  }
`);
const SettingsCreateCohort = graphql(`
  mutation TestSettingsCreateCohort($courseId: ID!, $input: CohortInput!) {
    createCohort(courseId: $courseId, input: $input) { __typename ... on MutationCreateCohortSuccess { data { id } } }
  }
`);
const SettingsAddSession = graphql(`
  mutation TestSettingsAddSession($cohortId: ID!, $input: CohortSessionInput!) {
    addCohortSession(cohortId: $cohortId, input: $input) { __typename }
  }
`);
const SettingsOpenEnrolment = graphql(`mutation TestSettingsOpenEnrolment($id: ID!) { openEnrolment(id: $id) { __typename } }`);
const SettingsApply = graphql(`mutation TestSettingsApply($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename } }`);
const SettingsCohort = graphql(`query TestSettingsCohort($id: ID!) { cohort(id: $id) { sessions { id } enrolments { id } } }`);
const SettingsRecordAttendance = graphql(`
  mutation TestSettingsRecordAttendance($sessionId: ID!, $entries: [AttendanceEntryInput!]!) {
    recordAttendance(sessionId: $sessionId, entries: $entries) { __typename ... on Error { code field } }
  }
`);
const SettingsMyHours = graphql(`query TestSettingsMyHours { myHourLogs(first: 10) { edges { node { minutes status activityType { key } } } } }`);

const DEFAULTS = {
  countAttendanceAsHours: false,
  // The historic limits too, so earlier years can be recorded: 720 € from 2013, 840 € from 2021, 960 € from 2026.
  ehrenamtspauschale: [
    { year: 2013, limitCents: 72_000 },
    { year: 2021, limitCents: 84_000 },
    { year: 2026, limitCents: 96_000 },
  ],
};

let t: TestApp;
let admin: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn("admin@oldenburg.example");
});
afterAll(async () => {
  await t?.close();
});

const storedSettings = async (slug: string) => (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug } })).settings;

async function restoreDefaults() {
  const res = await admin.gql(UpdateSettings, { input: DEFAULTS });
  expect(res.data?.updateOrganizationSettings.__typename).toBe("MutationUpdateOrganizationSettingsSuccess");
}

describe("organisation settings", () => {
  it("shows an admin the defaults, saves a change and keeps every other setting as it was", async () => {
    expect((await admin.gql(Settings)).data?.organizationSettings).toEqual(DEFAULTS);
    const before = readSettings(await storedSettings("oldenburg"));

    const res = await admin.gql(UpdateSettings, {
      input: {
        countAttendanceAsHours: true,
        ehrenamtspauschale: [
          { year: 2027, limitCents: 100_000 },
          { year: 2025, limitCents: 84_000 },
          { year: 2026, limitCents: 96_000 },
        ],
      },
    });
    const saved = {
      countAttendanceAsHours: true,
      ehrenamtspauschale: [
        { year: 2025, limitCents: 84_000 },
        { year: 2026, limitCents: 96_000 },
        { year: 2027, limitCents: 100_000 },
      ],
    };
    expect(res.data?.updateOrganizationSettings).toEqual({ __typename: "MutationUpdateOrganizationSettingsSuccess", data: saved });
    expect((await admin.gql(Settings)).data?.organizationSettings).toEqual(saved);

    const after = readSettings(await storedSettings("oldenburg"));
    expect(after).toEqual({
      ...before,
      training: { ...before.training, countAttendanceAsHours: true },
      volunteers: { ...before.volunteers, ehrenamtspauschaleCents: { "2025": 84_000, "2026": 96_000, "2027": 100_000 } },
    });

    const entry = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: "organization.settingsUpdated" }, orderBy: { id: "desc" } });
    expect(entry.changes).toMatchObject({ countAttendanceAsHours: { from: false, to: true } });
    await restoreDefaults();
  });

  it("changes only what is given: a later save of the limits leaves the hours setting alone", async () => {
    await admin.gql(UpdateSettings, { input: { countAttendanceAsHours: true } });
    const res = await admin.gql(UpdateSettings, { input: { ehrenamtspauschale: [{ year: 2026, limitCents: 96_000 }] } });
    expect(res.data?.updateOrganizationSettings).toMatchObject({
      data: { countAttendanceAsHours: true, ehrenamtspauschale: [{ year: 2026, limitCents: 96_000 }] },
    });
    await restoreDefaults();
  });

  itOnPostgres("keeps both changes when two admins save at the same time", async () => {
    const other = await t.signIn("admin@oldenburg.example");
    for (let round = 0; round < 3; round++) {
      await Promise.all([
        admin.gql(UpdateSettings, { input: { countAttendanceAsHours: true } }),
        other.gql(UpdateSettings, { input: { ehrenamtspauschale: [{ year: 2026, limitCents: 96_000 + round }] } }),
      ]);
      expect((await admin.gql(Settings)).data?.organizationSettings).toEqual({
        countAttendanceAsHours: true,
        ehrenamtspauschale: [{ year: 2026, limitCents: 96_000 + round }],
      });
      await restoreDefaults();
    }
  });

  it("writes and audits nothing for a save that changes nothing", async () => {
    const audits = await t.db.prisma.auditLog.count({ where: { action: "organization.settingsUpdated" } });
    const before = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
    const res = await admin.gql(UpdateSettingsSeen, { input: DEFAULTS, seen: DEFAULTS });
    expect(res.data?.updateOrganizationSettings).toEqual({ __typename: "MutationUpdateOrganizationSettingsSuccess", data: DEFAULTS });
    expect(await t.db.prisma.auditLog.count({ where: { action: "organization.settingsUpdated" } })).toBe(audits);
    expect((await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).updatedAt).toEqual(before.updatedAt);
  });

  it("refuses a save over a value someone else saved since the page was loaded, and keeps theirs", async () => {
    // Another admin set the hours switch after this page showed it off.
    expect((await admin.gql(UpdateSettings, { input: { countAttendanceAsHours: true } })).data?.updateOrganizationSettings.__typename).toBe("MutationUpdateOrganizationSettingsSuccess");
    const audits = await t.db.prisma.auditLog.count({ where: { action: "organization.settingsUpdated" } });
    const stale = await admin.gql(UpdateSettingsSeen, { input: { countAttendanceAsHours: false, ehrenamtspauschale: [{ year: 2026, limitCents: 1 }] }, seen: DEFAULTS });
    expect(stale.data?.updateOrganizationSettings).toEqual({
      __typename: "DomainError",
      code: "CONFLICT",
      field: null,
      message: "Jemand anderes hat dies inzwischen geändert. Bitte laden Sie die Seite neu und prüfen Sie Ihre Änderung.",
    });
    expect((await admin.gql(Settings)).data?.organizationSettings).toEqual({ ...DEFAULTS, countAttendanceAsHours: true });
    expect(await t.db.prisma.auditLog.count({ where: { action: "organization.settingsUpdated" } })).toBe(audits);
    // A save that shows what is stored now goes through.
    const fresh = await admin.gql(UpdateSettingsSeen, { input: { countAttendanceAsHours: false }, seen: { countAttendanceAsHours: true } });
    expect(fresh.data?.updateOrganizationSettings.__typename).toBe("MutationUpdateOrganizationSettingsSuccess");
    await restoreDefaults();
  });

  itOnPostgres("of two admins saving the same setting at once from the same page, saves one, tells the other it changed meanwhile, and audits once", async () => {
    const other = await t.signIn("admin@oldenburg.example");
    for (let round = 0; round < 4; round++) {
      const audits = await t.db.prisma.auditLog.count({ where: { action: "organization.settingsUpdated" } });
      const seen = { ehrenamtspauschale: DEFAULTS.ehrenamtspauschale };
      const mine = [{ year: 2026, limitCents: 90_000 + round }];
      const theirs = [{ year: 2026, limitCents: 80_000 + round }];
      const answers = (
        await Promise.all([admin.gql(UpdateSettingsSeen, { input: { ehrenamtspauschale: mine }, seen }), other.gql(UpdateSettingsSeen, { input: { ehrenamtspauschale: theirs }, seen })])
      ).map((r) => r.data!.updateOrganizationSettings);
      const won = answers.filter((a) => a.__typename === "MutationUpdateOrganizationSettingsSuccess") as { data: { ehrenamtspauschale: unknown } }[];
      expect(won, `round ${round}`).toHaveLength(1);
      expect(answers.find((a) => a.__typename !== "MutationUpdateOrganizationSettingsSuccess"), `round ${round}`).toMatchObject({ __typename: "DomainError", code: "CONFLICT" });
      // The stored value is the winner's, whole; one audit entry.
      expect((await admin.gql(Settings)).data?.organizationSettings.ehrenamtspauschale).toEqual(won[0]!.data.ehrenamtspauschale);
      expect(await t.db.prisma.auditLog.count({ where: { action: "organization.settingsUpdated" } })).toBe(audits + 1);
      await restoreDefaults();
    }
  });

  it("lets a coordinator read but not save, and keeps volunteers and visitors out", async () => {
    const coordinator = await t.signIn("koordination@oldenburg.example");
    expect((await coordinator.gql(Settings)).data?.organizationSettings).toEqual(DEFAULTS);
    const save = await coordinator.gql(UpdateSettings, { input: { countAttendanceAsHours: true } });
    expect(save.data).toBeNull();
    expect(save.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const volunteer = await t.signIn("lotse@oldenburg.example");
    const read = await volunteer.gql(Settings);
    expect(read.data).toBeNull();
    expect(read.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const trainer = await t.signIn("kurs@oldenburg.example");
    expect((await trainer.gql(Settings)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await t.anonymous.gql(Settings)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    expect((await admin.gql(Settings)).data?.organizationSettings).toEqual(DEFAULTS);
  });

  it("refuses bad input, naming the entry at fault, and changes nothing", async () => {
    const stored = await storedSettings("oldenburg");
    const audits = await t.db.prisma.auditLog.count({ where: { action: "organization.settingsUpdated" } });
    const cases: [unknown[], string, string][] = [
      [[{ year: 1999, limitCents: 84_000 }], "ValidationError", "ehrenamtspauschale.0.year"],
      [[{ year: 2025, limitCents: 84_000 }, { year: 2101, limitCents: 84_000 }], "ValidationError", "ehrenamtspauschale.1.year"],
      [[{ year: 2025, limitCents: -1 }], "ValidationError", "ehrenamtspauschale.0.limitCents"],
      [[{ year: 2025, limitCents: 1_000_001 }], "ValidationError", "ehrenamtspauschale.0.limitCents"],
      [[{ year: 2025, limitCents: 84_000 }, { year: 2026, limitCents: 1 }, { year: 2025, limitCents: 2 }], "DomainError", "ehrenamtspauschale.2.year"],
      [[], "DomainError", "ehrenamtspauschale"],
    ];
    for (const [ehrenamtspauschale, typename, field] of cases) {
      const res = await admin.gql(UpdateSettings, { input: { countAttendanceAsHours: true, ehrenamtspauschale } as never });
      expect(res.data?.updateOrganizationSettings, JSON.stringify(ehrenamtspauschale)).toMatchObject({ __typename: typename, code: "VALIDATION", field });
    }
    const duplicate = await admin.gql(UpdateSettings, {
      input: { ehrenamtspauschale: [{ year: 2026, limitCents: 1 }, { year: 2026, limitCents: 2 }] },
    });
    expect(duplicate.data?.updateOrganizationSettings).toMatchObject({ message: "Für 2026 ist bereits ein Betrag eingetragen. Jedes Jahr bitte nur einmal." });
    // The limits are the edges of what is allowed.
    const edges = await admin.gql(UpdateSettings, {
      input: { ehrenamtspauschale: [{ year: 2000, limitCents: 0 }, { year: 2100, limitCents: 1_000_000 }] },
    });
    expect(edges.data?.updateOrganizationSettings.__typename).toBe("MutationUpdateOrganizationSettingsSuccess");
    await restoreDefaults();
    // Nothing of the refused saves arrived; the two accepted ones were audited.
    expect(readSettings(await storedSettings("oldenburg"))).toEqual(readSettings(stored));
    expect(await t.db.prisma.auditLog.count({ where: { action: "organization.settingsUpdated" } })).toBe(audits + 2);
  });

  it("changes only the admin's current organisation", async () => {
    const osnabrueckBefore = await storedSettings("osnabrueck");
    await admin.gql(UpdateSettings, { input: { countAttendanceAsHours: true, ehrenamtspauschale: [{ year: 2026, limitCents: 50_000 }] } });
    expect(await storedSettings("osnabrueck")).toEqual(osnabrueckBefore);
    const osna = await t.signIn("koordination@osnabrueck.example");
    expect((await osna.gql(Settings)).data?.organizationSettings).toEqual(DEFAULTS);

    // The same admin, switched to Osnabrück, sees and changes Osnabrück's settings only.
    const both = await t.signIn("admin@oldenburg.example");
    const memberships = (await both.gql(MyOrganizations)).data!.me!.memberships;
    const osnabrueckId = memberships.find((m) => m.organization.slug === "osnabrueck")!.organization.id;
    await both.gql(SwitchOrganization, { id: osnabrueckId });
    expect((await both.gql(Settings)).data?.organizationSettings).toEqual(DEFAULTS);
    await both.gql(UpdateSettings, { input: { ehrenamtspauschale: [{ year: 2026, limitCents: 70_000 }] } });
    expect((await admin.gql(Settings)).data?.organizationSettings.ehrenamtspauschale).toEqual([{ year: 2026, limitCents: 50_000 }]);
    await both.gql(UpdateSettings, { input: DEFAULTS });
    expect(readSettings(await storedSettings("osnabrueck"))).toEqual(readSettings(osnabrueckBefore));
    await restoreDefaults();
  });
});

describe("counting course attendance as hours", () => {
  const hour = 3_600_000;
  const iso = (ms: number) => new Date(ms).toISOString();

  it("once the admin turns it on, attendance recorded becomes a Kursbesuch hour log for the coordinators to review", async () => {
    const trainer = await t.signIn("kurs@oldenburg.example");
    const trainerId = (await admin.gql(SettingsTrainers)).data!.users.edges[0]!.node.id;
    const course = await trainer.gql(SettingsCreateCourse, {
      input: { title: "Basisqualifizierung", teachingHours: 40, topics: ["Rolle"], qualificationName: "Integrationslotse/-lotsin", qualificationValidityYears: 3 },
    });
    const courseId = (course.data?.createCourse as { data: { id: string } }).data.id;

    /** A cohort with one three-hour session that ended yesterday, and one volunteer admitted to it. */
    async function attendedSession(prefix: string) {
      const cohort = await trainer.gql(SettingsCreateCohort, {
        courseId,
        input: { title: `Kurs ${prefix}`, capacity: 5, confirmUnusualCapacity: true, feeCents: 0, requiresInterview: false, trainerIds: [trainerId] },
      });
      const cohortId = (cohort.data?.createCohort as { data: { id: string } }).data.id;
      await trainer.gql(SettingsAddSession, { cohortId, input: { startsAt: iso(Date.now() - 30 * hour), endsAt: iso(Date.now() - 27 * hour), topic: "Rolle", room: "Raum 2" } });
      await trainer.gql(SettingsOpenEnrolment, { id: cohortId });
      const [volunteer] = (await signedInVolunteers(t.lotse, await signIn(t.lotse, demo.coordinator), [newPerson(prefix)])).map((s) => t.as(s));
      await volunteer!.gql(SettingsApply, { cohortId });
      const { sessions, enrolments } = (await trainer.gql(SettingsCohort, { id: cohortId })).data!.cohort!;
      const recorded = await trainer.gql(SettingsRecordAttendance, { sessionId: sessions[0]!.id, entries: [{ enrolmentId: enrolments[0]!.id, status: "PRESENT" }] });
      expect(recorded.data?.recordAttendance.__typename).toBe("MutationRecordAttendanceSuccess");
      return (await volunteer!.gql(SettingsMyHours)).data!.myHourLogs.edges.map((e) => e.node);
    }

    // Off (the default): attendance is only attendance.
    expect(await attendedSession("settings-off")).toEqual([]);

    const on = await admin.gql(UpdateSettings, { input: { countAttendanceAsHours: true } });
    expect(on.data?.updateOrganizationSettings).toMatchObject({ data: { countAttendanceAsHours: true } });
    try {
      expect(await attendedSession("settings-on")).toEqual([{ minutes: 180, status: "PENDING", activityType: { key: "COURSE" } }]);
    } finally {
      await restoreDefaults();
    }
  });
});

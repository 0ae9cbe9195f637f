// The tenancy extension is the one place organisations are kept apart; these
// tests hold it to that for reads, writes and creates.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/harness.ts";
import { organizationOwnedModels, scopeToOrganization, TenancyViolation } from "./tenancy.ts";

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

describe("tenancy", () => {
  it("treats every model with an organizationId column as organisation-owned", () => {
    expect([...organizationOwnedModels].sort()).toEqual([
      "ActivityType",
      "AllowanceDeclaration",
      "AllowancePayment",
      "Appointment",
      "AppointmentCalendarFeed",
      "AppointmentOutcome",
      "Attendance",
      "AuditChain",
      "AuditLog",
      "AvailabilityException",
      "AvailabilityRule",
      "Certificate",
      "Child",
      "ChildGuardian",
      "Cohort",
      "CohortSession",
      "ConductCertificate",
      "ConsentText",
      "Course",
      "District",
      "Donation",
      "DonationReceipt",
      "DonationReceiptLine",
      "Donor",
      "Enrolment",
      "Family",
      "FamilyNeed",
      "Fund",
      "FundDisbursement",
      "GoodsCategory",
      "GoodsItem",
      "GoodsMovement",
      "GoodsReservation",
      "HourLog",
      "HourMonthTotal",
      "HourVolunteerYear",
      "InterpreterPledge",
      "InterpreterRequest",
      "Job",
      "MatchingSettings",
      "Membership",
      "Nachweis",
      "Notification",
      "OrganizationCounter",
      "OutboxMessage",
      "Qualification",
      "ReceiptBatch",
      "RetentionRun",
      "Tandem",
      "TandemAlertDigest",
      "TandemContact",
      "TandemEvent",
      "Topic",
      "VolunteerProfile",
      "VolunteerTopic",
    ]);
  });

  it("a user of one organisation never sees the other's rows", async () => {
    const osna = scopeToOrganization(t.db.prisma, osnabrueck);
    const members = await osna.membership.findMany({ include: { user: true } });
    expect(members.map((m) => m.user.email).sort()).toEqual(["admin@oldenburg.example", "koordination@osnabrueck.example"]);
    expect(members.every((m) => m.organizationId === osnabrueck)).toBe(true);
    // Even asking for the other organisation by name returns nothing.
    expect(await osna.membership.count({ where: { organizationId: oldenburg } })).toBe(0);
    const foreign = await t.db.prisma.membership.findFirstOrThrow({ where: { organizationId: oldenburg } });
    expect(await osna.membership.findUnique({ where: { id: foreign.id } })).toBeNull();
  });

  it("cannot update or delete another organisation's rows", async () => {
    const osna = scopeToOrganization(t.db.prisma, osnabrueck);
    const foreign = await t.db.prisma.membership.findFirstOrThrow({ where: { organizationId: oldenburg } });
    await expect(osna.membership.update({ where: { id: foreign.id }, data: { active: false } })).rejects.toThrow();
    expect((await osna.membership.updateMany({ data: { active: true } })).count).toBe(2);
    expect((await osna.membership.deleteMany({ where: { id: foreign.id } })).count).toBe(0);
    expect(await t.db.prisma.membership.findUnique({ where: { id: foreign.id } })).not.toBeNull();
  });

  it("creates rows in the caller's organisation whatever the input says", async () => {
    const osna = scopeToOrganization(t.db.prisma, osnabrueck);
    const row = await osna.auditLog.create({
      // @ts-expect-error the scoped client's types leave organizationId out; an untyped caller naming one is overruled
      data: { organizationId: oldenburg, action: "test", entityType: "Test", entityId: "1" },
    });
    expect(row.organizationId).toBe(osnabrueck);
    // @ts-expect-error without a cast the compiler checks the required fields again (entityId is missing)
    await expect(osna.auditLog.create({ data: { action: "test", entityType: "Test" } })).rejects.toThrow();
  });

  it("creates in the caller's organisation from checked inputs (relations connected by object) too", async () => {
    const osna = scopeToOrganization(t.db.prisma, osnabrueck);
    const course = await osna.course.create({ data: { title: "Basisqualifizierung", teachingHours: 30 } });
    expect(course.organizationId).toBe(osnabrueck);
    const cohort = await osna.cohort.create({ data: { course: { connect: { id: course.id } }, title: "Herbst", capacity: 12 } });
    expect(cohort).toMatchObject({ organizationId: osnabrueck, courseId: course.id });
    const [many] = await osna.course.createManyAndReturn({ data: [{ title: "Aufbaukurs", teachingHours: 12 }] });
    expect(many!.organizationId).toBe(osnabrueck);

    // Connecting another organisation's row fails, whichever way the input is written.
    const foreignCourse = await scopeToOrganization(t.db.prisma, oldenburg).course.create({ data: { title: "Fremd", teachingHours: 1 } });
    await expect(osna.cohort.create({ data: { course: { connect: { id: foreignCourse.id } }, title: "x", capacity: 1 } })).rejects.toThrow();
    await expect(osna.cohort.create({ data: { courseId: foreignCourse.id, title: "x", capacity: 1 } })).rejects.toThrow();
    expect(await t.db.prisma.cohort.count({ where: { title: "x" } })).toBe(0);
  });

  it("refuses to move a row to another organisation", async () => {
    const osna = scopeToOrganization(t.db.prisma, osnabrueck);
    const own = await osna.membership.findFirstOrThrow();
    await expect(osna.membership.update({ where: { id: own.id }, data: { organizationId: oldenburg } })).rejects.toThrow(TenancyViolation);
  });
});

// The hour totals the organisation's summary and the review queue's count read
// (HourMonthTotal with minutes and entries, HourVolunteerYear) are kept by triggers on HourLog. After every kind of
// write (single and bulk insert, edits of minutes, date, activity and status,
// rejection, deletion, deleting a volunteer with their entries) they must
// equal the totals computed from the entries themselves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/harness.ts";
import { createApprovedVolunteers } from "../../testing/volunteers.ts";

interface Total {
  key: string;
  minutes: number;
  entries?: number;
}

describe("hour totals kept by the database", () => {
  let t: TestApp;
  let organizationId: string;
  let volunteerIds: string[];
  let activityIds: string[];

  beforeAll(async () => {
    t = await createTestApp();
    const prisma = t.db.prisma;
    organizationId = (await prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
    const emails = await createApprovedVolunteers(prisma, "oldenburg", "totals", 3);
    volunteerIds = (await prisma.volunteerProfile.findMany({ where: { user: { email: { in: emails } } }, orderBy: { createdAt: "asc" } })).map((p) => p.id);
    activityIds = (await prisma.activityType.findMany({ where: { organizationId }, orderBy: { sortOrder: "asc" }, take: 2 })).map((a) => a.id);
  });
  afterAll(() => t?.close());

  /** The totals as the triggers keep them, without rows at 0. */
  async function kept(): Promise<{ months: Total[]; years: Total[] }> {
    const months = await t.db.prisma.$queryRaw<Total[]>`
      SELECT "organizationId" || ' ' || to_char("month", 'YYYY-MM') || ' ' || "activityTypeId" || ' ' || "status" AS key, "minutes", "entries"
        FROM "HourMonthTotal" WHERE "minutes" <> 0 OR "entries" <> 0 ORDER BY 1`;
    const years = await t.db.prisma.$queryRaw<Total[]>`
      SELECT "organizationId" || ' ' || "year" || ' ' || "volunteerId" AS key, "minutes"
        FROM "HourVolunteerYear" WHERE "minutes" <> 0 ORDER BY 1`;
    return { months, years };
  }

  /** The same totals computed from every entry. */
  async function computed(): Promise<{ months: Total[]; years: Total[] }> {
    const months = await t.db.prisma.$queryRaw<Total[]>`
      SELECT "organizationId" || ' ' || to_char("date", 'YYYY-MM') || ' ' || "activityTypeId" || ' ' || "status" AS key, SUM("minutes")::int AS "minutes", COUNT(*)::int AS "entries"
        FROM "HourLog" WHERE "status" <> 'REJECTED' GROUP BY 1 ORDER BY 1`;
    const years = await t.db.prisma.$queryRaw<Total[]>`
      SELECT "organizationId" || ' ' || EXTRACT(YEAR FROM "date")::int || ' ' || "volunteerId" AS key, SUM("minutes")::int AS "minutes"
        FROM "HourLog" WHERE "status" <> 'REJECTED' GROUP BY 1 ORDER BY 1`;
    return { months, years };
  }

  const expectInStep = async () => expect(await kept()).toEqual(await computed());

  it("match the entries after inserts, edits, reviews and deletions, single and in bulk", async () => {
    const prisma = t.db.prisma;
    const [a, b, c] = volunteerIds as [string, string, string];
    const [first, second] = activityIds as [string, string];
    const entry = (volunteerId: string, date: string, minutes: number, activityTypeId = first) => ({
      organizationId,
      volunteerId,
      date: new Date(`${date}T00:00:00Z`),
      minutes,
      activityTypeId,
    });
    await expectInStep(); // the demo data, counted by the migration

    const one = await prisma.hourLog.create({ data: entry(a, "2025-12-31", 60) });
    await expectInStep();
    await prisma.hourLog.createMany({
      data: [entry(a, "2026-01-02", 30), entry(b, "2026-01-02", 45, second), entry(c, "2026-02-10", 90), entry(b, "2026-02-11", 15)],
    });
    await expectInStep();

    await prisma.hourLog.update({ where: { id: one.id }, data: { minutes: 120 } });
    await prisma.hourLog.update({ where: { id: one.id }, data: { date: new Date("2026-03-01T00:00:00Z") } }); // into another month and year
    await prisma.hourLog.update({ where: { id: one.id }, data: { activityTypeId: second, note: "changed" } });
    await expectInStep();

    await prisma.hourLog.updateMany({ where: { volunteerId: { in: [a, b] } }, data: { status: "APPROVED" } });
    await expectInStep();
    await prisma.hourLog.updateMany({ where: { volunteerId: b }, data: { status: "REJECTED", reviewReason: "not ours" } });
    await expectInStep();
    await prisma.hourLog.updateMany({ where: { volunteerId: b }, data: { note: "only a note" } });
    await expectInStep();

    await prisma.hourLog.delete({ where: { id: one.id } });
    await prisma.hourLog.deleteMany({ where: { volunteerId: c } });
    await expectInStep();

    // Deleting a volunteer takes their entries along (cascade), and their totals with them.
    await prisma.hourLog.create({ data: entry(a, "2026-04-01", 200) });
    await prisma.volunteerProfile.delete({ where: { id: a } });
    await expectInStep();
  });
});

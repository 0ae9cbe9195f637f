// The audit entry commits or rolls back with the change it records. Here the
// database refuses the transaction right after the audit row was written (an
// extension fails every audit insert once it has run): the change must be
// gone too, and no audit row may remain. The same calls without the failure
// write both, so the test would notice an audit written on its own.
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scopedClientFor, type ScopedDb } from "../../db/tenancy.ts";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp } from "../../testing/harness.ts";
import { sessionSettings } from "../identity/auth.service.ts";
import { createSession, viewerOfSession, type Viewer } from "../identity/sessions.ts";
import { buildServiceCtx, type ServiceCtx } from "../service-context.ts";
import { createCourse } from "../training/cohorts.service.ts";
import { deleteHourLog, logHours } from "../volunteers/hours.service.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function viewerFor(email: string): Promise<Viewer> {
  const prisma = t.db.prisma;
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  const membership = await prisma.membership.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
  const { session } = await createSession(prisma, user.id, membership.organizationId, sessionSettings(t.config));
  return viewerOfSession(prisma, session.id);
}

/** A ServiceCtx for `email`; with `failAfterAudit`, every audit insert runs and then fails its transaction. */
async function ctxFor(email: string, failAfterAudit: boolean): Promise<ServiceCtx> {
  const viewer = await viewerFor(email);
  const ctx = buildServiceCtx({ config: t.config, logger: createLogger("silent"), prisma: t.db.prisma }, viewer, "de");
  if (!failAfterAudit) return ctx;
  const failing = scopedClientFor(t.db.prisma, viewer.organizationId).$extends({
    query: {
      auditLog: {
        async create({ args, query }) {
          await query(args);
          throw new Error("forced failure after the audit entry was written");
        },
      },
    },
  });
  // The same scoped client with one more extension; its type differs only in that extension.
  return { ...ctx, db: failing as unknown as ScopedDb };
}

const auditRows = (action: string, entityId?: string) => t.db.prisma.auditLog.count({ where: { action, ...(entityId ? { entityId } : {}) } });

describe("audit entries and their changes", () => {
  it("leaves neither the new hour log nor its audit row when the transaction fails after the audit", async () => {
    const volunteer = await ctxFor("lotse@oldenburg.example", true);
    const activity = await volunteer.db.activityType.findFirstOrThrow({ orderBy: { sortOrder: "asc" } });
    const date = formatIsoDate(addDays(parseIsoDate(berlinToday()), -3));
    const logsBefore = await t.db.prisma.hourLog.count();
    await expect(logHours(volunteer, { date, minutes: 45, activityTypeId: activity.id, note: "failing" })).rejects.toThrow(/forced failure/);
    expect(await t.db.prisma.hourLog.count()).toBe(logsBefore);
    expect(await auditRows("hours.logged")).toBe(0);

    // Without the failure the same call writes the log and its one audit row.
    const log = await logHours(await ctxFor("lotse@oldenburg.example", false), { date, minutes: 45, activityTypeId: activity.id, note: "works" });
    expect(await auditRows("hours.logged", log.id)).toBe(1);
  });

  it("keeps an hour log whose deletion failed after its audit row, and keeps no audit row", async () => {
    const ok = await ctxFor("lotse@oldenburg.example", false);
    const activity = await ok.db.activityType.findFirstOrThrow({ orderBy: { sortOrder: "asc" } });
    const log = await logHours(ok, { date: formatIsoDate(addDays(parseIsoDate(berlinToday()), -4)), minutes: 30, activityTypeId: activity.id });

    await expect(deleteHourLog(await ctxFor("lotse@oldenburg.example", true), { id: log.id })).rejects.toThrow(/forced failure/);
    expect(await t.db.prisma.hourLog.count({ where: { id: log.id } })).toBe(1);
    expect(await auditRows("hours.deleted", log.id)).toBe(0);

    await deleteHourLog(ok, { id: log.id });
    expect(await t.db.prisma.hourLog.count({ where: { id: log.id } })).toBe(0);
    expect(await auditRows("hours.deleted", log.id)).toBe(1);
  });

  it("creates no course and no audit row when the transaction fails after the audit", async () => {
    const trainer = await ctxFor("kurs@oldenburg.example", true);
    const input = { title: "Rollback-Kurs", teachingHours: 8, topics: ["Eins"] };
    await expect(createCourse(trainer, input)).rejects.toThrow(/forced failure/);
    expect(await t.db.prisma.course.count({ where: { title: "Rollback-Kurs" } })).toBe(0);
    expect(await auditRows("training.courseCreated")).toBe(0);
  });
});

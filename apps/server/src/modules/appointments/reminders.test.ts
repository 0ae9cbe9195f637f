// Reminders 24 hours before an appointment (the setting): to the counsellor,
// the interpreter who accepted, and each guardian with an address, in the
// language the guardian reads where the app has it (German otherwise).
// Exactly once, also across a restart of the server between booking and
// sending; a rescheduled appointment is reminded of at its new time only, a
// cancelled one not at all.
import { describe, expect, it } from "vitest";
import { runDueDelayedJobs } from "../../jobs/delayed-jobs.ts";
import { createLogger } from "../../logger.ts";
import { at, day, gql, openCounsellorWeek, registeredChildId, SEEDED_COUNSELLOR } from "../../testing/appointments.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { appointmentReminder } from "./reminders.ts";
import { gid } from "../../testing/global-ids.ts";

const logger = createLogger("silent");
const HOUR = 3_600_000;

async function setUp(t: TestApp) {
  const counsellor = await t.signIn(SEEDED_COUNSELLOR);
  const counsellorGid = await openCounsellorWeek(t, counsellor);
  return { counsellor, counsellorGid };
}

const NO_SCHOOLING = { birthDate: "2015-05-05", languages: [], schoolYears: 0, schoolCountries: [] };

async function bookFor(t: TestApp, s: TestSession, counsellorGid: string, name: string, guardians: { name: string; email?: string; readsLanguage: string }[], startsAt: string) {
  const childId = await registeredChildId(s, { ...NO_SCHOOLING, firstName: name, guardians });
  const res = await gql(s, `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { ... on MutationBookAppointmentSuccess { data { id } } ... on Error { code field } } }`, {
    input: { childId, counsellorId: counsellorGid, kind: "INITIAL", startsAt, idempotencyKey: `reminder-${name}` },
  });
  return res.data.bookAppointment.data.id as string;
}

const run = (t: TestApp, now: Date) => runDueDelayedJobs({ prisma: t.db.prisma, logger, handlers: [appointmentReminder] }, now);
const inbox = (t: TestApp, to: string) => t.db.prisma.outboxMessage.findMany({ where: { toAddress: to }, select: { subject: true, textBody: true } });

describe("appointment reminders", () => {
  it("go out 24 h before, once, in the guardian's language, also after a restart", async () => {
    let t = await createTestApp({}, { restartable: true });
    try {
      const { counsellor, counsellorGid } = await setUp(t);
      const startsAt = new Date(at(day(5), "10:00"));
      await bookFor(t, counsellor, counsellorGid, "Amira", [
        { name: "Rania", email: "rania@example.net", readsLanguage: "ar" },
        { name: "Abdi", email: "abdi@example.net", readsLanguage: "so" },
        { name: "Without address", readsLanguage: "uk" },
      ], startsAt.toISOString());
      const job = await t.db.prisma.job.findFirstOrThrow({ where: { kind: "appointments.reminder" } });
      expect(job.runAt.getTime()).toBe(startsAt.getTime() - 24 * HOUR);

      // The server restarts before the reminder is due: the job is a row and survives.
      t = await t.restart();
      expect(await run(t, new Date(startsAt.getTime() - 25 * HOUR))).toBe(0);
      expect(await inbox(t, "rania@example.net")).toEqual([]);
      expect(await run(t, new Date(startsAt.getTime() - 24 * HOUR + 60_000))).toBe(1);
      const arabic = await inbox(t, "rania@example.net");
      expect(arabic).toHaveLength(1);
      expect(arabic[0]!.subject).toContain("تذكير");
      expect(arabic[0]!.textBody).toContain("Amira");
      // Somali is not a language of the app: German.
      expect((await inbox(t, "abdi@example.net"))[0]!.subject).toContain("Erinnerung");
      expect((await inbox(t, "beratung@oldenburg.example")).filter((m) => m.subject.includes("morgen"))).toHaveLength(1);

      // Again, and after another restart: nothing more.
      expect(await run(t, new Date(startsAt.getTime() - 2 * HOUR))).toBe(0);
      t = await t.restart();
      expect(await run(t, new Date(startsAt.getTime() - HOUR))).toBe(0);
      expect(await inbox(t, "rania@example.net")).toHaveLength(1);
    } finally {
      await t.close();
    }
  }, 180_000);

  it("the interpreter who accepted is reminded too, in their own language, once; one still asked is not", async () => {
    const t = await createTestApp();
    try {
      const { counsellor, counsellorGid } = await setUp(t);
      const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
      const coordinator = await t.signIn("koordination@oldenburg.example");
      // A Turkish interpreter who reads Lotse in Turkish, in the pool with a signed pledge.
      const user = await t.db.prisma.user.create({ data: { email: "tercuman@example.org", name: "Elif Tercüman", locale: "TR", emailVerifiedAt: new Date() } });
      await t.db.prisma.membership.create({ data: { organizationId: org.id, userId: user.id, roles: { create: [{ role: "VOLUNTEER" }] } } });
      const profile = await t.db.prisma.volunteerProfile.create({
        data: {
          organizationId: org.id, userId: user.id, status: "APPROVED", germanLevel: "C1", offersInterpreting: true, consentVersion: 1, consentedAt: new Date(), approvedAt: new Date(),
          languages: { create: [{ code: "tr", level: "NATIVE", interpreting: true }] },
        },
      });
      const volunteerGid = gid("Volunteer", profile.id);
      await gql(coordinator, `mutation($v: ID!, $d: String!) { recordInterpreterPledge(volunteerId: $v, signedOn: $d) { __typename } }`, { v: volunteerGid, d: day(-1) });
      const interpreter = await t.sessionFor("tercuman@example.org");

      const bookInterpreted = async (name: string, startsAt: Date) => {
        const childId = await registeredChildId(counsellor, { ...NO_SCHOOLING, firstName: name, languages: ["tr"], guardians: [{ name: "G", readsLanguage: "tr" }] });
        const booked = await gql(counsellor, `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { ... on MutationBookAppointmentSuccess { data { id } } } }`, {
          input: { childId, counsellorId: counsellorGid, kind: "INITIAL", startsAt: startsAt.toISOString(), interpreterLanguage: "tr", idempotencyKey: `reminder-${name}` },
        });
        const id = booked.data.bookAppointment.data.id as string;
        const assigned = await gql(coordinator, `mutation($a: ID!, $i: ID!) { assignInterpreter(appointmentId: $a, interpreterId: $i) { ... on MutationAssignInterpreterSuccess { data { request { id } } } } }`, { a: id, i: volunteerGid });
        return assigned.data.assignInterpreter.data.request.id as string;
      };
      const accepted = new Date(at(day(5), "10:00"));
      const requestId = await bookInterpreted("Accepted", accepted);
      const answer = await gql(interpreter, `mutation($id: ID!) { respondToInterpreterRequest(requestId: $id, accept: true) { __typename } }`, { id: requestId });
      expect(answer.data.respondToInterpreterRequest.__typename).toBe("MutationRespondToInterpreterRequestSuccess");
      // Asked, not yet answered: no reminder of a time they have not agreed to.
      const asked = new Date(at(day(6), "14:00"));
      await bookInterpreted("Asked", asked);

      const reminders = async () => (await inbox(t, "tercuman@example.org")).filter((m) => m.subject.includes("yarın sözlü çeviri"));
      expect(await run(t, new Date(accepted.getTime() - 24 * HOUR + 60_000))).toBe(1);
      const sent = await reminders();
      expect(sent).toHaveLength(1);
      expect(sent[0]!.textBody).toContain("Türkçe");
      expect(sent[0]!.textBody).toContain("10:00");
      expect(sent[0]!.textBody).not.toContain("Accepted"); // the child's name stays in Lotse
      expect(await run(t, new Date(asked.getTime() - 24 * HOUR + 60_000))).toBe(1);
      expect(await reminders()).toHaveLength(1);
      // The counsellor had both.
      expect((await inbox(t, "beratung@oldenburg.example")).filter((m) => m.subject.includes("morgen"))).toHaveLength(2);
    } finally {
      await t.close();
    }
  }, 120_000);

  it("a rescheduled appointment is reminded of at its new time only; a cancelled one not at all", async () => {
    const t = await createTestApp();
    try {
      const { counsellor, counsellorGid } = await setUp(t);
      const first = new Date(at(day(6), "09:00"));
      const id = await bookFor(t, counsellor, counsellorGid, "Moved", [{ name: "G", email: "moved@example.net", readsLanguage: "uk" }], first.toISOString());
      const later = new Date(at(day(7), "11:00"));
      await gql(counsellor, `mutation($id: ID!, $s: DateTime!) { rescheduleAppointment(id: $id, startsAt: $s) { __typename } }`, { id, s: later.toISOString() });
      // At the old reminder time: nothing (the old job is gone).
      expect(await run(t, new Date(first.getTime() - 23 * HOUR))).toBe(0);
      expect(await run(t, new Date(later.getTime() - 23 * HOUR))).toBe(1);
      const mails = await inbox(t, "moved@example.net");
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toContain("Нагадування");
      expect(mails[0]!.textBody).toContain("11:00");

      const cancelledStart = new Date(at(day(8), "09:00"));
      const cancelledId = await bookFor(t, counsellor, counsellorGid, "Off", [{ name: "G", email: "off@example.net", readsLanguage: "de" }], cancelledStart.toISOString());
      await gql(counsellor, `mutation($id: ID!) { cancelAppointment(id: $id) { __typename } }`, { id: cancelledId });
      expect(await run(t, new Date(cancelledStart.getTime() - 23 * HOUR))).toBe(0);
      expect(await inbox(t, "off@example.net")).toEqual([]);
    } finally {
      await t.close();
    }
  }, 120_000);
});

// The no-contact alert: an ACTIVE tandem past the alert days gets its
// coordinators one digest a day and its volunteer one reminder a week, also
// when the API restarts between runs (everything it knows is in the database).
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp } from "../../testing/harness.ts";
import { addVolunteer, familyInput, gid, ProposeMatch, RegisterFamily, Respond, rawId } from "../../testing/matching.ts";
import { sendNoContactAlerts } from "./alerts.service.ts";


// Many requests per test on a shared, loaded machine: more than the suite's default 30 s.
vi.setConfig({ testTimeout: 120_000 });
let t: TestApp;
const DAY = 86_400_000;
const logger = createLogger("silent");
type Result = { __typename: string; data?: any };
const first = (data: Record<string, Result> | undefined): Result => Object.values(data ?? {})[0] as Result;

beforeAll(async () => {
  t = await createTestApp({}, { restartable: true });
});
afterAll(() => t?.close());

const mails = async () => ({
  digests: await t.db.prisma.outboxMessage.count({ where: { toAddress: "koordination@oldenburg.example", subject: { contains: "ohne Kontakt" } } }),
  reminders: await t.db.prisma.outboxMessage.count({ where: { toAddress: "quiet@example.org", subject: { contains: "Wie geht es" } } }),
});
/** The coordinator's bell notices about tandems without contact: one beside each digest. */
const bellNotices = async () => {
  const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email: "koordination@oldenburg.example" } });
  return t.db.prisma.notification.findMany({ where: { userId: user.id, kind: "matching.tandemsWithoutContact" }, orderBy: { createdAt: "asc" } });
};

it("flags a tandem after the alert days; digest at most daily, reminder at most weekly, across a restart", async () => {
  const coordinator = await t.signIn("koordination@oldenburg.example");
  const family = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(RegisterFamily, { input: familyInput({ members: [{ firstName: "Rami", birthYear: 1980, adult: true }] }) })).data).data.id;
  const volunteer = await addVolunteer(t.db.prisma, { email: "quiet@example.org", languages: [["ar", "NATIVE"]] });
  const tandem = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(ProposeMatch, { familyId: family, volunteerId: gid("Volunteer", volunteer) })).data).data.id;
  await (await t.sessionFor("quiet@example.org")).gql(Respond, { id: tandem, accept: true });

  const now = new Date();
  // Started 13 days ago: not yet due.
  await t.db.prisma.tandem.update({ where: { id: rawId(tandem) }, data: { activatedAt: new Date(now.getTime() - 13 * DAY) } });
  await sendNoContactAlerts({ prisma: t.db.prisma, logger, now }, "https://lotse.example");
  expect(await mails()).toEqual({ digests: 0, reminders: 0 });
  expect(await bellNotices()).toEqual([]);

  // 15 days: one digest, one reminder, in the recipients' language, with the link.
  await t.db.prisma.tandem.update({ where: { id: rawId(tandem) }, data: { activatedAt: new Date(now.getTime() - 15 * DAY) } });
  expect(await sendNoContactAlerts({ prisma: t.db.prisma, logger, now }, "https://lotse.example")).toBeGreaterThanOrEqual(2);
  expect(await mails()).toEqual({ digests: 1, reminders: 1 });
  const digest = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: "koordination@oldenburg.example", subject: { contains: "ohne Kontakt" } } });
  expect(digest.textBody).toContain("quiet – Familie Haddad: noch kein Kontakt");
  expect(digest.textBody).toContain("https://lotse.example/koordination/tandems?needsContact=1");
  // The bell says the same, linked to the tandems without contact.
  const notices = await bellNotices();
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatchObject({ href: "/koordination/tandems?needsContact=1", params: { tandems: expect.any(Number), days: 14 }, readAt: null });
  expect((notices[0]!.params as { tandems: number }).tandems).toBeGreaterThanOrEqual(1);

  // The API restarts; the same day's run sends nothing again.
  t = await t.restart();
  expect(await sendNoContactAlerts({ prisma: t.db.prisma, logger, now: new Date(now.getTime() + 60_000) }, "https://lotse.example")).toBe(0);
  expect(await mails()).toEqual({ digests: 1, reminders: 1 });
  expect(await bellNotices()).toHaveLength(1);

  // Next day: a new digest, no second reminder within the week.
  await sendNoContactAlerts({ prisma: t.db.prisma, logger, now: new Date(now.getTime() + DAY) }, "https://lotse.example");
  expect(await mails()).toEqual({ digests: 2, reminders: 1 });
  expect(await bellNotices()).toHaveLength(2);
  // A week later: the next reminder.
  await sendNoContactAlerts({ prisma: t.db.prisma, logger, now: new Date(now.getTime() + 7 * DAY) }, "https://lotse.example");
  expect(await mails()).toEqual({ digests: 3, reminders: 2 });

  // A contact today ends the alert.
  const session = await t.sessionFor("quiet@example.org");
  await session.gql(`mutation($input: LogContactInput!) { logContact(input: $input) { __typename } }`, { input: { tandemId: tandem, date: new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" }), kind: "PHONE" } });
  expect(await sendNoContactAlerts({ prisma: t.db.prisma, logger, now: new Date(now.getTime() + 2 * DAY) }, "https://lotse.example")).toBe(0);
});

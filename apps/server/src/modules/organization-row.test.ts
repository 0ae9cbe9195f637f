// The start page's counts, the bell's unread count and the caller's own
// volunteer profile of one request are read by one statement on the caller's
// organisation: the web's Me for an admin, a coordinator and a volunteer is the session
// lookup and that statement, its counts are the plain counts, and another
// organisation's rows never count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingFactory, statementCounter } from "../../bench/support/statements.ts";
import { persistedBody } from "../../bench/support/persisted.ts";
import { createApp } from "../app.ts";
import { createPrismaClient } from "../db/client.ts";
import { createLogger } from "../logger.ts";
import { createTestApp, type TestApp } from "../testing/harness.ts";
import { addVolunteer } from "../testing/matching.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

interface MeAnswer {
  myWorkQueue: { key: string; count: number }[];
  unreadNotificationCount: number;
}

/** The web's Me (or another body) as `email` sends it, on an app whose statements are counted. */
async function meOf(email: string, requestBody = persistedBody("Me")) {
  const counter = statementCounter();
  const prisma = createPrismaClient(countingFactory(t.db.adapter.factory, counter));
  const app = createApp({ config: t.config, logger: createLogger("silent"), prisma });
  const caller = await t.signIn(email);
  const me = async <T = MeAnswer>(): Promise<{ answer: T; statements: number }> => {
    counter.log = [];
    const res = await app.fetch(
      new Request("http://lotse.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", "x-lotse-csrf": "1", cookie: caller.cookie },
        body: requestBody,
      }),
    );
    const body = (await res.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return { answer: body.data, statements: counter.log.length };
  };
  return { me, close: async () => void (t.db.adapter.kind === "postgres" && (await prisma.$disconnect())) };
}

describe("the reads of one request on the caller's organisation", () => {
  it("answers the web's Me for an admin with two statements, with the plain counts, blind to another organisation", async () => {
    const { me, close } = await meOf("admin@oldenburg.example");
    try {
      const oldenburg = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
      const osnabrueck = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "osnabrueck" } });
      const adminUser = await t.db.prisma.user.findUniqueOrThrow({ where: { email: "admin@oldenburg.example" } });
      const invitedIn = (organizationId: string) =>
        t.db.prisma.membership.count({ where: { organizationId, active: true, OR: [{ acceptedAt: null }, { user: { credential: { is: null } } }] } });
      const unreadIn = (organizationId: string) => t.db.prisma.notification.count({ where: { organizationId, userId: adminUser.id, readAt: null } });

      const before = await me();
      // The session lookup, then every count of the request together.
      expect(before.statements).toBe(2);
      const invitations = () => before.answer.myWorkQueue.find((item) => item.key === "identity.invitationsPending")?.count;
      expect(invitations()).toBe(await invitedIn(oldenburg.id));
      expect(before.answer.unreadNotificationCount).toBe(await unreadIn(oldenburg.id));

      // An invitation and an unread notice in the other organisation (the admin a member there too) change nothing here.
      const stranger = await t.db.prisma.user.create({ data: { email: "eingeladen-osnabrueck@example.org", name: "Eingeladen" } });
      await t.db.prisma.membership.create({ data: { organizationId: osnabrueck.id, userId: stranger.id, roles: { create: [{ role: "VOLUNTEER" }] } } });
      await t.db.prisma.membership.upsert({
        where: { organizationId_userId: { organizationId: osnabrueck.id, userId: adminUser.id } },
        create: { organizationId: osnabrueck.id, userId: adminUser.id, acceptedAt: new Date(), roles: { create: [{ role: "VOLUNTEER" }] } },
        update: {},
      });
      await t.db.prisma.notification.create({ data: { organizationId: osnabrueck.id, userId: adminUser.id, kind: "test", href: "/" } });
      const after = await me();
      expect(after.answer.myWorkQueue.find((item) => item.key === "identity.invitationsPending")?.count).toBe(invitations());
      expect(after.answer.unreadNotificationCount).toBe(before.answer.unreadNotificationCount);

      // One in the admin's own organisation is counted.
      await t.db.prisma.notification.create({ data: { organizationId: oldenburg.id, userId: adminUser.id, kind: "test", href: "/" } });
      expect((await me()).answer.unreadNotificationCount).toBe(before.answer.unreadNotificationCount + 1);
    } finally {
      await close();
    }
  });

  it("answers a coordinator's Me with two statements: every area's work-queue counts, the plain counts, blind to another organisation", async () => {
    const { me, close } = await meOf("koordination@oldenburg.example");
    try {
      const oldenburg = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
      const count = (answer: MeAnswer, key: string) => answer.myWorkQueue.find((item) => item.key === key)?.count ?? 0;
      const pendingSignUps = () => t.db.prisma.volunteerProfile.count({ where: { organizationId: oldenburg.id, status: "PENDING" } });

      const before = await me();
      // The session lookup (with the matching alert days), then every count of the request together.
      expect(before.statements).toBe(2);
      expect(count(before.answer, "volunteers.signUpsWaiting")).toBe(await pendingSignUps());
      expect(count(before.answer, "volunteers.hoursToReview")).toBe(await t.db.prisma.hourLog.count({ where: { organizationId: oldenburg.id, status: "PENDING" } }));
      expect(count(before.answer, "matching.familiesWaiting")).toBe(await t.db.prisma.family.count({ where: { organizationId: oldenburg.id, status: "WAITING" } }));

      // A sign-up in the other organisation changes nothing here; one in the coordinator's own is counted.
      await addVolunteer(t.db.prisma, { email: "wartend-osnabrueck@example.org", status: "PENDING" }, "osnabrueck");
      expect(count((await me()).answer, "volunteers.signUpsWaiting")).toBe(count(before.answer, "volunteers.signUpsWaiting"));
      await addVolunteer(t.db.prisma, { email: "wartend-oldenburg@example.org", status: "PENDING" });
      const after = await me();
      expect(after.statements).toBe(2);
      expect(count(after.answer, "volunteers.signUpsWaiting")).toBe(count(before.answer, "volunteers.signUpsWaiting") + 1);
      expect(count(after.answer, "volunteers.signUpsWaiting")).toBe(await pendingSignUps());
    } finally {
      await close();
    }
  });

  it("answers a volunteer's Me with two statements: their own profile's counts and the unread count together", async () => {
    const { me, close } = await meOf("lotse@oldenburg.example");
    try {
      const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email: "lotse@oldenburg.example" } });
      const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
      const profile = await t.db.prisma.volunteerProfile.findFirstOrThrow({ where: { userId: user.id, organizationId: org.id } });
      const { answer, statements } = await me();
      expect(statements).toBe(2);
      expect(answer.unreadNotificationCount).toBe(await t.db.prisma.notification.count({ where: { organizationId: org.id, userId: user.id, readAt: null } }));
      const proposals = await t.db.prisma.tandem.count({ where: { volunteerId: profile.id, status: "PROPOSED" } });
      expect(answer.myWorkQueue.find((item) => item.key === "matching.proposalsToAnswer")?.count ?? 0).toBe(proposals);
    } finally {
      await close();
    }
  });

  it("reads the organisation's topics and districts of one request in one statement, its own only, in their order", async () => {
    const { me, close } = await meOf("koordination@oldenburg.example", JSON.stringify({ query: "{ districts { id name } topics { id name } }" }));
    try {
      const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
      const { answer, statements } = await me<{ districts: { name: string }[]; topics: { name: string }[] }>();
      expect(statements).toBe(2);
      const districts = await t.db.prisma.district.findMany({ where: { organizationId: org.id }, orderBy: { name: "asc" } });
      const topics = await t.db.prisma.topic.findMany({ where: { organizationId: org.id }, orderBy: { sortOrder: "asc" } });
      expect(districts.length).toBeGreaterThan(0);
      expect(answer.districts.map((d) => d.name)).toEqual(districts.map((d) => d.name));
      expect(answer.topics.map((d) => d.name)).toEqual(topics.map((d) => d.name));
    } finally {
      await close();
    }
  });
});

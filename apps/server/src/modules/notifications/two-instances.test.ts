// Two API instances on one PostgreSQL database, as in a deployment behind a
// load balancer: a notification written through instance A reaches a page
// subscribed on instance B (LISTEN/NOTIFY over B's own connection), for its
// recipient only. PostgreSQL only: the embedded PGlite is one process.
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { graphql } from "@lotse/schema/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp, type App } from "../../app.ts";
import { openDatabase, type Database } from "../../db/open.ts";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { describeOnPostgres } from "../../testing/postgres-only.ts";
import { openSubscription } from "../../testing/sse.ts";
import { startNotificationEvents, type NotificationEvents } from "./index.ts";

const Activities = graphql(`query TestTwoInstancesActivities { activityTypes { id key } }`);
const LogHours = graphql(`
  mutation TestTwoInstancesLogHours($input: HourLogInput!) { logHours(input: $input) { __typename ... on Error { code } } }
`);
const ADDED = "subscription TestTwoInstancesAdded { notificationAdded { id kind href } }";

describeOnPostgres("notifications across two API instances", () => {
  let a: TestApp;
  let second: Database;
  let secondEvents: NotificationEvents;
  let b: App;
  let volunteer: TestSession;
  let coordinator: TestSession;
  let osnabrueck: TestSession;
  const onB = (path: string, init: RequestInit) => Promise.resolve(b.fetch(new Request(`http://lotse.test${path}`, init)));

  beforeAll(async () => {
    a = await createTestApp();
    // Instance B: its own client, pool and listening connection on the same database, as a second process has.
    const logger = createLogger("silent");
    second = await openDatabase({ ...a.config, SEED_DEMO: false }, logger);
    secondEvents = await startNotificationEvents(second.adapter, logger);
    b = createApp({ config: a.config, logger, prisma: second.prisma, events: secondEvents });
    volunteer = await a.signIn("lotse@oldenburg.example");
    coordinator = await a.signIn("koordination@oldenburg.example");
    osnabrueck = await a.signIn("koordination@osnabrueck.example");
  }, 120_000);
  afterAll(async () => {
    await secondEvents?.stop();
    await second?.close();
    await a?.close();
  });

  it("delivers hours logged through instance A to the coordinator's page subscribed on instance B", async () => {
    const activityId = (await volunteer.gql(Activities)).data!.activityTypes.find((x) => x.key === "ESCORT")!.id;
    const live = await openSubscription<{ notificationAdded: { id: string; kind: string; href: string } }>(onB, coordinator.cookie, ADDED);
    const elsewhere = await openSubscription<{ notificationAdded: { id: string } }>(onB, osnabrueck.cookie, ADDED);
    try {
      const res = await volunteer.gql(LogHours, { input: { date: formatIsoDate(addDays(parseIsoDate(berlinToday()), -1)), minutes: 75, activityTypeId: activityId } });
      expect(res.data?.logHours.__typename).toBe("MutationLogHoursSuccess");
      const { notificationAdded } = await live.next(10_000);
      expect(notificationAdded).toMatchObject({ kind: "volunteers.hoursToReview", href: "/koordination/stunden" });
      const row = await second.prisma.notification.findUniqueOrThrow({ where: { id: notificationAdded.id }, include: { recipient: { include: { user: true } } } });
      expect(row.recipient.user.email).toBe("koordination@oldenburg.example");
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(elsewhere.pending()).toEqual([]);
    } finally {
      await Promise.all([live.close(), elsewhere.close()]);
    }
  });
});

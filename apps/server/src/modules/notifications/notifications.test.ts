// In-app notifications: written by the services in the change's transaction
// for the people whose work it is, read page by page by their recipient only,
// marked read, delivered live over server-sent events, and never seen in
// another organisation.
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { graphql } from "@lotse/schema/testing";
import { createCohort, createCourse, demo, enrol, newPerson, signedInVolunteers, signIn, signUpVolunteer } from "@lotse/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { testConfig } from "../../config.ts";
import { loadPersistedDocuments } from "../../http/persisted.ts";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { startNotificationEvents } from "./index.ts";
import { openSubscription } from "../../testing/sse.ts";

const Activities = graphql(`query TestNotifyActivities { activityTypes { id key } }`);
const LogHours = graphql(`
  mutation TestNotifyLogHours($input: HourLogInput!) { logHours(input: $input) { __typename ... on Error { code field } } }
`);
const Notifications = graphql(`
  query TestNotifications($first: Int, $after: String) {
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind href params { name value } createdAt readAt } }
    }
    unreadNotificationCount
    myWorkQueue { key count href }
  }
`);
const MarkRead = graphql(`
  mutation TestMarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all) {
      __typename
      ... on MutationMarkNotificationsReadSuccess { data { unreadCount } }
      ... on Error { code field }
    }
  }
`);
const CreateDonor = graphql(`
  mutation TestNotifyDonor($input: DonorInput!) { createDonor(input: $input) { __typename ... on MutationCreateDonorSuccess { data { id } } } }
`);
const RecordMoney = graphql(`
  mutation TestNotifyMoney($input: MoneyDonationInput!) {
    recordMoneyDonation(input: $input) { __typename ... on MutationRecordMoneyDonationSuccess { data { id status } } ... on Error { code field } }
  }
`);
const ADDED = "subscription TestNotificationAdded { notificationAdded { id kind href params { name value } } }";

let t: TestApp;
let volunteer: TestSession;
let coordinator: TestSession;
let colleague: TestSession;
let osnabrueck: TestSession;
let admin: TestSession;
let activityId: string;
const today = parseIsoDate(berlinToday());
let dayOffset = 0;
/** Each entry on a day of its own, so no day comes near its 24-hour limit. */
const nextDay = () => formatIsoDate(addDays(today, -(++dayOffset)));

async function logHours(minutes = 60) {
  const res = await volunteer.gql(LogHours, { input: { date: nextDay(), minutes, activityTypeId: activityId } });
  expect(res.data?.logHours.__typename).toBe("MutationLogHoursSuccess");
}

async function inbox(session: TestSession, first = 50, after?: string) {
  const res = await session.gql(Notifications, { first, after });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

beforeAll(async () => {
  t = await createTestApp();
  volunteer = await t.signIn("lotse@oldenburg.example");
  coordinator = await t.signIn("koordination@oldenburg.example");
  osnabrueck = await t.signIn("koordination@osnabrueck.example");
  admin = await t.signIn("admin@oldenburg.example");
  // A second coordinator in Oldenburg: a colleague gets their own notices, and never reads someone else's.
  const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  const user = await t.db.prisma.user.create({ data: { email: "zweite-koordination@example.org", name: "Zweite Koordination", emailVerifiedAt: new Date() } });
  await t.db.prisma.membership.create({ data: { organizationId: org.id, userId: user.id, roles: { create: [{ role: "COORDINATOR" }] } } });
  colleague = await t.sessionFor("zweite-koordination@example.org");
  activityId = (await volunteer.gql(Activities)).data!.activityTypes.find((a) => a.key === "ESCORT")!.id;
});
afterAll(async () => {
  await t?.close();
});

describe("notifications", () => {
  it("tells every coordinator of the organisation about logged hours, linking to the review the work queue counts", async () => {
    const before = await inbox(coordinator);
    const colleagueBefore = await inbox(colleague);
    await logHours(90);

    const after = await inbox(coordinator);
    expect(after.unreadNotificationCount).toBe(before.unreadNotificationCount + 1);
    expect(after.notifications.totalCount).toBe(before.notifications.totalCount + 1);
    const newest = after.notifications.edges[0]!.node;
    expect(newest).toMatchObject({ kind: "volunteers.hoursToReview", href: "/koordination/stunden", readAt: null });
    expect(Object.fromEntries(newest.params.map((p) => [p.name, p.value]))).toEqual({ minutes: "90", date: formatIsoDate(addDays(today, -dayOffset)) });
    // The same work as the start page's count: same key, same list.
    const queued = after.myWorkQueue.find((item) => item.key === newest.kind);
    expect(queued).toMatchObject({ href: newest.href });
    expect(queued!.count).toBeGreaterThan(0);

    expect((await inbox(colleague)).unreadNotificationCount).toBe(colleagueBefore.unreadNotificationCount + 1);
    // The volunteer who logged them is not a coordinator and is not told about their own entry.
    expect((await inbox(volunteer)).notifications.totalCount).toBe(0);
  });

  it("keeps other organisations and other roles out", async () => {
    await logHours();
    const stored = await t.db.prisma.notification.findMany({ include: { organization: { select: { slug: true } } } });
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((n) => n.organization.slug === "oldenburg")).toBe(true);
    expect((await inbox(osnabrueck)).notifications.totalCount).toBe(0);
    // The admin of both organisations holds no coordinator role: not their work.
    expect((await inbox(admin)).notifications.totalCount).toBe(0);
    const signedOut = await t.anonymous.gql(Notifications, { first: 5 });
    expect(signedOut.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("pages newest first without gaps or repeats", async () => {
    for (let i = 0; i < 5; i++) await logHours(10 + i);
    const all = await inbox(coordinator);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await inbox(coordinator, 2, after);
      expect(page.notifications.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.notifications.edges.map((e) => e.node.id));
      if (!page.notifications.pageInfo.hasNextPage) break;
      after = page.notifications.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all.notifications.edges.map((e) => e.node.id));
    expect(new Set(seen).size).toBe(all.notifications.totalCount);
    const times = all.notifications.edges.map((e) => Date.parse(e.node.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("marks read the given ones or all, and only the caller's own", async () => {
    const mine = await inbox(coordinator);
    const theirs = await inbox(colleague);
    expect(mine.unreadNotificationCount).toBeGreaterThan(2);
    const first = mine.notifications.edges[0]!.node.id;

    const one = await coordinator.gql(MarkRead, { ids: [first] });
    expect(one.data?.markNotificationsRead).toEqual({ __typename: "MutationMarkNotificationsReadSuccess", data: { unreadCount: mine.unreadNotificationCount - 1 } });
    expect((await inbox(coordinator)).notifications.edges[0]!.node.readAt).not.toBeNull();

    // A colleague's ids change nothing for the colleague, whoever sends them.
    const colleagueIds = theirs.notifications.edges.map((e) => e.node.id);
    await coordinator.gql(MarkRead, { ids: colleagueIds });
    expect((await inbox(colleague)).unreadNotificationCount).toBe(theirs.unreadNotificationCount);
    // Nor do ids from the other organisation, nor malformed ones.
    const bad = await coordinator.gql(MarkRead, { ids: ["not-a-uuid"] });
    expect(bad.data?.markNotificationsRead).toMatchObject({ code: "VALIDATION" });

    const all = await coordinator.gql(MarkRead, { all: true });
    expect(all.data?.markNotificationsRead).toMatchObject({ data: { unreadCount: 0 } });
    expect((await inbox(coordinator)).notifications.edges.every((e) => e.node.readAt !== null)).toBe(true);
    expect((await inbox(colleague)).unreadNotificationCount).toBe(theirs.unreadNotificationCount);
  });

  it("is written with its cause or not at all", async () => {
    const date = nextDay();
    const first = await volunteer.gql(LogHours, { input: { date, minutes: 1000, activityTypeId: activityId } });
    expect(first.data?.logHours.__typename).toBe("MutationLogHoursSuccess");
    const before = await t.db.prisma.notification.count();
    // The day's total would pass 24 hours: the database refuses the entry in its transaction, and the notices with it.
    const refused = await volunteer.gql(LogHours, { input: { date, minutes: 500, activityTypeId: activityId } });
    expect(refused.data?.logHours.__typename).not.toBe("MutationLogHoursSuccess");
    expect(await t.db.prisma.notification.count()).toBe(before);
  });

  it("arrives live over server-sent events for its recipient only", async () => {
    const live = await openSubscription<{ notificationAdded: { id: string; kind: string; href: string } }>(t.request, coordinator.cookie, ADDED);
    const elsewhere = await openSubscription<{ notificationAdded: { id: string } }>(t.request, osnabrueck.cookie, ADDED);
    const volunteerLive = await openSubscription<{ notificationAdded: { id: string } }>(t.request, volunteer.cookie, ADDED);
    try {
      await logHours(45);
      const { notificationAdded } = await live.next();
      expect(notificationAdded).toMatchObject({ kind: "volunteers.hoursToReview", href: "/koordination/stunden" });
      expect((await inbox(coordinator)).notifications.edges[0]!.node.id).toBe(notificationAdded.id);
      // Give any stray delivery time to arrive before checking that none did.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(elsewhere.pending()).toEqual([]);
      expect(volunteerLive.pending()).toEqual([]);
    } finally {
      await Promise.all([live.close(), elsewhere.close(), volunteerLive.close()]);
    }
  });

  it("tells the coordinators of a confirmed sign-up, and of a donation waiting for acceptance", async () => {
    const kinds = async (session: TestSession) => (await inbox(session)).notifications.edges.map((e) => e.node);
    const person = newPerson("Notify");
    await signUpVolunteer(t.lotse, person);
    expect((await kinds(coordinator))[0]).toMatchObject({ kind: "volunteers.signUpsWaiting", href: "/koordination/ehrenamtliche?status=PENDING", params: [] });
    expect((await kinds(colleague))[0]).toMatchObject({ kind: "volunteers.signUpsWaiting" });
    expect((await inbox(osnabrueck)).notifications.totalCount).toBe(0);

    const donor = await coordinator.gql(CreateDonor, { input: { kind: "ANONYMOUS" } });
    const donorId = (donor.data?.createDonor as { data: { id: string } }).data.id;
    const gift = await coordinator.gql(RecordMoney, { input: { donorId, amountCents: 12_345, method: "CASH", receivedOn: berlinToday(), waiverOfExpenses: false } });
    expect(gift.data?.recordMoneyDonation).toMatchObject({ data: { status: "PENDING" } });
    // The colleague accepts it; the coordinator who recorded it is not told of their own entry.
    const [newest] = await kinds(colleague);
    expect(newest).toMatchObject({ kind: "donations.awaitingAcceptance", href: "/koordination/spenden/annahme" });
    expect(Object.fromEntries(newest!.params.map((p) => [p.name, p.value]))).toMatchObject({ amountCents: "12345" });
    expect((await kinds(coordinator))[0]!.kind).not.toBe("donations.awaitingAcceptance");
  });

  it("offers a freed course place to the head of the waiting list with a notice and a count on their start page", async () => {
    const trainer = await signIn(t.lotse, demo.trainer);
    const coordinatorApi = await signIn(t.lotse, demo.coordinator);
    const [first, second] = await signedInVolunteers(t.lotse, coordinatorApi, [newPerson("OfferFirst"), newPerson("OfferSecond")]);
    const course = await createCourse(trainer, { title: "Kurs mit Warteliste" });
    const startsAt = new Date(Date.now() + 30 * 86_400_000);
    const cohort = await createCohort(trainer, course.id, {
      title: "Warteliste im Test",
      capacity: 1,
      sessions: [{ startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000), topic: "Einführung" }],
      open: true,
    });
    expect((await enrol(first!, cohort.id)).status).toBe("ADMITTED");
    expect((await enrol(second!, cohort.id)).status).toBe("WAITLISTED");
    const waiting = t.as(second!);
    expect((await inbox(waiting)).myWorkQueue.some((item) => item.key === "training.offersToAnswer")).toBe(false);

    await first!.mutate("WithdrawFromCohort", { cohortId: cohort.id });
    const after = await inbox(waiting);
    const [offer] = after.notifications.edges.map((e) => e.node);
    expect(offer).toMatchObject({ kind: "training.offersToAnswer", href: "/ehrenamt/kurse", readAt: null });
    expect(Object.fromEntries(offer!.params.map((p) => [p.name, p.value]))).toMatchObject({ course: "Warteliste im Test" });
    expect(after.myWorkQueue.find((item) => item.key === "training.offersToAnswer")).toMatchObject({ count: 1, href: "/ehrenamt/kurse" });
    expect((await inbox(t.as(first!))).notifications.totalCount).toBe(0);
  });

  it("runs the web app's persisted subscription where only persisted operations run (production)", async () => {
    const logger = createLogger("silent");
    const events = await startNotificationEvents(t.db.adapter, logger);
    const production = createApp({ config: testConfig({ NODE_ENV: "production", SEED_DEMO: "0" }), logger, prisma: t.db.prisma, events });
    const onProduction = (path: string, init: RequestInit) => Promise.resolve(production.fetch(new Request(`http://lotse.test${path}`, init)));
    const [hash] = Object.entries(loadPersistedDocuments()).find(([, doc]) => doc.includes("subscription NotificationAdded {"))!;
    const live = await openSubscription<{ notificationAdded: { kind: string; href: string } }>(onProduction, coordinator.cookie, { persistedHash: hash });
    try {
      await logHours(20);
      expect((await live.next()).notificationAdded).toMatchObject({ kind: "volunteers.hoursToReview", href: "/koordination/stunden" });
    } finally {
      await live.close();
      await events.stop();
    }
  });

  it("refuses a subscription without a session", async () => {
    const res = await t.request("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: ADDED }),
    });
    const text = await res.text();
    expect(text).toContain("UNAUTHENTICATED");
  });
});

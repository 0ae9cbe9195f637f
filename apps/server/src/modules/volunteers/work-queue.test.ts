// The coordinator's start page counts (myWorkQueue): each is the number of
// rows on the list its link opens, follows the work done, and stays within
// the caller's roles and organisation.
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { addYears } from "@lotse/domain/calendar-months";
import { graphql } from "@lotse/schema/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { gid } from "../../testing/global-ids.ts";

const WorkQueue = graphql(`query TestMyWorkQueue { myWorkQueue { key role count href } }`);
const Volunteers = graphql(`
  query TestQueueVolunteers($filter: VolunteersFilter) { volunteers(filter: $filter, first: 1) { totalCount } }
`);
const PendingHours = graphql(`query TestQueueHours { hourLogs(filter: { status: PENDING }, first: 1) { totalCount } }`);
const Activities = graphql(`query TestQueueActivityTypes { activityTypes { id } }`);
const LogHours = graphql(`
  mutation TestQueueLogHours($input: HourLogInput!) { logHours(input: $input) { __typename ... on Error { code } } }
`);
const Review = graphql(`
  mutation TestQueueReview($id: ID!, $decision: ReviewDecision!) {
    reviewVolunteer(id: $id, decision: $decision, worksWithChildren: false) { __typename ... on Error { code } }
  }
`);

let t: TestApp;
let coordinator: TestSession;
const today = parseIsoDate(berlinToday());

async function addVolunteer(email: string, status: "PENDING" | "APPROVED", inspectedOn?: Date) {
  const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  const user = await t.db.prisma.user.create({ data: { email, name: email, emailVerifiedAt: new Date() } });
  await t.db.prisma.membership.create({ data: { organizationId: org.id, userId: user.id, roles: { create: [{ role: "VOLUNTEER" }] } } });
  const profile = await t.db.prisma.volunteerProfile.create({
    data: { organizationId: org.id, userId: user.id, status, germanLevel: "C1", consentVersion: 1, consentedAt: new Date() },
  });
  if (inspectedOn) {
    await t.db.prisma.conductCertificate.create({
      data: { organizationId: org.id, volunteerId: profile.id, inspectedOn, issuedOn: addDays(inspectedOn, -10), hasRelevantEntry: false, inspectedById: user.id },
    });
  }
  return gid("Volunteer", profile.id);
}

async function queue(session: TestSession) {
  const res = await session.gql(WorkQueue);
  expect(res.errors).toBeUndefined();
  // This module's counts (other modules add their own for the same roles, e.g. appointments).
  return Object.fromEntries(res.data!.myWorkQueue.filter((item) => item.key.startsWith("volunteers.")).map((item) => [item.key, item]));
}

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn("koordination@oldenburg.example");
});
afterAll(async () => {
  await t?.close();
});

describe("the coordinator's work queue", () => {
  it("counts what the linked lists show, and follows approvals, new hours and certificates", async () => {
    const initial = await queue(coordinator);
    const pendingId = await addVolunteer("queue-pending@example.org", "PENDING");
    // Five years of validity (the default): inspected five years less 30 days ago expires in 30 days.
    await addVolunteer("queue-expiring@example.org", "APPROVED", addDays(addYears(today, -5), 30));
    await addVolunteer("queue-valid@example.org", "APPROVED", addDays(addYears(today, -5), 120));
    await addVolunteer("queue-ended-expiring@example.org", "APPROVED", addDays(addYears(today, -5), 30)).then(async () => {
      await t.db.prisma.volunteerProfile.updateMany({ where: { user: { email: "queue-ended-expiring@example.org" } }, data: { status: "ENDED" } });
    });

    const before = await queue(coordinator);
    expect(Object.keys(before)).toEqual(["volunteers.signUpsWaiting", "volunteers.hoursToReview", "volunteers.certificatesExpiring"]);
    expect(before["volunteers.signUpsWaiting"]).toMatchObject({ role: "COORDINATOR", href: "/koordination/ehrenamtliche?status=PENDING" });
    expect(before["volunteers.hoursToReview"]).toMatchObject({ role: "COORDINATOR", href: "/koordination/stunden" });
    expect(before["volunteers.certificatesExpiring"]).toMatchObject({ href: "/koordination/ehrenamtliche?status=APPROVED&certificate=EXPIRING" });

    const lists = async () => ({
      signUps: (await coordinator.gql(Volunteers, { filter: { status: "PENDING" } })).data!.volunteers.totalCount,
      hours: (await coordinator.gql(PendingHours)).data!.hourLogs.totalCount,
      expiring: (await coordinator.gql(Volunteers, { filter: { status: "APPROVED", certificateState: "EXPIRING" } })).data!.volunteers.totalCount,
    });
    const shown = await lists();
    expect(before["volunteers.signUpsWaiting"]!.count).toBe(shown.signUps);
    expect(before["volunteers.hoursToReview"]!.count).toBe(shown.hours);
    expect(before["volunteers.certificatesExpiring"]!.count).toBe(shown.expiring);
    expect(shown.signUps).toBeGreaterThanOrEqual(1);
    // One more expiring: the ended volunteer's and the still valid certificate are not work.
    expect(before["volunteers.certificatesExpiring"]!.count).toBe(initial["volunteers.certificatesExpiring"]!.count + 1);
    expect(before["volunteers.signUpsWaiting"]!.count).toBe(initial["volunteers.signUpsWaiting"]!.count + 1);

    expect((await coordinator.gql(Review, { id: pendingId, decision: "APPROVE" })).data?.reviewVolunteer.__typename).toBe("MutationReviewVolunteerSuccess");
    const volunteer = await t.signIn("lotse@oldenburg.example");
    const activityTypeId = (await volunteer.gql(Activities)).data!.activityTypes[0]!.id;
    const logged = await volunteer.gql(LogHours, { input: { date: formatIsoDate(addDays(today, -1)), minutes: 60, activityTypeId } });
    expect(logged.data?.logHours.__typename).toBe("MutationLogHoursSuccess");

    const after = await queue(coordinator);
    expect(after["volunteers.signUpsWaiting"]!.count).toBe(before["volunteers.signUpsWaiting"]!.count - 1);
    expect(after["volunteers.hoursToReview"]!.count).toBe(before["volunteers.hoursToReview"]!.count + 1);
    expect(after["volunteers.certificatesExpiring"]!.count).toBe(before["volunteers.certificatesExpiring"]!.count);
    const shownAfter = await lists();
    expect(after["volunteers.signUpsWaiting"]!.count).toBe(shownAfter.signUps);
    expect(after["volunteers.hoursToReview"]!.count).toBe(shownAfter.hours);
  });

  it("is only for the viewer's roles and organisation, and empty when signed out", async () => {
    expect(await queue(await t.signIn("lotse@oldenburg.example"))).toEqual({});
    expect(await queue(await t.signIn("admin@oldenburg.example"))).toEqual({});
    const osnabrueck = await queue(await t.signIn("koordination@osnabrueck.example"));
    expect(osnabrueck["volunteers.signUpsWaiting"]!.count).toBe(
      (await (await t.signIn("koordination@osnabrueck.example")).gql(Volunteers, { filter: { status: "PENDING" } })).data!.volunteers.totalCount,
    );
    expect((await t.anonymous.gql(WorkQueue)).data?.myWorkQueue).toEqual([]);
  });
});

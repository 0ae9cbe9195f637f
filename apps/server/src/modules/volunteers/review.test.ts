import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { addMonths, addYears } from "@lotse/domain/calendar-months";
import { graphql } from "@lotse/schema/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { runRetention } from "../retention/index.ts";
import { conductRecordsRetention } from "./retention.ts";
import { gid } from "../../testing/global-ids.ts";

const Volunteers = graphql(`
  query TestVolunteers($filter: VolunteersFilter, $first: Int, $after: String) {
    volunteers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name email status offersInterpreting conductCertificate { state validUntil } } }
    }
  }
`);
const VolunteerDetail = graphql(`
  query TestVolunteer($id: ID!) {
    volunteer(id: $id) {
      id name status reviewReason emailVerified
      conductCertificates { inspectedOn issuedOn hasRelevantEntry }
      conductCertificate { state validUntil }
    }
  }
`);
const Review = graphql(`
  mutation TestReviewVolunteer($id: ID!, $decision: ReviewDecision!, $reason: String, $worksWithChildren: Boolean) {
    reviewVolunteer(id: $id, decision: $decision, reason: $reason, worksWithChildren: $worksWithChildren) {
      __typename
      ... on MutationReviewVolunteerSuccess { data { status reviewReason } }
      ... on Error { code field message }
    }
  }
`);
const Pause = graphql(`
  mutation TestPauseVolunteer($id: ID!) { pauseVolunteer(id: $id) { __typename ... on MutationPauseVolunteerSuccess { data { status } } ... on Error { code field } } }
`);
const Reactivate = graphql(`
  mutation TestReactivateVolunteer($id: ID!) { reactivateVolunteer(id: $id) { __typename ... on MutationReactivateVolunteerSuccess { data { status } } ... on Error { code field } } }
`);
const RecordCertificate = graphql(`
  mutation TestRecordConductCertificate($volunteerId: ID!, $input: ConductCertificateInput!) {
    recordConductCertificate(volunteerId: $volunteerId, input: $input) {
      __typename
      ... on MutationRecordConductCertificateSuccess { data { conductCertificate { state validUntil hasRelevantEntry } } }
      ... on Error { code field message }
    }
  }
`);
const Options = graphql(`query TestReviewOptions { topics { id name } districts { id name } }`);

let t: TestApp;
let coordinator: TestSession;
const ids: Record<string, string> = {};

async function addVolunteer(email: string, name: string, status: "PENDING" | "APPROVED", extra: { interpreting?: boolean; language?: string } = {}) {
  const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  const user = await t.db.prisma.user.create({ data: { email, name, emailVerifiedAt: new Date() } });
  await t.db.prisma.membership.create({ data: { organizationId: org.id, userId: user.id, roles: { create: [{ role: "VOLUNTEER" }] } } });
  const profile = await t.db.prisma.volunteerProfile.create({
    data: {
      organizationId: org.id,
      userId: user.id,
      status,
      germanLevel: "C1",
      offersInterpreting: extra.interpreting ?? false,
      consentVersion: 1,
      consentedAt: new Date(),
      languages: { create: [{ code: extra.language ?? "uk", level: "NATIVE", interpreting: extra.interpreting ?? false }] },
    },
  });
  return gid("Volunteer", profile.id);
}

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn("koordination@oldenburg.example");
  ids.pending = await addVolunteer("pending@example.org", "Paula Pending", "PENDING");
  ids.reject = await addVolunteer("reject@example.org", "Rolf Reject", "PENDING");
  ids.active = await addVolunteer("active@example.org", "Aylin Aktiv", "APPROVED", { interpreting: true, language: "tr" });
});
afterAll(async () => {
  await t?.close();
});

describe("coordinator review", () => {
  it("lists the organisation's volunteers with filters and pagination", async () => {
    const all = await coordinator.gql(Volunteers, { first: 2 });
    expect(all.data?.volunteers.totalCount).toBe(4);
    expect(all.data?.volunteers.pageInfo.hasNextPage).toBe(true);
    const next = await coordinator.gql(Volunteers, { first: 10, after: all.data!.volunteers.pageInfo.endCursor });
    expect(next.data?.volunteers.edges).toHaveLength(2);
    const pending = await coordinator.gql(Volunteers, { filter: { status: "PENDING" } });
    expect(pending.data?.volunteers.edges.map((e) => e.node.name)).toEqual(["Paula Pending", "Rolf Reject"]);
    const interpreters = await coordinator.gql(Volunteers, { filter: { interpreter: true, languageCode: "TR" } });
    expect(interpreters.data?.volunteers.edges.map((e) => e.node.name)).toEqual(["Aylin Aktiv"]);
    const search = await coordinator.gql(Volunteers, { filter: { search: "leyla" } });
    expect(search.data?.volunteers.edges.map((e) => e.node.email)).toEqual(["lotse@oldenburg.example"]);
    const { topics } = (await coordinator.gql(Options)).data!;
    const byTopic = await coordinator.gql(Volunteers, { filter: { topicId: topics.find((x) => x.name === "Behördengänge")!.id } });
    expect(byTopic.data?.volunteers.edges.map((e) => e.node.email)).toEqual(["lotse@oldenburg.example"]);
  });

  it("orders the list by name, also right after someone changes their name", async () => {
    const names = async () => (await coordinator.gql(Volunteers, { filter: { status: "PENDING" } })).data?.volunteers.edges.map((e) => e.node.name);
    expect(await names()).toEqual(["Paula Pending", "Rolf Reject"]);
    await t.db.prisma.user.update({ where: { email: "reject@example.org" }, data: { name: "Anton Reject" } });
    expect(await names()).toEqual(["Anton Reject", "Paula Pending"]);
    await t.db.prisma.user.update({ where: { email: "reject@example.org" }, data: { name: "Rolf Reject" } });
    expect(await names()).toEqual(["Paula Pending", "Rolf Reject"]);
  });

  it("is for coordinators only, and never shows another organisation's volunteers", async () => {
    const volunteer = await t.signIn("lotse@oldenburg.example");
    expect((await volunteer.gql(Volunteers, {})).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const osna = await t.signIn("koordination@osnabrueck.example");
    expect((await osna.gql(Volunteers, {})).data?.volunteers.totalCount).toBe(0);
    expect((await osna.gql(VolunteerDetail, { id: ids.pending! })).data?.volunteer).toBeNull();
    const res = await osna.gql(Review, { id: ids.pending!, decision: "APPROVE" });
    expect(res.data?.reviewVolunteer).toMatchObject({ code: "NOT_FOUND" });
  });

  it("approving without a clearing Führungszeugnis asks first whether the person will work with children (§ 72a SGB VIII)", async () => {
    const unanswered = await coordinator.gql(Review, { id: ids.pending!, decision: "APPROVE" });
    expect(unanswered.data?.reviewVolunteer).toMatchObject({
      code: "VALIDATION",
      field: "worksWithChildren",
      message: "Bitte geben Sie an, ob die Person mit Kindern oder Jugendlichen arbeiten wird.",
    });
    const withChildren = await coordinator.gql(Review, { id: ids.pending!, decision: "APPROVE", worksWithChildren: true });
    expect(withChildren.data?.reviewVolunteer).toMatchObject({ code: "CONFLICT", field: "worksWithChildren" });
    expect((withChildren.data?.reviewVolunteer as { message: string }).message).toMatch(/^Freigabe nicht möglich: .*§ 72a SGB VIII/);
    // Nothing was decided, nobody was mailed.
    expect((await coordinator.gql(VolunteerDetail, { id: ids.pending! })).data?.volunteer?.status).toBe("PENDING");
    expect(await t.db.prisma.outboxMessage.count({ where: { toAddress: "pending@example.org" } })).toBe(0);
  });

  it("approves with an email to the volunteer, and cannot decide twice", async () => {
    const res = await coordinator.gql(Review, { id: ids.pending!, decision: "APPROVE", worksWithChildren: false });
    expect(res.data?.reviewVolunteer).toMatchObject({ data: { status: "APPROVED" } });
    const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: "pending@example.org" } });
    expect(mail.subject).toMatch(/Willkommen/);
    // The answer is kept with the decision.
    const entry = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: "volunteer.approved" }, orderBy: { createdAt: "desc" } });
    expect(entry.changes).toMatchObject({ worksWithChildren: false });
    const twice = await coordinator.gql(Review, { id: ids.pending!, decision: "REJECT", reason: "doch nicht" });
    expect(twice.data?.reviewVolunteer).toMatchObject({ code: "CONFLICT", field: "id" });
  });

  it("rejects only with a reason, which the volunteer is told", async () => {
    const noReason = await coordinator.gql(Review, { id: ids.reject!, decision: "REJECT" });
    expect(noReason.data?.reviewVolunteer).toMatchObject({ code: "VALIDATION", field: "reason" });
    const res = await coordinator.gql(Review, { id: ids.reject!, decision: "REJECT", reason: "Kein Bezug zu Oldenburg" });
    expect(res.data?.reviewVolunteer).toMatchObject({ data: { status: "REJECTED", reviewReason: "Kein Bezug zu Oldenburg" } });
    const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: "reject@example.org" } });
    expect(mail.textBody).toContain("Kein Bezug zu Oldenburg");
  });

  it("does not approve someone who withdrew consent, and answers a malformed id with a code", async () => {
    const id = await addVolunteer("widerruf@example.org", "Wim Widerruf", "PENDING");
    await t.db.prisma.volunteerProfile.updateMany({ where: { user: { email: "widerruf@example.org" } }, data: { consentWithdrawnAt: new Date() } });
    expect((await coordinator.gql(Review, { id, decision: "APPROVE" })).data?.reviewVolunteer).toMatchObject({ code: "CONFLICT", field: "id" });
    const notAUuid = Buffer.from("Volunteer:nope").toString("base64");
    const res = await coordinator.gql(VolunteerDetail, { id: notAUuid });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const wrongType = await coordinator.gql(VolunteerDetail, { id: Buffer.from("HourLog:00000000-0000-4000-8000-000000000000").toString("base64") });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe("VALIDATION");
    expect(wrongType.status).toBeLessThan(500);
  });

  it("pauses and reactivates, but not someone who withdrew consent", async () => {
    expect((await coordinator.gql(Pause, { id: ids.active! })).data?.pauseVolunteer).toMatchObject({ data: { status: "PAUSED" } });
    expect((await coordinator.gql(Pause, { id: ids.active! })).data?.pauseVolunteer).toMatchObject({ code: "CONFLICT" });
    expect((await coordinator.gql(Reactivate, { id: ids.active! })).data?.reactivateVolunteer).toMatchObject({ data: { status: "APPROVED" } });
    await t.db.prisma.volunteerProfile.updateMany({ where: { user: { email: "active@example.org" } }, data: { status: "PAUSED", consentWithdrawnAt: new Date() } });
    expect((await coordinator.gql(Reactivate, { id: ids.active! })).data?.reactivateVolunteer).toMatchObject({ code: "CONFLICT", field: "id" });
  });
});

describe("Führungszeugnis", () => {
  const today = parseIsoDate(berlinToday());
  const iso = formatIsoDate;

  it("records only the facts of an inspection and shows the state", async () => {
    const res = await coordinator.gql(RecordCertificate, {
      volunteerId: ids.pending!,
      input: { inspectedOn: iso(today), issuedOn: iso(addDays(today, -20)), hasRelevantEntry: false },
    });
    expect(res.data?.recordConductCertificate).toMatchObject({ data: { conductCertificate: { state: "VALID", validUntil: iso(addYears(today, 5)), hasRelevantEntry: false } } });
    const detail = await coordinator.gql(VolunteerDetail, { id: ids.pending! });
    expect(detail.data?.volunteer?.conductCertificates).toEqual([{ inspectedOn: iso(today), issuedOn: iso(addDays(today, -20)), hasRelevantEntry: false }]);
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: "volunteer.conductCertificateRecorded" } });
    expect(audit.actorUserId).toBeTruthy();
    // That it happened, by whom and when; never the dates or the answer.
    expect(audit.changes).toEqual({});
  });

  it("refuses a certificate older than three months at inspection, a reversed or future date", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ inspectedOn: iso(today), issuedOn: iso(addDays(addMonths(today, -3), -1)) }, "issuedOn"],
      [{ inspectedOn: iso(addDays(today, -5)), issuedOn: iso(today) }, "issuedOn"],
      [{ inspectedOn: iso(addDays(today, 2)), issuedOn: iso(today) }, "inspectedOn"],
      [{ inspectedOn: "2026-02-30", issuedOn: iso(today) }, "inspectedOn"],
    ];
    for (const [input, field] of cases) {
      const res = await coordinator.gql(RecordCertificate, { volunteerId: ids.reject!, input: { hasRelevantEntry: false, ...input } as never });
      expect(res.data?.recordConductCertificate, JSON.stringify(input)).toMatchObject({ field });
    }
    expect(await t.db.prisma.conductCertificate.count({ where: { volunteer: { user: { email: "reject@example.org" } } } })).toBe(0);
  });

  it("shows missing, valid, expiring within 90 days and expired, and filters by them", async () => {
    const profile = (email: string) => t.db.prisma.volunteerProfile.findFirstOrThrow({ where: { user: { email } } });
    const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
    const record = async (email: string, inspectedOn: Date) =>
      t.db.prisma.conductCertificate.create({
        data: { organizationId: org.id, volunteerId: (await profile(email)).id, inspectedOn, issuedOn: addDays(inspectedOn, -10), hasRelevantEntry: false, inspectedById: (await profile(email)).userId },
      });
    await record("active@example.org", addDays(addYears(today, -5), 30)); // expires in 30 days
    await record("lotse@oldenburg.example", addDays(addYears(today, -5), -1)); // expired yesterday
    const states = async (state: "MISSING" | "VALID" | "EXPIRING" | "EXPIRED") =>
      (await coordinator.gql(Volunteers, { filter: { certificateState: state } })).data!.volunteers.edges.map((e) => [e.node.email, e.node.conductCertificate.state]);
    expect(await states("VALID")).toEqual([["pending@example.org", "VALID"]]);
    expect(await states("EXPIRING")).toEqual([["active@example.org", "EXPIRING"]]);
    expect(await states("EXPIRED")).toEqual([["lotse@oldenburg.example", "EXPIRED"]]);
    expect(await states("MISSING")).toEqual([
      ["reject@example.org", "MISSING"],
      ["widerruf@example.org", "MISSING"],
    ]);
  });
});

describe("relevant entries", () => {
  const today = parseIsoDate(berlinToday());
  const iso = formatIsoDate;
  it("flags a relevant entry in the latest inspection, whatever its validity", async () => {
    const id = await addVolunteer("eintrag@example.org", "Erik Eintrag", "PENDING");
    const res = await coordinator.gql(RecordCertificate, {
      volunteerId: id,
      input: { inspectedOn: iso(today), issuedOn: iso(addDays(today, -10)), hasRelevantEntry: true },
    });
    expect(res.data?.recordConductCertificate).toMatchObject({ data: { conductCertificate: { state: "VALID", hasRelevantEntry: true } } });
  });
});

describe("end of volunteering", () => {
  const End = graphql(`
    mutation TestEndVolunteering($id: ID!, $reason: String) {
      endVolunteering(id: $id, reason: $reason) { __typename ... on MutationEndVolunteeringSuccess { data { status endedAt } } ... on Error { code field } }
    }
  `);

  it("ends an approved volunteer once, and deletes their Führungszeugnis records three months later, not before", async () => {
    const today = parseIsoDate(berlinToday());
    const id = await addVolunteer("umzug@example.org", "Uwe Umzug", "APPROVED");
    const keep = await addVolunteer("bleibt@example.org", "Berta Bleibt", "APPROVED");
    for (const volunteerId of [id, keep]) {
      await coordinator.gql(RecordCertificate, { volunteerId, input: { inspectedOn: formatIsoDate(today), issuedOn: formatIsoDate(addDays(today, -5)), hasRelevantEntry: false } });
    }
    const ended = await coordinator.gql(End, { id, reason: "Umzug nach Bremen" });
    expect(ended.data?.endVolunteering).toMatchObject({ data: { status: "ENDED" } });
    expect((await coordinator.gql(End, { id })).data?.endVolunteering).toMatchObject({ code: "CONFLICT", field: "id" });
    expect((ended.data!.endVolunteering as { data: { endedAt: string | null } }).data.endedAt).toBeTruthy();
    // A mid-month end date, so "three months later" is the same day whatever the calendar says today.
    const endedAt = new Date("2026-06-15T10:00:00Z");
    await t.db.prisma.volunteerProfile.updateMany({ where: { user: { email: "umzug@example.org" } }, data: { endedAt } });

    const records = async (volunteerId: string) => (await coordinator.gql(VolunteerDetail, { id: volunteerId })).data!.volunteer!.conductCertificates.length;
    expect(await runRetention({ prisma: t.db.prisma, logger: createLogger("silent"), now: new Date(addMonths(endedAt, 3).getTime() - 60_000) }, [conductRecordsRetention])).toBe(0);
    expect(await records(id)).toBe(1);
    expect(await runRetention({ prisma: t.db.prisma, logger: createLogger("silent"), now: new Date(addMonths(endedAt, 3).getTime() + 60_000) }, [conductRecordsRetention])).toBe(1);
    expect(await records(id)).toBe(0);
    expect(await records(keep)).toBe(1);
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: "volunteer.conductCertificateDeleted", changes: { path: ["reason"], equals: "ENDED" } } });
    expect(audit.changes).toEqual({ reason: "ENDED", count: 1, monthsAfter: 3 });
  });

  it("does not end someone still waiting for approval", async () => {
    const id = await addVolunteer("wartet@example.org", "Wanda Wartet", "PENDING");
    expect((await coordinator.gql(End, { id })).data?.endVolunteering).toMatchObject({ code: "CONFLICT", field: "id" });
  });
});

// Last in the file: these certificates would change the lists counted above.
describe("approval and work with children, once a Führungszeugnis is recorded", () => {
  it("needs no answer once a valid Führungszeugnis without an entry is recorded, but asks again when it has a relevant entry", async () => {
    const today = parseIsoDate(berlinToday());
    const id = await addVolunteer("zeugnis@example.org", "Zora Zeugnis", "PENDING");
    const entry = await addVolunteer("kinder-eintrag@example.org", "Emil Eintrag", "PENDING");
    const input = (hasRelevantEntry: boolean) => ({ inspectedOn: formatIsoDate(today), issuedOn: formatIsoDate(addDays(today, -10)), hasRelevantEntry });
    expect((await coordinator.gql(RecordCertificate, { volunteerId: id, input: input(false) })).data?.recordConductCertificate.__typename).toBe("MutationRecordConductCertificateSuccess");
    expect((await coordinator.gql(RecordCertificate, { volunteerId: entry, input: input(true) })).data?.recordConductCertificate.__typename).toBe("MutationRecordConductCertificateSuccess");
    expect((await coordinator.gql(Review, { id, decision: "APPROVE" })).data?.reviewVolunteer).toMatchObject({ data: { status: "APPROVED" } });
    expect((await coordinator.gql(Review, { id: entry, decision: "APPROVE" })).data?.reviewVolunteer).toMatchObject({ code: "VALIDATION", field: "worksWithChildren" });
  });
});

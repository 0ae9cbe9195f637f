// Führungszeugnis records as a data-protection officer checks them: the
// 3-month age at month ends, only the latest inspection kept, records deleted
// months after a rejection, a withdrawn consent or the end of the volunteering,
// and an audit log that never copies what the record said.
import { graphql } from "@lotse/schema/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { runRetention } from "../retention/index.ts";
import { conductRecordsRetention } from "./retention.ts";
import { gid } from "../../testing/global-ids.ts";

const RecordCertificate = graphql(`
  mutation TestConductRecord($volunteerId: ID!, $input: ConductCertificateInput!) {
    recordConductCertificate(volunteerId: $volunteerId, input: $input) {
      __typename
      ... on MutationRecordConductCertificateSuccess { data { conductCertificates { inspectedOn issuedOn } } }
      ... on Error { code field message }
    }
  }
`);
const Review = graphql(`
  mutation TestConductReject($id: ID!, $decision: ReviewDecision!, $reason: String) {
    reviewVolunteer(id: $id, decision: $decision, reason: $reason) { __typename ... on Error { code } }
  }
`);
const Withdraw = graphql(`mutation TestConductWithdraw { withdrawConsent { __typename ... on Error { code } } }`);
const Detail = graphql(`query TestConductDetail($id: ID!) { volunteer(id: $id) { conductCertificates { inspectedOn issuedOn hasRelevantEntry } } }`);

let t: TestApp;
let coordinator: TestSession;

async function addVolunteer(email: string, status: "PENDING" | "APPROVED") {
  const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  const user = await t.db.prisma.user.create({ data: { email, name: email.split("@")[0]!, emailVerifiedAt: new Date() } });
  await t.db.prisma.membership.create({ data: { organizationId: org.id, userId: user.id, roles: { create: [{ role: "VOLUNTEER" }] } } });
  const profile = await t.db.prisma.volunteerProfile.create({
    data: { organizationId: org.id, userId: user.id, status, germanLevel: "C1", consentVersion: 1, consentedAt: new Date() },
  });
  return { profileId: profile.id, id: gid("Volunteer", profile.id) };
}

const record = (volunteerId: string, inspectedOn: string, issuedOn: string, hasRelevantEntry = false) =>
  coordinator.gql(RecordCertificate, { volunteerId, input: { inspectedOn, issuedOn, hasRelevantEntry } });
const records = async (id: string) => (await coordinator.gql(Detail, { id })).data!.volunteer!.conductCertificates;
const job = (now: Date) => runRetention({ prisma: t.db.prisma, logger: createLogger("silent"), now }, [conductRecordsRetention]);

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn("koordination@oldenburg.example");
});
afterAll(async () => {
  await t?.close();
});

describe("the 3-month age at month ends", () => {
  it("accepts a certificate issued on 28 February at an inspection on 31 May, and refuses 27 February", async () => {
    const { id } = await addVolunteer("monatsende@example.org", "APPROVED");
    expect((await record(id, "2026-05-31", "2026-02-27")).data?.recordConductCertificate).toMatchObject({ code: "VALIDATION", field: "issuedOn" });
    expect((await record(id, "2026-05-31", "2026-02-28")).data?.recordConductCertificate).toMatchObject({
      data: { conductCertificates: [{ inspectedOn: "2026-05-31", issuedOn: "2026-02-28" }] },
    });
  });
});

describe("only the latest inspection is kept", () => {
  it("deletes the superseded record when a newer inspection is recorded, and refuses an older one", async () => {
    const { id, profileId } = await addVolunteer("erneuert@example.org", "APPROVED");
    await record(id, "2026-03-10", "2026-02-01", true);
    const newer = await record(id, "2026-09-01", "2026-08-20");
    expect(newer.data?.recordConductCertificate).toMatchObject({ data: { conductCertificates: [{ inspectedOn: "2026-09-01", issuedOn: "2026-08-20" }] } });
    expect(await records(id)).toEqual([{ inspectedOn: "2026-09-01", issuedOn: "2026-08-20", hasRelevantEntry: false }]);
    const older = await record(id, "2026-06-01", "2026-05-01");
    expect(older.data?.recordConductCertificate).toMatchObject({ code: "CONFLICT", field: "inspectedOn" });
    expect(await records(id)).toHaveLength(1);

    // The changes; reading the records back (the answers above) is audited too, as its own entries.
    const entries = await t.db.prisma.auditLog.findMany({ where: { entityId: profileId, NOT: { action: "volunteer.conductRecordRead" } }, orderBy: { createdAt: "asc" } });
    expect(entries.map((e) => [e.action, e.changes])).toEqual([
      ["volunteer.conductCertificateRecorded", {}],
      ["volunteer.conductCertificateRecorded", {}],
      ["volunteer.conductCertificateDeleted", { reason: "SUPERSEDED", count: 1 }],
    ]);
    for (const e of entries) expect(e.actorUserId).toBeTruthy();
  });
});

describe("the retention job", () => {
  it("deletes the records of rejected, consent-withdrawn and ended volunteers three months later, not before, and logs no dates", async () => {
    const rejected = await addVolunteer("abgelehnt@example.org", "PENDING");
    const withdrawn = await addVolunteer("widerrufen@example.org", "APPROVED");
    const ended = await addVolunteer("beendet@example.org", "APPROVED");
    const active = await addVolunteer("aktiv-fz@example.org", "APPROVED");
    for (const v of [rejected, withdrawn, ended, active]) await record(v.id, "2026-05-31", "2026-05-20", true);

    expect((await coordinator.gql(Review, { id: rejected.id, decision: "REJECT", reason: "Passt nicht" })).data?.reviewVolunteer).toMatchObject({ __typename: "MutationReviewVolunteerSuccess" });
    const volunteer = await t.sessionFor("widerrufen@example.org");
    expect((await volunteer.gql(Withdraw)).data?.withdrawConsent).toMatchObject({ __typename: "MutationWithdrawConsentSuccess" });
    // The moments that start the clock, pinned (mid-month, so three months later is the same day).
    const at = new Date("2026-06-15T10:00:00Z");
    await t.db.prisma.volunteerProfile.update({ where: { id: rejected.profileId }, data: { reviewedAt: at } });
    await t.db.prisma.volunteerProfile.update({ where: { id: withdrawn.profileId }, data: { consentWithdrawnAt: at } });
    await t.db.prisma.volunteerProfile.update({ where: { id: ended.profileId }, data: { status: "ENDED", endedAt: at } });

    expect(await job(new Date("2026-09-15T09:59:00Z"))).toBe(0);
    for (const v of [rejected, withdrawn, ended, active]) expect(await records(v.id)).toHaveLength(1);
    expect(await job(new Date("2026-09-15T10:01:00Z"))).toBe(3);
    for (const v of [rejected, withdrawn, ended]) expect(await records(v.id)).toEqual([]);
    expect(await records(active.id)).toHaveLength(1);

    const deletions = await t.db.prisma.auditLog.findMany({ where: { action: "volunteer.conductCertificateDeleted", entityId: { in: [rejected.profileId, withdrawn.profileId, ended.profileId] } } });
    expect(Object.fromEntries(deletions.map((e) => [e.entityId, e.changes]))).toEqual({
      [rejected.profileId]: { reason: "REJECTED", count: 1, monthsAfter: 3 },
      [withdrawn.profileId]: { reason: "CONSENT_WITHDRAWN", count: 1, monthsAfter: 3 },
      [ended.profileId]: { reason: "ENDED", count: 1, monthsAfter: 3 },
    });
    // Nothing in the whole log repeats a date or the answer of an inspection.
    const all = await t.db.prisma.auditLog.findMany({ where: { action: { startsWith: "volunteer.conductCertificate" } } });
    for (const e of all) expect(JSON.stringify(e.changes)).not.toMatch(/2026-0[25]-|hasRelevantEntry|inspectedOn|issuedOn/);
    // Run again: nothing left to do.
    expect(await job(new Date("2026-09-15T10:01:00Z"))).toBe(0);
  });
});

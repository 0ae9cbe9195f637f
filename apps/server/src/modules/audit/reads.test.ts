// Reads of special-category data are on record: a list of volunteers with
// their Führungszeugnis state writes one entry for the whole list (naming every
// record), a family's Art. 9 note and a child's record one entry per request;
// the audit log's search by record finds them either way.
import { demo } from "@lotse/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/harness.ts";
import { createApprovedVolunteers } from "../../testing/volunteers.ts";
import { gid } from "../../testing/global-ids.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const reads = (action: string) => t.db.prisma.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });

describe("reads of special-category data", () => {
  it("writes one entry per request for a list of Führungszeugnis facts, naming every record read", async () => {
    const coordinator = await t.signIn(demo.coordinator);
    const staff = await t.db.prisma.user.findUniqueOrThrow({ where: { email: demo.coordinator } });
    const org = (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
    const emails = await createApprovedVolunteers(t.db.prisma, "oldenburg", "aaa-lesetest", 3);
    for (const v of await t.db.prisma.volunteerProfile.findMany({ where: { organizationId: org, user: { email: { in: emails } } } })) {
      await t.db.prisma.conductCertificate.create({ data: { organizationId: org, volunteerId: v.id, inspectedOn: new Date(), issuedOn: new Date(), hasRelevantEntry: false, inspectedById: staff.id } });
    }
    const before = (await reads("volunteer.conductRecordRead")).length;
    const res = await coordinator.gql<{ volunteers: { edges: { node: { id: string; conductCertificate: { state: string } } }[] } }, Record<string, never>>(
      `query { volunteers(first: 100) { edges { node { id conductCertificate { state } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const withRecord = await t.db.prisma.volunteerProfile.findMany({ where: { conductCertificates: { some: {} } }, select: { id: true } });
    const listed = res.data!.volunteers.edges.map((e) => Buffer.from(e.node.id, "base64").toString().split(":")[1]!);
    const expected = listed.filter((id) => withRecord.some((r) => r.id === id));
    expect(expected.length).toBeGreaterThan(1);
    const after = await reads("volunteer.conductRecordRead");
    expect(after.length - before).toBe(1);
    const entry = after.at(-1)!;
    expect(entry.entityType).toBe("VolunteerProfile");
    expect((entry.changes as { ids: string[] }).ids.sort()).toEqual(expected.sort());
    expect(entry.actorUserId).toBe(staff.id);

    // The admin's search by record finds the list's entry too.
    const admin = await t.signIn(demo.admin);
    const search = await admin.gql<{ auditLog: { edges: { node: { action: string } }[] } }, { id: string }>(
      `query($id: String) { auditLog(first: 20, filter: { entityId: $id, action: "volunteer.conductRecordRead" }) { edges { node { action } } } }`,
      { id: expected[0]! },
    );
    expect(search.errors).toBeUndefined();
    expect(search.data!.auditLog.edges.length).toBeGreaterThan(0);
  });

  it("records who read a family's Art. 9 note, and not a family without one", async () => {
    const coordinator = await t.signIn(demo.coordinator);
    const staff = await t.db.prisma.user.findUniqueOrThrow({ where: { email: demo.coordinator } });
    const org = (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
    const family = await t.db.prisma.family.create({
      data: { organizationId: org, addressedAs: "Familie Notiz", waitingSince: new Date(), consentVersion: 1, consentedAt: new Date(), art9ConsentAt: new Date(), restrictedNote: "Diabetes Typ 1", registeredById: staff.id },
    });
    const plain = await t.db.prisma.family.create({ data: { organizationId: org, addressedAs: "Familie Ohne", waitingSince: new Date(), consentVersion: 1, consentedAt: new Date(), registeredById: staff.id } });
    const Family = `query($id: ID!) { family(id: $id) { restrictedNote } }`;
    const read = await coordinator.gql<{ family: { restrictedNote: string } }, { id: string }>(Family, { id: gid("Family", family.id) });
    expect(read.data?.family.restrictedNote).toBe("Diabetes Typ 1");
    await coordinator.gql(Family, { id: gid("Family", plain.id) });
    expect(await t.db.prisma.auditLog.count({ where: { action: "family.art9NoteRead", entityId: family.id, actorUserId: staff.id } })).toBe(1);
    expect(await t.db.prisma.auditLog.count({ where: { action: "family.art9NoteRead", entityId: plain.id } })).toBe(0);
  });

  it("records a counsellor's read of a child's record, not of the name alone", async () => {
    const counsellor = await t.signIn("beratung@oldenburg.example");
    const staff = await t.db.prisma.user.findUniqueOrThrow({ where: { email: "beratung@oldenburg.example" } });
    const org = (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
    const child = await t.db.prisma.child.create({
      data: { organizationId: org, firstName: "Leni", lastName: "Lesetest", birthDate: new Date("2018-02-01"), languages: ["uk"], consentGivenBy: "Mutter", consentedAt: new Date(), createdById: staff.id, notes: "Hörgerät" },
    });
    const Child = (fields: string) => `query($id: ID!) { child(id: $id) { ${fields} } }`;
    expect((await counsellor.gql(Child("firstName lastName"), { id: gid("Child", child.id) })).errors).toBeUndefined();
    expect(await t.db.prisma.auditLog.count({ where: { action: "child.recordRead", entityId: child.id } })).toBe(0);
    const full = await counsellor.gql<{ child: { notes: string } }, { id: string }>(Child("firstName birthDate languages schoolYears notes"), { id: gid("Child", child.id) });
    expect(full.data?.child.notes).toBe("Hörgerät");
    expect(await t.db.prisma.auditLog.count({ where: { action: "child.recordRead", entityId: child.id, actorUserId: staff.id } })).toBe(1);
  });
});

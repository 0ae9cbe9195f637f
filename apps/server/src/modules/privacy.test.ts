// Every table is claimed by exactly one module, and every table holding
// personal data can be exported and erased: a new model without a declaration
// fails here, before it reaches a deployment. The export returns real rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDatamodel } from "../generated/pothos-types.ts";
import { enqueueJob } from "../jobs/delayed-jobs.ts";
import { createLogger } from "../logger.ts";
import { createTestApp, type TestApp } from "../testing/harness.ts";
import { modules } from "./index.ts";
import { sessionSettings } from "./identity/auth.service.ts";
import { createSession, viewerOfSession } from "./identity/sessions.ts";
import { buildServiceCtx } from "./service-context.ts";

const modelNames = Object.keys(getDatamodel().datamodel.models);

describe("privacy declarations", () => {
  it("claims every model of the data model in exactly one module", () => {
    const claims = new Map<string, string[]>();
    for (const m of modules) for (const p of m.privacy) claims.set(p.model, [...(claims.get(p.model) ?? []), m.name]);
    expect(modelNames.filter((name) => !claims.has(name)), "models no module claims").toEqual([]);
    expect([...claims].filter(([, by]) => by.length > 1), "models claimed twice").toEqual([]);
    expect([...claims.keys()].filter((name) => !modelNames.includes(name)), "claims of models that do not exist").toEqual([]);
  });

  it("gives every model with personal data an export and an erase hook", () => {
    const missing = modules
      .flatMap((m) => m.privacy)
      .filter((p) => p.personalData && (typeof p.export !== "function" || typeof p.erase !== "function"))
      .map((p) => p.model);
    expect(missing).toEqual([]);
  });

  it("lets no model that reaches a person, or holds contact data, be declared without personal data", () => {
    // A model pointing at a person's record (not a list of them) or with a column like these holds
    // personal data whatever its declaration says: declared without, it would escape export and erasure.
    const PEOPLE = new Set(["User", "Membership", "VolunteerProfile", "Family", "FamilyMember", "Child", "ChildGuardian", "Donor"]);
    const CONTACT = /^(name|email|phone|address|firstName|lastName|birthDate|birthYear)$/;
    const PLAIN_NAMES = new Set(["JobLease", "Fund", "GoodsCategory", "Organization", "OrganizationCounter", "Topic", "District", "ActivityType"]);
    const models = getDatamodel().datamodel.models;
    const reachesPerson = (name: string) =>
      models[name]!.fields.some((f) => (f.kind === "object" && !f.isList && PEOPLE.has(f.type)) || (f.kind === "scalar" && CONTACT.test(f.name) && !(f.name === "name" && PLAIN_NAMES.has(name))));
    // The rule sees what it should: rows about a volunteer, a guardian's address.
    expect(["HourLog", "ChildGuardian", "Tandem", "Donation"].filter(reachesPerson)).toEqual(["HourLog", "ChildGuardian", "Tandem", "Donation"]);
    const declaredWithout = modules.flatMap((m) => m.privacy).filter((p) => !p.personalData).map((p) => p.model);
    expect(declaredWithout.filter(reachesPerson), "declared without personal data, yet about a person").toEqual([]);
  });

  describe("on the demo data", () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t?.close());

    it("exports the demo volunteer's own rows, and no secrets", async () => {
      const prisma = t.db.prisma;
      const user = await prisma.user.findUniqueOrThrow({ where: { email: "lotse@oldenburg.example" } });
      const membership = await prisma.membership.findFirstOrThrow({ where: { userId: user.id } });
      const { session } = await createSession(prisma, user.id, membership.organizationId, sessionSettings(t.config));
      const viewer = await viewerOfSession(prisma, session.id);
      const ctx = buildServiceCtx({ config: t.config, logger: createLogger("silent"), prisma }, viewer, "de");
      const subject = { kind: "user" as const, userId: user.id, email: user.email };
      // A delayed job about this person (payload naming them by userId), and one about nobody.
      await enqueueJob(prisma, { organizationId: membership.organizationId, kind: "privacy.reminder", runAt: new Date(), payload: { userId: user.id } });
      await enqueueJob(prisma, { organizationId: membership.organizationId, kind: "privacy.other", runAt: new Date(), payload: { userId: "someone-else" } });
      const exported = new Map<string, unknown[]>();
      for (const p of modules.flatMap((m) => m.privacy)) if (p.personalData) exported.set(p.model, await p.export(ctx, subject));

      expect(exported.get("User")).toMatchObject([{ id: user.id, email: "lotse@oldenburg.example" }]);
      expect(exported.get("VolunteerProfile")).toHaveLength(1);
      const hours = await prisma.hourLog.count({ where: { volunteer: { userId: user.id } } });
      expect(hours).toBeGreaterThan(0);
      expect(exported.get("HourLog")).toHaveLength(hours);
      // Only this person's rows: every exported hour log belongs to their profile.
      const profileId = (exported.get("VolunteerProfile")![0] as { id: string }).id;
      expect((exported.get("HourLog") as { volunteerId: string }[]).every((h) => h.volunteerId === profileId)).toBe(true);
      expect(exported.get("Job")).toMatchObject([{ kind: "privacy.reminder", payload: { userId: user.id } }]);
      expect(JSON.stringify([...exported.values()])).not.toMatch(/"(hash|tokenHash|calendarTokenHash)"/);

      const plans = await Promise.all(modules.flatMap((m) => m.privacy).flatMap((p) => (p.personalData ? [p.plan(ctx, subject)] : [])));
      expect(plans.find((plan) => plan.model === "HourLog")).toMatchObject({ rows: hours, kept: expect.any(String) });
    });
  });
});

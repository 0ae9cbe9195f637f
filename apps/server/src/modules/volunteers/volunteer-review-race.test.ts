// Two coordinators deciding the same volunteer sign-up at the same moment, one
// approving and one rejecting: one decision is stored, the other coordinator
// is told it was already decided, and the audit log holds exactly one entry.
// PostgreSQL only: PGlite runs one transaction at a time.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { describeOnPostgres } from "../../testing/postgres-only.ts";
import { gid } from "../../testing/global-ids.ts";

const ROUNDS = 6;
const Review = `mutation($id: ID!, $decision: ReviewDecision!, $reason: String, $worksWithChildren: Boolean) {
  reviewVolunteer(id: $id, decision: $decision, reason: $reason, worksWithChildren: $worksWithChildren) {
    __typename
    ... on MutationReviewVolunteerSuccess { data { status } }
    ... on Error { code field message }
  }
}`;
type ReviewResult = { reviewVolunteer: { __typename: string; data?: { status: string }; code?: string; field?: string; message?: string } };

describeOnPostgres("race-free volunteer decisions", () => {
  let t: TestApp;
  let first: TestSession;
  let second: TestSession;
  let organizationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
    organizationId = org.id;
    first = await t.sessionFor("koordination@oldenburg.example");
    const user = await t.db.prisma.user.create({ data: { email: "zweite-koordination@oldenburg.example", name: "Zora Zweite", emailVerifiedAt: new Date() } });
    await t.db.prisma.membership.create({ data: { organizationId, userId: user.id, acceptedAt: new Date(), roles: { create: [{ role: "COORDINATOR" }] } } });
    second = await t.sessionFor("zweite-koordination@oldenburg.example");
  });
  afterAll(async () => {
    await t?.close();
  });

  it(`gives one decision, one "already decided" and one audit entry, ${ROUNDS} times over`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const user = await t.db.prisma.user.create({ data: { email: `wartend-${round}@example.org`, name: `Wartend ${round}`, emailVerifiedAt: new Date() } });
      await t.db.prisma.membership.create({ data: { organizationId, userId: user.id, acceptedAt: new Date(), roles: { create: [{ role: "VOLUNTEER" }] } } });
      const profile = await t.db.prisma.volunteerProfile.create({
        data: { organizationId, userId: user.id, status: "PENDING", germanLevel: "B2", consentVersion: 1, consentedAt: new Date() },
      });
      const id = gid("Volunteer", profile.id);
      const approve = () => first.gql<ReviewResult, Record<string, unknown>>(Review, { id, decision: "APPROVE", worksWithChildren: false });
      const reject = () => second.gql<ReviewResult, Record<string, unknown>>(Review, { id, decision: "REJECT", reason: "doppelt angemeldet" });
      const [a, r] = round % 2 === 0 ? await Promise.all([approve(), reject()]) : (await Promise.all([reject(), approve()])).reverse();

      const answers = [a!.data!.reviewVolunteer, r!.data!.reviewVolunteer];
      const won = answers.filter((x) => x.__typename === "MutationReviewVolunteerSuccess");
      const lost = answers.filter((x) => x.__typename !== "MutationReviewVolunteerSuccess");
      expect(won, `round ${round}`).toHaveLength(1);
      expect(lost[0], `round ${round}`).toMatchObject({ code: "CONFLICT", field: "id", message: "Diese Anmeldung wurde bereits entschieden." });
      const stored = await t.db.prisma.volunteerProfile.findUniqueOrThrow({ where: { id: profile.id } });
      expect(won[0]!.data!.status).toBe(stored.status);
      const audits = await t.db.prisma.auditLog.findMany({ where: { entityType: "VolunteerProfile", entityId: profile.id, action: { in: ["volunteer.approved", "volunteer.rejected"] } } });
      expect(audits, `round ${round}`).toHaveLength(1);
      expect(audits[0]!.action).toBe(stored.status === "APPROVED" ? "volunteer.approved" : "volunteer.rejected");
      // One mail to the volunteer, with the decision that was stored.
      expect(await t.db.prisma.outboxMessage.count({ where: { toAddress: user.email } })).toBe(1);
    }
  }, 120_000);
});

// Two coordinators deciding the same hour entry at the same moment, one
// approving and one rejecting: exactly one decision is stored, one of them is
// told it was theirs, the other gets a typed "already decided", and the audit
// log holds exactly one entry for it. PostgreSQL only: PGlite runs one
// transaction at a time, so the race cannot happen there.
import { berlinToday } from "@lotse/domain/berlin-time";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { describeOnPostgres } from "../../testing/postgres-only.ts";
const ROUNDS = 12;

const LogHours = `mutation($input: HourLogInput!) { logHours(input: $input) { __typename ... on MutationLogHoursSuccess { data { id } } ... on Error { code } } }`;
const Review = `mutation($ids: [ID!]!, $decision: ReviewDecision!, $reason: String) {
  reviewHourLogs(ids: $ids, decision: $decision, reason: $reason) {
    __typename
    ... on MutationReviewHourLogsSuccess { data { id status } }
    ... on Error { code field message }
  }
}`;

type ReviewResult = { reviewHourLogs: { __typename: string; data?: { id: string; status: string }[]; code?: string; field?: string; message?: string } };

describeOnPostgres("race-free reviews", () => {
  let t: TestApp;
  let volunteer: TestSession;
  let first: TestSession;
  let second: TestSession;
  let activityTypeId: string;

  beforeAll(async () => {
    t = await createTestApp();
    volunteer = await t.signIn("lotse@oldenburg.example");
    first = await t.signIn("koordination@oldenburg.example");
    // A second coordinator of the same organisation.
    const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
    const user = await t.db.prisma.user.create({ data: { email: "zweite-koordination@oldenburg.example", name: "Zora Zweite", emailVerifiedAt: new Date() } });
    await t.db.prisma.membership.create({ data: { organizationId: org.id, userId: user.id, roles: { create: [{ role: "COORDINATOR" }] } } });
    second = await t.sessionFor("zweite-koordination@oldenburg.example");
    const types = await volunteer.gql<{ activityTypes: { id: string; key: string }[] }, Record<string, never>>(`query { activityTypes { id key } }`);
    activityTypeId = types.data!.activityTypes.find((a) => a.key === "ESCORT")!.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it(`gives one decision, one "decided by you", one "already decided" and one audit entry, ${ROUNDS} times over`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const logged = await volunteer.gql<{ logHours: { data: { id: string } } }, Record<string, unknown>>(LogHours, {
        input: { date: berlinToday(), minutes: 5, activityTypeId, note: `race ${round}` },
      });
      const id = logged.data!.logHours.data.id;
      // Alternate who starts first, so either decision can win.
      const approve = () => first.gql<ReviewResult, Record<string, unknown>>(Review, { ids: [id], decision: "APPROVE" });
      const reject = () => second.gql<ReviewResult, Record<string, unknown>>(Review, { ids: [id], decision: "REJECT", reason: "doppelt erfasst" });
      const [a, r] = round % 2 === 0 ? await Promise.all([approve(), reject()]) : (await Promise.all([reject(), approve()])).reverse();

      const answers = [a!.data!.reviewHourLogs, r!.data!.reviewHourLogs];
      const won = answers.filter((x) => x.__typename === "MutationReviewHourLogsSuccess");
      const lost = answers.filter((x) => x.__typename !== "MutationReviewHourLogsSuccess");
      expect(won, `round ${round}`).toHaveLength(1);
      expect(lost, `round ${round}`).toHaveLength(1);
      expect(lost[0]).toMatchObject({ code: "CONFLICT", field: "ids", message: "Über diese Einträge wurde bereits entschieden." });

      const stored = await t.db.prisma.hourLog.findUniqueOrThrow({ where: { id: Buffer.from(id, "base64").toString().split(":")[1]! } });
      expect(won[0]!.data).toEqual([{ id, status: stored.status }]);
      const audits = await t.db.prisma.auditLog.findMany({ where: { entityType: "HourLog", entityId: stored.id, action: { in: ["hours.approved", "hours.rejected"] } } });
      expect(audits, `round ${round}`).toHaveLength(1);
      expect(audits[0]!.action).toBe(stored.status === "APPROVED" ? "hours.approved" : "hours.rejected");
      expect(audits[0]!.actorUserId).toBe(stored.reviewedById);
    }
  }, 120_000);
});

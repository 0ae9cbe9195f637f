// No double booking under concurrency is the database's rule (exclusion
// constraints, migration appointments): 200 bookings of one slot sent at once
// give exactly one appointment and 199 clear answers. PostgreSQL only (PGlite
// runs one transaction at a time, so no race could happen there).
import { berlinToIso, berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { itOnPostgres } from "../../testing/postgres-only.ts";

type Any = any;
const gql = async (s: TestSession, query: string, variables: Record<string, unknown> = {}): Promise<Any> => s.gql<Any, Record<string, unknown>>(query, variables);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe("booking under contention", () => {
  itOnPostgres(
    "200 simultaneous bookings of one slot: one appointment, 199 CONFLICT answers",
    async () => {
      const counsellor = await t.signIn("beratung@oldenburg.example");
      const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
      const m = await t.db.prisma.membership.findFirstOrThrow({ where: { organizationId: org.id, user: { email: "beratung@oldenburg.example" } } });
      const counsellorGid = Buffer.from(`User:${m.id}`).toString("base64");
      const rules = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "08:00", end: "18:00", room: "Raum 1" }));
      await gql(counsellor, `mutation($id: ID!, $rules: [AvailabilityRuleInput!]!) { setCounsellorAvailability(counsellorId: $id, rules: $rules) { __typename } }`, { id: counsellorGid, rules });
      const child = await gql(counsellor, `mutation($input: ChildInput!) { registerChild(input: $input) { ... on MutationRegisterChildSuccess { data { id } } } }`, {
        input: { firstName: "Race", lastName: "Test", birthDate: "2015-05-05", languages: [], schoolYears: 0, schoolCountries: [], guardians: [{ name: "G", readsLanguage: "de" }], consentGivenBy: "G", consent: true },
      });
      const startsAt = berlinToIso(formatIsoDate(addDays(parseIsoDate(berlinToday()), 4)), "10:00")!;
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          gql(counsellor, `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { __typename ... on Error { code field message } } }`, {
            input: { childId: child.data.registerChild.data.id, counsellorId: counsellorGid, kind: "INITIAL", startsAt, idempotencyKey: `race-${String(i).padStart(4, "0")}` },
          }),
        ),
      );
      const answers = results.map((r) => r.data?.bookAppointment ?? { __typename: "error", errors: r.errors });
      const booked = answers.filter((a) => a.__typename === "MutationBookAppointmentSuccess");
      const refused = answers.filter((a) => a.code === "CONFLICT" && (a.field === "startsAt" || a.field === "room") && a.message);
      expect(booked).toHaveLength(1);
      expect(refused).toHaveLength(199);
      expect(await t.db.prisma.appointment.count({ where: { startsAt: new Date(startsAt), status: "BOOKED" } })).toBe(1);
      // One reminder job, for the one appointment.
      expect(await t.db.prisma.job.count({ where: { kind: "appointments.reminder" } })).toBe(1);
    },
    120_000,
  );
});

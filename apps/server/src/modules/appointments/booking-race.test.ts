// No double booking under concurrency is the database's rule (exclusion
// constraints, migration appointments): 200 bookings of one slot sent at once
// give exactly one appointment and 199 clear answers. PostgreSQL only (PGlite
// runs one transaction at a time, so no race could happen there).
import { afterAll, beforeAll, describe, expect } from "vitest";
import { at, day, gql, openCounsellorWeek, registeredChildId, SEEDED_COUNSELLOR } from "../../testing/appointments.ts";
import { createTestApp, type TestApp } from "../../testing/harness.ts";
import { itOnPostgres } from "../../testing/postgres-only.ts";


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
      const counsellor = await t.signIn(SEEDED_COUNSELLOR);
      const counsellorGid = await openCounsellorWeek(t, counsellor);
      const childId = await registeredChildId(counsellor, {
        firstName: "Race",
        birthDate: "2015-05-05",
        languages: [],
        schoolYears: 0,
        schoolCountries: [],
        guardians: [{ name: "G", readsLanguage: "de" }],
      });
      const startsAt = at(day(4), "10:00");
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          gql(counsellor, `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { __typename ... on Error { code field message } } }`, {
            input: { childId, counsellorId: counsellorGid, kind: "INITIAL", startsAt, idempotencyKey: `race-${String(i).padStart(4, "0")}` },
          }),
        ),
      );
      const answers = results.map((r) => r.data?.bookAppointment ?? { __typename: "error", errors: r.errors });
      const booked = answers.filter((a) => a.__typename === "MutationBookAppointmentSuccess");
      const refused = answers.filter((a) => a.code === "CONFLICT" && (a.field === "startsAt" || a.field === "room") && a.message);
      // What came back, counted by answer, for the failure message: a race that fails should say how.
      const tally = Object.entries(answers.reduce((byAnswer: Record<string, number>, answer) => {
        const key = JSON.stringify(answer);
        byAnswer[key] = (byAnswer[key] ?? 0) + 1;
        return byAnswer;
      }, {})).map(([answer, count]) => `${count}× ${answer}`).join("\n");
      expect(booked, tally).toHaveLength(1);
      expect(refused, tally).toHaveLength(199);
      expect(await t.db.prisma.appointment.count({ where: { startsAt: new Date(startsAt), status: "BOOKED" } })).toBe(1);
      // One reminder job, for the one appointment.
      expect(await t.db.prisma.job.count({ where: { kind: "appointments.reminder" } })).toBe(1);
    },
    120_000,
  );
});

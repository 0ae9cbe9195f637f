// Helpers of the appointments tests: a child registered through the API as a
// counsellor does, the seeded counsellor open all week, Berlin days and times,
// and untyped GraphQL for inline documents. One ChildInput for every test file,
// so a field the form gains is added here once; each test names only what it
// is about (a name, a guardian's language, no schooling).
import { berlinToIso, berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { gid } from "./global-ids.ts";
import type { TestApp, TestSession } from "./harness.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

export const SEEDED_COUNSELLOR = "beratung@oldenburg.example";

/** A document written inline in a test, its answer untyped. */
export const gql = (s: TestSession, query: string, variables: Record<string, unknown> = {}): Promise<Any> => s.gql<Any, Record<string, unknown>>(query, variables);

/** A Berlin day `days` from today, "YYYY-MM-DD". */
export const day = (days: number) => formatIsoDate(addDays(parseIsoDate(berlinToday()), days));

/** A Berlin wall-clock time of a day, as an ISO instant. */
export const at = (date: string, time: string) => berlinToIso(date, time)!;

/** A complete ChildInput; the consent is given by the first guardian unless a test says otherwise. */
export function childInput(overrides: Record<string, unknown> = {}) {
  const guardians = (overrides.guardians as { name: string }[] | undefined) ?? [{ name: "Guardian", readsLanguage: "ar" }];
  return {
    firstName: "Amira",
    lastName: "Test",
    birthDate: "2016-01-01",
    languages: ["ar"],
    schoolYears: 2,
    schoolCountries: ["SY"],
    guardians,
    consentGivenBy: guardians[0]?.name ?? "Guardian",
    consent: true,
    ...overrides,
  };
}

const REGISTERED = `__typename ... on MutationRegisterChildSuccess { data { id } } ... on Error { code field message }`;

/** registerChild's result (the success with the selected fields, or the error). */
export async function registerChild(s: TestSession, overrides: Record<string, unknown> = {}, fields = REGISTERED): Promise<Any> {
  const res = await s.gql<Any, Record<string, unknown>>(`mutation($input: ChildInput!) { registerChild(input: $input) { ${fields} } }`, { input: childInput(overrides) });
  return res.data.registerChild;
}

/** A registered child's id; fails the test when the registration is refused. */
export async function registeredChildId(s: TestSession, overrides: Record<string, unknown> = {}): Promise<string> {
  const result = await registerChild(s, overrides);
  if (result?.__typename !== "MutationRegisterChildSuccess") throw new Error(`registerChild refused: ${JSON.stringify(result)}`);
  return result.data.id as string;
}

/** The seeded counsellor's global id, open for appointments every day 08:00-18:00 in "Raum 1". */
export async function openCounsellorWeek(t: TestApp, counsellor: TestSession, email = SEEDED_COUNSELLOR): Promise<string> {
  const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  const m = await t.db.prisma.membership.findFirstOrThrow({ where: { organizationId: org.id, user: { email } } });
  const counsellorGid = gid("User", m.id);
  const rules = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "08:00", end: "18:00", room: "Raum 1" }));
  await counsellor.gql(`mutation($id: ID!, $rules: [AvailabilityRuleInput!]!) { setCounsellorAvailability(counsellorId: $id, rules: $rules) { __typename } }`, { id: counsellorGid, rules });
  return counsellorGid;
}

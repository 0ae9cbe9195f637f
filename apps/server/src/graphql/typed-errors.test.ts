// Inputs that used to end in a masked internal error (and a stack trace in the
// log) get a typed answer instead; client mistakes are logged at info, and no
// log line carries an email address.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../testing/harness.ts";
import { createLogger, scrubPersonalData } from "../logger.ts";
import { gid as globalId } from "../testing/global-ids.ts";

let t: TestApp;
let admin: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn("admin@oldenburg.example");
});
afterAll(async () => {
  await t?.close();
});

const NODE = `query($id: ID!) { node(id: $id) { id } }`;

describe("node(id)", () => {
  it("answers another organisation's id exactly like an id that does not exist or that the caller may not see", async () => {
    const foreign = await t.db.prisma.membership.findFirstOrThrow({ where: { organization: { slug: "osnabrueck" }, user: { email: "koordination@osnabrueck.example" } } });
    const ownColleague = await t.db.prisma.membership.findFirstOrThrow({ where: { organization: { slug: "oldenburg" }, user: { email: "kurs@oldenburg.example" } } });
    const volunteer = await t.signIn("lotse@oldenburg.example");
    const answers = await Promise.all(
      [
        globalId("User", foreign.id),
        globalId("User", "00000000-0000-4000-8000-000000000000"),
        globalId("Nope", "00000000-0000-4000-8000-000000000000"),
        globalId("User", ownColleague.id), // same organisation, but a volunteer may not read it
      ].map(async (id) => {
        const res = await volunteer.gql(NODE, { id });
        return { data: res.data, errors: res.errors?.map(({ message, extensions }) => ({ message, extensions })) };
      }),
    );
    expect(answers[0]).toEqual({ data: { node: null }, errors: [{ message: "Dafür fehlt Ihnen die Berechtigung.", extensions: { code: "FORBIDDEN" } }] });
    for (const other of answers.slice(1)) expect(other).toEqual(answers[0]);
    // An admin of the other organisation's colleague gets the same, too.
    const byAdmin = await admin.gql(NODE, { id: globalId("User", foreign.id) });
    expect(byAdmin.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("text the database cannot store", () => {
  const INVITE = `mutation($i: InviteUserInput!) { inviteUser(input: $i) { __typename ... on Error { code field } } }`;

  it("refuses a NUL character in a variable, naming the input, and stores nothing", async () => {
    const res = await admin.gql(INVITE, { i: { email: "nul@example.org", name: "Null\u0000Byte", roles: ["VOLUNTEER"] } });
    expect(res.errors).toEqual([expect.objectContaining({ extensions: { code: "VALIDATION", field: "i.name" } })]);
    expect(res.errors?.[0]?.message).toMatch(/Zeichen/);
    expect(await t.db.prisma.user.count({ where: { email: "nul@example.org" } })).toBe(0);
  });

  it("refuses a NUL character in a literal of the document", async () => {
    const res = await admin.gql(`mutation { inviteUser(input: { email: "lit@example.org", name: "a\\u0000b", roles: [VOLUNTEER] }) { __typename } }`);
    expect(res.errors?.[0]?.extensions).toEqual({ code: "VALIDATION", field: null });
  });

  it("refuses a lone surrogate, which is no character at all", async () => {
    const res = await admin.gql(INVITE, { i: { email: "sur@example.org", name: "Halb\ud800", roles: ["VOLUNTEER"] } });
    expect(res.errors?.[0]?.extensions).toEqual({ code: "VALIDATION", field: "i.name" });
    expect(await t.db.prisma.user.count({ where: { email: "sur@example.org" } })).toBe(0);
    // A complete pair (an emoji) is fine.
    const ok = await admin.gql(INVITE, { i: { email: "emoji@example.org", name: "Emo 😀", roles: ["VOLUNTEER"] } });
    expect(ok.data).toEqual({ inviteUser: { __typename: "MutationInviteUserSuccess" } });
  });
});

describe("a session move that hits the database's day limit", () => {
  it("answers with a typed error at the field instead of an internal error", async () => {
    const trainer = await t.signIn("kurs@oldenburg.example");
    const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
    const profile = await t.db.prisma.volunteerProfile.findFirstOrThrow({ where: { organizationId: org.id, user: { email: "lotse@oldenburg.example" } } });
    const cohort = await t.db.prisma.cohort.findFirstOrThrow({ where: { organizationId: org.id, trainers: { some: { user: { email: "kurs@oldenburg.example" } } } } });
    const activity = await t.db.prisma.activityType.findFirstOrThrow({ where: { organizationId: org.id } });
    const session = await t.db.prisma.cohortSession.create({
      data: { organizationId: org.id, cohortId: cohort.id, startsAt: new Date("2026-06-01T08:00:00Z"), endsAt: new Date("2026-06-01T10:00:00Z"), topic: "Anwesenheit" },
    });
    // Hours credited from attending the session, and a long day elsewhere on 3 June.
    await t.db.prisma.hourLog.create({ data: { organizationId: org.id, volunteerId: profile.id, date: new Date("2026-06-01"), minutes: 120, activityTypeId: activity.id, cohortSessionId: session.id, cohortId: cohort.id } });
    await t.db.prisma.hourLog.create({ data: { organizationId: org.id, volunteerId: profile.id, date: new Date("2026-06-03"), minutes: 1400, activityTypeId: activity.id } });
    const res = await trainer.gql(
      `mutation($id: ID!, $input: CohortSessionInput!) { updateCohortSession(id: $id, input: $input) { __typename ... on Error { code field message } } }`,
      { id: globalId("CohortSession", session.id), input: { startsAt: "2026-06-03T08:00:00Z", endsAt: "2026-06-03T10:00:00Z", topic: "Anwesenheit" } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ updateCohortSession: { __typename: "DomainError", code: "VALIDATION", field: "startsAt", message: expect.stringMatching(/24 Stunden/) } });
    const unchanged = await t.db.prisma.cohortSession.findUniqueOrThrow({ where: { id: session.id } });
    expect(unchanged.startsAt.toISOString()).toBe("2026-06-01T08:00:00.000Z");
  });
});

describe("logs", () => {
  it("logs a malformed id at info, not error, and keeps email addresses out of every line", async () => {
    const captured: string[] = [];
    const logger = createLogger("info", { write: (line) => captured.push(line) });
    const { createApp } = await import("../app.ts");
    const app = createApp({ config: t.config, logger, prisma: t.db.prisma });
    const post = (body: unknown, cookie = admin.cookie) =>
      app.fetch(new Request("http://lotse.test/graphql", { method: "POST", headers: { "content-type": "application/json", "x-lotse-csrf": "1", cookie }, body: JSON.stringify(body) }));
    await (await post({ query: NODE, variables: { id: "garbage" } })).json();
    await (await post({ query: `mutation { signIn(input: { email: "someone@example.org", password: "wrong-password-1" }) { __typename } }` }, "")).json();
    logger.error({ err: new Error("550 mailbox unavailable: someone@example.org") }, "mail failed");
    const parsed = captured.map((l) => JSON.parse(l) as { level: number; msg: string; code?: string });
    expect(parsed.find((l) => l.msg === "client error")).toMatchObject({ level: 30, code: "NOT_FOUND" });
    expect(parsed.filter((l) => l.level >= 50 && l.msg !== "mail failed")).toEqual([]);
    expect(captured.join("\n")).not.toMatch(/someone@example\.org|admin@oldenburg/);
    expect(scrubPersonalData('{"msg":"to a.b-c@x.example.org"}')).toBe('{"msg":"to [email]"}');
  });
});

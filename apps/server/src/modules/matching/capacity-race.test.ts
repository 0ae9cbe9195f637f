// Races the database decides (PostgreSQL only: PGlite runs one transaction at
// a time, so nothing can race there): two coordinators proposing a
// volunteer's last free place at once give one tandem, the other hears
// CONFLICT; two accepts for one family give one active tandem; two API
// instances running the no-contact alert at once send each mail once.
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, type Database } from "../../db/open.ts";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { addVolunteer, familyInput, gid, ProposeMatch, RegisterFamily, Respond, rawId } from "../../testing/matching.ts";
import { describeOnPostgres } from "../../testing/postgres-only.ts";
import { sendNoContactAlerts } from "./alerts.service.ts";

const ROUNDS = 8;
type Result = { __typename: string; data?: any; code?: string; field?: string; message?: string };
const first = (data: Record<string, Result> | undefined): Result => Object.values(data ?? {})[0] as Result;

describeOnPostgres("tandem rules under concurrency", () => {
  let t: TestApp;
  let one: TestSession;
  let two: TestSession;

  beforeAll(async () => {
    t = await createTestApp();
    one = await t.signIn("koordination@oldenburg.example");
    const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
    const user = await t.db.prisma.user.create({ data: { email: "zweite-koordination@oldenburg.example", name: "Zora Zweite", emailVerifiedAt: new Date() } });
    await t.db.prisma.membership.create({ data: { organizationId: org.id, userId: user.id, roles: { create: [{ role: "COORDINATOR" }] } } });
    two = await t.sessionFor("zweite-koordination@oldenburg.example");
  });
  afterAll(() => t?.close());

  const register = async (name: string) =>
    first((await one.gql<Record<string, Result>, Record<string, unknown>>(RegisterFamily, { input: familyInput({ addressedAs: name, members: [{ firstName: name, birthYear: 1980, adult: true }] }) })).data).data.id as string;

  it(`two coordinators proposing a volunteer's last free place at once give one tandem, ${ROUNDS} times over`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const volunteer = await addVolunteer(t.db.prisma, { email: `race-${round}@example.org`, languages: [["ar", "NATIVE"]], maxTandems: 1 });
      const [a, b] = [await register(`A${round}`), await register(`B${round}`)];
      const propose = (s: TestSession, familyId: string) => s.gql<Record<string, Result>, Record<string, unknown>>(ProposeMatch, { familyId, volunteerId: gid("Volunteer", volunteer) });
      const answers = (await Promise.all([propose(one, a), propose(two, b)])).map((r) => first(r.data));
      const won = answers.filter((x) => x.__typename === "MutationProposeMatchSuccess");
      const lost = answers.filter((x) => x.__typename !== "MutationProposeMatchSuccess");
      expect(won, `round ${round}`).toHaveLength(1);
      expect(lost[0], `round ${round}`).toMatchObject({ code: "CONFLICT", field: "volunteerId" });
      expect(await t.db.prisma.tandem.count({ where: { volunteerId: volunteer } })).toBe(1);
      // Exactly one proposal mail and one history entry: the loser's transaction left nothing.
      expect(await t.db.prisma.outboxMessage.count({ where: { toAddress: `race-${round}@example.org` } })).toBe(1);
      expect(await t.db.prisma.tandemEvent.count({ where: { tandem: { volunteerId: volunteer } } })).toBe(1);
    }
  }, 180_000);

  it("a family gets one active tandem when two volunteers accept at once (the setting allows several proposals)", async () => {
    const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
    // Two open proposals for one family exist only while the setting allows several; it is switched off before the accepts.
    await t.db.prisma.matchingSettings.upsert({ where: { organizationId: org.id }, create: { organizationId: org.id, allowSeveralActivePerFamily: true }, update: { allowSeveralActivePerFamily: true } });
    const family = await register("Familie Doppelt");
    const [x, y] = [
      await addVolunteer(t.db.prisma, { email: "x@example.org", languages: [["ar", "NATIVE"]] }),
      await addVolunteer(t.db.prisma, { email: "y@example.org", languages: [["ar", "NATIVE"]] }),
    ];
    const px = first((await one.gql<Record<string, Result>, Record<string, unknown>>(ProposeMatch, { familyId: family, volunteerId: gid("Volunteer", x) })).data).data.id;
    const py = first((await one.gql<Record<string, Result>, Record<string, unknown>>(ProposeMatch, { familyId: family, volunteerId: gid("Volunteer", y) })).data).data.id;
    await t.db.prisma.matchingSettings.update({ where: { organizationId: org.id }, data: { allowSeveralActivePerFamily: false } });
    const [sx, sy] = [await t.sessionFor("x@example.org"), await t.sessionFor("y@example.org")];
    const answers = (await Promise.all([sx.gql<Record<string, Result>, Record<string, unknown>>(Respond, { id: px, accept: true }), sy.gql<Record<string, Result>, Record<string, unknown>>(Respond, { id: py, accept: true })])).map((r) => first(r.data));
    expect(answers.filter((a) => a.__typename === "MutationRespondToMatchSuccess")).toHaveLength(1);
    expect(answers.find((a) => a.__typename !== "MutationRespondToMatchSuccess")).toMatchObject({ code: "CONFLICT", field: "id" });
    expect(await t.db.prisma.tandem.count({ where: { familyId: rawId(family), status: "ACTIVE" } })).toBe(1);
  }, 60_000);

  it("two API instances running the no-contact alert at once send each digest and reminder once", async () => {
    const family = await register("Familie Still");
    const v = await addVolunteer(t.db.prisma, { email: "still@example.org", languages: [["ar", "NATIVE"]] });
    const proposed = first((await one.gql<Record<string, Result>, Record<string, unknown>>(ProposeMatch, { familyId: family, volunteerId: gid("Volunteer", v) })).data).data.id;
    await (await t.sessionFor("still@example.org")).gql(Respond, { id: proposed, accept: true });
    await t.db.prisma.tandem.update({ where: { id: rawId(proposed) }, data: { activatedAt: new Date(Date.now() - 20 * 86_400_000) } });
    const second: Database = await openDatabase({ ...t.config, SEED_DEMO: false }, createLogger("silent"));
    try {
      const now = new Date();
      const logger = createLogger("silent");
      await Promise.all([sendNoContactAlerts({ prisma: t.db.prisma, logger, now }), sendNoContactAlerts({ prisma: second.prisma, logger, now })]);
      expect(await t.db.prisma.outboxMessage.count({ where: { toAddress: "still@example.org", subject: { contains: "Tandem" } } })).toBe(2); // proposal + one reminder
      expect(await t.db.prisma.outboxMessage.count({ where: { toAddress: "koordination@oldenburg.example", subject: { contains: "ohne Kontakt" } } })).toBe(1);
      expect(await t.db.prisma.outboxMessage.count({ where: { toAddress: "zweite-koordination@oldenburg.example", subject: { contains: "ohne Kontakt" } } })).toBe(1);
    } finally {
      await second.close();
    }
  }, 60_000);
});

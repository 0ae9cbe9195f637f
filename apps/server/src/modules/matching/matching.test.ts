// The tandems API end to end on the demo base: families with consent and the
// Art. 9 note, suggestions with their explanations and "why not", the tandem
// lifecycle with what a volunteer sees of the family at each step, the contact
// log, and every bad input answered with a typed error that changes nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import * as q from "../../testing/matching.ts";
import { addVolunteer, daysAgo, familyInput, gid, rawId, today } from "../../testing/matching.ts";


// Many requests per test on a shared, loaded machine: more than the suite's default 30 s.
vi.setConfig({ testTimeout: 120_000 });
let t: TestApp;
let coordinator: TestSession;
let leyla: TestSession;
let leylaId: string;
let organizationId: string;

type Result = { __typename: string; data?: any; code?: string; field?: string; message?: string };
const first = <T extends Record<string, Result>>(data: T | undefined): Result => Object.values(data ?? {})[0] as Result;

async function counts() {
  const p = t.db.prisma;
  const [families, tandems, contacts, events, mails] = await Promise.all([p.family.count(), p.tandem.count(), p.tandemContact.count(), p.tandemEvent.count(), p.outboxMessage.count()]);
  return { families, tandems, contacts, events, mails };
}

async function register(overrides: Record<string, unknown> = {}, as = coordinator) {
  const res = await as.gql<Record<string, Result>, Record<string, unknown>>(q.RegisterFamily, { input: familyInput(overrides) });
  return first(res.data);
}

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.signIn("koordination@oldenburg.example");
  leyla = await t.signIn("lotse@oldenburg.example");
  const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  organizationId = org.id;
  leylaId = (await t.db.prisma.volunteerProfile.findFirstOrThrow({ where: { organizationId, user: { email: "lotse@oldenburg.example" } } })).id;
});
afterAll(() => t?.close());

describe("families", () => {
  it("registers a family with consent; the Art. 9 note only with Art. 9 consent, only for coordinators; withdrawing it deletes the note", async () => {
    const registered = await register({ art9Consent: true, restrictedNote: "Lana hat Asthma." });
    expect(registered.__typename).toBe("MutationRegisterFamilySuccess");
    expect(registered.data).toMatchObject({ addressedAs: "Familie Haddad", status: "WAITING", art9Consent: true, restrictedNote: "Lana hat Asthma.", hasChild: true, waitingSince: today() });
    const stored = await t.db.prisma.family.findUniqueOrThrow({ where: { id: rawId(registered.data.id) } });
    expect(stored.consentVersion).toBe(1);
    expect(stored.consentedAt).toBeInstanceOf(Date);
    // The note is never in the audit log; that the registering coordinator read it back (the mutation's answer) is.
    const audits = await t.db.prisma.auditLog.findMany({ where: { entityType: "Family", entityId: stored.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["family.registered", "family.art9NoteRead"]);
    expect(JSON.stringify(audits.map((a) => a.changes))).not.toContain("Asthma");

    // A volunteer cannot read families at all.
    const asVolunteer = await leyla.gql<{ family: unknown }, Record<string, unknown>>(`query($id: ID!) { family(id: $id) { id restrictedNote } }`, { id: registered.data.id });
    expect(asVolunteer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const withdrawn = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.UpdateFamily, { id: registered.data.id, input: { ...familyInput(), consent: undefined, consentVersion: undefined, art9Consent: false } })).data);
    expect(withdrawn.data).toMatchObject({ art9Consent: false, restrictedNote: null });
    expect((await t.db.prisma.family.findUniqueOrThrow({ where: { id: stored.id } })).restrictedNote).toBeNull();
  });

  it("refuses Art. 9 text without Art. 9 consent, a missing consent, a birth year in the future and unknown topics, storing nothing", async () => {
    const before = await counts();
    expect(await register({ art9Consent: false, restrictedNote: "Religion: …" })).toMatchObject({ code: "VALIDATION", field: "restrictedNote" });
    expect(await register({ consent: false })).toMatchObject({ code: "VALIDATION", field: "consent" });
    expect(await register({ members: [{ firstName: "Ali", birthYear: 2999, adult: false }] })).toMatchObject({ code: "VALIDATION", field: "members.0.birthYear" });
    expect(await register({ needIds: [gid("Topic", "00000000-0000-4000-8000-000000000000")] })).toMatchObject({ code: "VALIDATION", field: "needIds" });
    expect(await register({ arrivalDate: "2999-01-01" })).toMatchObject({ code: "VALIDATION", field: "arrivalDate" });
    expect(await counts()).toEqual(before);
    // Withdrawing Art. 9 consent while sending a note: refused too.
    const f = await register();
    const res = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.UpdateFamily, { id: f.data.id, input: { ...familyInput(), consent: undefined, consentVersion: undefined, restrictedNote: "x" } })).data);
    expect(res).toMatchObject({ code: "VALIDATION", field: "restrictedNote" });
  });

  it("lists and filters families, paginated, waiting longest first", async () => {
    await register({ addressedAs: "Familie Kovalenko", languages: [{ code: "uk", level: "NATIVE" }], waitingSince: "2026-01-05" });
    const all = await coordinator.gql<any, Record<string, unknown>>(q.Families, { first: 1 });
    expect(all.data.families.totalCount).toBeGreaterThanOrEqual(3);
    expect(all.data.families.edges[0].node.addressedAs).toBe("Familie Kovalenko");
    const next = await coordinator.gql<any, Record<string, unknown>>(q.Families, { first: 1, after: all.data.families.pageInfo.endCursor });
    expect(next.data.families.edges[0].node.addressedAs).not.toBe("Familie Kovalenko");
    const ukrainian = await coordinator.gql<any, Record<string, unknown>>(q.Families, { filter: { language: "uk" }, first: 10 });
    expect(ukrainian.data.families.edges.map((e: any) => e.node.addressedAs)).toEqual(["Familie Kovalenko"]);
    const longWaiting = await coordinator.gql<any, Record<string, unknown>>(q.Families, { filter: { status: "WAITING", waitingSince: "2026-02-01" }, first: 10 });
    expect(longWaiting.data.families.totalCount).toBe(1);
    const volunteer = await leyla.gql<any, Record<string, unknown>>(q.Families, { first: 1 });
    expect(volunteer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("suggestions and the tandem lifecycle", () => {
  let familyId: string;
  let womanId: string;
  let tandemId: string;

  it("suggests only volunteers the hard rules allow, each with its explanation; 'why not' names the rule", async () => {
    const family = await register({ addressedAs: "Familie Nasser", members: [{ firstName: "Samer", birthYear: 1982, adult: true }, { firstName: "Yusuf", birthYear: new Date().getFullYear() - 5, adult: false }], wantsWomanVolunteer: false });
    familyId = family.data.id;
    womanId = await addVolunteer(t.db.prisma, { email: "amira@example.org", languages: [["ar", "NATIVE"]], gender: "WOMAN", clearance: true, districtName: "Osternburg" });
    const noClearance = await addVolunteer(t.db.prisma, { email: "omar@example.org", languages: [["ar", "NATIVE"]], gender: "MAN", clearance: false });
    const noArabic = await addVolunteer(t.db.prisma, { email: "olena@example.org", languages: [["uk", "NATIVE"]], gender: "WOMAN", clearance: true });
    const pending = await addVolunteer(t.db.prisma, { email: "pending@example.org", languages: [["ar", "NATIVE"]], clearance: true, status: "PENDING" });

    const res = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.Suggestions, { familyId })).data);
    const names = res.data.map((s: any) => s.volunteer.name);
    expect(names).toContain("amira");
    // Leyla speaks Arabic but has no Führungszeugnis; the family has a child.
    for (const ruledOut of ["omar", "olena", "pending", "lotse"]) expect(names).not.toContain(ruledOut);
    const amira = res.data.find((s: any) => s.volunteer.name === "amira");
    const language = amira.criteria.find((c: any) => c.criterion === "LANGUAGE");
    expect(language).toMatchObject({ raw: 7, weight: 30, points: 30, sentence: "spricht Arabisch (Muttersprache)" });
    expect(amira.criteria.find((c: any) => c.criterion === "TIME_OVERLAP").sentence).toBe("2 Std. gemeinsame Zeit pro Woche");
    expect(amira.score).toBeCloseTo(amira.criteria.reduce((s: number, c: any) => s + c.points, 0), 5);

    const why = async (volunteerId: string) => first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.WhyNot, { familyId, volunteerId: gid("Volunteer", volunteerId) })).data).data;
    expect(await why(noClearance)).toMatchObject({ allowed: false, rule: "CLEARANCE_REQUIRED" });
    expect((await why(noClearance)).message).toContain("Führungszeugnis");
    expect(await why(noArabic)).toMatchObject({ allowed: false, rule: "NO_SHARED_LANGUAGE" });
    expect(await why(pending)).toMatchObject({ allowed: false, rule: "VOLUNTEER_NOT_APPROVED" });
    expect(await why(womanId)).toMatchObject({ allowed: true, rule: null });

    const forVolunteer = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.VolunteerSuggestions, { volunteerId: gid("Volunteer", womanId) })).data);
    expect(forVolunteer.data.map((s: any) => s.family.id)).toContain(familyId);
  });

  it("refuses a minor without a valid Führungszeugnis, unknown and other-organisation ids, and a proposal by a volunteer; nothing changes", async () => {
    const before = await counts();
    const propose = (f: string, v: string, as = coordinator) => as.gql<Record<string, Result>, Record<string, unknown>>(q.ProposeMatch, { familyId: f, volunteerId: v });
    expect(first((await propose(familyId, gid("Volunteer", leylaId))).data)).toMatchObject({ code: "VALIDATION", field: "volunteerId", message: expect.stringContaining("Führungszeugnis") });
    expect(first((await propose(gid("Family", "00000000-0000-4000-8000-000000000000"), gid("Volunteer", womanId))).data)).toMatchObject({ code: "NOT_FOUND", field: "familyId" });
    const osnabrueck = await addVolunteer(t.db.prisma, { email: "os@example.org", languages: [["ar", "NATIVE"]], clearance: true }, "osnabrueck");
    expect(first((await propose(familyId, gid("Volunteer", osnabrueck))).data)).toMatchObject({ code: "NOT_FOUND", field: "volunteerId" });
    const otherCoordinator = await t.signIn("koordination@osnabrueck.example");
    expect(first((await propose(familyId, gid("Volunteer", osnabrueck), otherCoordinator)).data)).toMatchObject({ code: "NOT_FOUND", field: "familyId" });
    expect(first((await otherCoordinator.gql<Record<string, Result>, Record<string, unknown>>(q.Suggestions, { familyId })).data)).toMatchObject({ code: "NOT_FOUND" });
    expect((await propose(familyId, gid("Volunteer", womanId), leyla)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await counts()).toEqual(before);
  });

  it("proposes: the explanation is stored, the volunteer is emailed and sees first names, languages, district and needs, no contact data", async () => {
    const res = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.ProposeMatch, { familyId, volunteerId: gid("Volunteer", womanId) })).data);
    expect(res.__typename).toBe("MutationProposeMatchSuccess");
    tandemId = res.data.id;
    expect(res.data).toMatchObject({ status: "PROPOSED", volunteerName: "amira", events: [{ fromStatus: null, toStatus: "PROPOSED" }] });
    const stored = await t.db.prisma.tandem.findUniqueOrThrow({ where: { id: rawId(tandemId) } });
    expect((stored.explanation as any).criteria.find((c: any) => c.criterion === "language")).toMatchObject({ raw: 7, languageCode: "ar" });
    const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: "amira@example.org" } });
    expect(mail.subject).toBe("Lotse: Vorschlag für ein Tandem");
    expect(mail.textBody).toContain("Samer, Yusuf");

    const amira = await t.sessionFor("amira@example.org");
    const mine = await amira.gql<any, Record<string, unknown>>(q.MyMatches);
    expect(mine.data.myMatches).toHaveLength(1);
    expect(mine.data.myMatches[0].family).toMatchObject({ firstNames: ["Samer", "Yusuf"], languages: [{ code: "ar", level: "NATIVE" }], addressedAs: null, address: null, phone: null });
    // The stored explanation, read later, is the same.
    expect(mine.data.myMatches[0].criteria).toEqual(res.data.criteria);

    // Someone else may neither see nor answer it.
    const otherVolunteer = await t.sessionFor("olena@example.org");
    expect((await otherVolunteer.gql<any, Record<string, unknown>>(q.Match, { id: tandemId })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const before = await counts();
    expect(first((await otherVolunteer.gql<Record<string, Result>, Record<string, unknown>>(q.Respond, { id: tandemId, accept: true })).data)).toMatchObject({ code: "FORBIDDEN", field: "id" });
    expect(first((await leyla.gql<Record<string, Result>, Record<string, unknown>>(q.Respond, { id: tandemId, accept: true })).data)).toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
    // The same pair again, and the volunteer's last free place: refused.
    expect(first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.ProposeMatch, { familyId, volunteerId: gid("Volunteer", womanId) })).data)).toMatchObject({ code: "CONFLICT", field: "volunteerId" });
    const other = await register({ addressedAs: "Frau Saleh", members: [{ firstName: "Hiba", birthYear: 1990, adult: true }] });
    expect(first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.ProposeMatch, { familyId: other.data.id, volunteerId: gid("Volunteer", womanId) })).data)).toMatchObject({ code: "CONFLICT", field: "volunteerId", message: "Die Person hat keinen freien Tandemplatz mehr." });
    expect(await counts()).toEqual({ ...before, families: before.families + 1 });
  });

  it("the volunteer accepts: the family is matched and its contact data appear; contacts are logged, not in the future", async () => {
    const amira = await t.sessionFor("amira@example.org");
    const accepted = first((await amira.gql<Record<string, Result>, Record<string, unknown>>(q.Respond, { id: tandemId, accept: true })).data);
    expect(accepted.data).toMatchObject({ status: "ACTIVE", family: { addressedAs: "Familie Nasser", address: "Bremer Straße 1, 26135 Oldenburg", phone: "0441 555 0101" } });
    expect((await t.db.prisma.family.findUniqueOrThrow({ where: { id: rawId(familyId) } })).status).toBe("MATCHED");
    expect(first((await amira.gql<Record<string, Result>, Record<string, unknown>>(q.Respond, { id: tandemId, accept: true })).data)).toMatchObject({ code: "CONFLICT" });

    const before = await counts();
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const log = (input: Record<string, unknown>, as = amira) => as.gql<Record<string, Result>, Record<string, unknown>>(q.LogContact, { input: { tandemId, kind: "MEETING", ...input } });
    expect(first((await log({ date: tomorrow, minutes: 60 })).data)).toMatchObject({ code: "VALIDATION", field: "date" });
    expect(first((await log({ date: today(), minutes: 0 })).data)).toMatchObject({ code: "VALIDATION", field: "minutes" });
    expect(first((await log({ date: today(), minutes: 30 }, leyla)).data)).toMatchObject({ code: "FORBIDDEN", field: "tandemId" });
    expect(await counts()).toEqual(before);
    expect(first((await log({ date: today(), minutes: 90, note: "Schule angemeldet" })).data).data).toEqual({ date: today(), kind: "MEETING", minutes: 90 });
    expect(first((await log({ date: today(), kind: "PHONE" }, coordinator)).data).__typename).toBe("MutationLogContactSuccess");
    const tandem = (await amira.gql<any, Record<string, unknown>>(q.Match, { id: tandemId })).data.match;
    expect(tandem).toMatchObject({ lastContactOn: today(), daysWithoutContact: 0, needsContact: false });
    expect(tandem.contacts).toHaveLength(2);

    // Hours can name the volunteer's own active tandem, nobody else's.
    const types = await amira.gql<{ activityTypes: { id: string; key: string }[] }, Record<string, never>>(`query { activityTypes { id key } }`);
    const LogHours = `mutation($input: HourLogInput!) { logHours(input: $input) { __typename ... on MutationLogHoursSuccess { data { minutes tandem { id } } } ... on Error { code field } } }`;
    const hours = (as: TestSession) => as.gql<Record<string, Result>, Record<string, unknown>>(LogHours, { input: { date: today(), minutes: 60, activityTypeId: types.data!.activityTypes[0]!.id, tandemId } });
    expect(first((await hours(amira)).data).data).toEqual({ minutes: 60, tandem: { id: tandemId } });
    expect(first((await hours(leyla)).data)).toMatchObject({ code: "VALIDATION", field: "tandemId" });
  });

  it("pauses and resumes (contact data hidden while paused), ends with a reason; then the volunteer sees nothing of the family", async () => {
    const amira = await t.sessionFor("amira@example.org");
    expect(first((await amira.gql<Record<string, Result>, Record<string, unknown>>(q.Pause, { id: tandemId })).data).data).toEqual({ status: "PAUSED" });
    expect((await amira.gql<any, Record<string, unknown>>(q.Match, { id: tandemId })).data.match.family).toMatchObject({ firstNames: ["Samer", "Yusuf"], address: null, phone: null });
    expect(first((await amira.gql<Record<string, Result>, Record<string, unknown>>(q.Resume, { id: tandemId })).data).data).toEqual({ status: "ACTIVE" });
    expect(first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.End, { id: tandemId, reason: "OTHER" })).data)).toMatchObject({ code: "VALIDATION", field: "note" });
    expect(first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.End, { id: tandemId, reason: "GOAL_REACHED" })).data).data).toEqual({ status: "ENDED", endReason: "GOAL_REACHED" });
    const ended = (await amira.gql<any, Record<string, unknown>>(q.Match, { id: tandemId })).data.match;
    expect(ended.family).toBeNull();
    expect((await amira.gql<any, Record<string, unknown>>(q.MyMatches)).data.myMatches).toEqual([]);
    const before = await counts();
    expect(first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.End, { id: tandemId, reason: "GOAL_REACHED" })).data)).toMatchObject({ code: "CONFLICT", field: "id", message: "Dieses Tandem ist bereits beendet." });
    expect(await counts()).toEqual(before);
    const events = (await coordinator.gql<any, Record<string, unknown>>(q.Match, { id: tandemId })).data.match.events;
    expect(events.map((e: any) => e.toStatus)).toEqual(["PROPOSED", "ACTIVE", "PAUSED", "ACTIVE", "ENDED"]);
    expect(events[1].actorName).toBe("amira");
    // The family waits again.
    expect((await t.db.prisma.family.findUniqueOrThrow({ where: { id: rawId(familyId) } })).status).toBe("WAITING");
  });

  it("a decline needs a reason and emails the proposing coordinator; a closed family gets no proposal", async () => {
    const hamid = await addVolunteer(t.db.prisma, { email: "hamid@example.org", languages: [["ar", "C1"]], clearance: true, maxTandems: 2 });
    const proposed = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.ProposeMatch, { familyId, volunteerId: gid("Volunteer", hamid) })).data);
    const session = await t.sessionFor("hamid@example.org");
    expect(first((await session.gql<Record<string, Result>, Record<string, unknown>>(q.Respond, { id: proposed.data.id, accept: false })).data)).toMatchObject({ code: "VALIDATION", field: "reason" });
    const declined = first((await session.gql<Record<string, Result>, Record<string, unknown>>(q.Respond, { id: proposed.data.id, accept: false, reason: "Zu weit weg" })).data);
    expect(declined.data.status).toBe("DECLINED");
    const mail = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: "koordination@oldenburg.example", subject: { contains: "abgelehnt" } } });
    expect(mail.textBody).toContain("Zu weit weg");
    // Declined once: never suggested again for this family.
    const why = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.WhyNot, { familyId, volunteerId: gid("Volunteer", hamid) })).data);
    expect(why.data).toMatchObject({ allowed: false, rule: "ALREADY_PROPOSED" });

    expect(first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.CloseFamily, { id: familyId, reason: "Umgezogen nach Bremen" })).data).data).toEqual({ status: "CLOSED" });
    const before = await counts();
    const fresh = await addVolunteer(t.db.prisma, { email: "fresh@example.org", languages: [["ar", "NATIVE"]], clearance: true });
    expect(first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.ProposeMatch, { familyId, volunteerId: gid("Volunteer", fresh) })).data)).toMatchObject({ code: "CONFLICT", field: "familyId" });
    expect(await counts()).toEqual(before);
  });
});

describe("batch proposals", () => {
  it("proposes the best assignment for the selected families, names why a family got nobody, and confirms all or nothing", async () => {
    const a = await register({ addressedAs: "Familie Tesfay", members: [{ firstName: "Mehari", birthYear: 1987, adult: true }], languages: [{ code: "ti", level: "NATIVE" }, { code: "en", level: "B2" }] });
    const b = await register({ addressedAs: "Familie Rahimi", members: [{ firstName: "Ahmad", birthYear: 1990, adult: true }], languages: [{ code: "fa", level: "NATIVE" }] });
    const c = await register({ addressedAs: "Familie Kim", members: [{ firstName: "Min", birthYear: 1990, adult: true }], languages: [{ code: "ko", level: "NATIVE" }], germanLevel: null });
    const en = await addVolunteer(t.db.prisma, { email: "english@example.org", languages: [["en", "C1"]], maxTandems: 1 });
    const fa = await addVolunteer(t.db.prisma, { email: "farsi@example.org", languages: [["fa", "NATIVE"], ["en", "C2"]], maxTandems: 1 });
    const familyIds = [a.data.id, b.data.id, c.data.id];
    const res = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.ProposeAssignments, { input: { familyIds } })).data);
    expect(res.__typename).toBe("QueryProposeAssignmentsSuccess");
    const pairs = Object.fromEntries(res.data.pairs.map((p: any) => [p.family.id, rawId(p.volunteer.id)]));
    // Farsi goes to the Farsi family, English to the Tigrinya/English one (the swap would score less).
    expect(pairs[a.data.id]).toBe(en);
    expect(pairs[b.data.id]).toBe(fa);
    expect(res.data.unassigned).toEqual([{ family: { id: c.data.id }, reason: "NO_SHARED_LANGUAGE", message: expect.any(String) }]);
    expect(res.data.total).toBeCloseTo(res.data.pairs.reduce((s: number, p: any) => s + p.score, 0), 5);

    // Pinned and forbidden pairs.
    const pinned = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.ProposeAssignments, {
      input: { familyIds, pinned: [{ familyId: a.data.id, volunteerId: gid("Volunteer", fa) }] },
    })).data);
    expect(pinned.data.pairs.find((p: any) => p.family.id === a.data.id)).toMatchObject({ pinned: true, volunteer: { id: gid("Volunteer", fa) } });
    const forbidden = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.ProposeAssignments, {
      input: { familyIds, forbidden: [{ familyId: b.data.id, volunteerId: gid("Volunteer", fa) }] },
    })).data);
    expect(forbidden.data.pairs.find((p: any) => p.family.id === b.data.id)).toBeUndefined();

    // All or nothing: a pair the rules refuse names itself, and nothing is written.
    const before = await counts();
    const bad = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.ConfirmAssignments, {
      input: { pairs: [{ familyId: a.data.id, volunteerId: gid("Volunteer", en) }, { familyId: c.data.id, volunteerId: gid("Volunteer", fa) }] },
    })).data);
    expect(bad).toMatchObject({ code: "VALIDATION", field: "pairs.1.volunteerId" });
    expect(await counts()).toEqual(before);
    const confirmed = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.ConfirmAssignments, {
      input: { pairs: res.data.pairs.map((p: any) => ({ familyId: p.family.id, volunteerId: p.volunteer.id })) },
    })).data);
    expect(confirmed.data.map((x: any) => x.status)).toEqual(["PROPOSED", "PROPOSED"]);
    expect(await t.db.prisma.outboxMessage.count({ where: { toAddress: { in: ["english@example.org", "farsi@example.org"] } } })).toBe(2);
  });
});

describe("settings and the start page", () => {
  it("admins change the weights; the no-contact count on the coordinator's start page is the filtered list's", async () => {
    const admin = await t.signIn("admin@oldenburg.example");
    const Update = `mutation($input: MatchingSettingsInput!) { updateMatchingSettings(input: $input) { __typename ... on MutationUpdateMatchingSettingsSuccess { data { noContactAlertDays weights { criterion weight } defaults { noContactAlertDays allowSeveralActivePerFamily weights { criterion weight } } } } ... on Error { code field } } }`;
    const res = first((await admin.gql<Record<string, Result>, Record<string, unknown>>(Update, { input: { weights: [{ criterion: "DISTANCE", weight: 40 }], noContactAlertDays: 10 } })).data);
    expect(res.data.noContactAlertDays).toBe(10);
    expect(res.data.weights.find((w: any) => w.criterion === "DISTANCE").weight).toBe(40);
    // The defaults stay what they were, for the settings page to show beside the fields.
    expect(res.data.defaults).toMatchObject({ noContactAlertDays: 14, allowSeveralActivePerFamily: false });
    expect(res.data.defaults.weights.find((w: any) => w.criterion === "DISTANCE").weight).toBe(20);
    expect(first((await admin.gql<Record<string, Result>, Record<string, unknown>>(Update, { input: { noContactAlertDays: 0 } })).data)).toMatchObject({ code: "VALIDATION", field: "noContactAlertDays" });
    expect((await coordinator.gql<any, Record<string, unknown>>(Update, { input: { noContactAlertDays: 5 } })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // An active tandem that started 12 days ago without contact: past the 10-day mark.
    const family = await register({ addressedAs: "Familie Alt", members: [{ firstName: "Olga", birthYear: 1950, adult: true }] });
    const v = await addVolunteer(t.db.prisma, { email: "alt@example.org", languages: [["ar", "NATIVE"]] });
    const proposed = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.ProposeMatch, { familyId: family.data.id, volunteerId: gid("Volunteer", v) })).data);
    await (await t.sessionFor("alt@example.org")).gql(q.Respond, { id: proposed.data.id, accept: true });
    await t.db.prisma.tandem.update({ where: { id: rawId(proposed.data.id) }, data: { activatedAt: new Date(Date.now() - 12 * 86_400_000) } });
    const queue = await coordinator.gql<any, Record<string, unknown>>(`query { myWorkQueue { key count href } }`);
    const item = queue.data.myWorkQueue.find((i: any) => i.key === "matching.tandemsWithoutContact");
    expect(item).toMatchObject({ count: 1, href: "/koordination/tandems?needsContact=1" });
    const list = await coordinator.gql<any, Record<string, unknown>>(q.Matches, { filter: { needsContact: true } });
    expect(list.data.matches.totalCount).toBe(1);
    expect(list.data.matches.edges[0].node).toMatchObject({ id: proposed.data.id, status: "ACTIVE", needsContact: true });
    const waiting = queue.data.myWorkQueue.find((i: any) => i.key === "matching.familiesWaiting");
    expect(waiting.count).toBe((await coordinator.gql<any, Record<string, unknown>>(q.Families, { filter: { status: "WAITING" }, first: 1 })).data.families.totalCount);
  });
});

describe("a family's data protection requests", () => {
  it("an admin exports everything about one family and erases it; the tandems' figures stay", async () => {
    const admin = await t.signIn("admin@oldenburg.example");
    const family = await register({ addressedAs: "Familie Privat", art9Consent: true, restrictedNote: "Diabetes", members: [{ firstName: "Nadia", birthYear: 1970, adult: true }] });
    const v = await addVolunteer(t.db.prisma, { email: "privat@example.org", languages: [["ar", "NATIVE"]] });
    const tandem = first((await coordinator.gql<Record<string, Result>, Record<string, unknown>>(q.ProposeMatch, { familyId: family.data.id, volunteerId: gid("Volunteer", v) })).data).data.id;
    const Export = `query($id: ID!) { familyDataExport(id: $id) { __typename ... on QueryFamilyDataExportSuccess { data } ... on Error { code field } } }`;
    const Erase = `mutation($id: ID!) { eraseFamily(id: $id) { __typename ... on MutationEraseFamilySuccess { data } ... on Error { code field } } }`;
    const exported = JSON.parse(first((await admin.gql<Record<string, Result>, Record<string, unknown>>(Export, { id: family.data.id })).data).data);
    expect(exported).toMatchObject({ addressedAs: "Familie Privat", restrictedNote: "Diabetes", members: [{ firstName: "Nadia" }], tandems: [{ status: "PROPOSED" }] });
    expect((await coordinator.gql<any, Record<string, unknown>>(Export, { id: family.data.id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // Not while a tandem is open.
    expect(first((await admin.gql<Record<string, Result>, Record<string, unknown>>(Erase, { id: family.data.id })).data)).toMatchObject({ code: "CONFLICT", field: "id" });
    await coordinator.gql(q.End, { id: tandem, reason: "FAMILY_MOVED" });
    expect(first((await admin.gql<Record<string, Result>, Record<string, unknown>>(Erase, { id: family.data.id })).data).data).toBe(true);
    const erased = await t.db.prisma.family.findUniqueOrThrow({ where: { id: rawId(family.data.id) }, include: { members: true, tandems: true } });
    expect(erased).toMatchObject({ addressedAs: "—", address: null, phone: null, restrictedNote: null, art9ConsentAt: null, status: "CLOSED", members: [{ firstName: "—", birthYear: 1970 }] });
    expect(erased.tandems).toHaveLength(1);
  });
});

// The Sprachmittlerpool through the API: a booking that needs an interpreter
// creates a request; the coordinator sees suggestions (the language, free at
// that time, pledge signed, German B2+), assigns; only the assigned
// interpreter answers; confirmations go out by mail; a decline or a missed
// deadline goes back to the coordinator; an interpreter cannot be in two
// places at once; the month's statement as API, CSV and PDF; the work queues.
import { berlinToday } from "@lotse/domain/berlin-time";
import { pdfText } from "@lotse/testing/pdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, day, gql, openCounsellorWeek, registeredChildId } from "../../testing/appointments.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { recordInterpreterPledge, reopenUnanswered } from "./interpreters.service.ts";
import { sessionSettings } from "../identity/auth.service.ts";
import { createSession, viewerOfSession } from "../identity/sessions.ts";
import { buildServiceCtx } from "../service-context.ts";
import { createLogger } from "../../logger.ts";
import { gid } from "../../testing/global-ids.ts";

type Any = any;

let t: TestApp;
let counsellor: TestSession;
let coordinator: TestSession;
let leyla: TestSession;
let orgId: string;
let counsellorGid: string;
let leylaGid: string;
let leylaProfileId: string;


async function volunteer(email: string, germanLevel: "B1" | "B2" | "C1", languages: { code: string; interpreting: boolean }[], offersInterpreting = true) {
  const user = await t.db.prisma.user.create({ data: { email, name: email.split("@")[0]!, emailVerifiedAt: new Date() } });
  await t.db.prisma.membership.create({ data: { organizationId: orgId, userId: user.id, roles: { create: [{ role: "VOLUNTEER" }] } } });
  const p = await t.db.prisma.volunteerProfile.create({
    data: {
      organizationId: orgId,
      userId: user.id,
      status: "APPROVED",
      germanLevel,
      offersInterpreting,
      consentVersion: 1,
      consentedAt: new Date(),
      approvedAt: new Date(),
      languages: { create: languages.map((l) => ({ code: l.code, level: "NATIVE" as const, interpreting: l.interpreting })) },
    },
  });
  return { gid: gid("Volunteer", p.id), id: p.id, email };
}

const child = (name: string) =>
  registeredChildId(counsellor, { firstName: name, guardians: [{ name: "Guardian", email: `${name.toLowerCase()}.guardian@example.net`, readsLanguage: "ar" }] });

async function bookWithInterpreter(childId: string, startsAt: string, key: string, language = "ar", counsellorId = counsellorGid, room?: string) {
  const res = await gql(
    counsellor,
    `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) {
      __typename ... on MutationBookAppointmentSuccess { data { id interpreterRequest { id status language institution } } } ... on Error { code field } } }`,
    { input: { childId, counsellorId, kind: "INITIAL", startsAt, interpreterLanguage: language, idempotencyKey: key, ...(room ? { room } : {}) } },
  );
  return res.data.bookAppointment;
}

const SUGGEST = `query($id: ID!) { interpreterSuggestions(appointmentId: $id) { __typename ... on QueryInterpreterSuggestionsSuccess { data { name languages load germanLevel } } ... on Error { code field } } }`;
const ASSIGN = `mutation($a: ID!, $i: ID!, $km: Int) { assignInterpreter(appointmentId: $a, interpreterId: $i, kilometres: $km) {
  __typename ... on MutationAssignInterpreterSuccess { data { exceedsPauschale request { id status interpreterName respondBy } } } ... on Error { code field message } } }`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!) { respondToInterpreterRequest(requestId: $id, accept: $accept) {
  __typename ... on MutationRespondToInterpreterRequestSuccess { data { status reopenedBecause } } ... on Error { code field } } }`;

const mails = (to: string) => t.db.prisma.outboxMessage.findMany({ where: { toAddress: to }, orderBy: { createdAt: "asc" } });
/** The person's newest notices (the bell), newest first. */
const notices = async (s: TestSession): Promise<{ kind: string; href: string; params: Record<string, string>; readAt: string | null }[]> =>
  (await gql(s, `{ notifications(first: 20) { edges { node { kind href readAt params { name value } } } } }`)).data.notifications.edges.map((e: Any) => ({
    ...e.node,
    params: Object.fromEntries(e.node.params.map((p: Any) => [p.name, p.value])),
  }));

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
  counsellor = await t.signIn("beratung@oldenburg.example");
  coordinator = await t.signIn("koordination@oldenburg.example");
  leyla = await t.signIn("lotse@oldenburg.example");
  const p = await t.db.prisma.volunteerProfile.findFirstOrThrow({ where: { organizationId: orgId, user: { email: "lotse@oldenburg.example" } } });
  leylaProfileId = p.id;
  leylaGid = gid("Volunteer", p.id);
  counsellorGid = await openCounsellorWeek(t, counsellor);
});
afterAll(async () => {
  await t?.close();
});

describe("the interpreter pool", () => {
  it("suggests, assigns, and lets only the assigned interpreter answer, with written confirmations", async () => {
    const date = day(8);
    const booked = await bookWithInterpreter(await child("Pool"), at(date, "10:00"), "pool-test-1");
    expect(booked.data.interpreterRequest).toMatchObject({ status: "OPEN", language: "ar", institution: "Schuleinstiegsberatung" });
    const appointmentId = booked.data.id;
    // The coordinators' bell: a new request to assign, linked to the pool's open requests; the counsellor who booked is not told.
    expect((await notices(coordinator))[0]).toMatchObject({ kind: "appointments.interpreterRequestsOpen", href: "/koordination/sprachmittlung?status=OPEN", params: { language: "ar", startsAt: at(date, "10:00") }, readAt: null });
    expect((await notices(counsellor)).some((n) => n.kind === "appointments.interpreterRequestsOpen")).toBe(false);

    // No pledge yet: nobody to suggest, and assigning Leyla is refused.
    expect((await gql(coordinator, SUGGEST, { id: appointmentId })).data.interpreterSuggestions.data).toEqual([]);
    expect((await gql(coordinator, ASSIGN, { a: appointmentId, i: leylaGid })).data.assignInterpreter).toMatchObject({ code: "VALIDATION", field: "interpreterId" });

    const PLEDGE = `mutation($v: ID!, $d: String!) { recordInterpreterPledge(volunteerId: $v, signedOn: $d) { __typename ... on Error { code field } } }`;
    expect((await gql(counsellor, PLEDGE, { v: leylaGid, d: day(-3) })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await gql(coordinator, PLEDGE, { v: leylaGid, d: day(3) })).data.recordInterpreterPledge).toMatchObject({ code: "VALIDATION", field: "signedOn" });
    expect((await gql(coordinator, PLEDGE, { v: leylaGid, d: day(-3) })).data.recordInterpreterPledge.__typename).toBe("MutationRecordInterpreterPledgeSuccess");
    const weak = await volunteer("weak-german@example.org", "B1", [{ code: "ar", interpreting: true }]);
    expect((await gql(coordinator, PLEDGE, { v: weak.gid, d: day(-3) })).data.recordInterpreterPledge).toMatchObject({ code: "VALIDATION", field: "volunteerId" });
    const farsi = await volunteer("farsi@example.org", "C1", [{ code: "fa", interpreting: true }]);
    expect((await gql(coordinator, PLEDGE, { v: farsi.gid, d: day(-3) })).data.recordInterpreterPledge.__typename).toBe("MutationRecordInterpreterPledgeSuccess");
    const notOffering = await volunteer("not-offering@example.org", "C1", [{ code: "ar", interpreting: false }], false);

    const suggestions = (await gql(coordinator, SUGGEST, { id: appointmentId })).data.interpreterSuggestions.data;
    expect(suggestions).toEqual([{ name: "Leyla Lotsin", languages: ["ar"], load: 0, germanLevel: "C1" }]);
    // Counsellors book but do not run the pool.
    expect((await gql(counsellor, SUGGEST, { id: appointmentId })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const before = await t.db.prisma.interpreterRequest.findFirstOrThrow({ where: { language: "ar" } });
    for (const [who, message] of [
      [weak.gid, "German"],
      [farsi.gid, "language"],
      [notOffering.gid, "offer"],
    ] as const) {
      const res = (await gql(coordinator, ASSIGN, { a: appointmentId, i: who })).data.assignInterpreter;
      expect(res, message).toMatchObject({ code: "VALIDATION", field: "interpreterId" });
    }
    expect(await t.db.prisma.interpreterRequest.findFirstOrThrow({ where: { id: before.id } })).toEqual(before);
    expect((await gql(counsellor, ASSIGN, { a: appointmentId, i: leylaGid })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const assigned = (await gql(coordinator, ASSIGN, { a: appointmentId, i: leylaGid, km: 8 })).data.assignInterpreter;
    expect(assigned.data).toMatchObject({ exceedsPauschale: false, request: { status: "ASSIGNED", interpreterName: "Leyla Lotsin" } });
    const requestId = assigned.data.request.id;
    const asked = await mails("lotse@oldenburg.example");
    expect(asked.at(-1)!.subject).toContain("Sprachmittlung");
    // Her bell: a request to answer, with its deadline, linked to her interpreting page.
    expect((await notices(leyla))[0]).toMatchObject({ kind: "appointments.interpreterRequestsToAnswer", href: "/ehrenamt/sprachmittlung", params: { language: "ar", startsAt: at(date, "10:00"), respondBy: assigned.data.request.respondBy }, readAt: null });
    // A second assignment while she is asked: refused.
    expect((await gql(coordinator, ASSIGN, { a: appointmentId, i: leylaGid })).data.assignInterpreter).toMatchObject({ code: "CONFLICT" });

    // Her requests; the work queues.
    const mine = await gql(leyla, `{ myInterpreterAssignments { id status language room icsUrl } }`);
    expect(mine.data.myInterpreterAssignments).toEqual([expect.objectContaining({ id: requestId, status: "ASSIGNED", language: "ar", room: "Raum 1" })]);
    const queue = async (s: TestSession) =>
      Object.fromEntries((await gql(s, `{ myWorkQueue { key count href } }`)).data.myWorkQueue.map((i: Any) => [i.key, i.count]));
    expect((await queue(leyla))["appointments.interpreterRequestsToAnswer"]).toBe(1);

    // Someone else cannot answer it.
    const other = await t.sessionFor(farsi.email);
    expect((await gql(other, RESPOND, { id: requestId, accept: true })).data.respondToInterpreterRequest).toMatchObject({ code: "FORBIDDEN", field: "requestId" });
    expect((await gql(coordinator, RESPOND, { id: requestId, accept: true })).data.respondToInterpreterRequest).toMatchObject({ code: "FORBIDDEN" });

    const accepted = (await gql(leyla, RESPOND, { id: requestId, accept: true })).data.respondToInterpreterRequest;
    expect(accepted.data.status).toBe("ACCEPTED");
    expect((await mails("lotse@oldenburg.example")).at(-1)!.subject).toContain("Bestätigung");
    expect((await mails("beratung@oldenburg.example")).at(-1)!.subject).toContain("Sprachmittlung bestätigt");
    expect((await gql(leyla, RESPOND, { id: requestId, accept: false })).data.respondToInterpreterRequest).toMatchObject({ code: "CONFLICT" });
    expect((await queue(leyla))["appointments.interpreterRequestsToAnswer"]).toBe(0);

    // Her calendar: the appointment's file without the child, and her private feed.
    const icsUrl = mine.data.myInterpreterAssignments[0].icsUrl;
    const file = await t.request(icsUrl, { headers: { cookie: leyla.cookie } });
    expect(file.status).toBe(200);
    const text = await file.text();
    expect(text).toContain(`DTSTART:${at(date, "10:00").replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`);
    expect(text).not.toContain("Pool");
    const feedUrl = (await gql(leyla, `mutation { resetAppointmentCalendarFeed(kind: INTERPRETER) { ... on MutationResetAppointmentCalendarFeedSuccess { data } } }`)).data
      .resetAppointmentCalendarFeed.data as string;
    const feed = await (await t.request(new URL(feedUrl).pathname)).text();
    expect(feed).toContain("Sprachmittlung (ar)");
    expect(feed).toContain("STATUS:CONFIRMED");

    // Another appointment at the same time (the other room): Leyla is not free, and assigning her is refused by the database.
    const second = await bookWithInterpreter(await child("Second"), at(date, "10:30"), "pool-test-2", "ar", counsellorGid, "Raum 2");
    expect(second).toMatchObject({ code: "CONFLICT", field: "startsAt" }); // the counsellor is busy
    const m2 = await t.db.prisma.user.create({ data: { email: "beratung3@oldenburg.example", name: "Carla Counsel", emailVerifiedAt: new Date() } });
    const mem = await t.db.prisma.membership.create({ data: { organizationId: orgId, userId: m2.id, roles: { create: [{ role: "COUNSELLOR" }] } } });
    const admin = await t.signIn("admin@oldenburg.example");
    await gql(admin, `mutation($id: ID!, $rules: [AvailabilityRuleInput!]!) { setCounsellorAvailability(counsellorId: $id, rules: $rules) { __typename } }`, {
      id: gid("User", mem.id),
      rules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "08:00", end: "18:00", room: "Raum 2" })),
    });
    const parallel = await bookWithInterpreter(await child("Parallel"), at(date, "10:30"), "pool-test-3", "ar", gid("User", mem.id));
    expect(parallel.data.interpreterRequest.status).toBe("OPEN");
    expect((await gql(coordinator, SUGGEST, { id: parallel.data.id })).data.interpreterSuggestions.data).toEqual([]);
    expect((await gql(coordinator, ASSIGN, { a: parallel.data.id, i: leylaGid })).data.assignInterpreter).toMatchObject({ code: "CONFLICT", field: "interpreterId" });
    expect((await queue(coordinator))["appointments.interpreterRequestsOpen"]).toBe(1);
  });

  it("a decline and a missed deadline put the request back to the coordinator, without the one who declined", async () => {
    const date = day(9);
    const booked = await bookWithInterpreter(await child("Decline"), at(date, "09:00"), "decline-test-1");
    const appointmentId = booked.data.id;
    const assigned = (await gql(coordinator, ASSIGN, { a: appointmentId, i: leylaGid })).data.assignInterpreter;
    const declined = (await gql(leyla, RESPOND, { id: assigned.data.request.id, accept: false })).data.respondToInterpreterRequest;
    expect(declined.data).toEqual({ status: "OPEN", reopenedBecause: "DECLINED" });
    // Every coordinator of the organisation is mailed through the outbox, once.
    const coordinatorEmails = (
      await t.db.prisma.membership.findMany({ where: { organizationId: orgId, active: true, roles: { some: { role: "COORDINATOR" } } }, select: { user: { select: { email: true } } } })
    ).map((m) => m.user.email).sort();
    expect(coordinatorEmails).toContain("koordination@oldenburg.example");
    const reopenedMails = async () =>
      (await t.db.prisma.outboxMessage.findMany({ where: { subject: { contains: "wieder offen" }, textBody: { contains: "?status=OPEN" } }, orderBy: { createdAt: "asc" } })).map((m) => ({ to: m.toAddress, subject: m.subject, text: m.textBody }));
    const afterDecline = await reopenedMails();
    expect(afterDecline.map((m) => m.to).sort()).toEqual(coordinatorEmails);
    for (const m of afterDecline) {
      expect(m.subject).toMatch(/^Lotse: Sprachmittlung \(Arabisch\) am .+ wieder offen$/);
      expect(m.text).toContain("http://localhost:3000/koordination/sprachmittlung?status=OPEN");
      expect(m.text).not.toContain("Decline"); // the child's name stays in Lotse
    }
    expect((await gql(coordinator, SUGGEST, { id: appointmentId })).data.interpreterSuggestions.data).toEqual([]);

    // Another interpreter is asked and does not answer in time.
    const second = await volunteer("second-ar@example.org", "B2", [{ code: "ar", interpreting: true }]);
    await gql(coordinator, `mutation($v: ID!, $d: String!) { recordInterpreterPledge(volunteerId: $v, signedOn: $d) { __typename } }`, { v: second.gid, d: day(-1) });
    const again = (await gql(coordinator, ASSIGN, { a: appointmentId, i: second.gid })).data.assignInterpreter;
    expect(again.data.request.status).toBe("ASSIGNED");
    const deadline = new Date(again.data.request.respondBy);
    expect(await reopenUnanswered({ prisma: t.db.prisma, logger: createLogger("silent"), now: new Date(deadline.getTime() - 60_000) })).toBe(0);
    expect(await reopenUnanswered({ prisma: t.db.prisma, logger: createLogger("silent"), now: new Date(deadline.getTime() + 60_000) })).toBe(1);
    // The coordinators hear of it once: the mails were written with the reopening, and a run after it (a restart) finds nothing.
    expect((await reopenedMails()).length).toBe(2 * coordinatorEmails.length);
    expect((await reopenedMails()).slice(afterDecline.length).map((m) => m.to).sort()).toEqual(coordinatorEmails);
    expect(await reopenUnanswered({ prisma: t.db.prisma, logger: createLogger("silent"), now: new Date(deadline.getTime() + 120_000) })).toBe(0);
    expect((await reopenedMails()).length).toBe(2 * coordinatorEmails.length);
    const request = await t.db.prisma.interpreterRequest.findUniqueOrThrow({ where: { id: Buffer.from(again.data.request.id, "base64").toString().split(":")[1]! } });
    expect(request).toMatchObject({ status: "OPEN", interpreterId: null, reopenedBecause: "NO_ANSWER" });
    expect(request.declinedBy).toEqual(expect.arrayContaining([leylaProfileId, second.id]));
  });

  it("the month's statement: fees by the tariff, per interpreter and institution, as CSV and PDF, against the Ehrenamtspauschale", async () => {
    // The accepted appointment of the first test lies in `day(8)`'s month.
    const month = day(8).slice(0, 7);
    const STATEMENT = `query($m: String!, $i: ID, $inst: String) { interpreterStatement(month: $m, interpreterId: $i, institution: $inst) {
      __typename ... on QueryInterpreterStatementSuccess { data { totalCents interpreterName lines { minutes kilometres fee { serviceCents travelCents totalCents } } pauschale { limitCents feesCents exceeded } } }
      ... on Error { code field } } }`;
    const own = (await gql(coordinator, STATEMENT, { m: month, i: leylaGid })).data.interpreterStatement.data;
    expect(own.lines).toEqual([{ minutes: 60, kilometres: 8, fee: { serviceCents: 2_000, travelCents: 240, totalCents: 2_240 } }]);
    expect(own.totalCents).toBe(2_240);
    expect(own.pauschale).toMatchObject({ limitCents: 96_000, exceeded: false });
    expect(own.pauschale.feesCents).toBeGreaterThanOrEqual(2_240);
    const byInstitution = (await gql(coordinator, STATEMENT, { m: month, inst: "Schuleinstiegsberatung" })).data.interpreterStatement.data;
    expect(byInstitution.totalCents).toBe(2_240);
    // Leyla sees her own; nobody else's; counsellors none.
    expect((await gql(leyla, STATEMENT, { m: month, i: leylaGid })).data.interpreterStatement.data.totalCents).toBe(2_240);
    expect((await gql(leyla, STATEMENT, { m: month, inst: "Schuleinstiegsberatung" })).data.interpreterStatement).toMatchObject({ code: "FORBIDDEN" });
    expect((await gql(counsellor, STATEMENT, { m: month, i: leylaGid })).data.interpreterStatement).toMatchObject({ code: "FORBIDDEN" });
    expect((await gql(coordinator, STATEMENT, { m: "2026-13" , i: leylaGid })).data.interpreterStatement).toMatchObject({ code: "VALIDATION", field: "month" });

    const csv = await t.request(`/exports/interpreter-statement.csv?month=${month}&interpreterId=${encodeURIComponent(leylaGid)}`, { headers: { cookie: coordinator.cookie } });
    expect(csv.status).toBe(200);
    const csvText = await csv.text();
    expect(csvText).toContain("Leyla Lotsin");
    expect(csvText).toContain("22,40");
    // A number a spreadsheet sums, its unit in the header (as in the hours export).
    expect(csvText.split("\r\n")[0]).toBe("\uFEFFDatum/Uhrzeit;Dauer (Minuten);Sprache;Einrichtung;Sprachmittler/in;km;Honorar (EUR);Fahrtkosten (EUR);Ausfallgebühr (EUR);Summe (EUR)");
    expect(csvText.split("\r\n")[1]).toMatch(/^[0-9.]+, [0-9:]+;60;/);
    const pdf = await t.request(`/exports/interpreter-statement.pdf?month=${month}&institution=Schuleinstiegsberatung`, { headers: { cookie: coordinator.cookie } });
    expect(pdf.status).toBe(200);
    const pdfContent = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(pdfContent).toContain("Abrechnung Sprachmittlung");
    expect(pdfContent).toContain("22,40");
    expect(pdfContent).toContain("1 Std.");
    expect(pdfContent).not.toMatch(/(?<!\d)1:00/);
    expect((await t.request(`/exports/interpreter-statement.csv?month=${month}&institution=X`, { headers: { cookie: counsellor.cookie } })).status).toBe(403);
    expect((await t.request(`/exports/interpreter-statement.csv?month=nope&institution=X`, { headers: { cookie: coordinator.cookie } })).status).toBe(400);
  });

  it("warns when a fee would take the interpreter's year past the Ehrenamtspauschale", async () => {
    // Leyla received most of the year's Pauschale elsewhere.
    const year = Number(day(10).slice(0, 4));
    await t.db.prisma.allowanceDeclaration.create({ data: { organizationId: orgId, volunteerId: leylaProfileId, year, kind: "EHRENAMTSPAUSCHALE", amountCents: 95_000, payer: "Sportverein" } });
    const booked = await bookWithInterpreter(await child("Limit"), at(day(10), "09:00"), "limit-test-1");
    const assigned = (await gql(coordinator, ASSIGN, { a: booked.data.id, i: leylaGid })).data.assignInterpreter;
    expect(assigned.data.exceedsPauschale).toBe(true);
    expect(assigned.data.request.status).toBe("ASSIGNED");
  });

  it("an accepted appointment cancelled at short notice is billed with the cancellation fee to its institution; one cancelled in time costs nothing", async () => {
    const interpreter = await volunteer("late-cancel@example.org", "C1", [{ code: "uk", interpreting: true }]);
    await gql(coordinator, `mutation($v: ID!, $d: String!) { recordInterpreterPledge(volunteerId: $v, signedOn: $d) { __typename } }`, { v: interpreter.gid, d: day(-1) });
    const session = await t.sessionFor(interpreter.email);
    const HOUR = 3_600_000;
    const now = Date.now();
    // Extra hours from now on, so an appointment a few hours ahead can be booked whatever the time of day.
    const extra = await gql(
      counsellor,
      `mutation($input: AvailabilityExceptionInput!) { addAvailabilityException(input: $input) { __typename ... on Error { code field } } }`,
      { input: { counsellorId: counsellorGid, kind: "EXTRA", startsAt: new Date(now).toISOString(), endsAt: new Date(now + 4 * 24 * HOUR).toISOString(), room: "Raum Kurzfristig" } },
    );
    expect(extra.data.addAvailabilityException.__typename).toBe("MutationAddAvailabilityExceptionSuccess");
    const minute = (ms: number) => new Date(Math.ceil(ms / 60_000) * 60_000);
    const bookAccept = async (startsAt: Date, key: string) => {
      const booked = await gql(
        counsellor,
        `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) {
          __typename ... on MutationBookAppointmentSuccess { data { id } } ... on Error { code field } } }`,
        { input: { childId: await child(key), counsellorId: counsellorGid, kind: "INITIAL", startsAt: startsAt.toISOString(), room: "Raum Kurzfristig", interpreterLanguage: "uk", institution: "Jugendamt", idempotencyKey: key } },
      );
      expect(booked.data.bookAppointment.__typename, key).toBe("MutationBookAppointmentSuccess");
      const assigned = (await gql(coordinator, ASSIGN, { a: booked.data.bookAppointment.data.id, i: interpreter.gid, km: 5 })).data.assignInterpreter;
      expect((await gql(session, RESPOND, { id: assigned.data.request.id, accept: true })).data.respondToInterpreterRequest.data.status).toBe("ACCEPTED");
      return booked.data.bookAppointment.data.id as string;
    };
    const lateStart = minute(now + 3 * HOUR);
    const inTimeStart = minute(now + 3 * 24 * HOUR);
    const late = await bookAccept(lateStart, "LateCancel");
    const inTime = await bookAccept(inTimeStart, "InTimeCancel");
    for (const id of [late, inTime]) {
      const res = await gql(counsellor, `mutation($id: ID!) { cancelAppointment(id: $id) { __typename ... on MutationCancelAppointmentSuccess { data { status } } } }`, { id });
      expect(res.data.cancelAppointment.data.status).toBe("CANCELLED");
    }

    const STATEMENT = `query($m: String!, $i: ID, $inst: String) { interpreterStatement(month: $m, interpreterId: $i, institution: $inst) {
      ... on QueryInterpreterStatementSuccess { data { totalCents lines { startsAt institution cancelledLate fee { serviceCents travelCents cancellationCents totalCents } } } } } }`;
    const months = [...new Set([lateStart, inTimeStart].map((d) => berlinToday(d).slice(0, 7)))];
    const lines: Any[] = [];
    for (const m of months) lines.push(...(await gql(coordinator, STATEMENT, { m, i: interpreter.gid })).data.interpreterStatement.data.lines);
    // Only the late one, with the cancellation fee (20 €) instead of the interpreting fee and travel.
    expect(lines).toEqual([
      { startsAt: lateStart.toISOString(), institution: "Jugendamt", cancelledLate: true, fee: { serviceCents: 0, travelCents: 0, cancellationCents: 2_000, totalCents: 2_000 } },
    ]);
    const lateMonth = berlinToday(lateStart).slice(0, 7);
    const billed = (await gql(coordinator, STATEMENT, { m: lateMonth, inst: "Jugendamt" })).data.interpreterStatement.data;
    expect(billed.totalCents).toBe(2_000);
    const csv = await (await t.request(`/exports/interpreter-statement.csv?month=${lateMonth}&institution=Jugendamt`, { headers: { cookie: coordinator.cookie } })).text();
    expect(csv).toContain("20,00");
  });

  it("takes a pledge signed today as today in Berlin, also in the hour after midnight there", async () => {
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email: "koordination@oldenburg.example" } });
    const membership = await t.db.prisma.membership.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "asc" } });
    const { session } = await createSession(t.db.prisma, user.id, membership.organizationId, sessionSettings(t.config));
    const viewer = await viewerOfSession(t.db.prisma, session.id);
    // 00:30 on 16 June in Berlin (summer time), still 15 June in UTC.
    const ctx = { ...buildServiceCtx({ config: t.config, logger: createLogger("silent"), prisma: t.db.prisma }, viewer, "de"), now: new Date("2026-06-15T22:30:00Z") };
    await expect(recordInterpreterPledge(ctx, { volunteerId: leylaProfileId, signedOn: "2026-06-17" })).rejects.toMatchObject({ code: "VALIDATION", field: "signedOn" });
    const pledge = await recordInterpreterPledge(ctx, { volunteerId: leylaProfileId, signedOn: "2026-06-16" });
    expect(pledge.signedOn.toISOString().slice(0, 10)).toBe("2026-06-16");
  });
});

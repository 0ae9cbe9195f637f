// The training area's plain routes through app.fetch with real sessions: the
// cohort calendar, the private calendar feed and the certificate PDF. The ICS
// is checked as text (CRLF, folding, escaping) and as events (UID, SEQUENCE,
// STATUS); the PDF's text is read by PDF.js (unpdf).
import { pdfPageCount, pdfText } from "@lotse/testing/pdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { createCohort, createCourse, demo, newPerson, signedInVolunteers, signIn, type CourseSpec } from "@lotse/testing/factories";
import type { ApiSession } from "@lotse/testing/operations";
import { icsUtc, renderCalendar } from "../../formats/ics.ts";
import { loggablePath } from "../../http/routes.ts";
import { moduleRoutes } from "../index.ts";
import { renderCertificatePdf, type CertificateData } from "./render/certificate.ts";

let t: TestApp;
let trainer: TestSession;
/** The same trainer for the factories of @lotse/testing. */
let trainerApi: ApiSession;
let coordinatorApi: ApiSession;
let coordinator: TestSession;
let osnabrueck: TestSession;
let trainerId: string;

const ORG_NAME = "Stadt Oldenburg – Amt für Zuwanderung und Integration";
const hour = 3_600_000;
const day = 24 * hour;
/** Whole minutes, so times survive the trip through ICS (which has no milliseconds). */
const at = (offsetMs: number) => new Date(Math.floor((Date.now() + offsetMs) / 60_000) * 60_000);
const uuidOf = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1]!;
const berlinDate = (d: Date) => new Intl.DateTimeFormat("de-DE", { timeZone: "Europe/Berlin", day: "2-digit", month: "2-digit", year: "numeric" }).format(d);

type Payload<T> = { __typename: string; data?: T; code?: string; message?: string };

/** Runs a mutation and returns its payload's data, or fails the test with the whole answer. */
async function mutate<T>(session: TestSession, field: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await session.gql<Record<string, Payload<T>>, Record<string, unknown>>(query, variables);
  const payload = res.data?.[field];
  if (!payload?.__typename.endsWith("Success")) throw new Error(`${field} failed: ${JSON.stringify(res)}`);
  return payload.data as T;
}

const UPDATE_SESSION = `mutation($id: ID!, $input: CohortSessionInput!) { updateCohortSession(id: $id, input: $input) { __typename ... on MutationUpdateCohortSessionSuccess { data { id sequence } } ... on Error { code message } } }`;
const APPLY = `mutation($cohortId: ID!) { applyToCohort(cohortId: $cohortId) { __typename ... on MutationApplyToCohortSuccess { data { id status } } ... on Error { code message } } }`;
const WITHDRAW = `mutation($cohortId: ID!) { withdrawFromCohort(cohortId: $cohortId) { __typename ... on MutationWithdrawFromCohortSuccess { data { status } } ... on Error { code message } } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelCohort(id: $id, reason: $reason) { __typename ... on MutationCancelCohortSuccess { data { status } } ... on Error { code message } } }`;
const ATTENDANCE = `mutation($sessionId: ID!, $entries: [AttendanceEntryInput!]!) { recordAttendance(sessionId: $sessionId, entries: $entries) { __typename ... on MutationRecordAttendanceSuccess { data { status } } ... on Error { code message } } }`;
const COMPLETE = `mutation($id: ID!) { completeCohort(id: $id) { __typename ... on MutationCompleteCohortSuccess { data { status } } ... on Error { code message } } }`;
const REVOKE = `mutation($id: ID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) { __typename ... on MutationRevokeCertificateSuccess { data { revokedAt } } ... on Error { code message } } }`;
const RESET_FEED = `mutation { resetCalendarFeed { __typename ... on MutationResetCalendarFeedSuccess { data } ... on Error { code message } } }`;
const COHORT = `query($id: ID!) { cohort(id: $id) { icsUrl sessions { id startsAt sequence } enrolments { id status volunteerName certificate { id number } } } }`;

interface SessionSpec {
  start: Date;
  end: Date;
  topic: string;
  room?: string;
  onlineUrl?: string;
}

async function newCourse(input: CourseSpec) {
  return (await createCourse(trainerApi, input)).id;
}

/** A cohort created and opened by the trainer, with its sessions; returns its global ID and the session IDs. */
async function newCohort(courseId: string, title: string, capacity: number, sessions: SessionSpec[], location = "Kulturzentrum PFL") {
  return createCohort(trainerApi, courseId, {
    title,
    capacity,
    location,
    open: true,
    sessions: sessions.map((s) => ({ startsAt: s.start, endsAt: s.end, topic: s.topic, room: s.room ?? null, onlineUrl: s.onlineUrl ?? null })),
  });
}

/** Volunteers signed up, approved and signed in through the API, with these names (or numbered ones). */
async function volunteers(label: string, count: number, names: string[] = []) {
  const people = Array.from({ length: count }, (_, i) => newPerson(label, names[i] ?? `${label} ${i + 1}`));
  const sessions = await signedInVolunteers(t.lotse, coordinatorApi, people);
  return Object.assign(sessions.map((s) => t.as(s)), { people });
}

async function cohortInfo(id: string) {
  const res = await trainer.gql<
    { cohort: { icsUrl: string; sessions: { id: string; startsAt: string; sequence: number }[]; enrolments: { id: string; status: string; volunteerName: string; certificate: { id: string; number: number } | null }[] } },
    Record<string, unknown>
  >(COHORT, { id });
  return res.data!.cohort;
}

function get(path: string, session?: TestSession, init: RequestInit = {}) {
  const headers = { ...(session?.cookie ? { cookie: session.cookie } : {}), ...(init.headers as Record<string, string> | undefined) };
  return t.request(path, { ...init, headers });
}

async function errorOf(res: Response) {
  expect(res.headers.get("content-type")).toContain("application/json");
  return ((await res.json()) as { error: { code: string; message: string; field: string | null } }).error;
}

// ---- reading ICS ------------------------------------------------------------------------

interface IcsEventProps {
  [name: string]: string;
}

/** Unescapes a TEXT value. */
const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));

/**
 * Checks the physical form (CRLF only, no line over 75 octets) and returns
 * the unfolded content lines, the calendar's properties and its events.
 */
function readIcs(text: string) {
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text).not.toMatch(/[^\r]\n/); // no bare LF
  expect(text).not.toMatch(/\r(?!\n)/); // no bare CR
  for (const physical of text.slice(0, -2).split("\r\n")) {
    expect(Buffer.byteLength(physical, "utf8"), physical).toBeLessThanOrEqual(75);
  }
  const lines = text.replace(/\r\n[ \t]/g, "").slice(0, -2).split("\r\n");
  const calendar: Record<string, string> = {};
  const events: IcsEventProps[] = [];
  let current: IcsEventProps | null = null;
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).split(";")[0]!;
    const value = line.slice(colon + 1);
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT") {
      events.push(current!);
      current = null;
    } else if (current) {
      expect(current[name], `${name} twice in one event`).toBeUndefined();
      current[name] = value;
    } else calendar[name] = value;
  }
  expect(lines[0]).toBe("BEGIN:VCALENDAR");
  expect(lines[lines.length - 1]).toBe("END:VCALENDAR");
  return { lines, calendar, events, byUid: new Map(events.map((e) => [e.UID!, e])) };
}

beforeAll(async () => {
  t = await createTestApp();
  [trainerApi, coordinatorApi] = await Promise.all([signIn(t.lotse, demo.trainer), signIn(t.lotse, demo.coordinator)]);
  trainer = t.as(trainerApi);
  coordinator = t.as(coordinatorApi);
  osnabrueck = await t.sessionFor("koordination@osnabrueck.example");
  const admin = await t.sessionFor("admin@oldenburg.example");
  const trainers = await admin.gql<{ users: { edges: { node: { id: string } }[] } }, Record<string, never>>(`query { users(filter: { role: TRAINER }) { edges { node { id } } } }`);
  trainerId = trainers.data!.users.edges[0]!.node.id;
});

afterAll(async () => {
  await t?.close();
});

describe("ICS text (formats/ics.ts, written by ical-generator)", () => {
  const event = (summary: string) => ({ uid: "u-1@lotse", start: new Date("2026-03-07T08:05:09.123Z"), end: new Date("2026-03-07T09:00:00Z"), sequence: 0, status: "CONFIRMED" as const, summary });

  it("escapes backslash, semicolon, comma and every kind of line break, and drops control characters", () => {
    const ics = readIcs(renderCalendar({ name: "Test", events: [event("a\\b;c,d\r\ne\nf\rg\u0007h\ti")] }));
    expect(ics.events[0]!.SUMMARY).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng" + "h\ti");
  });

  it("folds at 75 octets, never inside a character, and unfolds to the original", () => {
    const summary = "Überörtliche Ämter ".repeat(12);
    const text = renderCalendar({ name: "Test", events: [event(summary)] });
    const physical = text.split("\r\n");
    const start = physical.findIndex((p) => p.startsWith("SUMMARY:"));
    const continued = physical.slice(start + 1).findIndex((p) => !p.startsWith(" "));
    expect(continued).toBeGreaterThanOrEqual(3); // four physical lines or more
    physical.forEach((p) => {
      expect(Buffer.byteLength(p, "utf8")).toBeLessThanOrEqual(75);
      expect(p).not.toContain("\uFFFD");
    });
    expect(readIcs(text).events[0]!.SUMMARY).toBe(summary);
    expect(icsUtc(new Date("2026-03-07T08:05:09.123Z"))).toBe("20260307T080509Z");
    expect(readIcs(text).events[0]!.DTSTART).toBe("20260307T080509Z");
  });
});

describe("GET /calendar/cohorts/:id.ics", () => {
  const longTopic = "Interkulturelle Kommunikation in Behörden, Schulen und Kitas – Übungen mit Fallbeispielen aus dem Alltag der Lotsinnen und Lotsen";
  const trickyTopic = "Recht; Asyl, Aufenthalt \\ Arbeit\nTeil 2";
  const location = "Kulturzentrum PFL, Peterstraße 3; Hof \\ Eingang B";
  const onlineUrl = "https://meet.example.org/lotse-kurs?raum=7&sprache=de";
  let cohort: { id: string; sessionIds: string[] };
  let participant: TestSession;
  let stranger: TestSession;
  let icsUrl: string;
  const starts = [at(10 * day), at(17 * day)];

  beforeAll(async () => {
    const courseId = await newCourse({ title: "Aufbaukurs Sprachmittlung", teachingHours: 16, topics: ["Rolle"] });
    cohort = await newCohort(
      courseId,
      "Aufbaukurs Frühjahr",
      10,
      [
        { start: starts[0]!, end: new Date(starts[0]!.getTime() + 3 * hour), topic: longTopic, room: "Raum 2" },
        { start: starts[1]!, end: new Date(starts[1]!.getTime() + 2 * hour), topic: trickyTopic, onlineUrl },
      ],
      location,
    );
    [participant, stranger] = await volunteers("ics", 2);
    expect(await mutate<{ status: string }>(participant!, "applyToCohort", APPLY, { cohortId: cohort.id })).toMatchObject({ status: "ADMITTED" });
    icsUrl = (await cohortInfo(cohort.id)).icsUrl;
  });

  it("is an RFC 5545 calendar with one event per session: CRLF, folded lines, escaped text, UTC times", async () => {
    expect(icsUrl).toMatch(/^\/calendar\/cohorts\/[A-Za-z0-9_-]+\.ics$/); // base64url, as cohort.icsUrl builds it
    const res = await get(icsUrl, participant);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="aufbaukurs-fruehjahr.ics"`);
    const text = await res.text();
    expect(text).toContain("\r\n "); // the long topic is folded
    const ics = readIcs(text);
    expect(ics.calendar).toMatchObject({ VERSION: "2.0", METHOD: "PUBLISH", "X-WR-CALNAME": "Aufbaukurs Frühjahr" });
    expect(ics.calendar.PRODID).toBeTruthy();
    expect(ics.events).toHaveLength(2);

    const [first, second] = cohort.sessionIds.map((id) => ics.byUid.get(`${uuidOf(id)}@lotse`)!);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(first).toMatchObject({
      DTSTART: icsUtc(starts[0]!),
      DTEND: icsUtc(new Date(starts[0]!.getTime() + 3 * hour)),
      SEQUENCE: "0",
      STATUS: "CONFIRMED",
    });
    expect(first!.DTSTART).toMatch(/^\d{8}T\d{6}Z$/);
    expect(first!.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    expect(unescapeText(first!.SUMMARY!)).toBe(`Aufbaukurs Frühjahr: ${longTopic}`);
    expect(unescapeText(first!.LOCATION!)).toBe(`Raum 2, ${location}`);
    expect(first!.LOCATION).toBe("Raum 2\\, Kulturzentrum PFL\\, Peterstraße 3\\; Hof \\\\ Eingang B");

    expect(second!.SUMMARY).toBe("Aufbaukurs Frühjahr: Recht\\; Asyl\\, Aufenthalt \\\\ Arbeit\\nTeil 2");
    expect(unescapeText(second!.SUMMARY!)).toBe(`Aufbaukurs Frühjahr: ${trickyTopic}`);
    expect(second!.LOCATION).toBe(onlineUrl); // an online session: the link is the place
    expect(second!.URL).toBe(onlineUrl);
    expect(second!.DTEND).toBe(icsUtc(new Date(starts[1]!.getTime() + 2 * hour)));
  });

  it("keeps each event's UID when a session changes and raises its SEQUENCE", async () => {
    const before = readIcs(await (await get(icsUrl, participant)).text());
    const moved = at(11 * day);
    const updated = await mutate<{ sequence: number }>(trainer, "updateCohortSession", UPDATE_SESSION, {
      id: cohort.sessionIds[0],
      input: { startsAt: moved.toISOString(), endsAt: new Date(moved.getTime() + 3 * hour).toISOString(), topic: `${longTopic} (verlegt)`, room: "Raum 3" },
    });
    expect(updated.sequence).toBe(1);
    const after = readIcs(await (await get(icsUrl, participant)).text());
    expect(after.events).toHaveLength(2);
    expect([...after.byUid.keys()].sort()).toEqual([...before.byUid.keys()].sort());
    const uid = `${uuidOf(cohort.sessionIds[0]!)}@lotse`;
    expect(Number(after.byUid.get(uid)!.SEQUENCE)).toBeGreaterThan(Number(before.byUid.get(uid)!.SEQUENCE));
    expect(after.byUid.get(uid)).toMatchObject({ SEQUENCE: "1", DTSTART: icsUtc(moved) });
    expect(unescapeText(after.byUid.get(uid)!.LOCATION!)).toBe(`Raum 3, ${location}`);
    // The untouched session keeps its sequence.
    const other = `${uuidOf(cohort.sessionIds[1]!)}@lotse`;
    expect(after.byUid.get(other)!.SEQUENCE).toBe("0");
  });

  it("accepts the cohort's global ID in standard base64 too, URL-encoded or not", async () => {
    for (const id of [cohort.id, encodeURIComponent(cohort.id)]) {
      const res = await get(`/calendar/cohorts/${id}.ics`, participant);
      expect(res.status, id).toBe(200);
      expect(readIcs(await res.text()).events).toHaveLength(2);
    }
  });

  it("answers 401 without a session and 404 to another organisation", async () => {
    const anonymous = await get(icsUrl);
    expect(anonymous.status).toBe(401);
    expect((await errorOf(anonymous)).code).toBe("UNAUTHENTICATED");
    expect(anonymous.headers.get("cache-control")).toBe("no-store");

    const foreign = await get(icsUrl, osnabrueck);
    expect(foreign.status).toBe(404);
    expect(await errorOf(foreign)).toMatchObject({ code: "NOT_FOUND", field: "id" });
  });

  // One rule (training/access.ts) for both entry points: the schedule is every member's,
  // the online link only the cohort's staff's and its participants' (a place or an offer).
  it("gives every member the schedule, and the online link to the same people as GraphQL does", async () => {
    const [withdrawn] = await volunteers("ics-left", 1);
    expect(await mutate<{ status: string }>(withdrawn!, "applyToCohort", APPLY, { cohortId: cohort.id })).toMatchObject({ status: "ADMITTED" });
    expect(await mutate<{ status: string }>(withdrawn!, "withdrawFromCohort", WITHDRAW, { cohortId: cohort.id })).toMatchObject({ status: "WITHDRAWN" });
    const admin = await t.sessionFor("admin@oldenburg.example");
    const callers: [string, TestSession, boolean][] = [
      ["participant", participant, true],
      ["assigned trainer", trainer, true],
      ["coordinator", coordinator, true],
      ["admin", admin, true],
      ["member without an enrolment", stranger, false],
      ["volunteer who withdrew", withdrawn!, false],
    ];
    for (const [who, session, sees] of callers) {
      const res = await session.gql<{ cohort: { sessions: { id: string; onlineUrl: string | null }[] } }, Record<string, unknown>>(
        `query($id: ID!) { cohort(id: $id) { sessions { id onlineUrl } } }`,
        { id: cohort.id },
      );
      expect(res.errors, who).toBeUndefined();
      // Session -> link (the event's UID is the session's id), whatever order the sessions are in.
      const [inRoom, online] = cohort.sessionIds.map(uuidOf);
      const expected = { [inRoom!]: null, [online!]: sees ? onlineUrl : null };
      expect(Object.fromEntries(res.data!.cohort.sessions.map((s) => [uuidOf(s.id), s.onlineUrl])), who).toEqual(expected);

      const file = await get(icsUrl, session);
      expect(file.status, who).toBe(200);
      const text = await file.text();
      const { events } = readIcs(text);
      const viaIcs = Object.fromEntries(events.map((e) => [e.UID!.replace("@lotse", ""), e.URL ?? null]));
      expect(viaIcs, who).toEqual(expected);
      expect(text.includes("meet.example.org"), who).toBe(sees);
    }
  });

  it("lets the organisation's trainers and coordinators have it, and answers 404 for unknown or malformed ids", async () => {
    expect((await get(icsUrl, trainer)).status).toBe(200);
    expect((await get(icsUrl, coordinator)).status).toBe(200);
    const unknown = Buffer.from("Cohort:6f1c2b3a-0000-4000-8000-000000000000").toString("base64url");
    const otherType = Buffer.from(`CohortSession:${uuidOf(cohort.sessionIds[0]!)}`).toString("base64url");
    for (const id of [unknown, otherType, "kein-kurs", "%E0%A4%A"]) {
      expect((await get(`/calendar/cohorts/${id}.ics`, coordinator)).status, id).toBe(404);
    }
    expect((await get(icsUrl, coordinator, { method: "POST" })).status).toBe(405);
  });

  it("marks every session of a cancelled cohort CANCELLED with a higher SEQUENCE", async () => {
    const courseId = await newCourse({ title: "Kurz abgesagt", teachingHours: 4, topics: [] });
    const doomed = await newCohort(courseId, "Wird abgesagt", 5, [
      { start: at(20 * day), end: at(20 * day + 2 * hour), topic: "Eins", room: "Raum 1" },
      { start: at(27 * day), end: at(27 * day + 2 * hour), topic: "Zwei", room: "Raum 1" },
    ]);
    await mutate(participant, "applyToCohort", APPLY, { cohortId: doomed.id });
    const url = (await cohortInfo(doomed.id)).icsUrl;
    const before = readIcs(await (await get(url, participant)).text());
    expect(before.events.map((e) => e.STATUS)).toEqual(["CONFIRMED", "CONFIRMED"]);
    await mutate(trainer, "cancelCohort", CANCEL, { id: doomed.id, reason: "Kursleitung erkrankt" });
    const after = readIcs(await (await get(url, participant)).text());
    expect(after.events).toHaveLength(2);
    for (const event of after.events) {
      expect(event.STATUS).toBe("CANCELLED");
      expect(Number(event.SEQUENCE)).toBeGreaterThan(Number(before.byUid.get(event.UID!)!.SEQUENCE));
      expect(unescapeText(event.DESCRIPTION!)).toContain("Kursleitung erkrankt");
    }
  });
});

describe("GET /calendar/feed/:token.ics", () => {
  it("writes the feed's and the cohort file's fixed texts in the reader's language, the course titled in it where the course has a translation", async () => {
    const courseId = await newCourse({ title: "Sprachkurs Alltag", teachingHours: 8, topics: [] });
    await t.db.prisma.course.update({ where: { id: uuidOf(courseId) }, data: { titleTranslations: { ar: "دورة لغة الحياة اليومية" } } });
    const cohort = await newCohort(courseId, "Herbstgruppe", 1, [{ start: at(40 * day), end: at(40 * day + 2 * hour), topic: "Einkaufen", room: "Raum 5" }]);
    await t.db.prisma.cohort.update({ where: { id: uuidOf(cohort.id) }, data: { titleTranslations: { ar: "مجموعة الخريف" } } });
    await t.db.prisma.cohortSession.update({ where: { id: uuidOf(cohort.sessionIds[0]!) }, data: { topicTranslations: { ar: "التسوق" } } });
    const pair = await volunteers("ics-ar", 2);
    const first = pair[0];
    const arabicEmail = pair.people[1]!.email;
    await t.db.prisma.user.update({ where: { email: arabicEmail }, data: { locale: "AR" } });
    expect(await mutate<{ status: string }>(first!, "applyToCohort", APPLY, { cohortId: cohort.id })).toMatchObject({ status: "ADMITTED" });
    const arabic = await t.sessionFor(arabicEmail);
    expect(await mutate<{ status: string }>(arabic, "applyToCohort", APPLY, { cohortId: cohort.id })).toMatchObject({ status: "WAITLISTED" });
    await mutate(first!, "withdrawFromCohort", WITHDRAW, { cohortId: cohort.id }); // the freed place is offered to the Arabic reader

    const feedPath = new URL(await mutate<string>(arabic, "resetCalendarFeed", RESET_FEED)).pathname;
    const feed = readIcs(await (await get(feedPath)).text());
    expect(feed.calendar["X-WR-CALNAME"]).toBe("Lotse: مواعيد دوراتي");
    expect(feed.events).toHaveLength(1);
    expect(feed.events[0]!.STATUS).toBe("TENTATIVE");
    expect(unescapeText(feed.events[0]!.SUMMARY!)).toBe("مجموعة الخريف: التسوق");
    const description = unescapeText(feed.events[0]!.DESCRIPTION!);
    expect(description).toContain("الدورة: دورة لغة الحياة اليومية");
    expect(description).toContain("عُرض عليك مكان في هذه الدورة. يُرجى قبول العرض في Lotse.");
    expect(description).not.toMatch(/Kurs:|Platz angeboten/);

    // The cohort's file in the language of whom fetches it: the Arabic reader's in Arabic, the trainer's in German.
    const { icsUrl } = await cohortInfo(cohort.id);
    expect(unescapeText(readIcs(await (await get(icsUrl, arabic)).text()).events[0]!.DESCRIPTION!)).toContain("الدورة: دورة لغة الحياة اليومية");
    const germanFile = readIcs(await (await get(icsUrl, trainer)).text()).events[0]!;
    expect(unescapeText(germanFile.DESCRIPTION!)).toContain("Kurs: Sprachkurs Alltag");
    expect(unescapeText(germanFile.SUMMARY!)).toBe("Herbstgruppe: Einkaufen");

    // The one who withdrew keeps a German feed: the event taken back says so in German.
    const firstFeed = readIcs(await (await get(new URL(await mutate<string>(first!, "resetCalendarFeed", RESET_FEED)).pathname)).text());
    expect(firstFeed.calendar["X-WR-CALNAME"]).toBe("Lotse: Meine Kurstermine");
    expect(unescapeText(firstFeed.events[0]!.DESCRIPTION!)).toContain("Sie nehmen an diesem Kurs nicht mehr teil.");
  });

  it("gives the volunteer's admitted and offered sessions by secret address, takes back what ended, and stops at a reset", async () => {
    const courseId = await newCourse({ title: "Feedkurs", teachingHours: 8, topics: [] });
    const session = (days: number, topic: string): SessionSpec => ({ start: at(days * day), end: at(days * day + 2 * hour), topic, room: "Raum 4" });
    const admitted = await newCohort(courseId, "Zugelassen", 5, [session(30, "A1"), session(37, "A2")]);
    const offered = await newCohort(courseId, "Angeboten", 1, [session(31, "O1")]);
    const waiting = await newCohort(courseId, "Warteliste", 1, [session(32, "W1")]);
    const cancelled = await newCohort(courseId, "Abgesagt", 5, [session(33, "C1")]);
    const [p, q, r] = await volunteers("feed-route", 3);

    await mutate(p!, "applyToCohort", APPLY, { cohortId: admitted.id });
    await mutate(q!, "applyToCohort", APPLY, { cohortId: offered.id });
    await mutate(p!, "applyToCohort", APPLY, { cohortId: offered.id }); // waitlisted …
    await mutate(q!, "withdrawFromCohort", WITHDRAW, { cohortId: offered.id }); // … then offered the freed place
    await mutate(r!, "applyToCohort", APPLY, { cohortId: waiting.id });
    await mutate(p!, "applyToCohort", APPLY, { cohortId: waiting.id }); // stays on the waiting list
    await mutate(p!, "applyToCohort", APPLY, { cohortId: cancelled.id });

    const address = await mutate<string>(p!, "resetCalendarFeed", RESET_FEED);
    const path = new URL(address).pathname;
    expect(path).toMatch(/^\/calendar\/feed\/[\w-]{43}\.ics$/);

    const res = await get(path); // no session: the address is the key
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, max-age=300");
    expect(res.headers.get("content-disposition")).toContain(".ics");
    const uid = (c: { sessionIds: string[] }, i = 0) => `${uuidOf(c.sessionIds[i]!)}@lotse`;
    const feed = readIcs(await res.text());
    expect(feed.calendar.METHOD).toBe("PUBLISH");
    expect(feed.calendar["X-WR-CALNAME"]).toBeTruthy();
    expect(Object.fromEntries(feed.events.map((e) => [e.UID, e.STATUS]))).toEqual({
      [uid(admitted, 0)]: "CONFIRMED",
      [uid(admitted, 1)]: "CONFIRMED",
      [uid(offered)]: "TENTATIVE",
      [uid(cancelled)]: "CONFIRMED",
    });
    const cancelledBefore = Number(feed.byUid.get(uid(cancelled))!.SEQUENCE);

    // The trainer cancels a cohort: the feed keeps its events, CANCELLED, with a higher SEQUENCE.
    await mutate(trainer, "cancelCohort", CANCEL, { id: cancelled.id, reason: "Zu wenige Anmeldungen" });
    const afterCancel = readIcs(await (await get(path)).text());
    expect(afterCancel.byUid.get(uid(cancelled))).toMatchObject({ STATUS: "CANCELLED" });
    expect(Number(afterCancel.byUid.get(uid(cancelled))!.SEQUENCE)).toBeGreaterThan(cancelledBefore);
    expect(afterCancel.byUid.has(uid(waiting))).toBe(false);

    // q withdrew from "Angeboten" after holding its place: q's feed takes the event back.
    const qAddress = new URL(await mutate<string>(q!, "resetCalendarFeed", RESET_FEED)).pathname;
    const qFeed = readIcs(await (await get(qAddress)).text());
    expect(qFeed.events.map((e) => [e.UID, e.STATUS])).toEqual([[uid(offered), "CANCELLED"]]);
    expect(Number(qFeed.events[0]!.SEQUENCE)).toBeGreaterThan(0);

    // A reset replaces the address: the old one is gone, the new one works.
    const next = new URL(await mutate<string>(p!, "resetCalendarFeed", RESET_FEED)).pathname;
    expect(next).not.toBe(path);
    const old = await get(path);
    expect(old.status).toBe(404);
    expect(old.headers.get("cache-control")).toBe("no-store");
    expect((await errorOf(old)).code).toBe("NOT_FOUND");
    expect((await get(next)).status).toBe(200);
  });

  it("has a form of its path that can be logged without the secret", () => {
    expect(loggablePath(moduleRoutes, `/calendar/feed/${"x".repeat(43)}.ics`)).toBe("/calendar/feed/[secret].ics");
    expect(loggablePath(moduleRoutes, "/calendar/cohorts/abc.ics")).toBe("/calendar/cohorts/abc.ics");
  });

  it("answers 404 for an unknown or malformed address, in the browser's language", async () => {
    const unknown = await get(`/calendar/feed/${"A".repeat(43)}.ics`, undefined, { headers: { "accept-language": "en-GB" } });
    expect(unknown.status).toBe(404);
    expect(await errorOf(unknown)).toMatchObject({ code: "NOT_FOUND", message: "Not found." });
    expect((await get("/calendar/feed/kurz.ics")).status).toBe(404);
  });
});

describe("GET /certificates/:id.pdf", () => {
  let certificateId: string;
  let number: number;
  let participant: TestSession;
  let classmate: TestSession;
  let participantEmail: string;
  let firstDay: Date;
  let lastDay: Date;
  const path = () => `/certificates/${encodeURIComponent(certificateId)}.pdf`;
  const PARTICIPANT = "Ayşe Yılmaz-Łukasz Nguyễn Олена";

  beforeAll(async () => {
    const courseId = await newCourse({
      title: "Aufbauqualifizierung Sprachmittlung",
      teachingHours: 16,
      topics: ["Rolle und Haltung", "Dolmetschen im Gespräch", "Schweigepflicht und Datenschutz"],
      certificateText: "hat an der Aufbauqualifizierung Sprachmittlung teilgenommen.",
      qualificationName: "Sprachmittler/-in",
    });
    firstDay = at(-12 * day);
    lastDay = at(-5 * day);
    const cohort = await newCohort(courseId, "Sprachmittlung Herbst", 3, [
      { start: firstDay, end: new Date(firstDay.getTime() + 4 * hour), topic: "Teil 1", room: "Raum 1" },
      { start: lastDay, end: new Date(lastDay.getTime() + 4 * hour), topic: "Teil 2", room: "Raum 1" },
    ]);
    const people = await volunteers("cert", 2, [PARTICIPANT]);
    [participant, classmate] = people;
    participantEmail = people.people[0]!.email;
    for (const p of people) await mutate(p, "applyToCohort", APPLY, { cohortId: cohort.id });
    const info = await cohortInfo(cohort.id);
    const enrolment = (name: string) => info.enrolments.find((e) => e.volunteerName === name)!.id;
    // Ayşe attends both sessions, her classmate only the first (50 %: no certificate).
    await mutate(trainer, "recordAttendance", ATTENDANCE, {
      sessionId: cohort.sessionIds[0],
      entries: [{ enrolmentId: enrolment(PARTICIPANT), status: "PRESENT" }, { enrolmentId: enrolment("cert 2"), status: "PRESENT" }],
    });
    await mutate(trainer, "recordAttendance", ATTENDANCE, {
      sessionId: cohort.sessionIds[1],
      entries: [{ enrolmentId: enrolment(PARTICIPANT), status: "PRESENT" }, { enrolmentId: enrolment("cert 2"), status: "ABSENT" }],
    });
    await mutate(trainer, "completeCohort", COMPLETE, { id: cohort.id });
    const done = (await cohortInfo(cohort.id)).enrolments.find((e) => e.volunteerName === PARTICIPANT)!;
    certificateId = done.certificate!.id;
    number = done.certificate!.number;
  });

  it("is a one-page A4 certificate with the organisation, number, participant, course, period, hours, topics and attendance", async () => {
    const res = await get(path(), participant);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="zertifikat-${number}-ayse-yilmaz-lukasz-nguyen.pdf"`);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(await pdfPageCount(pdf)).toBe(1);
    expect(pdf.toString("latin1")).toContain("/MediaBox [0 0 595.28 841.89]"); // A4

    const text = await pdfText(pdf);
    expect(text).toContain(ORG_NAME);
    expect(text).toContain("Zertifikat");
    expect(text).toContain(`Nr. ${number}`);
    // The embedded Unicode font prints the name exactly as typed, on one line of its own.
    expect(text.split("\n")).toContain(PARTICIPANT);
    expect(text).toContain("Aufbauqualifizierung Sprachmittlung");
    expect(text).toContain("hat an der Aufbauqualifizierung Sprachmittlung teilgenommen.");
    expect(text).toContain(`${berlinDate(firstDay)} bis ${berlinDate(lastDay)}`);
    expect(text).toContain("16 Unterrichtsstunden");
    expect(text).toMatch(/Anwesenheit 100 %/);
    for (const topic of ["Rolle und Haltung", "Dolmetschen im Gespräch", "Schweigepflicht und Datenschutz"]) expect(text).toContain(topic);
    // The stored issue time, not the clock now: the day may have changed since beforeAll.
    const { issuedAt } = await t.db.prisma.certificate.findUniqueOrThrow({ where: { id: uuidOf(certificateId) } });
    expect(text).toContain(`Ausgestellt am ${berlinDate(issuedAt)}`);
    expect(text).toContain("Karl Kursleitung, Kursleitung");
  });

  it("answers 401 without a session, 404 to another organisation, 403 to another volunteer; staff may download it", async () => {
    const anonymous = await get(path());
    expect(anonymous.status).toBe(401);
    expect((await errorOf(anonymous)).code).toBe("UNAUTHENTICATED");
    expect((await get(path(), osnabrueck)).status).toBe(404);
    const other = await get(path(), classmate);
    expect(other.status).toBe(403);
    expect((await errorOf(other)).code).toBe("FORBIDDEN");
    expect((await get(path(), coordinator)).status).toBe(200);
    expect((await get(path(), trainer)).status).toBe(200);
    const unknown = Buffer.from("Certificate:6f1c2b3a-0000-4000-8000-000000000000").toString("base64");
    expect((await get(`/certificates/${encodeURIComponent(unknown)}.pdf`, coordinator)).status).toBe(404);
    expect((await get(`/certificates/${Buffer.from(`Certificate:${uuidOf(certificateId)}`).toString("base64url")}.pdf`, participant)).status).toBe(200);
  });

  it("says what it said when issued, even after the course and the participant's name change", async () => {
    const course = await t.db.prisma.course.findFirstOrThrow({ where: { title: "Aufbauqualifizierung Sprachmittlung" } });
    await t.db.prisma.course.update({ where: { id: course.id }, data: { title: "Umbenannter Kurs", teachingHours: 99, topics: ["Neues Thema"] } });
    await t.db.prisma.user.update({ where: { email: participantEmail }, data: { name: "Neuer Name" } });
    try {
      const text = await pdfText(Buffer.from(await (await get(path(), participant)).arrayBuffer()));
      expect(text.split("\n")).toContain(PARTICIPANT);
      expect(text).toContain("Aufbauqualifizierung Sprachmittlung");
      expect(text).toContain("16 Unterrichtsstunden");
      expect(text).toContain("Schweigepflicht und Datenschutz");
      expect(text).not.toContain("Umbenannter Kurs");
      expect(text).not.toContain("Neuer Name");
    } finally {
      await t.db.prisma.course.update({ where: { id: course.id }, data: { title: course.title, teachingHours: course.teachingHours, topics: course.topics } });
      await t.db.prisma.user.update({ where: { email: participantEmail }, data: { name: PARTICIPANT } });
    }
  });

  it("answers 410 Gone once the certificate is revoked", async () => {
    await mutate(trainer, "revokeCertificate", REVOKE, { id: certificateId, reason: "Teilnahme nachträglich aberkannt" });
    const res = await get(path(), participant);
    expect(res.status).toBe(410);
    const error = await errorOf(res);
    expect(error.code).toBe("GONE");
    const { revokedAt } = await t.db.prisma.certificate.findUniqueOrThrow({ where: { id: uuidOf(certificateId) } });
    expect(error.message).toBe(`Dieses Zertifikat wurde am ${berlinDate(revokedAt!)} widerrufen und ist nicht mehr gültig.`);
    expect((await get(path(), coordinator)).status).toBe(410);
    // Still nobody else's business.
    expect((await get(path(), classmate)).status).toBe(403);
  });

  it("stays on one page whatever the course holds", async () => {
    const long = (n: number) => "Sehr langer Eintrag mit vielen Wörtern ".repeat(n).trim();
    const data: CertificateData = {
      organizationName: long(4),
      number: 123456,
      participantName: `Maximiliane ${long(3)}`,
      courseTitle: long(5),
      cohortTitle: long(5),
      certificateText: long(130),
      period: { from: "2026-01-10", to: "2026-06-27" },
      teachingHours: 500,
      topics: Array.from({ length: 30 }, (_, i) => `${i + 1}. ${long(5)}`),
      attendancePercent: 80,
      issuedOn: "2026-06-30",
      trainerNames: ["Karl Kursleitung", "Zweite Trainerin", "Dritter Trainer", "Vierte Trainerin"],
    };
    const pdf = Buffer.from(await renderCertificatePdf(data));
    expect(await pdfPageCount(pdf)).toBe(1);
    const text = await pdfText(pdf);
    expect(text).toContain("Nr. 123456");
    expect(text).toContain("Ausgestellt am 30.06.2026");
    expect(text).toContain("10.01.2026 bis 27.06.2026");

    // The same with long names in other scripts (DejaVu Sans is wider than Helvetica was).
    const unicode = Buffer.from(
      await renderCertificatePdf({
        ...data,
        participantName: `${PARTICIPANT} `.repeat(6).trim(),
        organizationName: "Landkreis Östliches Überland – Fachdienst für Migration, Teilhabe und Integration – Büro Ωμέγα ".repeat(2),
        trainerNames: ["Małgorzata Wiśniewska-Kowalczyk", "Nguyễn Thị Minh Khai Phương", "Олександра Костянтинівна Шевченко"],
      }),
    );
    expect(await pdfPageCount(unicode)).toBe(1);
    const unicodeText = await pdfText(unicode);
    expect(unicodeText).toContain("Ausgestellt am 30.06.2026");
    expect(unicodeText).toContain("Die Teilnahme wurde anhand der Anwesenheitsliste des Kurses geprüft. Erstellt mit Lotse.");
  });

  it("prints a name in Arabic script as one right-to-left run: joined letters, words in order", async () => {
    const data: CertificateData = {
      organizationName: ORG_NAME,
      number: 7,
      participantName: "محمد العلي",
      courseTitle: "Basisqualifizierung",
      cohortTitle: "Basisqualifizierung",
      certificateText: "",
      period: null,
      teachingHours: 8,
      topics: [],
      attendancePercent: 100,
      issuedOn: "2026-06-30",
      trainerNames: [],
    };
    const text = await pdfText(Buffer.from(await renderCertificatePdf(data)));
    // PDF.js reads the glyphs (written in visual order) back into reading order: the name as typed, in one piece.
    expect(text.split("\n")).toContain("محمد العلي");
  });
});

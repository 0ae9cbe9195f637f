// The appointments API end to end: who may do what, children's records,
// availability and slots, booking without double booking (idempotency,
// counsellor, room), reschedule and cancel with the calendar file, outcomes.
// Every refusal is a typed error on the field and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { at, childInput as sharedChildInput, day, gql, registerChild as registerSharedChild } from "../../testing/appointments.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { gid } from "../../testing/global-ids.ts";

let t: TestApp;
let counsellor: TestSession;
let admin: TestSession;
let coordinator: TestSession;
let volunteer: TestSession;
let trainer: TestSession;
let counsellorGid: string;
let otherCounsellorGid: string;
let orgId: string;



const CHILD_FIELDS = `__typename ... on MutationRegisterChildSuccess { data { id firstName guardians { readsLanguage } } } ... on Error { code field message }`;
const BOOK = `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) {
  __typename ... on MutationBookAppointmentSuccess { data { id sequence startsAt endsAt room status interpreterRequest { id status language } } }
  ... on Error { code field message } } }`;

/** Amira, as a counsellor registers her; a test changes only what it is about. */
const AMIRA = {
  firstName: "Amira",
  lastName: "Haddad",
  birthDate: "2017-04-02",
  arrivalDate: day(-30),
  schoolYears: 3,
  lastClass: "3",
  guardians: [{ name: "Rania Haddad", email: "rania.haddad@example.net", readsLanguage: "ar" }],
  consentGivenBy: "Rania Haddad",
};
const childInput = (overrides: Record<string, unknown> = {}) => sharedChildInput({ ...AMIRA, ...overrides });
const registerChild = (s: TestSession, overrides: Record<string, unknown> = {}) => registerSharedChild(s, { ...AMIRA, ...overrides }, CHILD_FIELDS);

async function membershipGid(email: string) {
  const m = await t.db.prisma.membership.findFirstOrThrow({ where: { organizationId: orgId, user: { email } } });
  return gid("User", m.id);
}

async function setAvailability(s: TestSession, gid: string, rules: { weekday: number; start: string; end: string; room: string }[]) {
  const res = await gql(
    s,
    `mutation($id: ID!, $rules: [AvailabilityRuleInput!]!) { setCounsellorAvailability(counsellorId: $id, rules: $rules) {
      __typename ... on MutationSetCounsellorAvailabilitySuccess { data { name availability { weekday start end room } } } ... on Error { code field } } }`,
    { id: gid, rules },
  );
  return res.data.setCounsellorAvailability;
}

const everyDay = (start: string, end: string, room: string) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start, end, room }));

async function book(s: TestSession, input: Record<string, unknown>) {
  return (await gql(s, BOOK, { input })).data.bookAppointment;
}

async function counts() {
  const db = t.db.prisma;
  return { children: await db.child.count(), appointments: await db.appointment.count(), requests: await db.interpreterRequest.count() };
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
  // A second counsellor, to share rooms with.
  const user = await t.db.prisma.user.create({ data: { email: "beratung2@oldenburg.example", name: "Bernd Beratung", emailVerifiedAt: new Date() } });
  await t.db.prisma.membership.create({ data: { organizationId: orgId, userId: user.id, roles: { create: [{ role: "COUNSELLOR" }] } } });
  counsellor = await t.signIn("beratung@oldenburg.example");
  admin = await t.signIn("admin@oldenburg.example");
  coordinator = await t.signIn("koordination@oldenburg.example");
  volunteer = await t.signIn("lotse@oldenburg.example");
  trainer = await t.signIn("kurs@oldenburg.example");
  counsellorGid = await membershipGid("beratung@oldenburg.example");
  otherCounsellorGid = await membershipGid("beratung2@oldenburg.example");
});
afterAll(async () => {
  await t?.close();
});

describe("children's records", () => {
  it("a counsellor and an admin record children; coordinators, volunteers and trainers neither see nor record them", async () => {
    const created = await registerChild(counsellor);
    expect(created.__typename).toBe("MutationRegisterChildSuccess");
    expect(created.data.guardians).toEqual([{ readsLanguage: "ar" }]);
    expect((await registerChild(admin, { firstName: "Omar" })).__typename).toBe("MutationRegisterChildSuccess");
    for (const s of [coordinator, volunteer, trainer]) {
      const before = await counts();
      const res = await gql(s, `mutation($input: ChildInput!) { registerChild(input: $input) { __typename } }`, { input: childInput() });
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(await counts()).toEqual(before);
      const list = await gql(s, `{ children(first: 5) { totalCount edges { node { firstName } } } }`);
      expect(list.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const one = await gql(s, `query($id: ID!) { child(id: $id) { firstName birthDate } }`, { id: created.data.id });
      expect(one.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(one.data?.child ?? null).toBeNull();
    }
    // A family id must name one of the organisation's families (matching module): refused at the field, nothing stored.
    const before = await counts();
    const noFamily = await registerChild(counsellor, { familyId: "00000000-0000-4000-8000-000000000000" });
    expect(noFamily).toMatchObject({ code: "NOT_FOUND", field: "familyId" });
    expect(await counts()).toEqual(before);
    const family = await t.db.prisma.family.findFirst({ where: { organizationId: orgId }, select: { id: true } });
    if (family) {
      const linked = await registerChild(counsellor, { firstName: "Familienkind", familyId: family.id });
      expect(linked.__typename).toBe("MutationRegisterChildSuccess");
      await t.db.prisma.child.deleteMany({ where: { familyId: family.id, firstName: "Familienkind" } });
    }
    const list = await gql(counsellor, `{ children(first: 10, filter: { search: "hadd" }) { totalCount } }`);
    expect(list.data.children.totalCount).toBe(2);
  });

  it("refuses bad input with the field and records nothing", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ consent: false }, "consent"],
      [{ birthDate: day(3) }, "birthDate"],
      [{ arrivalDate: "2010-01-01" }, "arrivalDate"],
      [{ languages: ["arabic"] }, "languages.0"],
      [{ guardians: [] }, "guardians"],
      [{ guardians: [{ name: "X", readsLanguage: "ar", email: "not-an-address" }] }, "guardians.0.email"],
      [{ schoolCountries: ["Syria"] }, "schoolCountries.0"],
    ];
    for (const [overrides, field] of cases) {
      const before = await counts();
      const res = await registerChild(counsellor, overrides);
      expect(res.__typename, field).not.toBe("MutationRegisterChildSuccess");
      expect(res.field).toBe(field);
      expect(await counts()).toEqual(before);
    }
  });

  it("updateChild replaces the record and its guardians", async () => {
    const c = await registerChild(counsellor, { firstName: "Lina" });
    const res = await gql(
      counsellor,
      `mutation($id: ID!, $input: ChildInput!) { updateChild(id: $id, input: $input) { __typename ... on MutationUpdateChildSuccess { data { firstName germanLevel guardians { name readsLanguage } } } } }`,
      { id: c.data.id, input: childInput({ firstName: "Lina", germanLevel: "A1", guardians: [{ name: "Samir", readsLanguage: "fa" }, { name: "Huda", readsLanguage: "ar" }] }) },
    );
    expect(res.data.updateChild.data).toEqual({ firstName: "Lina", germanLevel: "A1", guardians: [{ name: "Samir", readsLanguage: "fa" }, { name: "Huda", readsLanguage: "ar" }] });
  });
});

describe("availability", () => {
  it("a counsellor sets their own weekly rules, an admin anyone's; overlapping rules are refused", async () => {
    const own = await setAvailability(counsellor, counsellorGid, everyDay("08:00", "18:00", "Raum 1"));
    expect(own.data.availability).toHaveLength(7);
    expect(own.data.availability[0]).toEqual({ weekday: 1, start: "08:00", end: "18:00", room: "Raum 1" });
    const others = await setAvailability(counsellor, otherCounsellorGid, everyDay("08:00", "18:00", "Raum 1"));
    expect(others.code).toBe("FORBIDDEN");
    expect((await setAvailability(admin, otherCounsellorGid, everyDay("08:00", "18:00", "Raum 1"))).__typename).toBe("MutationSetCounsellorAvailabilitySuccess");
    const overlap = await setAvailability(counsellor, counsellorGid, [
      { weekday: 1, start: "09:00", end: "12:00", room: "Raum 1" },
      { weekday: 1, start: "11:00", end: "13:00", room: "Raum 1" },
    ]);
    expect(overlap).toMatchObject({ code: "VALIDATION", field: "rules.1.start" });
    const order = await setAvailability(counsellor, counsellorGid, [{ weekday: 1, start: "12:00", end: "09:00", room: "Raum 1" }]);
    expect(order).toMatchObject({ code: "VALIDATION", field: "rules.0.end" });
    // Nothing changed by the refusals.
    expect(await t.db.prisma.availabilityRule.count({ where: { counsellor: { user: { email: "beratung@oldenburg.example" } } } })).toBe(7);
    const coord = await gql(coordinator, `mutation($id: ID!) { setCounsellorAvailability(counsellorId: $id, rules: []) { __typename } }`, { id: counsellorGid });
    expect(coord.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("slots leave out booked times with their buffer, absences and rooms in use", async () => {
    const date = day(9);
    const slotsOf = async (gid: string | null, kind = "INITIAL") => {
      const res = await gql(
        counsellor,
        `query($c: ID, $k: AppointmentKind!, $f: String!, $to: String!) { availableSlots(counsellorId: $c, kind: $k, from: $f, to: $to) {
          __typename ... on QueryAvailableSlotsSuccess { data { startsAt endsAt room counsellorName } } ... on Error { code field } } }`,
        { c: gid, k: kind, f: date, to: date },
      );
      return res.data.availableSlots.data as { startsAt: string; endsAt: string; room: string; counsellorName: string }[];
    };
    const mine = await slotsOf(counsellorGid);
    // 08:00 to 17:00 every 15 minutes: 37 starts for 60 minutes.
    expect(mine).toHaveLength(37);
    expect(mine[0]).toMatchObject({ startsAt: at(date, "08:00"), endsAt: at(date, "09:00"), room: "Raum 1" });
    const child = await registerChild(counsellor, { firstName: "Slot" });
    const booked = await book(counsellor, { childId: child.data.id, counsellorId: counsellorGid, kind: "INITIAL", startsAt: at(date, "10:00"), idempotencyKey: "slots-test-1" });
    expect(booked.__typename).toBe("MutationBookAppointmentSuccess");
    const after = (await slotsOf(counsellorGid)).map((s) => s.startsAt);
    // A new appointment needs its own 10-minute buffer before the next one: 08:45 (to 09:55) fits, 09:00 (to 10:10) does not;
    // 10:45 and 11:00 start inside 10:00–11:00 plus the booked one's buffer; 11:15 is free again.
    expect(after).toContain(at(date, "08:45"));
    expect(after).not.toContain(at(date, "09:00"));
    expect(after).not.toContain(at(date, "10:45"));
    expect(after).not.toContain(at(date, "11:00"));
    expect(after).toContain(at(date, "11:15"));
    // The other counsellor works in the same room: the room is in use 10:00–11:00 (no buffer for rooms).
    const theirs = (await slotsOf(otherCounsellorGid)).map((s) => s.startsAt);
    expect(theirs).not.toContain(at(date, "09:15"));
    expect(theirs).toContain(at(date, "11:00"));
    // Any counsellor: both appear, each named.
    const any = await slotsOf(null);
    expect(new Set(any.map((s) => s.counsellorName))).toEqual(new Set(["Berna Beratung", "Bernd Beratung"]));
    // An absence over the afternoon removes those slots.
    const absence = await gql(
      counsellor,
      `mutation($input: AvailabilityExceptionInput!) { addAvailabilityException(input: $input) { __typename ... on Error { code field } } }`,
      { input: { counsellorId: counsellorGid, kind: "ABSENCE", startsAt: at(date, "13:00"), endsAt: at(date, "18:00"), reason: "Fortbildung" } },
    );
    expect(absence.data.addAvailabilityException.__typename).toBe("MutationAddAvailabilityExceptionSuccess");
    const afterAbsence = (await slotsOf(counsellorGid)).map((s) => s.startsAt);
    expect(afterAbsence).toContain(at(date, "12:00"));
    expect(afterAbsence).not.toContain(at(date, "12:15"));
    expect(afterAbsence.filter((s) => s >= at(date, "13:00"))).toEqual([]);
    // A Folgetermin is 30 minutes.
    const follow = await slotsOf(counsellorGid, "FOLLOW_UP");
    expect(new Date(follow[0]!.endsAt).getTime() - new Date(follow[0]!.startsAt).getTime()).toBe(30 * 60_000);
  });

  it("the Erstberatung's length and the buffer are the organisation's settings", async () => {
    const org = await t.db.prisma.organization.findUniqueOrThrow({ where: { id: orgId } });
    const saved = org.settings as Record<string, unknown>;
    await t.db.prisma.organization.update({ where: { id: orgId }, data: { settings: { ...saved, schoolEntry: { appointmentMinutes: 45, bufferMinutes: 0 } } } });
    try {
      const date = day(14);
      const res = await gql(
        counsellor,
        `query($c: ID, $f: String!) { availableSlots(counsellorId: $c, kind: INITIAL, from: $f, to: $f) { ... on QueryAvailableSlotsSuccess { data { startsAt endsAt } } } }`,
        { c: counsellorGid, f: date },
      );
      const slots = res.data.availableSlots.data as { startsAt: string; endsAt: string }[];
      expect(slots[0]).toEqual({ startsAt: at(date, "08:00"), endsAt: at(date, "08:45") });
      // 08:00 to 18:00 every 15 minutes, each 45 minutes long: the last starts at 17:15.
      expect(slots.at(-1)).toEqual({ startsAt: at(date, "17:15"), endsAt: at(date, "18:00") });
      const child = await registerChild(counsellor, { firstName: "Kurz" });
      const booked = await book(counsellor, { childId: child.data.id, counsellorId: counsellorGid, kind: "INITIAL", startsAt: at(date, "09:00"), idempotencyKey: "setting-length-1" });
      expect(booked.data).toMatchObject({ startsAt: at(date, "09:00"), endsAt: at(date, "09:45") });
      // Without a buffer the next appointment may start right at 09:45.
      const next = await book(counsellor, { childId: child.data.id, counsellorId: counsellorGid, kind: "FOLLOW_UP", startsAt: at(date, "09:45"), idempotencyKey: "setting-length-2" });
      expect(next.data).toMatchObject({ startsAt: at(date, "09:45"), endsAt: at(date, "10:15") });
    } finally {
      await t.db.prisma.organization.update({ where: { id: orgId }, data: { settings: saved as object } });
    }
  });
});

describe("booking", () => {
  it("books once per idempotency key, refuses a reused key with other data, a double booking, a slot outside availability and the past", async () => {
    const child = await registerChild(counsellor, { firstName: "Book" });
    const date = day(10);
    const input = { childId: child.data.id, counsellorId: counsellorGid, kind: "INITIAL", startsAt: at(date, "09:00"), idempotencyKey: "book-test-0001" };
    const first = await book(counsellor, input);
    expect(first.__typename).toBe("MutationBookAppointmentSuccess");
    expect(first.data).toMatchObject({ room: "Raum 1", sequence: 0, status: "BOOKED", endsAt: at(date, "10:00") });
    // A double click: the same appointment.
    const again = await book(counsellor, input);
    expect(again.data.id).toBe(first.data.id);
    const before = await counts();
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ ...input, startsAt: at(date, "11:00") }, "CONFLICT", "idempotencyKey"],
      [{ ...input, idempotencyKey: "book-test-0002", startsAt: at(date, "09:30") }, "CONFLICT", "startsAt"],
      [{ ...input, idempotencyKey: "book-test-0003", startsAt: at(date, "06:00") }, "VALIDATION", "startsAt"],
      [{ ...input, idempotencyKey: "book-test-0004", startsAt: at(date, "17:30") }, "VALIDATION", "startsAt"],
      [{ ...input, idempotencyKey: "book-test-0005", startsAt: at(day(-1), "10:00") }, "VALIDATION", "startsAt"],
      [{ ...input, idempotencyKey: "book-test-0006", counsellorId: otherCounsellorGid, startsAt: at(date, "09:30") }, "CONFLICT", "room"],
      [{ ...input, idempotencyKey: "short" }, "VALIDATION", "idempotencyKey"],
      [{ ...input, idempotencyKey: "book-test-0007", startsAt: at(date, "12:00"), interpreterLanguage: "Arabic" }, "VALIDATION", "interpreterLanguage"],
    ];
    for (const [variant, code, field] of refusals) {
      const res = await book(counsellor, variant);
      expect(res, JSON.stringify(variant)).toMatchObject({ code, field });
      expect(res.message).toBeTruthy();
    }
    expect(await counts()).toEqual(before);
    // In another room the other counsellor may see a child at the same time.
    const parallel = await book(counsellor, { ...input, idempotencyKey: "book-test-0008", counsellorId: otherCounsellorGid, startsAt: at(date, "09:30"), room: "Raum 2" });
    expect(parallel.__typename).toBe("MutationBookAppointmentSuccess");
    // Coordinators and volunteers cannot book.
    for (const s of [coordinator, volunteer]) {
      const res = await gql(s, BOOK, { input: { ...input, idempotencyKey: "book-test-0009" } });
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("reschedule keeps the UID and raises SEQUENCE; cancel sends CANCEL; the .ics has the Berlin time right", async () => {
    const child = await registerChild(counsellor, { firstName: "Move" });
    const date = day(11);
    const booked = await book(counsellor, { childId: child.data.id, counsellorId: counsellorGid, kind: "FOLLOW_UP", startsAt: at(date, "14:00"), idempotencyKey: "move-test-1" });
    const id = booked.data.id;
    const ics = async (session: TestSession) => t.request(`/calendar/appointments/${id}.ics`, { headers: { cookie: session.cookie } });
    const firstIcs = await (await ics(counsellor)).text();
    const uid = /UID:(.+)\r\n/.exec(firstIcs)![1];
    expect(firstIcs).toContain("METHOD:REQUEST");
    expect(firstIcs).toContain(`DTSTART:${at(date, "14:00").replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`);
    expect(firstIcs).toContain("SEQUENCE:0");
    // The counsellor organises and attends; the guardian (who gave an email) attends under a role, not a name.
    const unfolded = firstIcs.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toMatch(/^ORGANIZER;CN="[^"]+":mailto:beratung@oldenburg\.example\r$/m);
    expect(unfolded).toMatch(/^ATTENDEE;ROLE=REQ-PARTICIPANT;CN="[^"]+":MAILTO:beratung@oldenburg\.example\r$/m);
    expect(unfolded).toMatch(/^ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Erziehungsberechtigte Person":MAILTO:rania\.haddad@example\.net\r$/m);
    expect(unfolded).not.toContain("Haddad");

    const moved = await gql(
      counsellor,
      `mutation($id: ID!, $s: DateTime!) { rescheduleAppointment(id: $id, startsAt: $s) { __typename ... on MutationRescheduleAppointmentSuccess { data { id sequence startsAt endsAt } } ... on Error { code field } } }`,
      { id, s: at(date, "15:00") },
    );
    expect(moved.data.rescheduleAppointment.data).toEqual({ id, sequence: 1, startsAt: at(date, "15:00"), endsAt: at(date, "15:30") });
    const movedIcs = await (await ics(counsellor)).text();
    expect(movedIcs).toContain(`UID:${uid}`);
    expect(movedIcs).toContain("SEQUENCE:1");
    // Onto someone else's time: refused, nothing changed.
    const other = await book(counsellor, { childId: child.data.id, counsellorId: counsellorGid, kind: "FOLLOW_UP", startsAt: at(date, "16:00"), idempotencyKey: "move-test-2" });
    expect(other.__typename).toBe("MutationBookAppointmentSuccess");
    const clash = await gql(
      counsellor,
      `mutation($id: ID!, $s: DateTime!) { rescheduleAppointment(id: $id, startsAt: $s) { __typename ... on Error { code field } } }`,
      { id, s: at(date, "15:45") },
    );
    expect(clash.data.rescheduleAppointment).toMatchObject({ code: "CONFLICT", field: "startsAt" });
    expect((await t.db.prisma.appointment.findUniqueOrThrow({ where: { id: Buffer.from(id, "base64").toString().split(":")[1]! } })).sequence).toBe(1);

    const cancelled = await gql(
      counsellor,
      `mutation($id: ID!) { cancelAppointment(id: $id, reason: "Familie verzogen") { __typename ... on MutationCancelAppointmentSuccess { data { status sequence } } } }`,
      { id },
    );
    expect(cancelled.data.cancelAppointment.data).toEqual({ status: "CANCELLED", sequence: 2 });
    const cancelIcs = await (await ics(counsellor)).text();
    expect(cancelIcs).toContain("METHOD:CANCEL");
    expect(cancelIcs).toContain("STATUS:CANCELLED");
    expect(cancelIcs).toContain("SEQUENCE:2");
    expect(cancelIcs).toContain(`UID:${uid}`);
    // The freed time can be booked again.
    const rebook = await book(counsellor, { childId: child.data.id, counsellorId: counsellorGid, kind: "FOLLOW_UP", startsAt: at(date, "15:00"), idempotencyKey: "move-test-3" });
    expect(rebook.__typename).toBe("MutationBookAppointmentSuccess");
    // The calendar file is not for coordinators or other volunteers.
    expect((await ics(coordinator)).status).toBe(403);
    expect((await ics(volunteer)).status).toBe(403);
  });
});

describe("the counsellor's private calendar feed", () => {
  const RESET = `mutation($kind: CalendarFeedKind!) { resetAppointmentCalendarFeed(kind: $kind) {
    __typename ... on MutationResetAppointmentCalendarFeedSuccess { data } ... on Error { code field } } }`;

  it("serves her appointments at their Berlin time without the child's name; a new address retires the old one; only counsellors get one", async () => {
    const child = await registerChild(counsellor, { firstName: "Feedkind", lastName: "Feedfamilie" });
    const date = day(13);
    const booked = await book(counsellor, { childId: child.data.id, counsellorId: counsellorGid, kind: "INITIAL", startsAt: at(date, "13:00"), idempotencyKey: "feed-test-1" });
    expect(booked.__typename).toBe("MutationBookAppointmentSuccess");
    const first = (await gql(counsellor, RESET, { kind: "COUNSELLOR" })).data.resetAppointmentCalendarFeed.data as string;
    expect(first).toMatch(/\/calendar\/appointments\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    // No cookie: the secret address is the key (a phone's calendar subscribes to it).
    const res = await t.request(new URL(first).pathname);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const feed = (await res.text()).replace(/\r\n[ \t]/g, "");
    expect(feed).toContain(`UID:appointment-${Buffer.from(booked.data.id, "base64").toString().split(":")[1]}@lotse`);
    expect(feed).toContain(`DTSTART:${at(date, "13:00").replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`);
    expect(feed).toContain("Schuleinstiegsberatung: Erstberatung");
    expect(feed).not.toContain("Feedfamilie");
    expect(feed).not.toContain("Feedkind");

    const second = (await gql(counsellor, RESET, { kind: "COUNSELLOR" })).data.resetAppointmentCalendarFeed.data as string;
    expect(second).not.toBe(first);
    expect((await t.request(new URL(first).pathname)).status).toBe(404);
    expect((await t.request(new URL(second).pathname)).status).toBe(200);

    // A coordinator has no counsellor's feed to make.
    expect((await gql(coordinator, RESET, { kind: "COUNSELLOR" })).data.resetAppointmentCalendarFeed).toMatchObject({ code: "FORBIDDEN", field: "kind" });
  });
});

describe("outcomes", () => {
  it("only after the appointment: a future one is refused, a held one takes one outcome", async () => {
    const child = await registerChild(counsellor, { firstName: "Outcome" });
    const future = await book(counsellor, { childId: child.data.id, counsellorId: counsellorGid, kind: "INITIAL", startsAt: at(day(12), "09:00"), idempotencyKey: "outcome-test-1" });
    const RECORD = `mutation($input: AppointmentOutcomeInput!) { recordAppointmentOutcome(input: $input) {
      __typename ... on MutationRecordAppointmentOutcomeSuccess { data { outcome { kind schoolType classForm school startDate } } } ... on Error { code field } } }`;
    const advice = { kind: "ADVISED", schoolType: "GRUNDSCHULE", classForm: "SPRACHLERNKLASSE", school: "Grundschule Kreyenbrück", startDate: day(20) };
    const early = await gql(counsellor, RECORD, { input: { appointmentId: future.data.id, ...advice } });
    expect(early.data.recordAppointmentOutcome).toMatchObject({ code: "VALIDATION", field: "appointmentId" });
    expect(await t.db.prisma.appointmentOutcome.count()).toBe(0);
    // A held appointment (yesterday), as the booking would have made it.
    const counsellorUser = await t.db.prisma.user.findUniqueOrThrow({ where: { email: "beratung@oldenburg.example" } });
    const childId = Buffer.from(child.data.id, "base64").toString().split(":")[1]!;
    const start = new Date(at(day(-1), "09:00"));
    const held = await t.db.prisma.appointment.create({
      data: { organizationId: orgId, childId, counsellorId: counsellorUser.id, kind: "INITIAL", startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), blockedUntil: new Date(start.getTime() + 4_200_000), room: "Raum 1", idempotencyKey: "held-1", requestFingerprint: "x", bookedById: counsellorUser.id },
    });
    const heldId = gid("Appointment", held.id);
    const missingAdvice = await gql(counsellor, RECORD, { input: { appointmentId: heldId, kind: "ADVISED" } });
    expect(missingAdvice.data.recordAppointmentOutcome).toMatchObject({ code: "VALIDATION", field: "schoolType" });
    const byCoordinator = await gql(coordinator, RECORD, { input: { appointmentId: heldId, ...advice } });
    expect(byCoordinator.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const ok = await gql(counsellor, RECORD, { input: { appointmentId: heldId, ...advice } });
    expect(ok.data.recordAppointmentOutcome.data.outcome).toEqual({ kind: "ADVISED", schoolType: "GRUNDSCHULE", classForm: "SPRACHLERNKLASSE", school: "Grundschule Kreyenbrück", startDate: day(20) });
    const twice = await gql(counsellor, RECORD, { input: { appointmentId: heldId, kind: "NO_SHOW" } });
    expect(twice.data.recordAppointmentOutcome).toMatchObject({ code: "CONFLICT", field: "appointmentId" });
    expect(await t.db.prisma.appointmentOutcome.count()).toBe(1);

    // The advice is read by counsellors and admins only.
    const READ = `query($id: ID!) { appointment(id: $id) { outcome { kind schoolType classForm school } } }`;
    expect((await gql(counsellor, READ, { id: heldId })).data.appointment.outcome).toMatchObject({ kind: "ADVISED", schoolType: "GRUNDSCHULE", school: "Grundschule Kreyenbrück" });
    expect((await gql(admin, READ, { id: heldId })).data.appointment.outcome).toMatchObject({ kind: "ADVISED", classForm: "SPRACHLERNKLASSE" });
    for (const s of [coordinator, volunteer, trainer]) {
      const res = await gql(s, READ, { id: heldId });
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(res.data?.appointment ?? null).toBeNull();
      const listed = await gql(s, `{ appointments(first: 5, filter: { childId: "${child.data.id}" }) { edges { node { outcome { kind } } } } }`);
      expect(listed.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });

  it("a no-show and a cancellation by the family are outcomes too, without advice", async () => {
    const counsellorUser = await t.db.prisma.user.findUniqueOrThrow({ where: { email: "beratung@oldenburg.example" } });
    const child = await registerChild(counsellor, { firstName: "Absent" });
    const childId = Buffer.from(child.data.id, "base64").toString().split(":")[1]!;
    const RECORD = `mutation($input: AppointmentOutcomeInput!) { recordAppointmentOutcome(input: $input) {
      __typename ... on MutationRecordAppointmentOutcomeSuccess { data { outcome { kind schoolType classForm } } } ... on Error { code field } } }`;
    for (const [i, kind] of (["NO_SHOW", "CANCELLED"] as const).entries()) {
      const start = new Date(at(day(-2 - i), "11:00"));
      const held = await t.db.prisma.appointment.create({
        data: { organizationId: orgId, childId, counsellorId: counsellorUser.id, kind: "FOLLOW_UP", startsAt: start, endsAt: new Date(start.getTime() + 1_800_000), blockedUntil: new Date(start.getTime() + 2_400_000), room: "Raum 1", idempotencyKey: `held-absent-${i}`, requestFingerprint: "x", bookedById: counsellorUser.id },
      });
      const res = await gql(counsellor, RECORD, { input: { appointmentId: gid("Appointment", held.id), kind } });
      expect(res.data.recordAppointmentOutcome.data.outcome).toEqual({ kind, schoolType: null, classForm: null });
    }
  });
});

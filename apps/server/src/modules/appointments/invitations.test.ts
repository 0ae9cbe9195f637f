// The written confirmations of an interpreter's appointment carry the
// calendar file, read here as an SMTP server receives the message: both
// sides get METHOD:REQUEST when the interpreter accepts, the same UID with
// SEQUENCE raised on a reschedule, METHOD:CANCEL on the cancellation. And the
// pool's side: suggestions ranked by load, then by distance from where the
// appointments take place; the pledge candidates; the Pauschale warning.
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpTransport } from "../../jobs/mail-transport.ts";
import { drainOutbox } from "../../jobs/outbox.ts";
import { createLogger } from "../../logger.ts";
import { at, day, gql, openCounsellorWeek, registeredChildId } from "../../testing/appointments.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { gid } from "../../testing/global-ids.ts";

type Any = any;

let t: TestApp;
let counsellor: TestSession;
let coordinator: TestSession;
let orgId: string;
let counsellorGid: string;

const icsUtc = (iso: string) => iso.replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");

/** A volunteer in the pool (pledge signed) living in the named district. */
async function interpreter(email: string, name: string, district: string | null, language = "ar") {
  const user = await t.db.prisma.user.create({ data: { email, name, emailVerifiedAt: new Date() } });
  await t.db.prisma.membership.create({ data: { organizationId: orgId, userId: user.id, roles: { create: [{ role: "VOLUNTEER" }] } } });
  const districtId = district ? (await t.db.prisma.district.findFirstOrThrow({ where: { organizationId: orgId, name: district } })).id : null;
  const p = await t.db.prisma.volunteerProfile.create({
    data: {
      organizationId: orgId,
      userId: user.id,
      status: "APPROVED",
      germanLevel: "C1",
      offersInterpreting: true,
      consentVersion: 1,
      consentedAt: new Date(),
      approvedAt: new Date(),
      sortName: name,
      districtId,
      languages: { create: [{ code: language, level: "NATIVE", interpreting: true }] },
    },
  });
  return { gid: gid("Volunteer", p.id), id: p.id, email };
}

async function pledge(volunteerGid: string) {
  const res = await gql(coordinator, `mutation($v: ID!, $d: String!) { recordInterpreterPledge(volunteerId: $v, signedOn: $d) { __typename ... on Error { code field } } }`, {
    v: volunteerGid,
    d: day(-1),
  });
  expect(res.data.recordInterpreterPledge.__typename).toBe("MutationRecordInterpreterPledgeSuccess");
}

const child = (name: string) => registeredChildId(counsellor, { firstName: name });

async function book(startsAt: string, key: string, language = "ar") {
  const res = await gql(
    counsellor,
    `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) {
      __typename ... on MutationBookAppointmentSuccess { data { id interpreterRequest { id } } } ... on Error { code field } } }`,
    { input: { childId: await child(key), counsellorId: counsellorGid, kind: "INITIAL", startsAt, interpreterLanguage: language, idempotencyKey: key } },
  );
  expect(res.data.bookAppointment.__typename).toBe("MutationBookAppointmentSuccess");
  return res.data.bookAppointment.data as { id: string; interpreterRequest: { id: string } };
}

const ASSIGN = `mutation($a: ID!, $i: ID!) { assignInterpreter(appointmentId: $a, interpreterId: $i) { __typename ... on MutationAssignInterpreterSuccess { data { exceedsPauschale request { id } } } ... on Error { code field } } }`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!) { respondToInterpreterRequest(requestId: $id, accept: $accept) { __typename ... on Error { code field } } }`;
const SUGGEST = `query($id: ID!) { interpreterSuggestions(appointmentId: $id) { __typename ... on QueryInterpreterSuggestionsSuccess { data { name load district distanceKm feeExceedsPauschale } } } }`;

/** An SMTP server that keeps each message as received. */
async function smtpInbox() {
  const received: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const transport = createSmtpTransport(`smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`);
  return {
    received,
    /** Sends everything queued so far through this server. */
    drain: () => drainOutbox({ prisma: t.db.prisma, transport, logger: createLogger("silent"), from: "Lotse <no-reply@lotse.example>" }, 100),
    async close() {
      transport.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** The text/calendar part of a MIME message: its Content-Type header and its decoded body. */
function calendarPart(raw: string): { contentType: string; filename: string; ics: string } | null {
  const unfolded = raw.replace(/\r\n/g, "\n");
  const boundary = /boundary="?([^";\n]+)"?/i.exec(unfolded)?.[1];
  if (!boundary) return null;
  for (const part of unfolded.split(`--${boundary}`)) {
    const [head = "", ...rest] = part.replace(/^\n/, "").split("\n\n");
    const headers = head.replace(/\n[ \t]+/g, " ");
    const type = /^content-type:\s*(.+)$/im.exec(headers)?.[1]?.trim() ?? "";
    if (!type.toLowerCase().startsWith("text/calendar")) continue;
    const encoding = /^content-transfer-encoding:\s*(.+)$/im.exec(headers)?.[1]?.trim().toLowerCase() ?? "7bit";
    const body = rest.join("\n\n").trim();
    const ics =
      encoding === "base64"
        ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
        : encoding === "quoted-printable"
          ? Buffer.from(body.replace(/=\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8")
          : body;
    const filename = /filename="?([^";\n]+)"?/i.exec(headers)?.[1] ?? "";
    // Content lines unfolded (RFC 5545 3.1), so a test reads each property whole.
    return { contentType: type, filename, ics: ics.replace(/\r?\n/g, "\r\n").replace(/\r\n /g, "") };
  }
  return null;
}

const field = (ics: string, name: string) => new RegExp(`^${name}[:;](.*)$`, "m").exec(ics)?.[1]?.trim();

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
  counsellor = await t.signIn("beratung@oldenburg.example");
  coordinator = await t.signIn("koordination@oldenburg.example");
  counsellorGid = await openCounsellorWeek(t, counsellor);
});
afterAll(async () => {
  await t?.close();
});

describe("the confirmations carry the calendar file", () => {
  it("REQUEST to both sides on acceptance, SEQUENCE raised on a reschedule, CANCEL on the cancellation", async () => {
    const inbox = await smtpInbox();
    try {
      const farid = await interpreter("farid.invite@example.org", "Farid Invite", "Innenstadt");
      await pledge(farid.gid);
      const date = day(12);
      const a = await book(at(date, "10:00"), "invite-1");
      const assigned = (await gql(coordinator, ASSIGN, { a: a.id, i: farid.gid })).data.assignInterpreter;
      expect(assigned.__typename).toBe("MutationAssignInterpreterSuccess");
      await inbox.drain();
      inbox.received.length = 0;

      const farid$ = await t.sessionFor(farid.email);
      expect((await gql(farid$, RESPOND, { id: assigned.data.request.id, accept: true })).data.respondToInterpreterRequest.__typename).toBe(
        "MutationRespondToInterpreterRequestSuccess",
      );
      expect(await inbox.drain()).toBe(2);
      const byRecipient = (to: string) => inbox.received.find((m) => m.to.includes(to));
      for (const to of [farid.email, "beratung@oldenburg.example"]) {
        const mail = byRecipient(to);
        expect(mail, to).toBeDefined();
        const part = calendarPart(mail!.raw);
        expect(part, `${to}: a text/calendar part`).not.toBeNull();
        expect(part!.contentType).toMatch(/method=REQUEST/i);
        expect(part!.filename).toBe(`termin-${at(date, "10:00").slice(0, 10)}.ics`);
        expect(field(part!.ics, "METHOD")).toBe("REQUEST");
        expect(field(part!.ics, "UID")).toBe(`appointment-${Buffer.from(a.id, "base64").toString().split(":")[1]}@lotse`);
        expect(field(part!.ics, "DTSTART")).toBe(icsUtc(at(date, "10:00")));
        expect(field(part!.ics, "SEQUENCE")).toBe("0");
        expect(part!.ics).toMatch(/^ORGANIZER;CN="[^"]+":mailto:beratung@oldenburg\.example$/m);
        expect(part!.ics).toMatch(/^ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Farid Invite":MAILTO:farid\.invite@example\.org$/m);
        expect(part!.ics).not.toContain("invite-1"); // the child's name stays in Lotse
      }
      // The row keeps neither body nor file once sent.
      const sent = await t.db.prisma.outboxMessage.findMany({ where: { toAddress: farid.email, status: "SENT" } });
      expect(sent.every((m) => m.attachments === null)).toBe(true);

      // Reschedule: the same UID, SEQUENCE 1, a new REQUEST to both.
      inbox.received.length = 0;
      const moved = await gql(counsellor, `mutation($id: ID!, $s: DateTime!) { rescheduleAppointment(id: $id, startsAt: $s) { __typename ... on Error { code field } } }`, {
        id: a.id,
        s: at(date, "14:00"),
      });
      expect(moved.data.rescheduleAppointment.__typename).toBe("MutationRescheduleAppointmentSuccess");
      await inbox.drain();
      const afterMove = calendarPart(byRecipient(farid.email)!.raw)!;
      expect(field(afterMove.ics, "METHOD")).toBe("REQUEST");
      expect(field(afterMove.ics, "SEQUENCE")).toBe("1");
      expect(field(afterMove.ics, "DTSTART")).toBe(icsUtc(at(date, "14:00")));
      expect(calendarPart(byRecipient("beratung@oldenburg.example")!.raw)!.ics).toContain("SEQUENCE:1");

      // Cancel: METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE 2.
      inbox.received.length = 0;
      const cancelled = await gql(counsellor, `mutation($id: ID!) { cancelAppointment(id: $id, reason: "Familie verzogen") { __typename } }`, { id: a.id });
      expect(cancelled.data.cancelAppointment.__typename).toBe("MutationCancelAppointmentSuccess");
      await inbox.drain();
      for (const to of [farid.email, "beratung@oldenburg.example"]) {
        const part = calendarPart(byRecipient(to)!.raw)!;
        expect(part.contentType).toMatch(/method=CANCEL/i);
        expect(field(part.ics, "METHOD")).toBe("CANCEL");
        expect(field(part.ics, "STATUS")).toBe("CANCELLED");
        expect(field(part.ics, "SEQUENCE")).toBe("2");
      }
    } finally {
      await inbox.close();
    }
  });
});

describe("the pool's side", () => {
  it("ranks suggestions by load, then by the distance from where the appointments take place", async () => {
    await t.db.prisma.organization.update({
      where: { id: orgId },
      data: { settings: { ...((await t.db.prisma.organization.findUniqueOrThrow({ where: { id: orgId } })).settings as object), interpreting: { placeDistrict: "Innenstadt" } } },
    });
    const near = await interpreter("near.tr@example.org", "Zeynep Nah", "Donnerschwee", "tr");
    const far = await interpreter("far.tr@example.org", "Ayla Fern", "Etzhorn", "tr");
    const nowhere = await interpreter("nowhere.tr@example.org", "Can Ohneort", null, "tr");
    for (const v of [near, far, nowhere]) await pledge(v.gid);

    const first = await book(at(day(13), "09:00"), "distance-1", "tr");
    const ranked = (await gql(coordinator, SUGGEST, { id: first.id })).data.interpreterSuggestions.data;
    // Alphabetically Ayla would come first; the nearer one does, and one without a district comes last.
    expect(ranked.map((m: Any) => m.name)).toEqual(["Zeynep Nah", "Ayla Fern", "Can Ohneort"]);
    expect(ranked[0]).toMatchObject({ district: "Donnerschwee", load: 0 });
    expect(ranked[0].distanceKm).toBeGreaterThan(0.5);
    expect(ranked[0].distanceKm).toBeLessThan(2);
    expect(ranked[1].distanceKm).toBeGreaterThan(5);
    expect(ranked[2]).toMatchObject({ district: null, distanceKm: null });

    // Load comes before distance: once the near one holds an assignment, the far one is suggested first.
    expect((await gql(coordinator, ASSIGN, { a: first.id, i: near.gid })).data.assignInterpreter.__typename).toBe("MutationAssignInterpreterSuccess");
    const second = await book(at(day(14), "09:00"), "distance-2", "tr");
    const again = (await gql(coordinator, SUGGEST, { id: second.id })).data.interpreterSuggestions.data;
    expect(again.map((m: Any) => [m.name, m.load])).toEqual([
      ["Ayla Fern", 0],
      ["Can Ohneort", 0],
      ["Zeynep Nah", 1],
    ]);
  });

  it("ranks from the appointment's own district: chosen at booking (the setting by default), changed by the counsellor", async () => {
    const districtGid = async (name: string) => gid("District", (await t.db.prisma.district.findFirstOrThrow({ where: { organizationId: orgId, name } })).id);
    const BOOK_AT = `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) {
      __typename ... on MutationBookAppointmentSuccess { data { id placeDistrict { name } } } ... on Error { code field } } }`;
    const input = (key: string, startsAt: string, placeDistrictId?: string) => ({ counsellorId: counsellorGid, kind: "INITIAL", startsAt, interpreterLanguage: "tr", idempotencyKey: key, ...(placeDistrictId ? { placeDistrictId } : {}) });
    const inEtzhorn = (await gql(counsellor, BOOK_AT, { input: { ...input("place-test-1", at(day(16), "09:00"), await districtGid("Etzhorn")), childId: await child("place-test-1") } })).data.bookAppointment;
    expect(inEtzhorn.__typename, JSON.stringify(inEtzhorn)).toBe("MutationBookAppointmentSuccess");
    expect(inEtzhorn.data.placeDistrict).toEqual({ name: "Etzhorn" });
    const ranked = (await gql(coordinator, SUGGEST, { id: inEtzhorn.data.id })).data.interpreterSuggestions.data;
    // Ayla lives in Etzhorn: at her door now; Zeynep still holds an assignment (load first).
    expect(ranked.map((m: Any) => m.name)).toEqual(["Ayla Fern", "Can Ohneort", "Zeynep Nah"]);
    expect(ranked[0].distanceKm).toBe(0);

    const byDefault = (await gql(counsellor, BOOK_AT, { input: { ...input("place-test-2", at(day(17), "09:00")), childId: await child("place-test-2") } })).data.bookAppointment;
    expect(byDefault.data.placeDistrict).toEqual({ name: "Innenstadt" }); // the setting interpreting.placeDistrict

    const SET = `mutation($id: ID!, $d: ID) { setAppointmentPlace(id: $id, placeDistrictId: $d) { __typename ... on MutationSetAppointmentPlaceSuccess { data { placeDistrict { name } sequence } } ... on Error { code field } } }`;
    const moved = (await gql(counsellor, SET, { id: byDefault.data.id, d: await districtGid("Donnerschwee") })).data.setAppointmentPlace;
    expect(moved.data).toEqual({ placeDistrict: { name: "Donnerschwee" }, sequence: 0 }); // the calendar entry is unchanged
    const near = (await gql(coordinator, SUGGEST, { id: byDefault.data.id })).data.interpreterSuggestions.data.find((m: Any) => m.name === "Zeynep Nah");
    expect(near.distanceKm).toBe(0);
    // Refused, nothing changed: a district of no one's, and a coordinator.
    expect((await gql(counsellor, SET, { id: byDefault.data.id, d: gid("District", "00000000-0000-4000-8000-000000000000") })).data.setAppointmentPlace).toMatchObject({ code: "NOT_FOUND", field: "placeDistrictId" });
    expect((await gql(coordinator, SET, { id: byDefault.data.id, d: null })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const unknown = await gql(counsellor, BOOK_AT, { input: { ...input("place-test-3", at(day(18), "09:00"), gid("District", "00000000-0000-4000-8000-000000000000")), childId: await child("place-test-3") } });
    expect(unknown.data.bookAppointment).toMatchObject({ code: "NOT_FOUND", field: "placeDistrictId" });
    const cleared = (await gql(counsellor, SET, { id: byDefault.data.id, d: null })).data.setAppointmentPlace;
    expect(cleared.data.placeDistrict).toBeNull();
  });

  it("lists the pledge candidates, and warns in the suggestions before a fee passes the Pauschale", async () => {
    const candidate = await interpreter("candidate.fa@example.org", "Dari Kandidat", "Eversten", "fa");
    const CANDIDATES = `{ interpreterPledgeCandidates { name pledgedOn languages } }`;
    expect((await gql(coordinator, CANDIDATES)).data.interpreterPledgeCandidates).toContainEqual({ name: "Dari Kandidat", pledgedOn: null, languages: ["fa"] });
    expect((await gql(counsellor, CANDIDATES)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await pledge(candidate.gid);
    expect((await gql(coordinator, CANDIDATES)).data.interpreterPledgeCandidates.map((m: Any) => m.name)).not.toContain("Dari Kandidat");
    const pool = (await gql(coordinator, `{ interpreterPool(language: "fa") { name pledgedOn pauschale { limitCents usedCents exceeded } } }`)).data.interpreterPool;
    expect(pool).toContainEqual({ name: "Dari Kandidat", pledgedOn: day(-1), pauschale: { limitCents: 96_000, usedCents: 0, exceeded: false } });

    const booked = await book(at(day(15), "09:00"), "pauschale-1", "fa");
    const year = Number(day(15).slice(0, 4));
    await t.db.prisma.allowanceDeclaration.create({ data: { organizationId: orgId, volunteerId: candidate.id, year, kind: "EHRENAMTSPAUSCHALE", amountCents: 95_000, payer: "Sportverein" } });
    const suggested = (await gql(coordinator, SUGGEST, { id: booked.id })).data.interpreterSuggestions.data;
    expect(suggested).toContainEqual(expect.objectContaining({ name: "Dari Kandidat", feeExceedsPauschale: true }));
  });
});

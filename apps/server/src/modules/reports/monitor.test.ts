// The Integrationsmonitor through the API: every figure of every section
// against data this file makes in 2019 (months before the seed's data) in two
// districts of its own, Berlin months (a sign-up at 00:30 Berlin time on
// 1 February counts in February), the small-number rule ("< 5" with
// protectSmallNumbers and in every CSV), who may read which section, and that
// another organisation's rows never appear.
import { demo } from "@lotse/testing/factories";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingFactory, statementCounter } from "../../../bench/support/statements.ts";
import { createApp } from "../../app.ts";
import { createPrismaClient } from "../../db/client.ts";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { gid } from "../../testing/global-ids.ts";

let t: TestApp;
let coordinator: TestSession;
let admin: TestSession;
let counsellor: TestSession;
let volunteer: TestSession;
let osnabrueck: TestSession;
const ids = { districtA: "", districtB: "", districtAGlobal: "", osnabrueckDistrictGlobal: "" };

const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function makeData() {
  const p = t.db.prisma;
  const org = await p.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
  const other = await p.organization.findUniqueOrThrow({ where: { slug: "osnabrueck" } });
  const coordinatorUser = await p.user.findUniqueOrThrow({ where: { email: demo.coordinator } });
  const counsellorUser = await p.user.findUniqueOrThrow({ where: { email: "beratung@oldenburg.example" } });
  const A = await p.district.create({ data: { organizationId: org.id, name: "Monitor-Nord", latitude: 53.15, longitude: 8.2 } });
  const B = await p.district.create({ data: { organizationId: org.id, name: "Monitor-Süd", latitude: 53.12, longitude: 8.21 } });
  const OD = await p.district.create({ data: { organizationId: other.id, name: "Monitor-Osnabrück", latitude: 52.27, longitude: 8.04 } });
  Object.assign(ids, { districtA: A.id, districtB: B.id, districtAGlobal: gid("District", A.id), osnabrueckDistrictGlobal: gid("District", OD.id) });
  const [activityX, activityY] = await p.activityType.findMany({ where: { organizationId: org.id }, orderBy: { sortOrder: "asc" }, take: 2 });

  let n = 0;
  async function vol(o: { org?: string; district: string | null; created: string; approved?: string; ended?: string; status: "PENDING" | "APPROVED" | "ENDED"; languages: { code: string; interpreting?: boolean }[]; interprets?: boolean }) {
    const user = await p.user.create({ data: { email: `monitor-${n++}-${Date.now()}@example.org`, name: `Monitor Person ${n}` } });
    return p.volunteerProfile.create({
      data: {
        organizationId: o.org ?? org.id, userId: user.id, status: o.status, germanLevel: "B2", districtId: o.district, consentVersion: 1, consentedAt: at(o.created), createdAt: at(o.created),
        approvedAt: o.approved ? at(o.approved) : null, endedAt: o.ended ? at(o.ended) : null, offersInterpreting: o.interprets ?? false,
        languages: { create: o.languages.map((l) => ({ code: l.code, level: "C1" as const, interpreting: l.interpreting ?? false })) },
      },
    });
  }
  const v1 = await vol({ district: A.id, created: "2019-01-10T12:00:00Z", approved: "2019-01-15T12:00:00Z", status: "APPROVED", languages: [{ code: "ar", interpreting: true }], interprets: true });
  // 23:30 UTC on 31 January is 00:30 on 1 February in Berlin: a February sign-up.
  const v2 = await vol({ district: A.id, created: "2019-01-31T23:30:00Z", approved: "2019-02-05T12:00:00Z", ended: "2019-03-10T12:00:00Z", status: "ENDED", languages: [{ code: "fa" }] });
  const v3 = await vol({ district: B.id, created: "2019-02-10T12:00:00Z", status: "PENDING", languages: [{ code: "ar" }] });
  const five = [];
  for (let i = 0; i < 5; i++) five.push(await vol({ district: B.id, created: "2019-03-05T12:00:00Z", approved: "2019-03-06T12:00:00Z", status: "APPROVED", languages: [{ code: "ar" }] }));
  const [v4, v5] = five as [typeof v1, typeof v1];
  // Another organisation's volunteer in the same months: never in Oldenburg's figures.
  await vol({ org: other.id, district: OD.id, created: "2019-01-12T12:00:00Z", approved: "2019-01-13T12:00:00Z", status: "APPROVED", languages: [{ code: "ar" }] });

  const hour = (volunteerId: string, date: string, minutes: number, activityTypeId: string, status: "APPROVED" | "PENDING" = "APPROVED") =>
    p.hourLog.create({ data: { organizationId: org.id, volunteerId, date: day(date), minutes, activityTypeId, status } });
  await hour(v1.id, "2019-01-20", 120, activityX!.id);
  await hour(v1.id, "2019-01-21", 30, activityX!.id, "PENDING");
  await hour(v1.id, "2019-02-03", 60, activityX!.id);
  await hour(v2.id, "2019-02-04", 90, activityY!.id);

  const family = (district: string, created: string, language: string, children: number) =>
    p.family.create({
      data: {
        organizationId: org.id, addressedAs: `Familie Monitor ${language}`, districtId: district, waitingSince: day(created.slice(0, 10)), consentVersion: 1, consentedAt: at(created), registeredById: coordinatorUser.id, createdAt: at(created),
        status: "MATCHED", languages: { create: [{ code: language, level: "C2" }] },
        members: { create: [{ firstName: "Erwachsen", birthYear: 1985, adult: true }, ...Array.from({ length: children }, (_, i) => ({ firstName: `Kind ${i}`, birthYear: 2012 + i, adult: false }))] },
      },
    });
  const f1 = await family(A.id, "2019-01-01T12:00:00Z", "ar", 2);
  const f2 = await family(B.id, "2019-01-05T12:00:00Z", "fa", 1);
  const t1 = await p.tandem.create({ data: { organizationId: org.id, familyId: f1.id, volunteerId: v1.id, status: "ACTIVE", score: 100, explanation: {}, proposedAt: at("2019-01-10T12:00:00Z"), proposedById: coordinatorUser.id, activatedAt: at("2019-01-11T12:00:00Z") } });
  const t2 = await p.tandem.create({
    data: { organizationId: org.id, familyId: f2.id, volunteerId: v4.id, status: "ENDED", score: 100, explanation: {}, proposedAt: at("2019-02-01T12:00:00Z"), proposedById: coordinatorUser.id, activatedAt: at("2019-02-03T12:00:00Z"), endedAt: at("2019-03-15T12:00:00Z"), endReason: "GOAL_REACHED" },
  });
  const contact = (tandemId: string, date: string) => p.tandemContact.create({ data: { organizationId: org.id, tandemId, date: day(date), kind: "MEETING", recordedById: coordinatorUser.id } });
  // T1: 11 Jan active, contact 20 Jan, 20 Feb (31 days: alert on 3 Feb), none since (alert on 6 Mar).
  await contact(t1.id, "2019-01-20");
  await contact(t1.id, "2019-02-20");
  // T2: 3 Feb active, contact 10 Feb, 1 Mar (19 days: alert on 24 Feb), ended 15 Mar (14 days after: the alert day is the end, no alert).
  await contact(t2.id, "2019-02-10");
  await contact(t2.id, "2019-03-01");

  const course = await p.course.create({ data: { organizationId: org.id, title: "Monitor-Kurs", teachingHours: 30 } });
  const cohort = async (status: "COMPLETED" | "OPEN", starts: string) => {
    const c = await p.cohort.create({ data: { organizationId: org.id, courseId: course.id, title: `Monitor ${status}`, capacity: 15, status } });
    await p.cohortSession.create({ data: { organizationId: org.id, cohortId: c.id, startsAt: at(starts), endsAt: new Date(at(starts).getTime() + 3 * 3_600_000), topic: "Auftakt" } });
    await p.cohortSession.create({ data: { organizationId: org.id, cohortId: c.id, startsAt: new Date(at(starts).getTime() + 7 * 86_400_000), endsAt: new Date(at(starts).getTime() + 7 * 86_400_000 + 3_600_000), topic: "Zweiter Termin" } });
    return c;
  };
  const k1 = await cohort("COMPLETED", "2019-02-02T09:00:00Z");
  const k2 = await cohort("OPEN", "2019-03-20T09:00:00Z");
  let position = 0;
  const enrol = (cohortId: string, volunteerId: string, status: "ADMITTED" | "WAITLISTED") =>
    p.enrolment.create({ data: { organizationId: org.id, cohortId, volunteerId, status, position: position++, admittedAt: status === "ADMITTED" ? at("2019-01-25T12:00:00Z") : null } });
  const e1 = await enrol(k1.id, v1.id, "ADMITTED");
  await enrol(k1.id, v2.id, "ADMITTED");
  await enrol(k1.id, v3.id, "WAITLISTED");
  await enrol(k2.id, v4.id, "ADMITTED");
  await enrol(k2.id, v5.id, "WAITLISTED");
  await p.certificate.create({ data: { organizationId: org.id, number: 90_001, enrolmentId: e1.id, cohortId: k1.id, volunteerId: v1.id, attendancePercent: 100 } });

  const fund = await p.fund.create({ data: { organizationId: org.id, name: "Monitor-Fonds" } });
  const donor = (name: string) => p.donor.create({ data: { organizationId: org.id, kind: "PERSON", name } });
  const [d1, d2] = [await donor("Monitor Spenderin"), await donor("Monitor Spender")];
  const donation = (donorId: string, kind: "MONEY" | "GOODS", cents: number, received: string, fundId: string | null, status: "ACCEPTED" | "PENDING" = "ACCEPTED") =>
    p.donation.create({ data: { organizationId: org.id, donorId, kind, amountCents: cents, receivedOn: day(received), budgetYear: 2019, fundId, status, decidedOn: status === "PENDING" ? null : day(received), decisionReference: status === "PENDING" ? null : "Test", body: "HEAD_OF_ADMINISTRATION", donorYearTotalCents: cents, recordedById: coordinatorUser.id } });
  await donation(d1.id, "MONEY", 10_000, "2019-01-15", fund.id);
  await donation(d2.id, "MONEY", 2_500, "2019-01-20", fund.id);
  await donation(d1.id, "MONEY", 5_000, "2019-02-01", null);
  await donation(d2.id, "MONEY", 9_999, "2019-02-02", null, "PENDING");
  const goods = await donation(d2.id, "GOODS", 4_500, "2019-02-10", null);
  const category = await p.goodsCategory.findFirstOrThrow({ where: { organizationId: org.id }, orderBy: { sortOrder: "asc" } });
  const item = await p.goodsItem.create({ data: { organizationId: org.id, donationId: goods.id, categoryId: category.id, description: "Winterjacke", quantity: 3, condition: "GOOD", valuePerItemCents: 1_500, valuationBasis: "MARKET_ESTIMATE", storageLocation: "Regal A", available: 1, handedOver: 2 } });
  await p.goodsReservation.create({ data: { organizationId: org.id, itemId: item.id, quantity: 2, familyId: f1.id, familyName: f1.addressedAs, reservedUntil: at("2019-02-20T12:00:00Z"), status: "HANDED_OVER", createdById: coordinatorUser.id, handedOverOn: day("2019-02-12") } });

  const child = (familyId: string | null, name: string) =>
    p.child.create({ data: { organizationId: org.id, firstName: name, lastName: "Monitor", birthDate: day("2012-05-05"), languages: ["ar"], familyId, consentGivenBy: "Mutter", consentedAt: at("2019-01-01T12:00:00Z"), createdById: counsellorUser.id } });
  const c1 = await child(f1.id, "Amal");
  const c2 = await child(null, "Omid");
  let key = 0;
  const appointment = (childId: string, starts: string, status: "BOOKED" | "CANCELLED") =>
    p.appointment.create({
      data: { organizationId: org.id, childId, counsellorId: counsellorUser.id, kind: "INITIAL", startsAt: at(starts), endsAt: new Date(at(starts).getTime() + 3_600_000), blockedUntil: new Date(at(starts).getTime() + 4_200_000), room: "Monitor-Raum", status, idempotencyKey: `monitor-${key++}`, requestFingerprint: "x", bookedById: counsellorUser.id, cancelledAt: status === "CANCELLED" ? at(starts) : null },
    });
  const a1 = await appointment(c1.id, "2019-01-15T09:00:00Z", "BOOKED");
  const a2 = await appointment(c2.id, "2019-01-16T09:00:00Z", "BOOKED");
  await appointment(c1.id, "2019-02-15T09:00:00Z", "CANCELLED");
  const a4 = await appointment(c2.id, "2019-02-20T09:00:00Z", "BOOKED");
  await p.appointmentOutcome.create({ data: { organizationId: org.id, appointmentId: a1.id, kind: "ADVISED", schoolType: "GRUNDSCHULE", classForm: "SPRACHLERNKLASSE", recordedById: counsellorUser.id } });
  await p.appointmentOutcome.create({ data: { organizationId: org.id, appointmentId: a2.id, kind: "NO_SHOW", recordedById: counsellorUser.id } });
  await p.interpreterRequest.create({ data: { organizationId: org.id, appointmentId: a1.id, language: "ar", institution: "Schule", status: "OPEN", startsAt: a1.startsAt, endsAt: a1.endsAt } });
  await p.interpreterRequest.create({ data: { organizationId: org.id, appointmentId: a4.id, language: "ar", institution: "Schule", status: "ACCEPTED", startsAt: a4.startsAt, endsAt: a4.endsAt, interpreterId: v1.id } });
}

beforeAll(async () => {
  t = await createTestApp();
  [coordinator, admin, counsellor, volunteer, osnabrueck] = await Promise.all([
    t.signIn(demo.coordinator),
    t.signIn(demo.admin),
    t.signIn("beratung@oldenburg.example"),
    t.signIn(demo.volunteer),
    t.signIn(demo.osnabrueckCoordinator),
  ]);
  await makeData();
});
afterAll(async () => {
  await t?.close();
});

const QUERY = `query TestMonitor($filter: IntegrationMonitorFilter!) {
  integrationMonitor(filter: $filter) {
    ... on QueryIntegrationMonitorSuccess { data { sections readableSections smallNumberThreshold smallNumbersProtected districts { id name }
      tables { key section districtApplies columns { key kind } rows { cells { text value belowThreshold } } } } }
    ... on Error { code field message }
  } }`;

type Cell = { text: string | null; value: number | null; belowThreshold: boolean };
type Table = { key: string; section: string; districtApplies: boolean; columns: { key: string; kind: string }[]; rows: { cells: Cell[] }[] };
type Monitor = { sections: string[]; readableSections: string[]; smallNumberThreshold: number; smallNumbersProtected: boolean; districts: { id: string; name: string }[]; tables: Table[] };

async function monitor(session: TestSession, filter: Record<string, unknown>): Promise<Monitor> {
  const res = await session.gql<{ integrationMonitor: { data?: Monitor; code?: string; field?: string } }, Record<string, unknown>>(QUERY, { filter });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  if (!res.data!.integrationMonitor.data) throw new Error(JSON.stringify(res.data!.integrationMonitor));
  return res.data!.integrationMonitor.data;
}

/** A table as plain rows: labels as text, values as numbers (or the protected text). */
function rows(m: Monitor, key: string): (string | number | null)[][] {
  const table = m.tables.find((x) => x.key === key);
  if (!table) throw new Error(`no table ${key}: ${m.tables.map((x) => x.key).join(", ")}`);
  return table.rows.map((r) => r.cells.map((c, i) => (table.columns[i]!.kind === "LABEL" ? c.text : c.value ?? c.text)));
}

const Q1 = { from: "2019-01-01", to: "2019-03-31" };

describe("figures of every section, against the data made here", () => {
  let m: Monitor;
  beforeAll(async () => {
    m = await monitor(coordinator, Q1);
  });

  it("volunteers: new, approved, active and ended by Berlin month and by district", () => {
    expect(rows(m, "volunteers.byPeriod")).toEqual([
      ["2019-01-01", 1, 1, 1, 0],
      ["2019-02-01", 2, 1, 2, 0],
      ["2019-03-01", 5, 5, 0, 1],
    ]);
    expect(rows(m, "volunteers.byDistrict")).toEqual([
      ["Monitor-Nord", 2, 2, 2, 1],
      ["Monitor-Süd", 6, 5, 0, 0],
    ]);
  });

  it("approved hours by activity, period and district (pending hours left out)", async () => {
    const [x, y] = await t.db.prisma.activityType.findMany({ where: { organization: { slug: "oldenburg" } }, orderBy: { sortOrder: "asc" }, take: 2 });
    expect(rows(m, "hours.byPeriod")).toEqual([
      ["2019-01-01", x!.name, 120, 1, 1],
      ["2019-02-01", x!.name, 60, 1, 1],
      ["2019-02-01", y!.name, 90, 1, 1],
    ]);
    expect(rows(m, "hours.byDistrict")).toEqual([
      ["Monitor-Nord", x!.name, 180, 2, 1],
      ["Monitor-Nord", y!.name, 90, 1, 1],
    ]);
  });

  it("tandems: proposed, activated, active, the no-contact alert and its share, median days to match, ended by reason", () => {
    // proposed, activated, active, alerted, share %, median days, ended, by reason (goal, moved, not a fit, stopped, other)
    expect(rows(m, "tandems.byPeriod")).toEqual([
      ["2019-01-01", 1, 1, 1, 0, 0, 10, 0, 0, 0, 0, 0, 0],
      ["2019-02-01", 1, 1, 2, 2, 100, 29, 0, 0, 0, 0, 0, 0],
      ["2019-03-01", 0, 0, 2, 1, 50, null, 1, 1, 0, 0, 0, 0],
    ]);
    expect(rows(m, "tandems.byDistrict")).toEqual([
      ["Monitor-Nord", 1, 1, 1, 1, 100, 10, 0, 0, 0, 0, 0, 0],
      ["Monitor-Süd", 1, 1, 1, 1, 100, 29, 1, 1, 0, 0, 0, 0],
    ]);
  });

  it("cohorts: participants, certified of completed cohorts, the rate and the waiting list", () => {
    // cohorts, participants, of completed cohorts, certified, rate %, waiting
    expect(rows(m, "cohorts.byPeriod")).toEqual([
      ["2019-01-01", 0, 0, 0, 0, null, 0],
      ["2019-02-01", 1, 2, 2, 1, 50, 1],
      ["2019-03-01", 1, 1, 0, 0, null, 1],
    ]);
    expect(rows(m, "cohorts.byDistrict")).toEqual([
      ["Monitor-Nord", 1, 2, 2, 1, 50, 0],
      ["Monitor-Süd", 2, 1, 0, 0, null, 2],
    ]);
  });

  it("donations: accepted money by fund, goods by category, hand-overs to families", async () => {
    const category = await t.db.prisma.goodsCategory.findFirstOrThrow({ where: { organization: { slug: "oldenburg" } }, orderBy: { sortOrder: "asc" } });
    expect(rows(m, "donations.moneyByFund")).toEqual([
      ["2019-01-01", "Monitor-Fonds", 12_500, 2, 2],
      ["2019-02-01", null, 5_000, 1, 1],
    ]);
    expect(rows(m, "donations.goodsByCategory")).toEqual([["2019-02-01", category.name, 3, 4_500, 1]]);
    expect(rows(m, "donations.handOvers.byPeriod")).toEqual([
      ["2019-01-01", 0, 0, 0],
      ["2019-02-01", 1, 2, 1],
      ["2019-03-01", 0, 0, 0],
    ]);
    expect(rows(m, "donations.handOvers.byDistrict")).toEqual([["Monitor-Nord", 1, 2, 1]]);
  });

  it("school entry: appointments by outcome and class form, interpreter languages", () => {
    // appointments, children, advised, no-show, cancelled by family, cancelled, open, Sprachlernklasse, Regelklasse DaZ
    expect(rows(m, "schoolEntry.byPeriod")).toEqual([
      ["2019-01-01", 2, 2, 1, 1, 0, 0, 0, 1, 0],
      ["2019-02-01", 2, 2, 0, 0, 0, 1, 1, 0, 0],
      ["2019-03-01", 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
    expect(rows(m, "schoolEntry.byDistrict")).toEqual([
      ["Monitor-Nord", 2, 1, 1, 0, 0, 1, 0, 1, 0],
      [null, 2, 1, 0, 1, 0, 0, 1, 0, 0],
    ]);
    expect(rows(m, "schoolEntry.interpreterLanguages")).toEqual([["ar", 2, 1, 2]]);
  });

  it("language demand against supply: families and children against volunteers and interpreters", () => {
    expect(rows(m, "languages.demandAndSupply")).toEqual([
      ["ar", 1, 2, 6, 1],
      ["fa", 1, 1, 1, 0],
    ]);
  });

  it("years instead of months, and one district", async () => {
    const years = await monitor(coordinator, { ...Q1, granularity: "YEAR", sections: ["VOLUNTEERS"] });
    expect(rows(years, "volunteers.byPeriod")).toEqual([["2019-01-01", 8, 7, 2, 1]]);
    const north = await monitor(coordinator, { ...Q1, districtId: ids.districtAGlobal });
    expect(rows(north, "volunteers.byPeriod")).toEqual([
      ["2019-01-01", 1, 1, 1, 0],
      ["2019-02-01", 1, 1, 2, 0],
      ["2019-03-01", 0, 0, 0, 1],
    ]);
    expect(rows(north, "tandems.byDistrict")).toEqual([["Monitor-Nord", 1, 1, 1, 1, 100, 10, 0, 0, 0, 0, 0, 0]]);
    expect(rows(north, "languages.demandAndSupply")).toEqual([
      ["ar", 1, 2, 1, 1],
      ["fa", 0, 0, 1, 0],
    ]);
    // Money has no district: the filter leaves it as it is, and says so.
    expect(north.tables.find((x) => x.key === "donations.moneyByFund")!.districtApplies).toBe(false);
    expect(rows(north, "donations.moneyByFund")).toEqual(rows(m, "donations.moneyByFund"));
  });
});

describe("small-number protection", () => {
  it("marks people counts under the threshold on screen and hides them with protectSmallNumbers", async () => {
    const exact = await monitor(coordinator, { ...Q1, sections: ["VOLUNTEERS", "HOURS"] });
    expect(exact.smallNumberThreshold).toBe(5);
    const march = exact.tables.find((x) => x.key === "volunteers.byPeriod")!.rows[2]!.cells;
    expect(march.map((c) => [c.value, c.belowThreshold])).toEqual([[null, false], [5, false], [5, false], [0, false], [1, true]]);
    const hidden = await monitor(coordinator, { ...Q1, sections: ["VOLUNTEERS", "HOURS"], protectSmallNumbers: true });
    expect(hidden.smallNumbersProtected).toBe(true);
    expect(rows(hidden, "volunteers.byPeriod")).toEqual([
      ["2019-01-01", "< 5", "< 5", "< 5", 0],
      ["2019-02-01", "< 5", "< 5", "< 5", 0],
      ["2019-03-01", 5, 5, 0, "< 5"],
    ]);
    // Minutes of one volunteer are that volunteer's: hidden with the count they are made of.
    expect(rows(hidden, "hours.byPeriod")[0]).toEqual(["2019-01-01", expect.any(String), "< 5", "< 5", "< 5"]);
  });

  it("follows the organisation's setting, which admins change", async () => {
    const UPDATE = `mutation TestThreshold($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) {
      ... on MutationUpdateOrganizationSettingsSuccess { data { smallNumberThreshold } } ... on Error { code field } } }`;
    type Answer = { updateOrganizationSettings: { data?: { smallNumberThreshold: number }; code?: string; field?: string } };
    expect((await admin.gql<Answer, Record<string, unknown>>(UPDATE, { input: { smallNumberThreshold: 1 } })).data!.updateOrganizationSettings).toMatchObject({ code: "VALIDATION", field: expect.stringContaining("smallNumberThreshold") });
    expect((await coordinator.gql<Answer, Record<string, unknown>>(UPDATE, { input: { smallNumberThreshold: 6 } })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await admin.gql<Answer, Record<string, unknown>>(UPDATE, { input: { smallNumberThreshold: 6 } })).data!.updateOrganizationSettings.data).toEqual({ smallNumberThreshold: 6 });
    try {
      const m = await monitor(await t.signIn(demo.coordinator), { ...Q1, sections: ["VOLUNTEERS"], protectSmallNumbers: true });
      expect(m.smallNumberThreshold).toBe(6);
      expect(rows(m, "volunteers.byPeriod")[2]).toEqual(["2019-03-01", "< 6", "< 6", 0, "< 6"]);
    } finally {
      await admin.gql(UPDATE, { input: { smallNumberThreshold: 5 } });
    }
  });

  it("always hides them in the CSV download", async () => {
    const res = await t.request(`/exports/integrationsmonitor/volunteers.csv?from=2019-01-01&to=2019-03-31`, { headers: { cookie: coordinator.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("integrationsmonitor-volunteers-2019-01-01-2019-03-31.csv");
    const csv = (await res.text()).replace(/^\uFEFF/, "");
    const lines = csv.split("\r\n");
    expect(lines[1]).toBe("Zeitraum;neu registriert;freigeschaltet;aktiv;beendet");
    expect(lines.slice(2, 5)).toEqual(["2019-01;< 5;< 5;< 5;0", "2019-02;< 5;< 5;< 5;0", "2019-03;5;5;0;< 5"]);
    expect(csv).toContain("Monitor-Süd;6;5;0;0");
  });

  it("names the unit of the hours in the CSV header, as the hours export does", async () => {
    const csv = (await (await t.request(`/exports/integrationsmonitor/hours.csv?from=2019-01-01&to=2019-03-31`, { headers: { cookie: coordinator.cookie } })).text()).replace(/^\uFEFF/, "");
    expect(csv.split("\r\n")[1]).toBe("Zeitraum;Tätigkeit;Stunden (dezimal);Einträge;Ehrenamtliche");
  });

  it("hides money made of few donors' gifts in the CSV", async () => {
    const res = await t.request(`/exports/integrationsmonitor/donations.csv?from=2019-01-01&to=2019-03-31`, { headers: { cookie: coordinator.cookie } });
    const csv = await res.text();
    expect(csv).toContain("2019-01;Monitor-Fonds;< 5;< 5;< 5");
    expect(csv).not.toContain("125,00");
  });
});

describe("who sees what", () => {
  it("admins see every section, counsellors only school entry, volunteers nothing", async () => {
    expect((await monitor(admin, Q1)).sections).toEqual(["VOLUNTEERS", "HOURS", "TANDEMS", "COHORTS", "DONATIONS", "SCHOOL_ENTRY", "LANGUAGES"]);
    const own = await monitor(counsellor, Q1);
    expect(own.sections).toEqual(["SCHOOL_ENTRY"]);
    expect(own.readableSections).toEqual(["SCHOOL_ENTRY"]);
    expect(new Set(own.tables.map((x) => x.section))).toEqual(new Set(["SCHOOL_ENTRY"]));
    // One section asked for: only its tables are computed, and the answer still names every readable section.
    const one = await monitor(admin, { ...Q1, sections: ["HOURS"] });
    expect(one.sections).toEqual(["HOURS"]);
    expect(new Set(one.tables.map((x) => x.section))).toEqual(new Set(["HOURS"]));
    expect(one.readableSections).toHaveLength(7);
    // A section the counsellor may not read: nothing computed, their own still named.
    const notTheirs = await monitor(counsellor, { ...Q1, sections: ["VOLUNTEERS"] });
    expect(notTheirs.sections).toEqual([]);
    expect(notTheirs.tables).toEqual([]);
    expect(notTheirs.readableSections).toEqual(["SCHOOL_ENTRY"]);
    const refused = await volunteer.gql<unknown, Record<string, unknown>>(QUERY, { filter: Q1 });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("the CSV follows the same rule: volunteers refused, counsellors only school entry", async () => {
    const get = (session: TestSession, section: string) => t.request(`/exports/integrationsmonitor/${section}.csv?from=2019-01-01&to=2019-03-31`, { headers: { cookie: session.cookie } });
    expect((await get(volunteer, "volunteers")).status).toBe(403);
    expect((await get(volunteer, "school-entry")).status).toBe(403);
    expect((await get(counsellor, "volunteers")).status).toBe(403);
    expect((await get(counsellor, "school-entry")).status).toBe(200);
    expect((await t.request(`/exports/integrationsmonitor/volunteers.csv?from=2019-01-01&to=2019-03-31`)).status).toBe(401);
    expect((await get(coordinator, "unknown")).status).toBe(404);
    expect((await t.request(`/exports/integrationsmonitor/volunteers.csv?from=2019-03-01&to=2019-01-31`, { headers: { cookie: coordinator.cookie } })).status).toBe(400);
  });

  it("another organisation's rows never appear, and its district cannot be chosen", async () => {
    const theirs = await monitor(osnabrueck, Q1);
    expect(rows(theirs, "volunteers.byPeriod")).toEqual([
      ["2019-01-01", 1, 1, 0, 0],
      ["2019-02-01", 0, 0, 0, 0],
      ["2019-03-01", 0, 0, 0, 0],
    ]);
    expect(JSON.stringify(theirs)).not.toContain("Monitor-Nord");
    expect(theirs.districts.map((d) => d.name)).not.toContain("Monitor-Nord");
    for (const section of ["volunteers", "hours", "tandems", "cohorts", "donations", "school-entry", "languages"]) {
      const csv = await (await t.request(`/exports/integrationsmonitor/${section}.csv?from=2019-01-01&to=2019-03-31`, { headers: { cookie: osnabrueck.cookie } })).text();
      expect(csv).not.toMatch(/Monitor-(Nord|Süd|Fonds)/);
    }
    const res = await osnabrueck.gql<{ integrationMonitor: { code?: string; field?: string } }, Record<string, unknown>>(QUERY, { filter: { ...Q1, districtId: ids.districtAGlobal } });
    expect(res.data!.integrationMonitor).toMatchObject({ code: "VALIDATION", field: "districtId" });
    const csv = await t.request(`/exports/integrationsmonitor/volunteers.csv?from=2019-01-01&to=2019-03-31&district=${encodeURIComponent(ids.osnabrueckDistrictGlobal)}`, { headers: { cookie: coordinator.cookie } });
    expect(csv.status).toBe(400);
  });
});

describe("cost", () => {
  it("answers the whole report in the same number of statements however much data and however long the period", async () => {
    // Every statement a request sends, counted at the driver adapter (what reaches the database).
    const counter = statementCounter();
    const prisma = createPrismaClient(countingFactory(t.db.adapter.factory, counter));
    const app = createApp({ config: t.config, logger: createLogger("silent"), prisma });
    const statements = async (filter: Record<string, unknown>) => {
      counter.log = [];
      const res = await app.fetch(
        new Request("http://lotse.test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", "x-lotse-csrf": "1", cookie: coordinator.cookie },
          body: JSON.stringify({ query: QUERY, variables: { filter } }),
        }),
      );
      const body = (await res.json()) as { data?: { integrationMonitor: { data?: { sections: string[] } } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data!.integrationMonitor.data!.sections).toHaveLength(7);
      return counter.log.length;
    };
    try {
      const small = await statements(Q1);
      // The sections' aggregate statements (13, monitor.service.ts) and the caller's session reads: a few, not one per row.
      expect(small).toBeLessThanOrEqual(25);
      // Five years by month (60 periods) and by year: the same statements.
      expect(await statements({ from: "2015-01-01", to: "2019-12-31" })).toBe(small);
      expect(await statements({ ...Q1, granularity: "YEAR" })).toBe(small);
      // More people, hours, families and districts in the period: still the same.
      const p = t.db.prisma;
      const org = await p.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } });
      const activity = await p.activityType.findFirstOrThrow({ where: { organizationId: org.id } });
      for (let i = 0; i < 12; i++) {
        const district = await p.district.create({ data: { organizationId: org.id, name: `Monitor-Kosten ${i}`, latitude: 53.1, longitude: 8.2 } });
        const user = await p.user.create({ data: { email: `monitor-cost-${i}-${Date.now()}@example.org`, name: `Monitor Kosten ${i}` } });
        const v = await p.volunteerProfile.create({
          data: { organizationId: org.id, userId: user.id, status: "APPROVED", germanLevel: "B2", districtId: district.id, consentVersion: 1, consentedAt: at("2019-02-01T12:00:00Z"), createdAt: at("2019-02-01T12:00:00Z"), approvedAt: at("2019-02-02T12:00:00Z"), languages: { create: [{ code: "uk", level: "C1" }] } },
        });
        for (let d = 1; d <= 5; d++) await p.hourLog.create({ data: { organizationId: org.id, volunteerId: v.id, date: day(`2019-03-0${d}`), minutes: 60, activityTypeId: activity.id, status: "APPROVED" } });
      }
      expect(await statements(Q1)).toBe(small);
    } finally {
      if (t.db.adapter.kind === "postgres") await prisma.$disconnect();
    }
  });
});

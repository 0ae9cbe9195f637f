// The Nachweis an office can trust, through the API: a requested period is
// clipped to the time the person was active (from approval or the first
// approved hour to the end or today) and says so; the issued content (name,
// birth date, organisation, activity, start, hours per year and month with
// the weekly average, pay, date of issue, issuer) is frozen; numbers are
// gapless per organisation; the public check by code shows a valid and a
// withdrawn Nachweis; other organisations can neither issue nor withdraw; the
// PDF's text and QR code are read by independent readers (PDF.js, jsQR).
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { nachweisFileName } from "@lotse/domain/file-names";
import { approvedVolunteer, demo, newPerson, signIn, signUpVolunteer, volunteerId } from "@lotse/testing/factories";
import { pdfImages, pdfPageCount, pdfText } from "@lotse/testing/pdf";
import jsQR from "jsqr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { gid as globalId } from "../../testing/global-ids.ts";

const Issue = `mutation TestIssueNachweis($input: IssueNachweisInput!) {
  issueNachweis(input: $input) {
    __typename
    ... on MutationIssueNachweisSuccess { data { id number verificationCode verificationUrl periodFrom periodTo requestedFrom requestedTo clipped approvedMinutes issuedByName issuedByCoordinator withdrawnAt canWithdraw } }
    ... on Error { code field message }
  }
}`;
const Withdraw = `mutation TestWithdrawNachweis($id: ID!, $reason: String!) {
  withdrawNachweis(id: $id, reason: $reason) {
    __typename
    ... on MutationWithdrawNachweisSuccess { data { id withdrawnAt withdrawnReason canWithdraw } }
    ... on Error { code field message }
  }
}`;
const Verify = `query TestVerifyNachweis($code: String!) {
  nachweisVerification(code: $code) {
    number code volunteerName organizationName activeSince periodFrom periodTo approvedMinutes weeklyAverageMinutes
    years { year approvedMinutes weeklyAverageMinutes } issuedOn issuerName issuedByCoordinator withdrawn withdrawnAt
  }
}`;
const BirthDate = `mutation TestBirthDate($volunteerId: ID!, $birthDate: String) {
  setVolunteerBirthDate(volunteerId: $volunteerId, birthDate: $birthDate) { __typename ... on MutationSetVolunteerBirthDateSuccess { data { birthDate } } ... on Error { code field } }
}`;
const Period = `query TestNachweisPeriod($id: ID!) { node(id: $id) { ... on Volunteer { nachweisPeriod { from to } nachweise { number } birthDate } } }`;
const Import = `mutation TestImport($volunteerId: ID!, $input: HourLogInput!, $reason: String!) {
  importEarlierHours(volunteerId: $volunteerId, input: $input, reason: $reason) { __typename ... on Error { code field } }
}`;
const Pay = `mutation TestPay($input: AllowancePaymentInput!) { recordAllowancePayment(input: $input) { __typename ... on Error { code field message } } }`;

interface Issued {
  id: string;
  number: number;
  verificationCode: string;
  verificationUrl: string;
  periodFrom: string;
  periodTo: string;
  requestedFrom: string;
  requestedTo: string;
  clipped: boolean;
  approvedMinutes: number;
  issuedByName: string;
  issuedByCoordinator: boolean;
  withdrawnAt: string | null;
  canWithdraw: boolean;
}
type Result = { __typename: string; data?: Issued; code?: string; field?: string; message?: string };

let t: TestApp;
let coordinator: TestSession;
let osnabrueck: TestSession;
let orgId: string;
let activity: Record<string, string>;
const today = berlinToday();
const daysAgo = (n: number) => formatIsoDate(addDays(parseIsoDate(today), -n));
const german = (iso: string) => iso.split("-").reverse().join(".");
/** The PDF's lines joined: sentences may wrap anywhere. */
const flat = (text: string) => text.replace(/\s+/g, " ");
const uuidOf = (id: string) => Buffer.from(id, "base64").toString().split(":")[1]!;

async function issue(session: TestSession, volunteerId: string, from: string, to: string): Promise<Result> {
  const res = await session.gql<{ issueNachweis: Result }, Record<string, unknown>>(Issue, { input: { volunteerId, from, to } });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.issueNachweis;
}
async function issued(session: TestSession, volunteerId: string, from: string, to: string): Promise<Issued> {
  const r = await issue(session, volunteerId, from, to);
  expect(r.__typename, JSON.stringify(r)).toBe("MutationIssueNachweisSuccess");
  return r.data!;
}
async function importHours(volunteerId: string, date: string, minutes: number, key = "ESCORT") {
  const res = await coordinator.gql<{ importEarlierHours: { __typename: string } }, Record<string, unknown>>(Import, {
    volunteerId,
    input: { date, minutes, activityTypeId: globalId("ActivityType", activity[key]!) },
    reason: "Frühere Tätigkeit laut Liste des Vereins",
  });
  expect(res.data?.importEarlierHours.__typename, JSON.stringify(res)).toBe("MutationImportEarlierHoursSuccess");
}
const verify = async (code: string) =>
  (await t.anonymous.gql<{ nachweisVerification: Record<string, unknown> | null }, Record<string, unknown>>(Verify, { code })).data!.nachweisVerification;

/**
 * A volunteer signed up and approved through the API, then dated back: the
 * sign-up and approval moved to `approvedDaysAgo` (the API cannot approve in
 * the past; the Ehrenamtskarte tests do the same).
 */
async function volunteerApprovedDaysAgo(label: string, approvedDaysAgo: number) {
  const person = newPerson(label);
  const coordinatorApi = await signIn(t.lotse, demo.coordinator);
  const { id } = await approvedVolunteer(t.lotse, coordinatorApi, person);
  const at = new Date(`${daysAgo(approvedDaysAgo)}T10:00:00Z`);
  await t.db.prisma.volunteerProfile.update({ where: { id: uuidOf(id) }, data: { approvedAt: at, createdAt: at } });
  return { id, person, session: t.as(await signIn(t.lotse, person.email, person.password)) };
}

beforeAll(async () => {
  t = await createTestApp();
  [coordinator, osnabrueck] = await Promise.all([t.signIn(demo.coordinator), t.signIn(demo.osnabrueckCoordinator)]);
  orgId = (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
  const types = await t.db.prisma.activityType.findMany({ where: { organizationId: orgId } });
  activity = Object.fromEntries(types.map((a) => [a.key, a.id]));
});
afterAll(async () => {
  await t?.close();
});

describe("the period a Nachweis covers", () => {
  it("is clipped to the time from the first approved hour (before the approval) to today, and says so", async () => {
    const v = await volunteerApprovedDaysAgo("Clip", 100);
    await importHours(v.id, daysAgo(130), 120); // earlier volunteering, imported: the activity starts here
    await importHours(v.id, daysAgo(50), 90);
    const period = await v.session.gql<{ node: { nachweisPeriod: { from: string; to: string } } }, Record<string, unknown>>(Period, { id: v.id });
    expect(period.data!.node.nachweisPeriod).toEqual({ from: daysAgo(130), to: today });

    const n = await issued(v.session, v.id, "2000-01-01", formatIsoDate(addDays(parseIsoDate(today), 400)));
    expect(n).toMatchObject({ periodFrom: daysAgo(130), periodTo: today, requestedFrom: "2000-01-01", clipped: true, approvedMinutes: 210, issuedByCoordinator: false });
    expect(n.issuedByName).toBe(v.person.name);
    const text = flat(await pdfText(await download(v.session, n.id)));
    expect(text).toContain(`Dieser Nachweis umfasst den Zeitraum vom ${german(daysAgo(130))} bis zum ${german(today)}.`);
    expect(text).toContain("Angefragt war der Zeitraum vom 01.01.2000");
    expect(text).toContain(`Bescheinigt wird nur die Zeit der Tätigkeit (Beginn der Tätigkeit am ${german(daysAgo(130))}, Ausstellungstag ${german(today)}).`);

    // Inside the active time nothing is clipped; wholly outside it nothing is issued.
    const inside = await issued(v.session, v.id, daysAgo(60), daysAgo(40));
    expect(inside).toMatchObject({ clipped: false, approvedMinutes: 90 });
    const outside = await issue(v.session, v.id, "2001-01-01", "2001-12-31");
    expect(outside).toMatchObject({ code: "VALIDATION", field: "from" });
    expect(outside.message).toContain(daysAgo(130));
  });

  it("starts at the approval when there is no earlier approved hour, and a volunteer never approved gets none", async () => {
    const v = await volunteerApprovedDaysAgo("Approval", 30);
    const n = await issued(v.session, v.id, daysAgo(365), today);
    expect(n).toMatchObject({ periodFrom: daysAgo(30), periodTo: today, clipped: true, approvedMinutes: 0 });
    expect(await pdfText(await download(v.session, n.id))).toContain("Im Zeitraum wurden keine anerkannten Stunden erfasst.");

    const pending = newPerson("Pending");
    await signUpVolunteer(t.lotse, pending);
    const pendingId = await volunteerId(await signIn(t.lotse, demo.coordinator), pending);
    expect(await issue(coordinator, pendingId, daysAgo(10), today)).toMatchObject({ code: "VALIDATION", field: "from" });
  });

  it("ends with the end of the volunteering", async () => {
    const v = await volunteerApprovedDaysAgo("Ended", 200);
    await importHours(v.id, daysAgo(150), 60);
    const end = await coordinator.gql<{ endVolunteering: { __typename: string } }, Record<string, unknown>>(
      `mutation TestEnd($id: ID!) { endVolunteering(id: $id, reason: "Umzug") { __typename } }`,
      { id: v.id },
    );
    expect(end.data?.endVolunteering.__typename).toBe("MutationEndVolunteeringSuccess");
    await t.db.prisma.volunteerProfile.update({ where: { id: uuidOf(v.id) }, data: { endedAt: new Date(`${daysAgo(20)}T10:00:00Z`) } });
    const n = await issued(coordinator, v.id, daysAgo(200), today);
    expect(n).toMatchObject({ periodFrom: daysAgo(200), periodTo: daysAgo(20), clipped: true, issuedByCoordinator: true });
    const text = flat(await pdfText(await download(coordinator, n.id)));
    expect(text).toContain(`vom ${german(daysAgo(200))} bis zum ${german(daysAgo(20))} ehrenamtlich für unsere Organisation tätig war.`);
    expect(text).toContain(`(Ende der Tätigkeit am ${german(daysAgo(20))})`);
    expect(await issue(coordinator, v.id, daysAgo(10), today)).toMatchObject({ code: "VALIDATION" });
  });
});

async function download(session: TestSession, id: string): Promise<Uint8Array> {
  const res = await t.request(`/nachweise/${encodeURIComponent(id)}.pdf`, { headers: { cookie: session.cookie } });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  return new Uint8Array(await res.arrayBuffer());
}

describe("what a Nachweis states", () => {
  it("prints the person, birth date, organisation, activity, start, hours per year and month with the weekly average, pay and issue", async () => {
    const v = await volunteerApprovedDaysAgo("Inhalt", 20);
    // 2025 and 2026 hours, imported; a payment in the period.
    await importHours(v.id, "2025-03-10", 600);
    await importHours(v.id, "2025-03-11", 300, "INTERPRETING");
    await importHours(v.id, "2025-11-02", 120);
    const birth = await v.session.gql<{ setVolunteerBirthDate: { __typename: string; data?: { birthDate: string } } }, Record<string, unknown>>(BirthDate, { volunteerId: v.id, birthDate: "1984-02-29" });
    expect(birth.data?.setVolunteerBirthDate.data?.birthDate).toBe("1984-02-29");
    const paid = await coordinator.gql<{ recordAllowancePayment: { __typename: string } }, Record<string, unknown>>(Pay, {
      input: { volunteerId: v.id, year: 2025, kind: "EHRENAMTSPAUSCHALE", amountCents: 25_000, paidOn: "2025-12-01", activityTypeId: globalId("ActivityType", activity.ESCORT!) },
    });
    expect(paid.data?.recordAllowancePayment.__typename, JSON.stringify(paid)).toBe("MutationRecordAllowancePaymentSuccess");

    const n = await issued(coordinator, v.id, "2025-01-01", "2025-12-31");
    expect(n).toMatchObject({ periodFrom: "2025-03-10", periodTo: "2025-12-31", approvedMinutes: 1020, issuedByCoordinator: true, issuedByName: "Kerstin Koordination" });
    const pdf = await download(v.session, n.id);
    expect(await pdfPageCount(pdf)).toBe(1);
    const lines = (await pdfText(pdf)).split("\n");
    const text = flat(lines.join("\n"));
    expect(text).toContain("Stadt Oldenburg – Amt für Zuwanderung und Integration");
    expect(lines).toContain("Industriestraße 1");
    expect(lines).toContain("26121 Oldenburg");
    expect(text).toContain("Ansprechperson: Frau Demo-Koordination, Tel. 0441 000000");
    expect(lines).toContain(v.person.name);
    expect(text).toContain("geboren am 29.02.1984");
    expect(text).toContain(`seit dem 10.03.2025 ehrenamtlich für unsere Organisation tätig ist.`);
    expect(text).toMatch(/Tätigkeit: Ehrenamtliche Begleitung .*Tätigkeitsbereiche: Begleitung und Sprachmittlung\./);
    // March: 15 h; November: 2 h; months before March are outside the period; the weekly average over 297 days
    // (0,4 h = 24 min). Hours and minutes as the pages and e-mails write them, never decimals.
    expect(text).toContain("2025 – – 15 Std. 0 Min. 0 Min. 0 Min. 0 Min. 0 Min. 0 Min. 0 Min. 2 Std. 0 Min. 17 Std. 24 Min.");
    expect(text).toContain("Insgesamt 17 Std., im Durchschnitt 24 Min. pro Woche.");
    expect(text).toContain("Begleitung 12 Std.");
    expect(text).toContain("Sprachmittlung 5 Std.");
    expect(text).not.toMatch(/\d,\d\d? Std\./);
    expect(text).toContain("Die Tätigkeit wird unentgeltlich ausgeübt. Gezahlt wurden im Zeitraum nur die erfassten Erstattungen und steuerfreien Pauschalen: Ehrenamtspauschale 2025: 250,00");
    expect(text).toContain(`Ausgestellt am ${german(today)} von Kerstin Koordination (Koordination)`);
    expect(text).not.toMatch(/Unterschrift und Stempel/);

    // Frozen: a later name change and birth date change do not rewrite it.
    await t.db.prisma.user.update({ where: { email: v.person.email }, data: { name: "Neu Benannt" } });
    await v.session.gql(BirthDate, { volunteerId: v.id, birthDate: null });
    const again = await pdfText(await download(v.session, n.id));
    expect(again).toContain(v.person.name);
    expect(again).toContain("geboren am 29.02.1984");
    expect((await verify(n.verificationCode))!.volunteerName).toBe(v.person.name);
  });

  it("keeps the birth date to the person and coordinators, audits only that it changed", async () => {
    const v = await volunteerApprovedDaysAgo("Geburt", 5);
    const other = await volunteerApprovedDaysAgo("Fremd", 5);
    const refused = await other.session.gql<{ setVolunteerBirthDate: { __typename: string } }, Record<string, unknown>>(BirthDate, { volunteerId: v.id, birthDate: "1990-01-01" });
    expect(JSON.stringify(refused)).toMatch(/FORBIDDEN|Forbidden|not authorized/i);
    const set = await coordinator.gql<{ setVolunteerBirthDate: { __typename: string } }, Record<string, unknown>>(BirthDate, { volunteerId: v.id, birthDate: "1990-01-01" });
    expect(set.data?.setVolunteerBirthDate.__typename).toBe("MutationSetVolunteerBirthDateSuccess");
    const future = await coordinator.gql<{ setVolunteerBirthDate: { __typename: string; field?: string } }, Record<string, unknown>>(BirthDate, { volunteerId: v.id, birthDate: "2999-01-01" });
    expect(future.data?.setVolunteerBirthDate.field).toBe("birthDate");
    const entries = await t.db.prisma.auditLog.findMany({ where: { entityId: uuidOf(v.id), action: { startsWith: "volunteer.birthDate" } } });
    expect(entries.map((e) => e.action)).toEqual(["volunteer.birthDateSet"]);
    expect(JSON.stringify(entries.map((e) => e.changes))).not.toContain("1990");
  });

  it("is refused while the organisation has no address or contact person", async () => {
    const admin = await t.signIn(demo.admin);
    const v = await volunteerApprovedDaysAgo("Ohne", 5);
    const update = `mutation TestNachweisSettings($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { __typename ... on MutationUpdateOrganizationSettingsSuccess { data { nachweis { address contactPerson activityDescription } } } } }`;
    const cleared = await admin.gql<{ updateOrganizationSettings: { data: { nachweis: { address: string } } } }, Record<string, unknown>>(update, { input: { nachweis: { contactPerson: "" } } });
    expect(cleared.data!.updateOrganizationSettings.data.nachweis.address).toBe("Industriestraße 1\n26121 Oldenburg");
    expect(await issue(v.session, v.id, daysAgo(5), today)).toMatchObject({ code: "VALIDATION" });
    await admin.gql(update, { input: { nachweis: { contactPerson: "Frau Demo-Koordination, Tel. 0441 000000" } } });
    expect((await issue(v.session, v.id, daysAgo(5), today)).__typename).toBe("MutationIssueNachweisSuccess");
  });
});

describe("numbers, verification and withdrawal", () => {
  it("numbers gaplessly per organisation, refused requests take no number", async () => {
    const v = await volunteerApprovedDaysAgo("Nummer", 10);
    const first = await issued(v.session, v.id, daysAgo(10), today);
    expect((await issue(v.session, v.id, "2001-01-01", "2001-01-31")).code).toBe("VALIDATION");
    const second = await issued(coordinator, v.id, daysAgo(5), today);
    const third = await issued(v.session, v.id, daysAgo(3), today);
    expect([second.number, third.number]).toEqual([first.number + 1, first.number + 2]);
    const all = await t.db.prisma.nachweis.findMany({ where: { organizationId: orgId }, orderBy: { number: "asc" }, select: { number: true } });
    expect(all.map((r) => r.number)).toEqual(all.map((_, i) => i + 1));
    const list = await v.session.gql<{ node: { nachweise: { number: number }[] } }, Record<string, unknown>>(Period, { id: v.id });
    expect(list.data!.node.nachweise.map((x) => x.number)).toEqual([third.number, second.number, first.number]);
    // Codes: 20 characters of Crockford's base32, all different.
    expect(new Set([first, second, third].map((x) => x.verificationCode)).size).toBe(3);
    expect(first.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
  });

  it("shows anyone what a valid Nachweis certified, then that it was withdrawn (audited once)", async () => {
    const v = await volunteerApprovedDaysAgo("Pruefen", 40);
    await importHours(v.id, daysAgo(30), 150);
    const n = await issued(v.session, v.id, daysAgo(40), today);
    expect(n.verificationUrl).toBe(`${t.config.PUBLIC_URL}/nachweis/pruefen/${n.verificationCode}`);
    const valid = await verify(n.verificationCode);
    expect(valid).toMatchObject({
      number: n.number,
      volunteerName: v.person.name,
      organizationName: "Stadt Oldenburg – Amt für Zuwanderung und Integration",
      periodFrom: daysAgo(40),
      periodTo: today,
      approvedMinutes: 150,
      issuedOn: today,
      issuerName: v.person.name,
      issuedByCoordinator: false,
      withdrawn: false,
      withdrawnAt: null,
    });
    // Typed from paper: lower case and dashes do not matter; an unknown code is null.
    const typed = n.verificationCode.toLowerCase().replace(/(.{4})/g, "$1-").replace(/-$/, "");
    expect((await verify(typed))!.number).toBe(n.number);
    expect(await verify("0".repeat(20))).toBeNull();
    expect(await verify("nonsense")).toBeNull();

    // The volunteer cannot withdraw; another organisation's coordinator cannot see it.
    const byVolunteer = await v.session.gql(Withdraw, { id: n.id, reason: "selbst" });
    expect(JSON.stringify(byVolunteer)).toMatch(/FORBIDDEN|not authorized/i);
    const foreign = await osnabrueck.gql<{ withdrawNachweis: Result }, Record<string, unknown>>(Withdraw, { id: n.id, reason: "fremd" });
    expect(foreign.data?.withdrawNachweis).toMatchObject({ code: "NOT_FOUND" });
    expect((await verify(n.verificationCode))!.withdrawn).toBe(false);

    const done = await coordinator.gql<{ withdrawNachweis: { __typename: string; data?: { withdrawnReason: string; canWithdraw: boolean } } }, Record<string, unknown>>(Withdraw, {
      id: n.id,
      reason: "Stunden waren doppelt erfasst",
    });
    expect(done.data?.withdrawNachweis.data).toMatchObject({ withdrawnReason: "Stunden waren doppelt erfasst", canWithdraw: false });
    const again = await coordinator.gql<{ withdrawNachweis: Result }, Record<string, unknown>>(Withdraw, { id: n.id, reason: "nochmal" });
    expect(again.data?.withdrawNachweis).toMatchObject({ code: "CONFLICT" });
    const withdrawn = await verify(n.verificationCode);
    expect(withdrawn).toMatchObject({ withdrawn: true, number: n.number, volunteerName: v.person.name });
    expect(withdrawn!.withdrawnAt).toBeTruthy();
    const audits = await t.db.prisma.auditLog.findMany({ where: { entityId: uuidOf(n.id) }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["volunteer.nachweisIssued", "volunteer.nachweisWithdrawn"]);
    // The withdrawn PDF is no longer handed out.
    const gone = await t.request(`/nachweise/${encodeURIComponent(n.id)}.pdf`, { headers: { cookie: v.session.cookie } });
    expect(gone.status).toBe(410);
  });

  it("lets no coordinator of another organisation issue for, or read, a volunteer here", async () => {
    const v = await volunteerApprovedDaysAgo("Fremdorga", 10);
    expect(await issue(osnabrueck, v.id, daysAgo(10), today)).toMatchObject({ code: "NOT_FOUND" });
    const n = await issued(v.session, v.id, daysAgo(10), today);
    const res = await t.request(`/nachweise/${encodeURIComponent(n.id)}.pdf`, { headers: { cookie: osnabrueck.cookie } });
    expect(res.status).toBe(404);
    const other = await volunteerApprovedDaysAgo("Anderer", 10);
    const notOwn = await t.request(`/nachweise/${encodeURIComponent(n.id)}.pdf`, { headers: { cookie: other.session.cookie } });
    expect(notOwn.status).toBe(403);
    expect(await issue(other.session, v.id, daysAgo(10), today)).toMatchObject({ code: "FORBIDDEN" });
    const anonymous = await t.request(`/nachweise/${encodeURIComponent(n.id)}.pdf`);
    expect(anonymous.status).toBe(401);
  });
});

describe("the PDF", () => {
  it("prints the number, the code and the verification address, and its QR code decodes to that address", async () => {
    const v = await volunteerApprovedDaysAgo("QR", 10);
    const n = await issued(v.session, v.id, daysAgo(10), today);
    const res = await t.request(`/nachweise/${encodeURIComponent(n.id)}.pdf`, { headers: { cookie: v.session.cookie } });
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${nachweisFileName(n.number, v.person.name)}"`);
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="nachweis-${n.number}-qr-testperson-[a-z0-9]+\\.pdf"$`));
    expect(res.headers.get("cache-control")).toBe("no-store");
    const pdf = new Uint8Array(await res.arrayBuffer());
    const text = await pdfText(pdf);
    expect(text).toContain(`Nachweis-Nr. ${n.number} · Prüfcode ${n.verificationCode}`);
    expect(text.split("\n")).toContain(n.verificationUrl);
    const [qr] = await pdfImages(pdf);
    expect(qr).toBeDefined();
    expect(jsQR(qr!.rgba, qr!.width, qr!.height)?.data).toBe(n.verificationUrl);
  });
});

// Right of access and erasure, end to end over the API: a volunteer with
// data in every area of Lotse is exported (every module's part is there, no
// secrets), then erased; afterwards no text or JSON column of any table holds
// their name, email address or phone number, the totals (hours, donations)
// are unchanged, and they can no longer sign in. Erasure waits while a
// retention holds, and families, children and donors are requests of their own.
import { berlinToday } from "@lotse/domain/berlin-time";
import { addDays, formatIsoDate, parseIsoDate } from "@lotse/domain/calendar-date";
import { approvedVolunteer, demo, newPerson, signIn, type Person } from "@lotse/testing/factories";
import { pdfText } from "@lotse/testing/pdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../logger.ts";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { sessionSettings } from "../identity/auth.service.ts";
import { createSession, viewerOfSession } from "../identity/sessions.ts";
import { buildServiceCtx } from "../service-context.ts";
import { issueNachweis } from "../volunteers/nachweise.service.ts";
import { gid } from "../../testing/global-ids.ts";

let t: TestApp;
let admin: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn(demo.admin);
});
afterAll(() => t?.close());

const day = (offset: number) => addDays(parseIsoDate(berlinToday()), offset);

const Plan = `query($subject: ID!) { erasurePlan(subject: $subject) { __typename
  ... on QueryErasurePlanSuccess { data { canErase person { name kind } holds { model message } steps { module model rows action kept } } }
  ... on Error { code field message } } }`;
const Export = `mutation($subject: ID!) { exportPersonalData(subject: $subject) { __typename
  ... on MutationExportPersonalDataSuccess { data { json jsonUrl pdfUrl } } ... on Error { code field message } } }`;
const Erase = `mutation($subject: ID!, $confirmed: Boolean!) { erasePerson(subject: $subject, confirmed: $confirmed) { __typename
  ... on MutationErasePersonSuccess { data { model rows action } } ... on Error { code field message } } }`;
const People = `query($search: String!) { personalDataPeople(search: $search) { __typename
  ... on QueryPersonalDataPeopleSuccess { data { subject kind name detail } } ... on Error { code field message } } }`;

type Result = { __typename: string; data?: unknown; code?: string; field?: string; message?: string };
async function call<T = Result>(session: TestSession, doc: string, variables: Record<string, unknown>): Promise<T> {
  const res = await session.gql<Record<string, T>, Record<string, unknown>>(doc, variables);
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0]!;
}

/**
 * Every text, varchar, array and JSON column of every table, searched for each
 * needle (case-insensitive): where the person's data could still be.
 */
async function findEverywhere(needles: string[]): Promise<string[]> {
  const columns = await t.db.prisma.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
        AND (data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED'))
      ORDER BY table_name, column_name`,
  );
  const hits: string[] = [];
  for (const { table_name, column_name } of columns) {
    for (const needle of needles) {
      const rows = await t.db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`, `%${needle}%`);
      if (Number(rows[0]!.n) > 0) hits.push(`${table_name}.${column_name} holds "${needle}" (${rows[0]!.n})`);
    }
  }
  return hits;
}

/** A volunteer with rows in every module: hours, a course place and certificate, an ended tandem, a pledge, a donation, a Nachweis. */
async function volunteerEverywhere(person: Person, phone: string) {
  const prisma = t.db.prisma;
  const coordinator = await signIn(t.lotse, demo.coordinator);
  const { id: volunteerGid } = await approvedVolunteer(t.lotse, coordinator, person);
  const profileId = Buffer.from(volunteerGid, "base64").toString().split(":")[1]!;
  const profile = await prisma.volunteerProfile.update({ where: { id: profileId }, data: { phone, birthDate: parseIsoDate("1980-04-03") } });
  const org = profile.organizationId;
  const staff = await prisma.user.findUniqueOrThrow({ where: { email: demo.coordinator } });
  const activity = await prisma.activityType.findFirstOrThrow({ where: { organizationId: org } });
  // Hours over two years, with notes naming the person; approved (they count in every total).
  for (let i = 1; i <= 6; i++) {
    await prisma.hourLog.create({
      data: { organizationId: org, volunteerId: profileId, date: day(-20 * i), minutes: 60 + i, activityTypeId: activity.id, note: `Begleitung mit ${person.name}, Tel. ${phone}`, status: "APPROVED", reviewedById: staff.id, reviewedAt: new Date() },
    });
  }
  await prisma.conductCertificate.create({ data: { organizationId: org, volunteerId: profileId, inspectedOn: day(-30), issuedOn: day(-40), hasRelevantEntry: false, inspectedById: staff.id } });
  await prisma.allowancePayment.create({ data: { organizationId: org, volunteerId: profileId, year: day(0).getUTCFullYear(), kind: "EXPENSE_REIMBURSEMENT", amountCents: 1234, paidOn: day(-5), note: `für ${person.name}`, receiptReference: "Beleg 7", recordedById: staff.id } });
  // Training: a course place with a motivation, attendance and a certificate naming them.
  const cohort = await prisma.cohort.findFirstOrThrow({ where: { organizationId: org }, include: { sessions: { take: 1 } } });
  const enrolment = await prisma.enrolment.create({ data: { organizationId: org, cohortId: cohort.id, volunteerId: profileId, status: "ADMITTED", position: 999, motivation: `Ich, ${person.name}, möchte helfen` } as never });
  if (cohort.sessions[0]) await prisma.attendance.create({ data: { organizationId: org, sessionId: cohort.sessions[0].id, enrolmentId: enrolment.id, status: "PRESENT", recordedById: staff.id } as never });
  await prisma.certificate.create({ data: { organizationId: org, enrolmentId: enrolment.id, cohortId: cohort.id, volunteerId: profileId, number: 990001, attendancePercent: 100, content: { participantName: person.name, organizationName: "Stadt Oldenburg" } } as never });
  // Matching: an ended tandem with a contact note.
  const family = await prisma.family.create({ data: { organizationId: org, addressedAs: "Familie Privacytest", waitingSince: day(-100), consentVersion: 1, consentedAt: new Date(), registeredById: staff.id, members: { create: [{ firstName: "Rana", birthYear: 1985, adult: true, sortOrder: 0 } as never] } } });
  const tandem = await prisma.tandem.create({ data: { organizationId: org, familyId: family.id, volunteerId: profileId, status: "ENDED", score: 80, explanation: [], proposedById: staff.id, activatedAt: day(-90), endedAt: day(-10), endReason: "GOAL_REACHED", endNote: `${person.name} zieht um` } as never });
  await prisma.tandemContact.create({ data: { organizationId: org, tandemId: tandem.id, date: day(-50), kind: "MEETING", note: `Treffen mit ${person.name}`, recordedById: profile.userId } as never });
  // Appointments: the interpreter's pledge.
  await prisma.interpreterPledge.create({ data: { organizationId: org, volunteerId: profileId, signedOn: day(-60), recordedById: staff.id } });
  // Donations: a donor with the same address, an accepted donation of three years ago (its receipt period is over).
  const donor = await prisma.donor.create({ data: { organizationId: org, kind: "PERSON", name: person.name, sortName: person.name.toLowerCase(), email: person.email, address: "Lindenallee 5\n26122 Oldenburg" } });
  const year = day(0).getUTCFullYear() - 3;
  await prisma.donation.create({ data: { organizationId: org, donorId: donor.id, kind: "MONEY", amountCents: 5000, receivedOn: parseIsoDate(`${year}-05-02`), budgetYear: year, method: "TRANSFER", status: "ACCEPTED", decidedOn: parseIsoDate(`${year}-05-03`), decisionReference: "BM-1", decidedById: staff.id, body: "HEAD_OF_ADMINISTRATION", donorYearTotalCents: 5000, note: `von ${person.name}`, recordedById: staff.id } as never });
  // A Nachweis (frozen content with name and birth date), issued by the coordinator.
  const user = await prisma.user.findUniqueOrThrow({ where: { email: demo.coordinator } });
  const membership = await prisma.membership.findFirstOrThrow({ where: { userId: user.id, organizationId: org } });
  const { session } = await createSession(prisma, user.id, membership.organizationId, sessionSettings(t.config));
  const ctx = buildServiceCtx({ config: t.config, logger: createLogger("silent"), prisma }, await viewerOfSession(prisma, session.id), "de");
  await issueNachweis(ctx, { volunteerId: profileId, from: formatIsoDate(day(-200)), to: formatIsoDate(day(-1)) });
  return { profileId, userId: profile.userId, org, donorId: donor.id, familyId: family.id };
}

async function totals(org: string, profileId: string, donorId: string) {
  const prisma = t.db.prisma;
  const [hours, year, month, donations] = await Promise.all([
    prisma.hourLog.aggregate({ where: { volunteerId: profileId }, _sum: { minutes: true } }),
    prisma.hourVolunteerYear.aggregate({ where: { volunteerId: profileId }, _sum: { minutes: true } }),
    prisma.hourMonthTotal.aggregate({ where: { organizationId: org }, _sum: { minutes: true } }),
    prisma.donation.aggregate({ where: { donorId }, _sum: { amountCents: true } }),
  ]);
  return { hours: hours._sum.minutes, year: year._sum.minutes, month: month._sum.minutes, donations: donations._sum.amountCents };
}

describe("a volunteer's right of access and erasure", () => {
  it("exports every module's part, then erases them: nothing names them any more, totals stay, sign-in fails", async () => {
    const person = newPerson("Loeschung", `Zofia Privacyprüfung ${Date.now().toString(36)}`);
    const phone = `0441 ${Date.now().toString().slice(-7)}`;
    const made = await volunteerEverywhere(person, phone);
    const volunteerSession = await signIn(t.lotse, person.email, person.password);

    const found = await call<{ data: { subject: string; kind: string; name: string }[] }>(admin, People, { search: person.name.split(" ")[1]! });
    const hit = found.data.find((p) => p.name === person.name)!;
    expect(hit).toMatchObject({ kind: "USER" });

    const exported = await call<{ __typename: string; data: { json: string; jsonUrl: string; pdfUrl: string } }>(admin, Export, { subject: hit.subject });
    expect(exported.__typename).toBe("MutationExportPersonalDataSuccess");
    const data = JSON.parse(exported.data.json) as { person: { name: string }; modules: { module: string; models: { model: string; rows: unknown[] }[] }[] };
    expect(data.person.name).toBe(person.name);
    expect(data.modules.map((m) => m.module).sort()).toEqual(["appointments", "audit", "donations", "identity", "matching", "training", "volunteers"]);
    const models = new Map(data.modules.flatMap((m) => m.models.map((x) => [x.model, x.rows.length] as const)));
    for (const model of ["User", "Session", "Membership", "VolunteerProfile", "HourLog", "ConductCertificate", "Enrolment", "Certificate", "Tandem", "TandemContact", "InterpreterPledge", "Donor", "Donation", "Nachweis", "AuditLog"]) {
      expect(models.get(model), model).toBeGreaterThan(0);
    }
    expect(exported.data.json).not.toMatch(/"(hash|tokenHash|calendarTokenHash|requestFingerprint)"/);

    // The downloads: the same JSON as a file, and a PDF.
    const json = await t.request(exported.data.jsonUrl, { headers: { cookie: admin.cookie } });
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toMatch(/attachment; filename="auskunft-.*\.json"/);
    expect(((await json.json()) as { person: { name: string } }).person.name).toBe(person.name);
    const pdf = await t.request(exported.data.pdfUrl, { headers: { cookie: admin.cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const pdfBytes = new Uint8Array(await pdf.arrayBuffer());
    expect(Buffer.from(pdfBytes).subarray(0, 5).toString()).toBe("%PDF-");
    // Readable: the person, and every area's heading with their records (a coordinator's note naming them among the hours).
    const readable = (await pdfText(pdfBytes)).replace(/\s+/g, " ");
    expect(readable).toContain(person.name);
    for (const area of ["Zugang und Anmeldung", "Ehrenamt: Profil, Stunden, Erstattungen", "Integrationslotsen-Kurse", "Tandems und Familien", "Schuleinstiegsberatung und Sprachmittlung", "Spenden"]) {
      expect(readable, area).toContain(area);
    }
    expect(readable).toContain(`Begleitung mit ${person.name}`);
    // Not for anyone but admins.
    const coordinator = await t.signIn(demo.coordinator);
    expect((await t.request(exported.data.jsonUrl, { headers: { cookie: coordinator.cookie } })).status).toBe(403);
    expect((await coordinator.gql(Export, { subject: hit.subject })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await t.db.prisma.auditLog.count({ where: { action: "privacy.exported", entityId: made.userId } })).toBe(3);

    // The plan says what goes and what stays, and nothing holds it back.
    const plan = await call<{ data: { canErase: boolean; steps: { model: string; action: string; kept: string | null }[] } }>(admin, Plan, { subject: hit.subject });
    expect(plan.data.canErase).toBe(true);
    expect(plan.data.steps.find((s) => s.model === "ConductCertificate")).toMatchObject({ action: "delete" });
    expect(plan.data.steps.find((s) => s.model === "HourLog")).toMatchObject({ action: "anonymise", kept: expect.any(String) });

    const before = await totals(made.org, made.profileId, made.donorId);
    expect(before.hours).toBe(60 * 6 + 21);
    // Without confirmation nothing happens.
    expect(await call(admin, Erase, { subject: hit.subject, confirmed: false })).toMatchObject({ code: "CONFIRMATION_REQUIRED", field: "confirmed" });
    const erased = await call<{ __typename: string; data: { model: string; action: string }[] }>(admin, Erase, { subject: hit.subject, confirmed: true });
    expect(erased.__typename).toBe("MutationErasePersonSuccess");

    expect(await findEverywhere([person.name, person.email, phone])).toEqual([]);
    expect(await totals(made.org, made.profileId, made.donorId)).toEqual(before);
    expect(await t.db.prisma.conductCertificate.count({ where: { volunteerId: made.profileId } })).toBe(0);
    const entry = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: "privacy.erased", entityId: made.userId } });
    expect(JSON.stringify(entry.changes)).toContain("HourLog");

    // Sign-in is gone: the password, and the session they had.
    await expect(signIn(t.lotse, person.email, person.password)).rejects.toThrow();
    const me = await t.as(volunteerSession).gql<{ viewer: unknown }, Record<string, never>>(`query { viewer { name } }`);
    expect(me.data?.viewer ?? null).toBeNull();
    // And the person is not found again.
    expect((await call<{ data: unknown[] }>(admin, People, { search: person.email })).data).toEqual([]);
  });
});

describe("erasure waits while a retention holds", () => {
  it("refuses a volunteer with a running tandem, with the reason at the subject, and erases nothing", async () => {
    const person = newPerson("Tandem");
    const coordinator = await signIn(t.lotse, demo.coordinator);
    const { id: volunteerGid } = await approvedVolunteer(t.lotse, coordinator, person);
    const profile = await t.db.prisma.volunteerProfile.findUniqueOrThrow({ where: { id: Buffer.from(volunteerGid, "base64").toString().split(":")[1]! } });
    const staff = await t.db.prisma.user.findUniqueOrThrow({ where: { email: demo.coordinator } });
    const family = await t.db.prisma.family.create({ data: { organizationId: profile.organizationId, addressedAs: "Familie Laufend", waitingSince: day(-10), consentVersion: 1, consentedAt: new Date(), registeredById: staff.id } });
    await t.db.prisma.tandem.create({ data: { organizationId: profile.organizationId, familyId: family.id, volunteerId: profile.id, status: "ACTIVE", score: 70, explanation: [], proposedById: staff.id, activatedAt: day(-5) } as never });

    const plan = await call<{ data: { canErase: boolean; holds: { model: string; message: string }[] } }>(admin, Plan, { subject: volunteerGid });
    expect(plan.data.canErase).toBe(false);
    expect(plan.data.holds).toEqual([{ model: "Tandem", message: expect.stringContaining("Tandem") }]);
    expect(await call(admin, Erase, { subject: volunteerGid, confirmed: true })).toMatchObject({ code: "CONFLICT", field: "subject", message: expect.stringContaining("Tandem") });
    expect(await t.db.prisma.user.findUniqueOrThrow({ where: { id: profile.userId } })).toMatchObject({ name: person.name, email: person.email });
    // The family's own request waits for the same tandem.
    expect(await call(admin, Erase, { subject: gid("Family", family.id), confirmed: true })).toMatchObject({ code: "CONFLICT", field: "subject" });
  });

  it("refuses a donor whose receipt is still owed, and erases them once it is issued, keeping the receipt", async () => {
    const prisma = t.db.prisma;
    const org = (await prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
    const staff = await prisma.user.findUniqueOrThrow({ where: { email: demo.coordinator } });
    const name = `Spenderin Privacy ${Date.now().toString(36)}`;
    const donor = await prisma.donor.create({ data: { organizationId: org, kind: "PERSON", name, sortName: name.toLowerCase(), email: `spende-${Date.now()}@example.org`, address: "Am Markt 1\n26122 Oldenburg" } });
    const year = day(0).getUTCFullYear();
    const donation = await prisma.donation.create({ data: { organizationId: org, donorId: donor.id, kind: "MONEY", amountCents: 12_000, receivedOn: day(-3), budgetYear: year, method: "TRANSFER", status: "ACCEPTED", decidedOn: day(-2), decisionReference: "BM-2", decidedById: staff.id, body: "HEAD_OF_ADMINISTRATION", donorYearTotalCents: 12_000, recordedById: staff.id } as never });
    const subject = gid("Donor", donor.id);
    // Right of access for a donor without an account: the donations area's part, as JSON and PDF.
    const exported = await call<{ __typename: string; data: { json: string; pdfUrl: string } }>(admin, Export, { subject });
    const parts = JSON.parse(exported.data.json) as { person: { name: string; kind: string }; modules: { module: string; models: { model: string; rows: unknown[] }[] }[] };
    expect(parts.person).toMatchObject({ name, kind: "donor" });
    const donations = parts.modules.find((m) => m.module === "donations")!;
    expect(Object.fromEntries(donations.models.map((m) => [m.model, m.rows.length]))).toMatchObject({ Donor: 1, Donation: 1 });
    const donorPdf = await t.request(exported.data.pdfUrl, { headers: { cookie: admin.cookie } });
    expect(donorPdf.status).toBe(200);
    const donorText = (await pdfText(new Uint8Array(await donorPdf.arrayBuffer()))).replace(/\s+/g, " ");
    expect(donorText).toContain(name);
    expect(donorText).toContain("Spender/in");
    expect(await call(admin, Erase, { subject, confirmed: true })).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Zuwendungsbestätigung") });

    const receipt = await prisma.donationReceipt.create({
      data: { organizationId: org, year, sequence: 99_001, number: `${year}-099001`, kind: "SINGLE", donationKind: "MONEY", donorId: donor.id, totalCents: 12_000, content: { donor: { name } }, issuedById: staff.id, retainUntil: parseIsoDate(`${year + 10}-12-31`) } as never,
    });
    await prisma.donation.update({ where: { id: donation.id }, data: { receiptId: receipt.id } });
    const plan = await call<{ data: { canErase: boolean; steps: { model: string; action: string; kept: string | null }[] } }>(admin, Plan, { subject });
    expect(plan.data.canErase).toBe(true);
    expect(plan.data.steps.find((s) => s.model === "DonationReceipt")).toMatchObject({ action: "keep", kept: expect.stringContaining("retainUntil") });
    expect((await call(admin, Erase, { subject, confirmed: true })).__typename).toBe("MutationErasePersonSuccess");
    expect(await prisma.donor.findUniqueOrThrow({ where: { id: donor.id } })).toMatchObject({ name: null, email: null, address: null });
    // The receipt's copy is kept as issued (tax retention); it is the only place the name remains.
    expect(await findEverywhere([name])).toEqual([`DonationReceipt.content holds "${name}" (1)`]);
    expect((await prisma.donation.aggregate({ where: { donorId: donor.id }, _sum: { amountCents: true } }))._sum.amountCents).toBe(12_000);
  });
});

describe("families and children are requests of their own", () => {
  it("erases a child without appointments ahead: names, guardians and notes go, the birth year stays", async () => {
    const prisma = t.db.prisma;
    const org = (await prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
    const staff = await prisma.user.findUniqueOrThrow({ where: { email: demo.coordinator } });
    const last = `Kindertest${Date.now().toString(36)}`;
    const child = await prisma.child.create({
      data: {
        organizationId: org, firstName: "Mira", lastName: last, birthDate: parseIsoDate("2017-08-14"), languages: ["ar"], schoolYears: 2, schoolCountries: ["SY"], notes: `Mira ${last} braucht Förderung`,
        consentGivenBy: `Vater ${last}`, consentedAt: new Date(), createdById: staff.id,
      } as never,
    });
    await prisma.childGuardian.create({ data: { organizationId: org, childId: child.id, name: `Vater ${last}`, phone: "0170 5550101", email: `${last}@example.org`, readsLanguage: "ar" } });
    const subject = gid("Child", child.id);
    const exported = await call<{ data: { json: string } }>(admin, Export, { subject });
    expect(JSON.parse(exported.data.json).modules.map((m: { module: string }) => m.module)).toContain("appointments");
    expect((await call(admin, Erase, { subject, confirmed: true })).__typename).toBe("MutationErasePersonSuccess");
    expect(await findEverywhere([last, "0170 5550101"])).toEqual([]);
    const after = await prisma.child.findUniqueOrThrow({ where: { id: child.id } });
    expect(formatIsoDate(after.birthDate)).toBe("2017-01-01");
    expect(after.languages).toEqual(["ar"]);
  });

  it("erases a family without open tandems through the same hooks", async () => {
    const prisma = t.db.prisma;
    const org = (await prisma.organization.findUniqueOrThrow({ where: { slug: "oldenburg" } })).id;
    const staff = await prisma.user.findUniqueOrThrow({ where: { email: demo.coordinator } });
    const addressedAs = `Familie Datenschutz${Date.now().toString(36)}`;
    const family = await prisma.family.create({ data: { organizationId: org, addressedAs, phone: "0441 9998877", address: "Heiligengeiststraße 3", waitingSince: day(-30), consentVersion: 1, consentedAt: new Date(), registeredById: staff.id, art9ConsentAt: new Date(), restrictedNote: "Diabetes", members: { create: [{ firstName: "Yasmin", birthYear: 1990, adult: true, sortOrder: 0 } as never] } } });
    const found = await call<{ data: { subject: string; kind: string }[] }>(admin, People, { search: addressedAs });
    expect(found.data).toEqual([expect.objectContaining({ subject: gid("Family", family.id), kind: "FAMILY" })]);
    // Right of access for the family: the family with its members, the Art. 9 note included, as JSON and PDF.
    const exported = await call<{ data: { json: string; pdfUrl: string } }>(admin, Export, { subject: gid("Family", family.id) });
    const parts = JSON.parse(exported.data.json) as { person: { name: string; kind: string }; modules: { module: string; models: { model: string; rows: Record<string, unknown>[] }[] }[] };
    expect(parts.person).toMatchObject({ name: addressedAs, kind: "family" });
    const matching = new Map(parts.modules.find((m) => m.module === "matching")!.models.map((m) => [m.model, m.rows]));
    expect(matching.get("Family")).toEqual([expect.objectContaining({ addressedAs, phone: "0441 9998877", restrictedNote: "Diabetes" })]);
    expect(matching.get("FamilyMember")).toEqual([expect.objectContaining({ firstName: "Yasmin" })]);
    const familyPdf = await t.request(exported.data.pdfUrl, { headers: { cookie: admin.cookie } });
    expect(familyPdf.status).toBe(200);
    const familyText = (await pdfText(new Uint8Array(await familyPdf.arrayBuffer()))).replace(/\s+/g, " ");
    expect(familyText).toContain(addressedAs);
    expect(familyText).toContain("Yasmin");
    expect((await call(admin, Erase, { subject: gid("Family", family.id), confirmed: true })).__typename).toBe("MutationErasePersonSuccess");
    expect(await findEverywhere([addressedAs, "0441 9998877", "Heiligengeiststraße 3"])).toEqual([]);
    expect(await prisma.family.findUniqueOrThrow({ where: { id: family.id } })).toMatchObject({ status: "CLOSED", closedReason: "erased", restrictedNote: null });
  });
});

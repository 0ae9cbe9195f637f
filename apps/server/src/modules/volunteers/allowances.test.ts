// Allowances as a tax office reads them: the Ehrenamtspauschale and the
// Übungsleiterfreibetrag are limits per person and year across all
// organisations (amounts the volunteer declares from elsewhere count), one
// activity is paid under one of them only, earlier years keep their own
// limits, expenses need a receipt and car travel is paid per km at the rate.
import { graphql } from "@lotse/schema/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../testing/harness.ts";
import { itOnPostgres } from "../../testing/postgres-only.ts";

const Activities = graphql(`query TestAllowanceActivities { activityTypes { id key name } myVolunteerProfile { id } }`);
const Pay = graphql(`
  mutation TestAllowancePay($input: AllowancePaymentInput!) {
    recordAllowancePayment(input: $input) {
      __typename
      ... on MutationRecordAllowancePaymentSuccess { data { amountCents kind year kilometres centsPerKm receiptReference activity { key } } }
      ... on Error { code field message }
    }
  }
`);
const Summary = graphql(`
  query TestAllowanceYear($volunteerId: ID!, $year: Int!) {
    allowanceSummary(volunteerId: $volunteerId, year: $year) {
      limits { kind limitCents paidHereCents declaredElsewhereCents remainingCents }
      pauschaleRemainingCents mileageCents expensesCents
      declarations { id amountCents payer kind }
    }
  }
`);
const Declare = graphql(`
  mutation TestAllowanceDeclare($input: DeclareAllowanceElsewhereInput!) {
    declareAllowanceElsewhere(input: $input) { __typename ... on MutationDeclareAllowanceElsewhereSuccess { data { id amountCents payer } } ... on Error { code field } }
  }
`);
const RemoveDeclaration = graphql(`
  mutation TestAllowanceRemoveDeclaration($id: ID!) { removeAllowanceDeclaration(id: $id) { __typename ... on Error { code field } } }
`);
const Settings = graphql(`
  mutation TestAllowanceSettings($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) { __typename ... on MutationUpdateOrganizationSettingsSuccess { data { mileageCentsPerKm } } ... on Error { code field } }
  }
`);

type Kind = "EHRENAMTSPAUSCHALE" | "UEBUNGSLEITERFREIBETRAG" | "EXPENSE_REIMBURSEMENT" | "MILEAGE";

let t: TestApp;
let volunteer: TestSession;
let coordinator: TestSession;
let activity: Record<string, string>;
let activityName: Record<string, string>;
let volunteerId: string;

beforeAll(async () => {
  t = await createTestApp();
  volunteer = await t.signIn("lotse@oldenburg.example");
  coordinator = await t.signIn("koordination@oldenburg.example");
  const res = (await volunteer.gql(Activities)).data!;
  activity = Object.fromEntries(res.activityTypes.map((a) => [a.key, a.id]));
  activityName = Object.fromEntries(res.activityTypes.map((a) => [a.key, a.name]));
  volunteerId = res.myVolunteerProfile!.id;
});
afterAll(async () => {
  await t?.close();
});

const pay = (kind: Kind, amountCents: number | null, paidOn: string, extra: { activity?: string; receiptReference?: string; kilometres?: number } = {}) =>
  coordinator.gql(Pay, {
    input: {
      volunteerId,
      year: Number(paidOn.slice(0, 4)),
      kind,
      amountCents,
      paidOn,
      activityTypeId: extra.activity ? activity[extra.activity]! : null,
      receiptReference: extra.receiptReference ?? null,
      kilometres: extra.kilometres ?? null,
    },
  });
const year = async (y: number) => (await coordinator.gql(Summary, { volunteerId, year: y })).data!.allowanceSummary;
const limitOf = async (y: number, kind: Kind) => (await year(y)).limits.find((l) => l.kind === kind)!;

describe("the Ehrenamtspauschale across organisations", () => {
  it("counts what the volunteer declares from elsewhere against what remains here, recorded and audited", async () => {
    const declared = await volunteer.gql(Declare, { input: { year: 2026, kind: "EHRENAMTSPAUSCHALE", amountCents: 50_000, payer: "Sportverein Eversten" } });
    expect(declared.data?.declareAllowanceElsewhere).toMatchObject({ data: { amountCents: 50_000, payer: "Sportverein Eversten" } });
    expect(await limitOf(2026, "EHRENAMTSPAUSCHALE")).toEqual({ kind: "EHRENAMTSPAUSCHALE", limitCents: 96_000, paidHereCents: 0, declaredElsewhereCents: 50_000, remainingCents: 46_000 });

    const over = await pay("EHRENAMTSPAUSCHALE", 46_001, "2026-07-01", { activity: "ESCORT" });
    expect(over.data?.recordAllowancePayment).toMatchObject({ code: "VALIDATION", field: "amountCents" });
    expect((over.data?.recordAllowancePayment as { message: string }).message).toContain("460,00");
    expect((await pay("EHRENAMTSPAUSCHALE", 46_000, "2026-07-01", { activity: "ESCORT" })).data?.recordAllowancePayment).toMatchObject({ data: { amountCents: 46_000 } });
    expect((await year(2026)).pauschaleRemainingCents).toBe(0);

    const entry = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: "allowance.declaredElsewhere" } });
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email: "lotse@oldenburg.example" } });
    expect(entry.actorUserId).toBe(user.id);
    expect(entry.changes).toMatchObject({ kind: "EHRENAMTSPAUSCHALE", amountCents: 50_000, year: 2026 });

    // Taken back (typed wrongly): the remainder grows again, and the log says so.
    const id = (declared.data!.declareAllowanceElsewhere as { data: { id: string } }).data.id;
    expect((await coordinator.gql(RemoveDeclaration, { id })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await volunteer.gql(RemoveDeclaration, { id })).data?.removeAllowanceDeclaration).toMatchObject({ __typename: "MutationRemoveAllowanceDeclarationSuccess" });
    expect(await limitOf(2026, "EHRENAMTSPAUSCHALE")).toMatchObject({ declaredElsewhereCents: 0, remainingCents: 50_000 });
    expect(await t.db.prisma.auditLog.count({ where: { action: "allowance.declarationRemoved" } })).toBe(1);
    // Only the two tax-free allowances can be declared.
    expect((await volunteer.gql(Declare, { input: { year: 2026, kind: "MILEAGE", amountCents: 100, payer: "x" } })).data?.declareAllowanceElsewhere).toMatchObject({ field: "kind" });
  });
});

describe("the Übungsleiterfreibetrag", () => {
  it("is its own kind and limit, and an activity is paid under one of the two, never both", async () => {
    expect((await pay("UEBUNGSLEITERFREIBETRAG", 300_000, "2026-03-01", { activity: "EVENT" })).data?.recordAllowancePayment).toMatchObject({
      data: { kind: "UEBUNGSLEITERFREIBETRAG", activity: { key: "EVENT" } },
    });
    const both = await pay("EHRENAMTSPAUSCHALE", 1_000, "2026-03-02", { activity: "EVENT" });
    expect(both.data?.recordAllowancePayment).toMatchObject({ code: "CONFLICT", field: "kind" });
    expect((both.data?.recordAllowancePayment as { message: string }).message).toContain(activityName.EVENT);
    // ESCORT was paid from the Pauschale above: not from the Übungsleiterfreibetrag.
    expect((await pay("UEBUNGSLEITERFREIBETRAG", 1_000, "2026-03-02", { activity: "ESCORT" })).data?.recordAllowancePayment).toMatchObject({ code: "CONFLICT", field: "kind" });
    const over = await pay("UEBUNGSLEITERFREIBETRAG", 30_001, "2026-03-03", { activity: "EVENT" });
    expect(over.data?.recordAllowancePayment).toMatchObject({ code: "VALIDATION", field: "amountCents" });
    expect((over.data?.recordAllowancePayment as { message: string }).message).toContain("300,00");
    expect(await limitOf(2026, "UEBUNGSLEITERFREIBETRAG")).toEqual({ kind: "UEBUNGSLEITERFREIBETRAG", limitCents: 330_000, paidHereCents: 300_000, declaredElsewhereCents: 0, remainingCents: 30_000 });
    // A tax-free allowance names the activity it pays for.
    expect((await pay("UEBUNGSLEITERFREIBETRAG", 100, "2026-03-04")).data?.recordAllowancePayment).toMatchObject({ code: "VALIDATION", field: "activityTypeId" });
  });
});

describe("earlier years", () => {
  it("keep the limits of their time: 720 € until 2020, 840 € 2021–2025, 960 € from 2026; 2,400 / 3,000 / 3,300 € for Übungsleiter", async () => {
    // Each limit's first and last year (the year the law changed it is the first of the new amount).
    const cases: [Kind, string, number][] = [
      ["EHRENAMTSPAUSCHALE", "2013-01-15", 72_000],
      ["EHRENAMTSPAUSCHALE", "2019-05-01", 72_000],
      ["EHRENAMTSPAUSCHALE", "2020-12-15", 72_000],
      ["EHRENAMTSPAUSCHALE", "2021-05-01", 84_000],
      ["EHRENAMTSPAUSCHALE", "2025-05-01", 84_000],
      ["UEBUNGSLEITERFREIBETRAG", "2013-05-01", 240_000],
      ["UEBUNGSLEITERFREIBETRAG", "2020-05-01", 240_000],
      ["UEBUNGSLEITERFREIBETRAG", "2021-01-15", 300_000],
      ["UEBUNGSLEITERFREIBETRAG", "2025-12-15", 300_000],
    ];
    for (const [kind, paidOn, limit] of cases) {
      const act = kind === "EHRENAMTSPAUSCHALE" ? "ESCORT" : "EVENT";
      expect((await pay(kind, limit, paidOn, { activity: act })).data?.recordAllowancePayment, `${kind} ${paidOn}`).toMatchObject({ data: { amountCents: limit } });
      expect((await pay(kind, 1, paidOn, { activity: act })).data?.recordAllowancePayment, `${kind} ${paidOn} + 1 ct`).toMatchObject({ code: "VALIDATION", field: "amountCents" });
      expect((await limitOf(Number(paidOn.slice(0, 4)), kind)).limitCents).toBe(limit);
    }
    // From 2026 (the current figures; not paid up here, other tests pay this year).
    expect((await limitOf(2026, "EHRENAMTSPAUSCHALE")).limitCents).toBe(96_000);
    expect((await limitOf(2026, "UEBUNGSLEITERFREIBETRAG")).limitCents).toBe(330_000);
    // Before the first known limit there is nothing to check against.
    expect((await pay("EHRENAMTSPAUSCHALE", 100, "2012-05-01", { activity: "ESCORT" })).data?.recordAllowancePayment).toMatchObject({ code: "VALIDATION", field: "year" });
  });
});

describe("expenses and car travel", () => {
  it("reimburses expenses against a receipt and pays kilometres at the organisation's rate", async () => {
    expect((await pay("EXPENSE_REIMBURSEMENT", 1_250, "2026-04-01")).data?.recordAllowancePayment).toMatchObject({ code: "VALIDATION", field: "receiptReference" });
    expect((await pay("EXPENSE_REIMBURSEMENT", 1_250, "2026-04-01", { receiptReference: "Beleg 2026-017" })).data?.recordAllowancePayment).toMatchObject({
      data: { kind: "EXPENSE_REIMBURSEMENT", amountCents: 1_250, receiptReference: "Beleg 2026-017" },
    });
    expect((await pay("MILEAGE", null, "2026-04-02")).data?.recordAllowancePayment).toMatchObject({ code: "VALIDATION", field: "kilometres" });
    // 123 km at the default 0.30 €: 36.90 €, whatever amount is typed.
    expect((await pay("MILEAGE", 99_999, "2026-04-02", { kilometres: 123 })).data?.recordAllowancePayment).toMatchObject({
      data: { kind: "MILEAGE", amountCents: 3_690, kilometres: 123, centsPerKm: 30 },
    });
    const admin = await t.signIn("admin@oldenburg.example");
    expect((await admin.gql(Settings, { input: { mileageCentsPerKm: 35 } })).data?.updateOrganizationSettings).toMatchObject({ data: { mileageCentsPerKm: 35 } });
    const coordinatorAgain = await t.signIn("koordination@oldenburg.example");
    const res = await coordinatorAgain.gql(Pay, { input: { volunteerId, year: 2026, kind: "MILEAGE", paidOn: "2026-04-03", kilometres: 10 } });
    expect(res.data?.recordAllowancePayment).toMatchObject({ data: { amountCents: 350, centsPerKm: 35 } });
    expect(await year(2026)).toMatchObject({ mileageCents: 4_040, expensesCents: 1_250 });
  });
});

describe("under concurrency", () => {
  itOnPostgres("pays one activity under one allowance only, and keeps the limit when payments and a declaration arrive at once", async () => {
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, i) => pay(i % 2 ? "EHRENAMTSPAUSCHALE" : "UEBUNGSLEITERFREIBETRAG", 20_000, "2024-06-01", { activity: "COURSE" })),
    );
    const paidKinds = attempts.flatMap((r) => {
      const result = r.data?.recordAllowancePayment;
      return result?.__typename === "MutationRecordAllowancePaymentSuccess" ? [result.data.kind] : [];
    });
    expect(paidKinds.length).toBeGreaterThan(0);
    expect(new Set(paidKinds).size).toBe(1);

    // A declaration racing with payments: whatever commits first, what was paid here never passes the limit minus what was declared before it.
    const declaration = volunteer.gql(Declare, { input: { year: 2022, kind: "EHRENAMTSPAUSCHALE", amountCents: 40_000, payer: "Tafel" } });
    const payments = Array.from({ length: 10 }, () => pay("EHRENAMTSPAUSCHALE", 10_000, "2022-06-01", { activity: "ESCORT" }));
    await Promise.all([declaration, ...payments]);
    const limit = await limitOf(2022, "EHRENAMTSPAUSCHALE");
    expect(limit.declaredElsewhereCents).toBe(40_000);
    // Declaration first: 4 payments fit (840 − 400 €); last: 8; in between, no payment after it crosses the limit.
    expect(limit.paidHereCents).toBeGreaterThanOrEqual(40_000);
    expect(limit.paidHereCents).toBeLessThanOrEqual(80_000);
  });
});

// Test helpers of the donations area: the GraphQL documents the API tests send
// and small steps (a donor, an accepted donation, goods) through the API, so
// every test goes through the same rules a coordinator's page does.
import { berlinToday } from "@lotse/domain/berlin-time";
import { expect } from "vitest";
import type { TestSession } from "../../testing/harness.ts";

export const today = () => berlinToday();
export { gid as globalId } from "../../testing/global-ids.ts";
export const uuidOf = (id: string) => Buffer.from(id, "base64").toString().split(":")[1]!;

export type Result<T = Record<string, unknown>> = { __typename: string; data?: T; code?: string; field?: string; message?: string };

const result = (name: string, fields: string) => `__typename ... on ${name} { data { ${fields} } } ... on Error { code field message }`;

export const DONATION_FIELDS = "id kind amountCents receivedOn budgetYear status body donorYearTotalCents decidedOn decisionReference returnPending waiverOfExpenses method fund { id balanceCents } receipt { id number }";

export const Docs = {
  createDonor: `mutation TestCreateDonor($input: DonorInput!) { createDonor(input: $input) { ${result("MutationCreateDonorSuccess", "id kind name address email")} } }`,
  updateDonor: `mutation TestUpdateDonor($id: ID!, $input: DonorInput!) { updateDonor(id: $id, input: $input) { ${result("MutationUpdateDonorSuccess", "id kind name address email")} } }`,
  money: `mutation TestMoney($input: MoneyDonationInput!) { recordMoneyDonation(input: $input) { ${result("MutationRecordMoneyDonationSuccess", DONATION_FIELDS)} } }`,
  accept: `mutation TestAccept($input: DonationDecisionInput!) { acceptDonation(input: $input) { ${result("MutationAcceptDonationSuccess", DONATION_FIELDS)} } }`,
  refuse: `mutation TestRefuse($input: DonationDecisionInput!) { refuseDonation(input: $input) { ${result("MutationRefuseDonationSuccess", DONATION_FIELDS)} } }`,
  goods: `mutation TestGoods($input: GoodsDonationInput!) { recordGoodsDonation(input: $input) { ${result("MutationRecordGoodsDonationSuccess", `${DONATION_FIELDS} items { id description quantity available reserved valuePerItemCents storageLocation }`)} } }`,
  createFund: `mutation TestFund($name: String!, $purpose: String) { createFund(name: $name, purpose: $purpose) { ${result("MutationCreateFundSuccess", "id name purpose balanceCents")} } }`,
  disburse: `mutation TestDisburse($input: DisburseFundsInput!) { disburseFunds(input: $input) { ${result("MutationDisburseFundsSuccess", "id amountCents fund { balanceCents disbursedCents acceptedCents }")} } }`,
  reserve: `mutation TestReserve($input: ReserveGoodsInput!) { reserveGoods(input: $input) { ${result("MutationReserveGoodsSuccess", "id quantity status familyName item { available reserved }")} } }`,
  release: `mutation TestRelease($id: ID!) { releaseReservation(id: $id) { ${result("MutationReleaseReservationSuccess", "id status item { available reserved }")} } }`,
  handOver: `mutation TestHandOver($input: HandOverGoodsInput!) { handOverGoods(input: $input) { ${result("MutationHandOverGoodsSuccess", "id status handedOverOn item { available reserved handedOver }")} } }`,
  writeOff: `mutation TestWriteOff($itemId: ID!, $quantity: Int!, $reason: String!) { writeOffGoods(itemId: $itemId, quantity: $quantity, reason: $reason) { ${result("MutationWriteOffGoodsSuccess", "id available writtenOff history { kind quantity reason }")} } }`,
  issue: `mutation TestIssue($donationId: ID!) { issueDonationReceipt(donationId: $donationId) { ${result("MutationIssueDonationReceiptSuccess", "id number year kind donationKind totalCents totalInWords donorName cancelledAt retainUntil pdfUrl")} } }`,
  collective: `mutation TestCollective($donorId: ID!, $from: String!, $to: String!) { issueCollectiveReceipt(donorId: $donorId, from: $from, to: $to) { ${result("MutationIssueCollectiveReceiptSuccess", "id number kind totalCents totalInWords donations { id amountCents }")} } }`,
  forYear: `mutation TestForYear($year: Int!) { issueReceiptsForYear(year: $year) { ${result("MutationIssueReceiptsForYearSuccess", "id year status total done skipped")} } }`,
  cancel: `mutation TestCancel($id: ID!, $reason: String!) { cancelReceipt(id: $id, reason: $reason) { ${result("MutationCancelReceiptSuccess", "id number cancelledAt cancelReason")} } }`,
};

export async function ok<T = Record<string, unknown>>(session: TestSession, doc: string, variables: Record<string, unknown>): Promise<T> {
  const r = await send(session, doc, variables);
  expect(r.__typename, JSON.stringify(r)).toMatch(/Success$/);
  return r.data as T;
}

export async function send(session: TestSession, doc: string, variables: Record<string, unknown>): Promise<Result> {
  const res = await session.gql<Record<string, Result>, Record<string, unknown>>(doc, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data!)[0]!;
}

let serial = 0;
export async function donor(session: TestSession, overrides: Record<string, unknown> = {}) {
  serial++;
  return ok<{ id: string; name: string }>(session, Docs.createDonor, {
    input: { kind: "PERSON", name: `Spender ${serial} Testfall`, address: `Teststraße ${serial}\n26121 Oldenburg`, email: `spender-${serial}@example.org`, ...overrides },
  });
}

export async function money(session: TestSession, donorId: string, amountCents: number, extra: Record<string, unknown> = {}) {
  return ok<{ id: string; status: string; body: string; donorYearTotalCents: number }>(session, Docs.money, {
    input: { donorId, amountCents, receivedOn: today(), method: "TRANSFER", waiverOfExpenses: false, ...extra },
  });
}

export async function accept(session: TestSession, donationId: string, reference = "Verfügung 1/2026") {
  return ok<{ id: string; status: string }>(session, Docs.accept, { input: { donationId, decidedOn: today(), reference } });
}

export async function acceptedMoney(session: TestSession, donorId: string, amountCents: number, extra: Record<string, unknown> = {}) {
  const d = await money(session, donorId, amountCents, extra);
  await accept(session, d.id);
  return d;
}

export async function categories(session: TestSession): Promise<Record<string, string>> {
  const res = await session.gql<{ goodsCategories: { id: string; name: string }[] }, Record<string, never>>(`query TestCategories { goodsCategories { id name } }`);
  return Object.fromEntries(res.data!.goodsCategories.map((c) => [c.name, c.id]));
}

export function item(categoryId: string, overrides: Record<string, unknown> = {}) {
  return { categoryId, description: "Winterjacke Kinder, Gr. 128, dunkelblau", quantity: 5, condition: "GOOD", age: "ca. 2 Jahre", valuePerItemCents: 1_500, valuationBasis: "MARKET_ESTIMATE", storageLocation: "Regal A1", ...overrides };
}

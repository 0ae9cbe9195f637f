// Reading the donations area's forms in their form actions: euros as typed
// become cents, and what is missing or not a number is named at its field
// before the API is asked (the same check the page makes before sending with
// JavaScript); the API checks the rest and names its own fields.
import { checked, optional, rows, text } from "$lib/forms/form-data";
import { formCheckErrors, type FormErrors } from "$lib/graphql/errors";
import { m } from "$lib/paraglide/messages.js";
import { parseEuroToCents } from "./format";
import { CONDITIONS, DONOR_KINDS, ORIGINS, PAYMENT_METHODS, VALUATION_BASES } from "./labels";

type Message = () => string;
export type Read<T> = { ok: true; input: T } | { ok: false; errors: FormErrors };

/** One of the allowed values, or the first (the API refuses nothing a select cannot send). */
function oneOf<T extends string>(values: readonly T[], value: string): T {
  return (values as readonly string[]).includes(value) ? (value as T) : values[0]!;
}

function checkedInput<T>(problems: Record<string, Message>, input: T): Read<T> {
  return Object.keys(problems).length > 0 ? { ok: false, errors: formCheckErrors(problems) } : { ok: true, input };
}

export const MONEY_FIELDS = ["donorId", "amountCents", "receivedOn", "method", "fundId", "waiverOfExpenses", "note"] as const;

/** The money donation form: the amount in euros ("1.234,56") becomes cents. */
export function moneyDonationInput(form: FormData) {
  const problems: Record<string, Message> = {};
  const donorId = text(form, "donorId");
  const amountCents = parseEuroToCents(text(form, "amountCents"));
  if (!donorId) problems.donorId = m.don_chooseDonor;
  if (amountCents === null) problems.amountCents = m.don_amountInvalid;
  return checkedInput(problems, {
    donorId,
    amountCents: amountCents ?? 0,
    receivedOn: text(form, "receivedOn"),
    method: oneOf(PAYMENT_METHODS, text(form, "method")),
    fundId: optional(form, "fundId"),
    waiverOfExpenses: checked(form, "waiverOfExpenses"),
    note: optional(form, "note"),
  });
}

const ITEM_FIELDS = ["categoryId", "description", "quantity", "condition", "age", "valuePerItemCents", "valuationBasis", "purchasePriceCents", "storageLocation"] as const;

/** The fields of a goods donation with `count` items that the API's errors can name. */
export function goodsFields(count: number): string[] {
  return ["donorId", "receivedOn", "goodsOrigin", "note", "items", ...Array.from({ length: count }, (_, i) => ITEM_FIELDS.map((f) => `items.${i}.${f}`)).flat()];
}

/** The goods donation form: its items come as `items.<i>.<field>`, values per item in euros. */
export function goodsDonationInput(form: FormData) {
  const problems: Record<string, Message> = {};
  const donorId = text(form, "donorId");
  if (!donorId) problems.donorId = m.don_chooseDonor;
  const items = rows(form, "items").map((item, i) => {
    const value = parseEuroToCents(item.valuePerItemCents ?? "");
    const purchaseText = item.purchasePriceCents ?? "";
    const purchase = purchaseText ? parseEuroToCents(purchaseText) : null;
    const quantity = /^\d+$/.test(item.quantity ?? "") ? Number(item.quantity) : null;
    if (!item.categoryId) problems[`items.${i}.categoryId`] = m.common_choose;
    if (!item.description) problems[`items.${i}.description`] = m.common_fillIn;
    if (quantity === null) problems[`items.${i}.quantity`] = m.don_quantityInvalid;
    if (value === null) problems[`items.${i}.valuePerItemCents`] = m.don_amountInvalid;
    if (purchaseText && purchase === null) problems[`items.${i}.purchasePriceCents`] = m.don_amountInvalid;
    if (!item.storageLocation) problems[`items.${i}.storageLocation`] = m.common_fillIn;
    return {
      categoryId: item.categoryId ?? "",
      description: item.description ?? "",
      quantity: quantity ?? 0,
      condition: oneOf(CONDITIONS, item.condition ?? ""),
      age: item.age || null,
      valuePerItemCents: value ?? 0,
      valuationBasis: oneOf(VALUATION_BASES, item.valuationBasis ?? ""),
      purchasePriceCents: purchase,
      storageLocation: item.storageLocation ?? "",
    };
  });
  return checkedInput(problems, {
    donorId,
    receivedOn: text(form, "receivedOn"),
    goodsOrigin: oneOf(ORIGINS, text(form, "goodsOrigin")),
    note: optional(form, "note"),
    items,
  });
}

export const DONOR_FIELDS = ["kind", "name", "address", "email"] as const;

/** The donor form: an anonymous donor has no name, address or email. */
export function donorInput(form: FormData) {
  const kind = oneOf(DONOR_KINDS, text(form, "kind"));
  const anonymous = kind === "ANONYMOUS";
  const name = text(form, "name");
  const problems: Record<string, Message> = {};
  if (!anonymous && !name) problems.name = m.common_fillIn;
  return checkedInput(problems, {
    kind,
    name: anonymous ? null : name,
    address: anonymous ? null : optional(form, "address"),
    email: anonymous ? null : optional(form, "email"),
  });
}

export const DECISION_FIELDS = ["decidedOn", "reference"] as const;

/** The acceptance decision: date and reference (the committee's decision) for one donation. */
export function decisionInput(form: FormData) {
  const reference = text(form, "reference");
  const problems: Record<string, Message> = {};
  if (!reference) problems.reference = m.don_referenceRequired;
  return checkedInput(problems, { donationId: text(form, "donationId"), decidedOn: text(form, "decidedOn"), reference });
}

export const DISBURSE_FIELDS = ["amountCents", "paidOn", "purpose", "recipient", "familyName", "approvedBy"] as const;

/** A payment out of a fund: the amount in euros becomes cents; purpose, recipient and who approved are needed. */
export function disburseInput(form: FormData) {
  const problems: Record<string, Message> = {};
  const amountCents = parseEuroToCents(text(form, "amountCents"));
  const purpose = text(form, "purpose");
  const recipient = text(form, "recipient");
  const approvedBy = text(form, "approvedBy");
  if (amountCents === null) problems.amountCents = m.don_amountInvalid;
  if (!purpose) problems.purpose = m.common_fillIn;
  if (!recipient) problems.recipient = m.common_fillIn;
  if (!approvedBy) problems.approvedBy = m.common_fillIn;
  return checkedInput(problems, { fundId: text(form, "fundId"), amountCents: amountCents ?? 0, paidOn: text(form, "paidOn"), purpose, recipient, approvedBy });
}

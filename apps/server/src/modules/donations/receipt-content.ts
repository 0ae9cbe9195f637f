// What an issued Zuwendungsbestätigung states, frozen when it is issued and
// printed from this alone: a later change of the donor's address, a fund's
// purpose or the organisation's settings never changes an issued receipt.
// The wording follows the BMF's Muster for inländische juristische Personen des
// öffentlichen Rechts oder inländische öffentliche Dienststellen (render/receipt.ts).
import { z } from "zod";

const item = z.object({
  category: z.string(),
  description: z.string(),
  quantity: z.number().int(),
  condition: z.string(),
  age: z.string(),
  valuePerItemCents: z.number().int(),
  purchasePriceCents: z.number().int().nullable(),
  valuationBasis: z.string(),
});

const line = z.object({
  date: z.string(),
  /** "Geldzuwendung" (a Kommune has no members, so never "Mitgliedsbeitrag"). */
  type: z.string(),
  waiverOfExpenses: z.boolean(),
  amountCents: z.number().int(),
});

export const ReceiptContentSchema = z.object({
  /** Which BMF template and version the wording follows. */
  template: z.string(),
  kind: z.enum(["SINGLE", "COLLECTIVE"]),
  donationKind: z.enum(["MONEY", "GOODS"]),
  number: z.string(),
  issuer: z.object({ name: z.string(), address: z.string() }),
  donor: z.object({ name: z.string(), address: z.string() }),
  totalCents: z.number().int(),
  totalInWords: z.string(),
  /** Single: the day of the gift; collective: the period. */
  date: z.string().nullable(),
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  waiverOfExpenses: z.boolean().nullable(),
  purpose: z.string(),
  place: z.string(),
  issuedOn: z.string(),
  issuerPerson: z.string(),
  goods: z
    .object({
      items: z.array(item),
      origin: z.enum(["PRIVATE", "BUSINESS", "UNKNOWN"]),
      valuationDocuments: z.boolean(),
    })
    .nullable(),
  lines: z.array(line),
});

export type ReceiptContent = z.infer<typeof ReceiptContentSchema>;

/** The version of the BMF template this wording follows (printed nowhere; stored with each receipt). */
export const RECEIPT_TEMPLATE = "BMF-Muster jPöR (BMF-Schreiben vom 7.11.2013, BStBl I S. 1333, mit Änderungen vom 26.3.2014, BStBl I S. 791)";

/** "2026-000123": the year and the gapless sequence of the organisation. */
export const receiptNumber = (year: number, sequence: number) => `${year}-${String(sequence).padStart(6, "0")}`;

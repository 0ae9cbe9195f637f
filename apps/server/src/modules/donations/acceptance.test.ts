// Which body accepts a donation (Niedersachsen defaults: 100 € and 2,000 €),
// by the donor's total in the budget year including the gift.
import { describe, expect, it } from "vitest";
import { readSettings } from "../organizations/index.ts";
import { acceptanceBodyFor, bodiesBelow, budgetYearOf } from "./acceptance.ts";

const defaults = readSettings({}).donations;

describe("acceptance body", () => {
  it("has the Niedersachsen defaults", () => {
    expect(defaults).toMatchObject({ acceptanceByMayorUpToCents: 10_000, acceptanceByCommitteeUpToCents: 200_000, receiptRetentionYears: 10, simplifiedProofLimitCents: 30_000 });
  });

  it.each([
    [1, "HEAD_OF_ADMINISTRATION"],
    [10_000, "HEAD_OF_ADMINISTRATION"],
    [10_001, "COMMITTEE"],
    [200_000, "COMMITTEE"],
    [200_001, "COUNCIL"],
  ])("a year total of %i cents goes to %s", (total, body) => {
    expect(acceptanceBodyFor(total, defaults)).toBe(body);
  });

  it("follows the organisation's own thresholds", () => {
    expect(acceptanceBodyFor(5_000, { acceptanceByMayorUpToCents: 0, acceptanceByCommitteeUpToCents: 5_000 })).toBe("COMMITTEE");
  });

  it("names the lower bodies and the budget year", () => {
    expect(bodiesBelow("COUNCIL")).toEqual(["HEAD_OF_ADMINISTRATION", "COMMITTEE"]);
    expect(bodiesBelow("HEAD_OF_ADMINISTRATION")).toEqual([]);
    expect(budgetYearOf("2026-12-31")).toBe(2026);
  });
});

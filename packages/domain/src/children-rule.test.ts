import { describe, expect, it } from "vitest";
import { approvalBlock, childrenAnswerFlag, clearedForChildren, parseChildrenAnswer } from "./children-rule.ts";

describe("approving a volunteer and work with children (§ 72a SGB VIII)", () => {
  it("a valid or expiring certificate without a relevant entry clears them", () => {
    expect(clearedForChildren({ state: "VALID", hasRelevantEntry: false })).toBe(true);
    expect(clearedForChildren({ state: "EXPIRING", hasRelevantEntry: false })).toBe(true);
    expect(clearedForChildren({ state: "VALID", hasRelevantEntry: true })).toBe(false);
    expect(clearedForChildren({ state: "EXPIRED", hasRelevantEntry: false })).toBe(false);
    expect(clearedForChildren({ state: "MISSING", hasRelevantEntry: false })).toBe(false);
  });

  it("without one, the approval waits for the answer, is refused for work with children, and goes ahead otherwise", () => {
    const missing = { state: "MISSING", hasRelevantEntry: false } as const;
    expect(approvalBlock(missing, null)).toBe("unanswered");
    expect(approvalBlock(missing, true)).toBe("needsCertificate");
    expect(approvalBlock(missing, false)).toBeNull();
    expect(approvalBlock({ state: "VALID", hasRelevantEntry: false }, null)).toBeNull();
  });

  it("reads only yes and no as answers", () => {
    expect(parseChildrenAnswer("yes")).toBe("yes");
    expect(parseChildrenAnswer("no")).toBe("no");
    expect(parseChildrenAnswer("")).toBeNull();
    expect(parseChildrenAnswer("vielleicht")).toBeNull();
    expect([childrenAnswerFlag("yes"), childrenAnswerFlag("no"), childrenAnswerFlag(null)]).toEqual([true, false, null]);
  });
});

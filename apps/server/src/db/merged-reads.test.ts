import { describe, expect, it } from "vitest";
import { mergeSelects } from "./merged-reads.ts";

describe("merging the selects of one row read in one request", () => {
  it("unites columns, relations and counts", () => {
    expect(
      mergeSelects(
        { id: true, offersInterpreting: true, _count: { select: { interpreterRequests: { where: { status: "ASSIGNED" } } } } },
        { id: true, enrolments: { select: { id: true }, orderBy: { appliedAt: "desc" } }, _count: { select: { tandems: { where: { status: "PROPOSED" } } } } },
      ),
    ).toEqual({
      id: true,
      offersInterpreting: true,
      enrolments: { select: { id: true }, orderBy: { appliedAt: "desc" } },
      _count: { select: { interpreterRequests: { where: { status: "ASSIGNED" } }, tandems: { where: { status: "PROPOSED" } } } },
    });
  });

  it("unites the columns of one relation read with the same arguments", () => {
    expect(mergeSelects({ tandems: { select: { id: true }, where: { status: "ACTIVE" } } }, { tandems: { select: { status: true }, where: { status: "ACTIVE" } } })).toEqual({
      tandems: { select: { id: true, status: true }, where: { status: "ACTIVE" } },
    });
  });

  it("takes one relation asked for twice alike, in any form", () => {
    expect(mergeSelects({ tandems: { include: { family: true } } }, { tandems: { include: { family: true } } })).toEqual({ tandems: { include: { family: true } } });
    expect(mergeSelects({ hourLogs: { select: { id: true }, take: 3 } }, { hourLogs: { select: { id: true }, take: 3 } })).toEqual({ hourLogs: { select: { id: true }, take: 3 } });
  });

  it("refuses one relation with other filters, ordering or paging, or as include and select", () => {
    expect(mergeSelects({ tandems: { select: { id: true }, where: { status: "ACTIVE" } } }, { tandems: { select: { id: true }, where: { status: "PROPOSED" } } })).toBeNull();
    expect(mergeSelects({ hourLogs: { select: { id: true }, take: 3 } }, { hourLogs: { select: { id: true } } })).toBeNull();
    expect(mergeSelects({ tandems: { include: { family: true } } }, { tandems: { select: { id: true } } })).toBeNull();
    expect(mergeSelects({ tandems: true }, { tandems: { select: { id: true } } })).toBeNull();
  });
});

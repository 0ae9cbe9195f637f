import { describe, expect, it } from "vitest";
import { auditCsvHref, auditFilter, auditPageHref, auditVerifyHref, invalidDates, parseAuditParams } from "./audit-params";

describe("audit log parameters", () => {
  it("turns the URL into the query's filter and back into links", () => {
    const p = parseAuditParams(new URLSearchParams("personEmail=%20a@b.de%20&from=2026-01-01&after=abc&entityType="));
    expect(auditFilter(p)).toEqual({ personEmail: "a@b.de", from: "2026-01-01" });
    expect(auditPageHref(p, { after: "xyz" })).toBe("/admin/protokoll?personEmail=a%40b.de&from=2026-01-01&after=xyz");
    expect(auditVerifyHref(p)).toBe("/admin/protokoll?personEmail=a%40b.de&from=2026-01-01&verify=1");
    expect(auditCsvHref(p)).toBe("/exports/audit-log.csv?personEmail=a%40b.de&from=2026-01-01");
  });

  it("keeps a malformed date out of the query and the export, and names it", () => {
    const p = parseAuditParams(new URLSearchParams("from=2026-02-30&to=2026-03-01"));
    expect(invalidDates(p)).toEqual(["from"]);
    expect(auditFilter(p)).toEqual({ to: "2026-03-01" });
    expect(auditCsvHref(p)).toBe("/exports/audit-log.csv?to=2026-03-01");
  });

  it("has no filter and plain links without parameters", () => {
    const p = parseAuditParams(new URLSearchParams(""));
    expect(auditFilter(p)).toBeNull();
    expect(auditPageHref(p, {})).toBe("/admin/protokoll");
    expect(auditPageHref(p, { before: "c" })).toBe("/admin/protokoll?before=c");
  });
});

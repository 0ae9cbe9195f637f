import { describe, expect, it } from "vitest";
import { catalogueHref, catalogueVariables, overviewHref, overviewVariables, parseCatalogueParams, parseOverviewParams } from "./list-params";

describe("catalogue parameters", () => {
  it("pages by cursor", () => {
    const p = parseCatalogueParams(new URLSearchParams("after=abc"));
    expect(catalogueVariables(p)).toEqual({ first: 20, after: "abc" });
    expect(catalogueHref(p, { before: "xyz" })).toBe("/kurse?before=xyz");
    expect(catalogueVariables(parseCatalogueParams(new URLSearchParams("before=b&size=5")))).toEqual({ last: 5, before: "b" });
  });
});

describe("cohort list parameters", () => {
  it("filters by a known status and ignores anything else", () => {
    expect(overviewVariables(parseOverviewParams(new URLSearchParams("status=OPEN")))).toEqual({ first: 20, after: null, filter: { status: "OPEN" } });
    expect(overviewVariables(parseOverviewParams(new URLSearchParams("status=DELETED")))).toEqual({ first: 20, after: null, filter: null });
    expect(overviewHref(parseOverviewParams(new URLSearchParams("status=RUNNING")), { after: "c" })).toBe("/kursleitung?status=RUNNING&after=c");
    expect(overviewHref(parseOverviewParams(new URLSearchParams("")), {})).toBe("/kursleitung");
    expect(overviewVariables(parseOverviewParams(new URLSearchParams("mine=1&status=OPEN")))).toEqual({ first: 20, after: null, filter: { status: "OPEN", taughtByMe: true } });
    expect(overviewHref(parseOverviewParams(new URLSearchParams("mine=1")), { after: "c" })).toBe("/kursleitung?mine=1&after=c");
    // The trainers' start-page counts link here with what the cohorts need; an unknown need is ignored.
    expect(overviewVariables(parseOverviewParams(new URLSearchParams("mine=1&needs=ATTENDANCE")))).toEqual({ first: 20, after: null, filter: { taughtByMe: true, needs: "ATTENDANCE" } });
    expect(overviewHref(parseOverviewParams(new URLSearchParams("mine=1&needs=SESSION_TODAY")), {})).toBe("/kursleitung?mine=1&needs=SESSION_TODAY");
    expect(parseOverviewParams(new URLSearchParams("needs=EVERYTHING")).needs).toBeNull();
  });
});

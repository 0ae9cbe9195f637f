import { describe, expect, it } from "vitest";
import {
  isGlobalIdOf,
  myHoursHref,
  parseMyHoursParams,
  parseReviewQueueParams,
  parseVolunteersParams,
  reviewQueueHref,
  reviewQueueVariables,
  volunteersHref,
  volunteersVariables,
} from "./list-params";

describe("volunteers list parameters", () => {
  it("turns the URL into the filter and ignores unknown values", () => {
    const p = parseVolunteersParams(new URLSearchParams("search=%20ley%20&status=APPROVED&language=AR&interpreter=yes&certificate=NOPE&topic=VG9waWM6MQ%3D%3D"));
    expect(volunteersVariables(p)).toEqual({
      first: 20,
      after: null,
      filter: { search: "ley", status: "APPROVED", languageCode: "ar", interpreter: true, topicId: "VG9waWM6MQ==" },
    });
  });

  it("asks for no filter when there is none, and pages backwards with before", () => {
    expect(volunteersVariables(parseVolunteersParams(new URLSearchParams()))).toEqual({ first: 20, after: null, filter: null });
    const back = parseVolunteersParams(new URLSearchParams("before=abc&interpreter=no&size=5"));
    expect(volunteersVariables(back)).toEqual({ last: 5, before: "abc", filter: { interpreter: false } });
  });

  it("drops values that cannot be IDs or codes", () => {
    const p = parseVolunteersParams(new URLSearchParams("language=arabic&district=<script>&status=approved"));
    expect(p.language).toBeNull();
    expect(p.district).toBeNull();
    expect(p.status).toBeNull();
  });

  it("builds links that keep the filter", () => {
    const p = parseVolunteersParams(new URLSearchParams("search=a b&certificate=EXPIRED"));
    expect(volunteersHref(p, { after: "c1" })).toBe("/koordination/ehrenamtliche?search=a+b&certificate=EXPIRED&after=c1");
    expect(volunteersHref(parseVolunteersParams(new URLSearchParams()), {})).toBe("/koordination/ehrenamtliche");
  });
});

describe("review queue parameters", () => {
  it("always asks for pending entries, with volunteer and period when given", () => {
    const p = parseReviewQueueParams(new URLSearchParams("volunteer=Vm9sOjE%3D&from=2026-01-01&to=2026-13-01&year=2025"), 2026);
    expect(reviewQueueVariables(p)).toEqual({
      first: 20,
      after: null,
      filter: { status: "PENDING", volunteerId: "Vm9sOjE=", from: "2026-01-01" },
      year: 2025,
    });
  });

  it("keeps the filter in page links and leaves out the current year", () => {
    const p = parseReviewQueueParams(new URLSearchParams("from=2026-01-01"), 2026);
    expect(reviewQueueHref(p, { before: "x" }, 2026)).toBe("/koordination/stunden?from=2026-01-01&before=x");
  });
});

describe("my hours parameters", () => {
  it("reads the summary year and the page", () => {
    const p = parseMyHoursParams(new URLSearchParams("year=2025&after=c"), 2026);
    expect(p).toMatchObject({ year: 2025, after: "c", before: null });
    expect(myHoursHref(p, { after: "d" }, 2026)).toBe("/ehrenamt/stunden?year=2025&after=d");
    expect(myHoursHref(p, { after: "d", edit: "h1" }, 2026)).toBe("/ehrenamt/stunden?year=2025&after=d&edit=h1");
    expect(myHoursHref(p, { delete: "h2" }, 2026)).toBe("/ehrenamt/stunden?year=2025&delete=h2");
  });
});

describe("global IDs", () => {
  it("recognises a volunteer's ID and refuses anything else", () => {
    const id = btoa("Volunteer:cb9d9c01-4dc6-4f35-b12e-f646eaacdbd8");
    expect(isGlobalIdOf("Volunteer", id)).toBe(true);
    expect(isGlobalIdOf("HourLog", id)).toBe(false);
    expect(isGlobalIdOf("Volunteer", btoa("Volunteer:nope"))).toBe(false);
    expect(isGlobalIdOf("Volunteer", "garbage!")).toBe(false);
  });
});

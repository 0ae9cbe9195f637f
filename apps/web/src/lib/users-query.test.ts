import { describe, expect, it } from "vitest";
import { parseUsersParams, usersHref, usersVariables } from "./users-query";

describe("users list parameters", () => {
  it("reads filters and ignores unknown values", () => {
    const p = parseUsersParams(new URLSearchParams("search=%20anna%20&role=ADMIN&status=NOPE"));
    expect(p).toEqual({ search: "anna", role: "ADMIN", status: null, after: null, before: null });
  });

  it("pages forward with first/after and backward with last/before", () => {
    const p = parseUsersParams(new URLSearchParams("after=abc"));
    expect(usersVariables(p, 20)).toEqual({ first: 20, after: "abc", filter: null });
    const back = parseUsersParams(new URLSearchParams("before=xyz&status=INVITED"));
    expect(usersVariables(back, 20)).toEqual({ last: 20, before: "xyz", filter: { status: "INVITED" } });
  });

  it("builds links that keep the filter", () => {
    const p = parseUsersParams(new URLSearchParams("search=a b&role=TRAINER"));
    expect(usersHref(p, { after: "c1" })).toBe("/admin/users?search=a+b&role=TRAINER&after=c1");
    expect(usersHref(parseUsersParams(new URLSearchParams()), {})).toBe("/admin/users");
  });
});

import { describe, expect, it } from "vitest";
import { parseUsersParams, usersHref, usersVariables } from "./users-query";

describe("users list parameters", () => {
  it("reads filters and ignores unknown values", () => {
    const p = parseUsersParams(new URLSearchParams("search=%20anna%20&role=ADMIN&status=NOPE"));
    expect(p).toEqual({ search: "anna", role: "ADMIN", status: null, after: null, before: null, size: null });
  });

  it("pages forward with first/after and backward with last/before", () => {
    const p = parseUsersParams(new URLSearchParams("after=abc"));
    expect(usersVariables(p)).toEqual({ first: 20, after: "abc", filter: null });
    const back = parseUsersParams(new URLSearchParams("before=xyz&status=INVITED&size=5"));
    expect(usersVariables(back)).toEqual({ last: 5, before: "xyz", filter: { status: "INVITED" } });
  });

  it("keeps the page size within bounds", () => {
    expect(parseUsersParams(new URLSearchParams("size=1")).size).toBe(2);
    expect(parseUsersParams(new URLSearchParams("size=5000")).size).toBe(100);
    expect(parseUsersParams(new URLSearchParams("size=abc")).size).toBeNull();
  });

  it("builds links that keep the filter", () => {
    const p = parseUsersParams(new URLSearchParams("search=a b&role=TRAINER&size=10"));
    expect(usersHref(p, { after: "c1" })).toBe("/admin/users?search=a+b&role=TRAINER&size=10&after=c1");
    expect(usersHref(parseUsersParams(new URLSearchParams()), {})).toBe("/admin/users");
  });
});

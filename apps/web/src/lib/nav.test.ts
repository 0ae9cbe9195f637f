import { describe, expect, it } from "vitest";
import { isPublicPath, loginUrl, navFor, safeNext } from "./nav";

describe("safeNext", () => {
  it("keeps paths on this site", () => {
    expect(safeNext("/admin/users?role=ADMIN")).toBe("/admin/users?role=ADMIN");
  });

  it("rejects other sites and odd input", () => {
    for (const bad of [null, "", "https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/a\nb"]) {
      expect(safeNext(bad)).toBe("/");
    }
  });
});

describe("guards", () => {
  it("knows the public pages", () => {
    expect(isPublicPath("/login")).toBe(true);
    expect(isPublicPath("/reset-password/")).toBe(true);
    expect(isPublicPath("/")).toBe(false);
    expect(isPublicPath("/admin/users")).toBe(false);
  });

  it("sends visitors back where they came from", () => {
    expect(loginUrl("/admin/users", "?status=ACTIVE")).toBe("/login?next=%2Fadmin%2Fusers%3Fstatus%3DACTIVE");
    expect(loginUrl("/", "")).toBe("/login");
  });

  it("shows user management only to admins", () => {
    expect(navFor(["VOLUNTEER"]).map((i) => i.href)).toEqual(["/", "/account"]);
    expect(navFor(["ADMIN", "TRAINER"]).map((i) => i.href)).toEqual(["/", "/admin/users", "/account"]);
  });
});

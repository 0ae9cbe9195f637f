import { describe, expect, it } from "vitest";
import { isPublicPath, loginUrl, navFor, safeNext, signUpPath } from "./nav";

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
    expect(isPublicPath("/verify-email")).toBe(true);
    expect(isPublicPath("/o/oldenburg/mitmachen")).toBe(true);
    expect(isPublicPath("/o/oldenburg/mitmachen/")).toBe(true);
    expect(isPublicPath("/o/oldenburg/other")).toBe(false);
    expect(isPublicPath("/o/a/b/mitmachen")).toBe(false);
    expect(isPublicPath("/ehrenamt")).toBe(false);
  });

  it("links the sign-up page of an organisation", () => {
    expect(signUpPath("oldenburg")).toBe("/o/oldenburg/mitmachen");
  });

  it("sends visitors back where they came from", () => {
    expect(loginUrl("/admin/users", "?status=ACTIVE")).toBe("/login?next=%2Fadmin%2Fusers%3Fstatus%3DACTIVE");
    expect(loginUrl("/", "")).toBe("/login");
  });

  it("shows user management and the organisation's settings only to admins", () => {
    expect(navFor(["TRAINER"]).map((i) => i.href)).toEqual(["/", "/kursleitung", "/account"]);
    expect(navFor(["ADMIN", "TRAINER"]).map((i) => i.href)).toEqual(["/", "/kursleitung", "/admin/users", "/admin/einstellungen", "/account"]);
    expect(navFor(["COORDINATOR"]).map((i) => i.href)).not.toContain("/admin/einstellungen");
  });

  it("shows the volunteer and coordinator pages by role", () => {
    expect(navFor(["VOLUNTEER"]).map((i) => i.href)).toEqual(["/", "/ehrenamt", "/kurse", "/account"]);
    expect(navFor(["COORDINATOR"]).map((i) => i.href)).toEqual(["/", "/koordination/ehrenamtliche", "/koordination/stunden", "/kursleitung", "/account"]);
    expect(navFor(["COORDINATOR", "VOLUNTEER"]).map((i) => i.href)).toContain("/ehrenamt");
  });

  it("links the course pages: the catalogue for volunteers, course management for trainers (coordinators read along)", () => {
    expect(navFor(["VOLUNTEER"]).map((i) => i.href)).toContain("/kurse");
    expect(navFor(["TRAINER"]).map((i) => i.href)).not.toContain("/kurse");
    expect(navFor(["TRAINER", "COORDINATOR"]).filter((i) => i.href === "/kursleitung")).toHaveLength(1);
  });
});

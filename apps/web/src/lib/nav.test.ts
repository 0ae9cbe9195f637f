import { describe, expect, it } from "vitest";
// Public pages and pages by role are tested in @lotse/domain (paths.test.ts).
import { loginUrl, safeNext } from "./nav";

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

describe("sign-in redirects", () => {
  it("sends visitors back where they came from", () => {
    expect(loginUrl("/admin/users", "?status=ACTIVE")).toBe("/login?next=%2Fadmin%2Fusers%3Fstatus%3DACTIVE");
    expect(loginUrl("/", "")).toBe("/login");
  });
});

import { describe, expect, it } from "vitest";
import { START_PAGE_LINKS } from "./page-links.ts";
import { acceptInvitationPath, isPublicPath, leavesArea, navFor, resetPasswordPath, signUpPath, verifyEmailPath } from "./paths.ts";
import { ROLES, sortRoles } from "./roles.ts";

describe("public pages", () => {
  it("knows the public pages", () => {
    expect(isPublicPath("/login")).toBe(true);
    expect(isPublicPath("/reset-password/")).toBe(true);
    expect(isPublicPath("/")).toBe(false);
    expect(isPublicPath("/admin/users")).toBe(false);
    expect(isPublicPath("/verify-email")).toBe(true);
    expect(isPublicPath("/accept-invitation")).toBe(true);
    expect(isPublicPath("/o/oldenburg/mitmachen")).toBe(true);
    expect(isPublicPath("/o/oldenburg/mitmachen/")).toBe(true);
    expect(isPublicPath("/o/oldenburg/other")).toBe(false);
    expect(isPublicPath("/o/a/b/mitmachen")).toBe(false);
    expect(isPublicPath("/nachweis/pruefen/A5TXHQEX34TZ5QM4Q182")).toBe(true);
    expect(isPublicPath("/nachweis/pruefen")).toBe(false);
    expect(isPublicPath("/nachweise/x.pdf")).toBe(false);
    expect(isPublicPath("/ehrenamt")).toBe(false);
  });

  it("builds the links the emails carry", () => {
    expect(signUpPath("oldenburg")).toBe("/o/oldenburg/mitmachen");
    expect(resetPasswordPath("a+b/c")).toBe("/reset-password?token=a%2Bb%2Fc");
    expect(resetPasswordPath("t", { invite: true })).toBe("/reset-password?token=t&invite=1");
    expect(verifyEmailPath("t=")).toBe("/verify-email?token=t%3D");
    expect(acceptInvitationPath("t=")).toBe("/accept-invitation?token=t%3D");
    expect(isPublicPath(resetPasswordPath("t").split("?")[0]!)).toBe(true);
  });
});

describe("pages by role", () => {
  it("shows user management, the organisation's settings and the audit log only to admins", () => {
    expect(navFor(["TRAINER"]).map((i) => i.href)).toEqual(["/", "/kursleitung", "/account"]);
    expect(navFor(["ADMIN", "TRAINER"]).map((i) => i.href)).toEqual(["/", "/kursleitung", "/berichte", "/admin/users", "/admin/einstellungen", "/admin/protokoll", "/admin/datenschutz", "/account"]);
    expect(navFor(["COORDINATOR"]).map((i) => i.href)).not.toContain("/admin/einstellungen");
    expect(navFor(["COORDINATOR"]).map((i) => i.href)).not.toContain("/admin/protokoll");
    expect(navFor(["COORDINATOR"]).map((i) => i.href)).not.toContain("/admin/datenschutz");
  });

  it("shows the volunteer and coordinator pages by role", () => {
    expect(navFor(["VOLUNTEER"]).map((i) => i.href)).toEqual(["/", "/ehrenamt", "/kurse", "/account"]);
    expect(navFor(["COORDINATOR"]).map((i) => i.href)).toEqual([
      "/",
      "/koordination/ehrenamtliche",
      "/koordination/stunden",
      "/koordination/familien",
      "/koordination/tandems",
      "/koordination/tandems/vorschlaege",
      "/koordination/sprachmittlung",
      "/kursleitung",
      "/koordination/spenden",
      "/berichte",
      "/account",
    ]);
    expect(navFor(["TRAINER", "COORDINATOR"]).filter((i) => i.href === "/kursleitung")).toHaveLength(1);
  });

  it("shows the Schuleinstiegsberatung to counsellors only, and their part of the Integrationsmonitor", () => {
    expect(navFor(["COUNSELLOR"]).map((i) => i.href)).toEqual(["/", "/beratung", "/beratung/kinder", "/berichte", "/account"]);
    expect(navFor(["COORDINATOR", "ADMIN"]).map((i) => i.href)).not.toContain("/beratung");
  });

  it("links from the start page only to pages the role's navigation shows", () => {
    for (const role of ROLES) {
      const reachable = new Set<string>(navFor([role]).map((i) => i.href));
      for (const link of START_PAGE_LINKS[role]) expect(reachable.has(link.href) || link.href.startsWith("/ehrenamt/"), `${role} ${link.href}`).toBe(true);
    }
  });

  it("lists roles in one order", () => {
    expect(sortRoles(["VOLUNTEER", "TRAINER", "ADMIN", "TRAINER"])).toEqual(["ADMIN", "TRAINER", "VOLUNTEER"]);
    expect(sortRoles(["TRAINER", "COUNSELLOR"])).toEqual(["COUNSELLOR", "TRAINER"]);
  });
});

describe("leavesArea", () => {
  it("starts over on the start page when the new organisation lacks the area's role", () => {
    expect(leavesArea("/admin/benutzer", ["COORDINATOR"])).toBe(true);
    expect(leavesArea("/ehrenamt/stunden?page=2", ["COORDINATOR"])).toBe(true);
    expect(leavesArea("/ehrenamt", ["VOLUNTEER"])).toBe(false);
    expect(leavesArea("/admin", ["ADMIN"])).toBe(false);
    expect(leavesArea("/koordination/ehrenamtliche", ["VOLUNTEER"])).toBe(false);
  });
});

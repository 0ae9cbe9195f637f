import { describe, expect, it } from "vitest";
import { AVAILABILITY_TIME, isWebUrl, LANGUAGE_CODE, minutesOfDay, PHONE, SETTINGS, within, YEAR_RANGE } from "./bounds.ts";

describe("shapes", () => {
  it("accepts only absolute web addresses", () => {
    for (const ok of ["https://meet.example/x", "HTTPS://A.B", "http://localhost:8080/x?y#z"]) expect(isWebUrl(ok), ok).toBe(true);
    for (const bad of ["http:example.com", "https://", "ftp://x", "javascript:alert(1)", "https://exa mple.com", "meet.example"]) expect(isWebUrl(bad), bad).toBe(false);
  });

  it("reads availability times up to midnight", () => {
    expect(AVAILABILITY_TIME.test("08:30")).toBe(true);
    expect(AVAILABILITY_TIME.test("24:00")).toBe(true);
    expect(AVAILABILITY_TIME.test("24:30")).toBe(false);
    expect(AVAILABILITY_TIME.test("8:30")).toBe(false);
    expect(minutesOfDay("24:00")).toBe(1440);
    expect(minutesOfDay("08:30")).toBe(510);
  });

  it("knows language codes and phone numbers", () => {
    expect(LANGUAGE_CODE.test("uk")).toBe(true);
    expect(LANGUAGE_CODE.test("ukr")).toBe(false);
    expect(PHONE.test("+49 (441) 235-0/1")).toBe(true);
    expect(PHONE.test("0441 abc")).toBe(false);
  });

  it("allows one Ehrenamtspauschale limit per accepted year", () => {
    expect(SETTINGS.pauschaleLimitsMax).toBe(101);
    expect(within(2100, YEAR_RANGE)).toBe(true);
    expect(within(1999, YEAR_RANGE)).toBe(false);
    expect(within(2000.5, YEAR_RANGE)).toBe(false);
  });
});

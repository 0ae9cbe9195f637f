import { describe, expect, it } from "vitest";
import { allowance, cohort, course, email, isoDate, profile, session, settings } from "./schemas.ts";

const issues = (result: { success: boolean; error?: { issues: { message: string }[] } }) => (result.success ? [] : result.error!.issues.map((i) => i.message));

describe("schemas", () => {
  it("answers with the API's message keys", () => {
    expect(issues(course.title.safeParse("   "))).toEqual(["validation.required"]);
    expect(issues(course.title.safeParse("x".repeat(201)))).toEqual(["validation.tooLong"]);
    expect(issues(cohort.capacity.safeParse(501))).toEqual(["validation.range"]);
    expect(issues(cohort.feeCents.safeParse(2.5))).not.toEqual([]);
    expect(issues(allowance.amountCents.safeParse(0))).toEqual(["validation.positive"]);
    expect(issues(settings.pauschaleYear.safeParse(1999))).toEqual(["settings.yearRange"]);
    expect(issues(email.safeParse("no-at-sign"))).toEqual(["validation.email"]);
    expect(issues(profile.weekday.safeParse(8))).toEqual(["validation.weekday"]);
  });

  it("checks calendar dates and web addresses", () => {
    expect(isoDate.safeParse("2026-02-28").success).toBe(true);
    expect(issues(isoDate.safeParse("2026-02-30"))).toEqual(["date.invalid"]);
    expect(session.onlineUrl.safeParse(" https://meet.example/a ").success).toBe(true);
    expect(issues(session.onlineUrl.safeParse("javascript:alert(1)"))).toEqual(["validation.url"]);
  });
});

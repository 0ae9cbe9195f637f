import { describe, expect, it } from "vitest";
import { attendanceHref, certificateHref, cohortIcsHref, managedCohortHref, volunteerCohortHref } from "./links";

describe("training links", () => {
  it("links the certificate PDF by its global ID, encoded for the path", () => {
    expect(certificateHref("Q2VydGlmaWNhdGU6YWJj")).toBe("/certificates/Q2VydGlmaWNhdGU6YWJj.pdf");
    expect(certificateHref("a/b+c=")).toBe("/certificates/a%2Fb%2Bc%3D.pdf");
  });

  it("keeps only the API's own ICS paths", () => {
    expect(cohortIcsHref("/calendar/cohorts/Q29ob3J0OmFi-_.ics")).toBe("/calendar/cohorts/Q29ob3J0OmFi-_.ics");
    expect(cohortIcsHref("https://evil.example/x.ics")).toBeNull();
    expect(cohortIcsHref("/calendar/cohorts/../x.ics")).toBeNull();
  });

  it("builds page paths", () => {
    expect(volunteerCohortHref("Q29ob3J0Og==")).toBe("/kurse/Q29ob3J0Og%3D%3D");
    expect(managedCohortHref("abc")).toBe("/kursleitung/kurse/abc");
    expect(attendanceHref("abc", "s1")).toBe("/kursleitung/kurse/abc/termine/s1");
  });
});

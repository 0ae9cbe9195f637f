import { describe, expect, it } from "vitest";
import { hoursCsvHref, nachweisPdfHref, nachweisVerificationPath, periodProblem } from "./links";

describe("download links", () => {
  it("points at the API's routes through this origin", () => {
    expect(nachweisPdfHref("TmFjaHdlaXM6YWI=")).toBe("/nachweise/TmFjaHdlaXM6YWI%3D.pdf");
    expect(nachweisVerificationPath("A5TXHQEX34TZ5QM4Q182")).toBe("/nachweis/pruefen/A5TXHQEX34TZ5QM4Q182");
    expect(hoursCsvHref({ from: "2026-01-01", to: "2026-03-31" })).toBe("/exports/hours.csv?from=2026-01-01&to=2026-03-31");
  });

  it("names what is wrong with a period", () => {
    expect(periodProblem({ from: "2026-01-01", to: "2026-01-01" })).toBeNull();
    expect(periodProblem({ from: "", to: "2026-01-01" })).toBe("from");
    expect(periodProblem({ from: "2026-01-01", to: "2026-02-30" })).toBe("to");
    expect(periodProblem({ from: "2026-02-01", to: "2026-01-01" })).toBe("order");
  });
});

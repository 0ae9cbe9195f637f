import { describe, expect, it } from "vitest";
import { kmBetween } from "./geo.ts";

describe("kmBetween", () => {
  it("is zero for one place and symmetric", () => {
    const a = { lat: 53.14, lon: 8.21 };
    const b = { lat: 53.14, lon: 8.36 };
    expect(kmBetween(a, a)).toBe(0);
    expect(kmBetween(a, b)).toBeCloseTo(kmBetween(b, a), 9);
  });
  it("measures 0.15° of longitude at Oldenburg's latitude as about 10 km", () => {
    expect(kmBetween({ lat: 53.14, lon: 8.21 }, { lat: 53.14, lon: 8.36 })).toBeCloseTo(10.03, 1);
  });
});

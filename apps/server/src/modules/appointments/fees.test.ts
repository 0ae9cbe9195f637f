// Interpreter fees from the Oldenburg tariff (the default settings): 20 € for
// the first hour, 5 € for each further started half hour; travel per km; a
// late cancellation costs the cancellation fee instead.
import { describe, expect, it } from "vitest";
import { readSettings } from "../organizations/settings.ts";
import { cancellationFee, interpretingFee, tariffOf } from "./fees.ts";

const oldenburg = tariffOf(readSettings({}));

describe("interpreter fees", () => {
  it.each([
    [45, 2_000],
    [60, 2_000],
    [61, 2_500],
    [91, 3_000],
    [120, 3_000],
    [121, 3_500],
  ])("%i minutes cost %i cents", (minutes, cents) => {
    expect(interpretingFee(oldenburg, minutes).totalCents).toBe(cents);
  });

  it("adds travel per km and follows another district's tariff", () => {
    expect(interpretingFee(oldenburg, 60, 12)).toEqual({ serviceCents: 2_000, travelCents: 360, cancellationCents: 0, totalCents: 2_360 });
    // 24 € an hour, each started half hour at half the rate.
    const other = tariffOf(readSettings({ interpreting: { firstHourCents: 2_400, perStartedHalfHourCents: 1_200 } }));
    expect(interpretingFee(other, 75).totalCents).toBe(3_600);
  });

  it("a late cancellation costs the cancellation fee, an early one nothing", () => {
    expect(cancellationFee(oldenburg, true).totalCents).toBe(2_000);
    expect(cancellationFee(oldenburg, false).totalCents).toBe(0);
  });
});

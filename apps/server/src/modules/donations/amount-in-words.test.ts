// The amount in words on a receipt: German currency words from n2words, from
// integer cents ("ein Euro", "ein Cent": the numeral before a noun).
import { describe, expect, it } from "vitest";
import { amountInWords } from "./amount-in-words.ts";

describe("amount in words", () => {
  it("writes the issue's example", () => {
    expect(amountInWords(123_456)).toBe("eintausendzweihundertvierunddreißig Euro sechsundfünfzig Cent");
  });

  it.each([
    [1, "ein Cent"],
    [99, "neunundneunzig Cent"],
    [100, "ein Euro"],
    [101, "ein Euro ein Cent"],
    [1_000, "zehn Euro"],
    [1_700, "siebzehn Euro"],
    [2_100, "einundzwanzig Euro"],
    [10_000, "einhundert Euro"],
    [10_100, "einhunderteins Euro"],
    [30_000, "dreihundert Euro"],
    [200_000, "zweitausend Euro"],
    [1_000_000, "zehntausend Euro"],
    [1_600_050, "sechzehntausend Euro fünfzig Cent"],
    [100_000_000, "eine Million Euro"],
    [123_456_789, "eine Million zweihundertvierunddreißigtausendfünfhundertsiebenundsechzig Euro neunundachtzig Cent"],
  ])("%i cents -> %s", (cents, words) => {
    expect(amountInWords(cents)).toBe(words);
  });

  it("refuses what is not an amount in cents", () => {
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(1.5)).toThrow(RangeError);
  });
});

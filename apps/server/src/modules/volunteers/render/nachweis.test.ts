// The Nachweis PDF's layout with durations that are not whole hours: the month table stacks
// "12 Std." over "30 Min." in its narrow cells, the sentences write them on one line, and
// ten such years still fit the one page.
import { pdfPageCount, pdfText } from "@lotse/testing/pdf";
import { describe, expect, it } from "vitest";
import type { NachweisContent } from "../nachweis-content.ts";
import { renderNachweisPdf } from "./nachweis.ts";

const flat = (text: string) => text.replace(/\s+/g, " ");

function content(years: number): NachweisContent {
  const first = 2026 - years + 1;
  return {
    volunteerName: "Amal Haddad",
    birthDate: null,
    organization: { name: "Stadt Oldenburg", address: "Industriestraße 1\n26121 Oldenburg", contactPerson: "Frau Demo" },
    activityText: "Begleitung von Familien",
    activities: [{ name: "Begleitung", minutes: years * 12 * 750 }, { name: "Sprachmittlung", minutes: 45 }],
    activeSince: `${first}-01-01`,
    activeUntil: null,
    requested: { from: `${first}-01-01`, to: "2026-12-31" },
    period: { from: `${first}-01-01`, to: "2026-12-31" },
    clippedStart: false,
    clippedEnd: false,
    // 12 h 30 min every month: 150 h a year, 2 h 53 min a week.
    years: Array.from({ length: years }, (_, i) => ({ year: first + i, from: `${first + i}-01-01`, to: `${first + i}-12-31`, minutes: 9_000, weeklyAverageMinutes: 173, months: Array(12).fill(750) })),
    totalMinutes: years * 9_000 + 45,
    weeklyAverageMinutes: 173,
    allowances: [],
    issuedOn: "2026-12-31",
    issuer: { name: "Kerstin Koordination", coordinator: true },
  };
}

describe("the Nachweis PDF", () => {
  it("writes hours and minutes in the table and the sentences, never decimal hours", async () => {
    const pdf = await renderNachweisPdf({ number: 7, code: "ABCDEFGHJK0123456789", verificationUrl: "https://lotse.example/nachweis/pruefen/ABCDEFGHJK0123456789", content: content(1) });
    const lines = (await pdfText(pdf)).split("\n");
    const text = flat(lines.join("\n"));
    expect(text).toContain("Insgesamt 150 Std. 45 Min., im Durchschnitt 2 Std. 53 Min. pro Woche.");
    expect(text).toContain("Begleitung 150 Std.");
    expect(text).toContain("Sprachmittlung 45 Min.");
    // Each month cell: "12 Std." over "30 Min.".
    expect(lines.filter((l) => l.includes("12 Std.")).join(" ").match(/12 Std\./g)?.length).toBe(12);
    expect(lines.filter((l) => l.includes("30 Min.")).join(" ").match(/30 Min\./g)?.length).toBe(12);
    expect(text).not.toMatch(/\d,\d+ Std\./);
    expect(text).not.toContain("12,5");
  });

  it("keeps ten years of such months on one page", async () => {
    const pdf = await renderNachweisPdf({ number: 8, code: "ABCDEFGHJK0123456789", verificationUrl: "https://lotse.example/nachweis/pruefen/ABCDEFGHJK0123456789", content: content(10) });
    expect(await pdfPageCount(pdf)).toBe(1);
    expect(flat(await pdfText(pdf))).toContain("Insgesamt 1.500 Std. 45 Min.");
  });

  it("prints a month of 100 hours and more in full", async () => {
    const c = content(1);
    c.years[0]!.months[2] = 6_030;
    const text = flat(await pdfText(await renderNachweisPdf({ number: 9, code: "ABCDEFGHJK0123456789", verificationUrl: "https://lotse.example/x", content: c })));
    expect(text).toContain("100 Std.");
  });
});

import { describe, expect, it } from "vitest";
import { LEVEL, districtDistances, weekMask } from "./features.ts";
import { HARD_RULES, whyNot } from "./hard-rules.ts";
import { FORBIDDEN } from "./max-weight-assignment.ts";
import { randomMatchingData } from "./random-matching-data.ts";
import { CRITERIA, DEFAULT_MATCH_WEIGHTS, createScorer } from "./scoring.ts";

describe("scoring", () => {
  const data = randomMatchingData(40, 120, 5, { exclusions: 60 });
  data.volunteers.freePlaces[3] = 0; // volunteers whose places are all taken
  data.volunteers.freePlaces[70] = 0;
  const scorer = createScorer(data);
  const matrix = scorer.scoreMatrix();

  it("forbids exactly the pairs a hard rule rules out, and every rule occurs", () => {
    const seen = new Set<string>();
    for (let i = 0; i < data.families.count; i++) {
      for (let j = 0; j < data.volunteers.count; j++) {
        const rule = whyNot(data, i, j);
        if (rule) seen.add(rule);
        expect({ i, j, forbidden: matrix[i * 120 + j] === FORBIDDEN }).toEqual({ i, j, forbidden: rule !== null });
      }
    }
    expect([...seen].sort()).toEqual([...HARD_RULES].sort());
  });

  it("explains every allowed pair with the criteria that add up to its score", () => {
    for (let i = 0; i < data.families.count; i++) {
      const row = scorer.scoreRow(i);
      expect(row).toEqual(matrix.subarray(i * 120, (i + 1) * 120));
      for (let j = 0; j < data.volunteers.count; j++) {
        if (matrix[i * 120 + j] === FORBIDDEN) continue;
        const explanation = scorer.explain(i, j);
        expect(explanation.score).toBe(matrix[i * 120 + j]);
        expect(explanation.criteria.map((c) => c.criterion)).toEqual([...CRITERIA]);
      }
    }
  });

  it("gives each criterion its raw value, weight and points", () => {
    // One family and two volunteers told apart by one criterion each.
    const base = randomMatchingData(1, 2, 9);
    const f = base.families;
    const v = base.volunteers;
    f.languageStart.set([0, 2]);
    f.languageId.set([0, 3]);
    f.languageLevel.set([LEVEL.A2, LEVEL.native]);
    f.neededLevel[0] = LEVEL.A2; f.requiredLanguage[0] = -1; f.hasMinor[0] = 0; f.wantsWoman[0] = 0;
    f.district[0] = 0;
    f.needs[0] = 0b1011; // three needs
    f.week.set(weekMask([{ weekday: 0, fromHour: 14, toHour: 18 }]));
    f.waitingDays[0] = 90;
    v.approved.fill(1); v.freePlaces.fill(1);
    v.languageLevel.fill(0);
    v.languageLevel[0 * base.languages + 0] = LEVEL.native; // volunteer 0: German; shared at the family's A2
    v.languageLevel[1 * base.languages + 3] = LEVEL.B2; // volunteer 1: the family's language at B2
    v.district.set([0, 1]);
    v.topics.set([0b0011, 0]);
    v.week.fill(0);
    v.week.set(weekMask([{ weekday: 0, fromHour: 16, toHour: 20 }]), 0); // 2 h in common
    v.load.set([1, 0]); v.tandemLimit.set([2, 1]); v.lotse.set([1, 0]);
    const km = districtDistances([{ lat: 53.14, lon: 8.21 }, { lat: 53.14, lon: 8.36 }]);
    const data1 = { ...base, districtKm: km, districts: 2 };
    const s = createScorer(data1, { ...DEFAULT_MATCH_WEIGHTS, distance: 20 });
    const byCriterion = (j: number) => Object.fromEntries(s.explain(0, j).criteria.map((c) => [c.criterion, [c.raw, c.weight, c.score]]));
    expect(byCriterion(0)).toEqual({
      language: [LEVEL.A2, 30, 1050], // A2 fits 0.35
      distance: [0, 20, 2000],
      timeOverlap: [2, 20, 1000], // 2 of 4 hours
      topics: [2, 15, 1000], // 2 of 3 needs
      load: [1, 5, 250], // one of two places taken
      qualification: [1, 5, 500],
      waiting: [90, 5, 250], // 90 of 180 days
    });
    const one = byCriterion(1);
    expect(one.language).toEqual([LEVEL.B2, 30, 2100]);
    expect(one.distance![0]).toBe(10); // 0.15° of longitude at 53° N
    expect(one.distance![2]).toBe(Math.round(20 * (1 - km[1]! / 15) * 100));
    expect(s.explain(0, 0).score).toBe(1050 + 2000 + 1000 + 1000 + 250 + 500 + 250);
  });

  it("answers why not with the first rule that fails", () => {
    const d = randomMatchingData(1, 1, 2);
    d.volunteers.approved[0] = 1; d.volunteers.freePlaces[0] = 1;
    d.families.hasMinor[0] = 1; d.volunteers.clearance[0] = 0;
    d.families.wantsWoman[0] = 1; d.volunteers.isWoman[0] = 0;
    expect(whyNot(d, 0, 0)).toBe("clearance-required");
    d.volunteers.clearance[0] = 1;
    d.families.neededLevel[0] = LEVEL.none; d.families.requiredLanguage[0] = -1;
    expect(whyNot(d, 0, 0)).toBe("woman-requested");
    d.volunteers.freePlaces[0] = 0;
    expect(whyNot(d, 0, 0)).toBe("no-free-place");
    d.volunteers.freePlaces[0] = 1; d.volunteers.isWoman[0] = 1;
    expect(whyNot(d, 0, 0)).toBeNull();
    const withHistory = { ...d, exclusions: [{ family: 0, volunteer: 0, rule: "forbidden-by-coordinator" as const }, { family: 0, volunteer: 0, rule: "ended-not-a-fit" as const }] };
    expect(whyNot(withHistory, 0, 0)).toBe("ended-not-a-fit");
    expect(createScorer(withHistory).scoreMatrix()[0]).toBe(FORBIDDEN);
  });
});

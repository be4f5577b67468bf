import fc from "fast-check";
import type { NumGrid } from "../../../src/core/model/gridTypes";
import { computeLeaderRatios } from "../../../src/core/scoring/leaderRatios";
import { scoreLastStage, scoreLayer } from "../../../src/core/scoring/scoreLayer";
import { trimmedMean } from "../../../src/core/scoring/trimmedMean";
import { flat, group, node, unit } from "./fixtures/scoringFixtures";

const ft = flat(
  [
    group("I", 30, [
      node("1.1", "manual", 10),
      node("1.2", "qual", 5),
      node("1.3", "quant_prop", 10),
      node("1.4", "quant_prop", 10, { direction: "down" }),
      node("1.5", "quant_leader", 10),
      node("1.6", "per_unit", 6, { pointsEach: 1.5 }),
    ]),
    group("II", 10, [
      group("2.1", 6, [node("2.1.1", "manual", 5), node("2.1.2", "qual", 5)]),
      node("2.2", "manual", 5),
    ]),
    group("III", 5, [node("B1", "bonus", 5), node("B2", "bonus", 5)]),
    node("D1", "deduction", 0),
  ],
  4,
);

/** Any cell a parser might hand over, including values no parser should. */
const cell = fc.oneof(fc.constant(null), fc.double(), fc.integer({ min: -3, max: 12 }), fc.constantFrom(0, 1));
const gridOf = (units: number): fc.Arbitrary<NumGrid> =>
  fc.array(fc.array(cell, { minLength: units, maxLength: units }), {
    minLength: ft.rows.length,
    maxLength: ft.rows.length,
  });
const scenario = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.record({
    clusters: fc.array(fc.constantFrom("Cụm 1", "Cụm 2"), { minLength: n, maxLength: n }),
    self: gridOf(n),
    review: gridOf(n),
    target: gridOf(n),
    actual: gridOf(n),
  }),
);

describe("scoring properties", () => {
  it("keeps a trimmed mean within the smallest and largest total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.nat(4),
        fc.nat(10),
        (values, k, minRaters) => {
          const { mean, used, dropped } = trimmedMean(values, k, minRaters);
          expect(mean).toBeGreaterThanOrEqual(Math.min(...values));
          expect(mean).toBeLessThanOrEqual(Math.max(...values));
          expect(used + dropped).toBe(values.length);
        },
      ),
    );
  });

  it("never throws, never yields NaN and never exceeds a cap on arbitrary grids", () => {
    fc.assert(
      fc.property(scenario, ({ clusters, self, review, target, actual }) => {
        const units = clusters.map((cluster, i) => unit(`U${i}`, cluster));
        const data = { target, actual };
        const ratios = computeLeaderRatios(ft, data, units);
        const layers = [
          ...scoreLayer(ft, self, data, units, ratios),
          ...scoreLastStage(ft, self, review, data, units, ratios),
        ];
        for (const score of layers) {
          for (const p of score.points) expect(Number.isNaN(p)).toBe(false);
          for (const row of ft.rows) {
            if (row.section !== "content" || row.kind === "bonus" || row.kind === "deduction") continue;
            expect(score.points[row.index]).toBeGreaterThanOrEqual(0);
            expect(score.points[row.index]).toBeLessThanOrEqual(row.max);
          }
          expect(score.bonus).toBeGreaterThanOrEqual(0);
          expect(score.bonus).toBeLessThanOrEqual(ft.template.bonusCap);
          expect(score.deduction).toBeLessThanOrEqual(0);
          expect(Number.isNaN(score.total)).toBe(false);
        }
      }),
    );
  });
});

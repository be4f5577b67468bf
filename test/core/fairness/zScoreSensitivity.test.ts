import { clusterPeerMatrices } from "../../../src/core/fairness/clusterPeerMatrix";
import { zScoreSensitivity } from "../../../src/core/fairness/zScoreSensitivity";
import {
  flat,
  layerScore,
  node,
  peerTotals,
  rankingResult,
  settings,
  unit,
  unitResult,
} from "./fixtures/fairnessFixtures";

const s = settings();
const codes = ["A", "B", "C", "D", "E"];
const units = codes.map((c) => unit(c));
// rater × ratee totals (A…E), nobody scores itself:
const totals = [
  [null, 90, 80, 80, 70], // mean 80, deviations 10 0 0 −10, population sd √(200/4) = √50
  [60, null, 62, 61, 59], // mean 60.5, deviations −0.5 1.5 0.5 −1.5, sd √(5/4)
  [85, 80, null, 75, 80], // mean 80, deviations 5 0 −5 0, sd √(50/4)
  [90, 85, 80, null, 75], // mean 82.5, deviations 7.5 2.5 −2.5 −7.5, sd √(125/4)
  [80, 80, 90, 70, null], // mean 80, deviations 0 0 10 −10, sd √50
];
// z = deviation / sd; with a = 1/√5 = 0.4472136 and b = √2 = 1.4142136:
//   A: B −a, C b, D 3a, E 0           ⇒ mean (b + 2a)/4 = (1.4142136 + 0.8944272)/4 = 0.5771602
//   B: A b, C 0, D a, E 0             ⇒ (b + a)/4 = 0.4653568
//   C: A 0, B 3a, D −a, E b           ⇒ (b + 2a)/4 = 0.5771602 (ties with A)
//   D: A 0, B a, C −b, E −b           ⇒ (a − 2b)/4 = −0.5953034
//   E: A −b, B −3a, C 0, D −3a        ⇒ (−b − 6a)/4 = −1.0243738
// z ranks: A 1, C 1, B 3, D 4, E 5.
// Raw peer means: A (60 + 85 + 90 + 80)/4 = 78.75, B (90 + 80 + 85 + 80)/4 = 83.75, C (80 + 62 + 80 + 90)/4 = 78,
// D (80 + 61 + 75 + 70)/4 = 71.5, E (70 + 59 + 80 + 75)/4 = 71 ⇒ ranks B 1, A 2, C 3, D 4, E 5.
const ranks = [2, 1, 3, 4, 5];
const ft = flat([node("I", "manual", 100)]);
const result = rankingResult(
  units.map((u, i) => unitResult(u, i, layerScore(ft, { I: 0 }), layerScore(ft, { I: 0 }), ranks[i])),
);

describe("z-score sensitivity view", () => {
  it("ranks units on the mean of each rater's z-scores and shows the rank differences", () => {
    const view = zScoreSensitivity(clusterPeerMatrices(units, peerTotals(codes, totals))[0], result, s);
    if (view.status !== "computed") throw new Error(`refused: ${view.status}`);
    expect(view.raters).toBe(5);
    const z = view.units.map((u) => u.zScore as number);
    [0.5771602, 0.4653568, 0.5771602, -0.5953034, -1.0243738].forEach((e, i) => expect(z[i]).toBeCloseTo(e, 6));
    expect(view.units.map((u) => u.zRank)).toEqual([1, 3, 1, 4, 5]);
    expect(view.units.map((u) => u.rank)).toEqual([2, 1, 3, 4, 5]);
    // zRank − rank: A 1 − 2, B 3 − 1, C 1 − 3, D 4 − 4, E 5 − 5.
    expect(view.units.map((u) => u.difference)).toEqual([-1, 2, -2, 0, 0]);
  });

  it("refuses below five raters and says why", () => {
    const four = clusterPeerMatrices(units, peerTotals(codes.slice(0, 4), totals.slice(0, 4)))[0];
    const view = zScoreSensitivity(four, result, s);
    expect(view).toMatchObject({ status: "refused", raters: 4, minRaters: 5 });
    if (view.status !== "refused") throw new Error("expected a refusal");
    expect(view.reason.vi).toContain("chỉ có 4 đơn vị chấm chéo");
    expect(view.reason.vi).toContain("cần ít nhất 5");
    expect(view.reason.en).toContain("at least 5 are needed");
  });

  it("does not count a rater who gave every unit the same total", () => {
    const flatRater = totals.map((row, r) => (r === 4 ? [70, 70, 70, 70, null] : row));
    const view = zScoreSensitivity(clusterPeerMatrices(units, peerTotals(codes, flatRater))[0], result, s);
    expect(view).toMatchObject({ status: "refused", raters: 4 });
  });
});

import { clusterPeerMatrices } from "../../../src/core/fairness/clusterPeerMatrix";
import { checkReciprocity } from "../../../src/core/fairness/reciprocity";
import { peerTotals, settings, unit } from "./fixtures/fairnessFixtures";

const s = settings();
const codes = ["A", "B", "C", "D", "E"];

/** Everyone gives everyone 70 except the cells given as "rater>ratee": total. */
function matrix(overrides: Record<string, number>) {
  const totals = codes.map((rater, r) =>
    codes.map((ratee, u) => (u === r ? null : (overrides[`${rater}>${ratee}`] ?? 70))),
  );
  return clusterPeerMatrices(
    codes.map((c) => unit(c)),
    peerTotals(codes, totals),
  )[0];
}

describe("reciprocity", () => {
  // Content max 100, share 5 % ⇒ threshold 5 points.
  // A→B 80: consensus of B without A = C, D, E = 70 ⇒ excess 10 > 5.
  // B→A 79: consensus of A without B = C, D, E = 70 ⇒ excess 9 > 5 ⇒ the pair A, B is reported.
  // C→D 78: consensus of D without C = A, B, E = 70 ⇒ excess 8 > 5, but D→C 70 − 70 = 0 ⇒ one-sided, not reported.
  it("reports a pair that scores each other above the consensus, not a one-sided favour", () => {
    const { pairs, findings } = checkReciprocity(matrix({ "A>B": 80, "B>A": 79, "C>D": 78 }), 100, s);
    expect(pairs).toEqual([{ a: "A", b: "B", ab: 80, abExcess: 10, ba: 79, baExcess: 9 }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: "fairness.reciprocity", severity: "warning" });
    expect(findings[0].message.vi).toBe(
      "Đơn vị A và Đơn vị B chấm cho nhau cao hơn mức chung: Đơn vị A chấm Đơn vị B 80 điểm, cao hơn mức chung " +
        "của các đơn vị chấm khác 10 điểm; Đơn vị B chấm Đơn vị A 79 điểm, cao hơn 9 điểm (ngưỡng 5 điểm, " +
        "tức 5% của 100 điểm).",
    );
  });

  it("does not report a pair whose favours only reach the threshold", () => {
    // A→B 75 and B→A 75: excess exactly 5 each, not above.
    expect(checkReciprocity(matrix({ "A>B": 75, "B>A": 75 }), 100, s).pairs).toEqual([]);
  });

  it("scales the threshold with content max", () => {
    // On a 1,000-point scale 5 % is 50 points: excesses of 10 and 9 are far below it.
    expect(checkReciprocity(matrix({ "A>B": 80, "B>A": 79 }), 1000, s).pairs).toEqual([]);
  });

  it("ignores a direction no other rater can be compared with", () => {
    // With only A and B as raters, B's consensus without A is empty: no comparison, no finding.
    const units = [unit("A"), unit("B"), unit("C")];
    const m = clusterPeerMatrices(
      units,
      peerTotals(
        ["A", "B"],
        [
          [null, 99, 70],
          [99, null, 70],
        ],
      ),
    )[0];
    expect(checkReciprocity(m, 100, s).pairs).toEqual([]);
  });
});

import { clusterPeerMatrices } from "../../../src/core/fairness/clusterPeerMatrix";
import { analyseRaterLeniency } from "../../../src/core/fairness/raterLeniency";
import { peerTotals, settings, unit } from "./fixtures/fairnessFixtures";

const s = settings();

/** Every rater r gives ratee u base[u] + offset[r]; never itself. */
function shifted(codes: string[], base: number[], offset: number[]) {
  const units = codes.map((c) => unit(c));
  const totals = codes.map((_, r) => base.map((b, u) => (u === r ? null : b + offset[r])));
  return clusterPeerMatrices(units, peerTotals(codes, totals))[0];
}

describe("rater leniency", () => {
  // Six units; rater offsets o = A +10, B +1, C −1, D +0.5, E −0.5, F 0 (Σo = 10).
  // consensus of u without r = base_u + (Σo − o_r − o_u)/4, so T_r,u − consensus = (5·o_r − 10 + o_u)/4 and
  // L_r = (5·o_r − 10 + (10 − o_r)/5)/4:
  //   A (5·10 − 10 + 0)/4 = 10 · B (5 − 10 + 1.8)/4 = −0.8 · C (−5 − 10 + 2.2)/4 = −3.2
  //   D (2.5 − 10 + 1.9)/4 = −1.4 · E (−2.5 − 10 + 2.1)/4 = −2.6 · F (0 − 10 + 2)/4 = −2
  // sorted −3.2, −2.6, −2, −1.4, −0.8, 10 ⇒ median (−2 − 1.4)/2 = −1.7
  // |L − median| = 11.7, 0.9, 1.5, 0.3, 0.9, 0.3 ⇒ sorted 0.3, 0.3, 0.9, 0.9, 1.5, 11.7 ⇒ MAD = 0.9
  // robust z of A = 11.7 / (1.4826 × 0.9) = 11.7 / 1.33434 = 8.7684…; of C = −1.5 / 1.33434 = −1.1242…
  const codes = ["A", "B", "C", "D", "E", "F"];
  const base = [80, 75, 70, 65, 60, 55];

  it("computes each rater's leniency against the consensus of the others, and the robust z", () => {
    const { leniency } = analyseRaterLeniency(shifted(codes, base, [10, 1, -1, 0.5, -0.5, 0]), s);
    const l = leniency.raters.map((r) => r.leniency as number);
    [10, -0.8, -3.2, -1.4, -2.6, -2].forEach((expected, i) => expect(l[i]).toBeCloseTo(expected, 10));
    expect(leniency.median).toBeCloseTo(-1.7, 10);
    expect(leniency.mad).toBeCloseTo(0.9, 10);
    expect(leniency.raters[0].robustZ).toBeCloseTo(8.76838, 4);
    expect(leniency.raters[2].robustZ).toBeCloseTo(-1.12418, 4);
    expect(leniency.raters.every((r) => r.ratees === 5)).toBe(true);
  });

  it("flags a rater whose robust z is above 3 as lenient, with the numbers in plain words", () => {
    const { findings } = analyseRaterLeniency(shifted(codes, base, [10, 1, -1, 0.5, -0.5, 0]), s);
    expect(findings.map((f) => [f.rule, f.location.rater])).toEqual([["fairness.rater-lenient", "A"]]);
    expect(findings[0].message.vi).toBe(
      "Đơn vị A chấm chéo cao hơn mức chung của các đơn vị chấm khác trung bình 10 điểm cho mỗi đơn vị được chấm " +
        "(5 đơn vị). Mức lệch này bằng 8,8 lần độ phân tán thông thường giữa các đơn vị chấm, vượt ngưỡng 3: " +
        "có dấu hiệu chấm dễ dãi, nể nang.",
    );
  });

  it("seeks robust outliers only among at least the minimum raters, and names the rater's sheet", () => {
    const offsets = [10, 1, -1, 0.5, -0.5, 0];
    // Six raters with leniencies, minimum 7: the numbers stay, the robust z and the findings go.
    const few = analyseRaterLeniency(shifted(codes, base, offsets), settings({ peerTrim: { minRaters: 7 } }));
    expect(few.leniency.raters[0].leniency).toBeCloseTo(10, 10);
    expect(few.leniency.raters.map((r) => r.robustZ)).toEqual([null, null, null, null, null, null]);
    expect(few.findings).toEqual([]);
    // Exactly six: A is flagged, on its sheet.
    const six = analyseRaterLeniency(
      shifted(codes, base, offsets),
      settings({ peerTrim: { minRaters: 6 } }),
      (rater) => `CC ${rater}`,
    );
    expect(six.findings.map((f) => [f.rule, f.location.rater])).toEqual([["fairness.rater-lenient", "A"]]);
    expect(six.findings[0].message.vi).toMatch(/^Đơn vị A \(sheet CC A\) chấm chéo cao hơn mức chung/);
    expect(six.findings[0].message.en).toMatch(/^Đơn vị A \(sheet CC A\) scored its peers on average 10 points/);
  });

  it("reports no leniency from three raters under the default minimum of five", () => {
    // A three-unit cluster where A gives everyone 10 more: L_A = 10 but three raters are too few to call it.
    const { findings, leniency } = analyseRaterLeniency(shifted(["A", "B", "C"], [90, 80, 70], [10, 0, 0]), s);
    expect(leniency.raters[0].leniency).toBeGreaterThan(0);
    expect(leniency.raters.every((r) => r.robustZ === null)).toBe(true);
    expect(findings.filter((f) => f.rule !== "fairness.rater-inconsistent")).toEqual([]);
  });

  it("flags a harsh rater when the offsets are mirrored", () => {
    // Negating every offset negates every L_r (Σo = −10 gives L_r = (5·o_r + 10 + (−10 − o_r)/5)/4): z of A = −8.77.
    const { findings, leniency } = analyseRaterLeniency(shifted(codes, base, [-10, -1, 1, -0.5, 0.5, 0]), s);
    expect(leniency.raters[0].leniency).toBeCloseTo(-10, 10);
    expect(findings.map((f) => [f.rule, f.location.rater])).toEqual([["fairness.rater-harsh", "A"]]);
    expect(findings[0].message.en).toContain("on average 10 points below the other raters' consensus");
  });

  it("flags no outlier when the MAD is zero, however far one rater sits", () => {
    // Five units; A gives everyone base + 10, the others give base. For a ratee u ≠ A:
    // consensus without B = (A's total + the two others')/3 = base + 10/3 except for ratee A (base), so
    // L_B = (0 − 10/3 × 3)/4 = −2.5, and likewise C, D, E; L_A = 10 (all others give base).
    // L = 10, −2.5, −2.5, −2.5, −2.5 ⇒ median −2.5, deviations 12.5, 0, 0, 0, 0 ⇒ MAD = 0: no robust scale.
    const { findings, leniency } = analyseRaterLeniency(
      shifted(["A", "B", "C", "D", "E"], [80, 70, 60, 50, 40], [10, 0, 0, 0, 0]),
      s,
    );
    expect(leniency.raters[0].leniency).toBeCloseTo(10, 10);
    expect(leniency.raters[1].leniency).toBeCloseTo(-2.5, 10);
    expect(leniency.mad).toBe(0);
    expect(leniency.raters.every((r) => r.robustZ === null)).toBe(true);
    expect(findings.filter((f) => f.rule !== "fairness.rater-inconsistent")).toEqual([]);
  });

  it("flags a rater whose order runs against the others' as inconsistent", () => {
    // B…E give base 80, 70, 60, 50, 40; A gives B, C, D, E 40, 50, 60, 70 (reversed).
    // consensus of B, C, D, E without A = 70, 60, 50, 40 ⇒ correlation of (40, 50, 60, 70) with it = −1;
    // L_A = (−30 − 10 + 10 + 30)/4 = 0.
    const codes5 = ["A", "B", "C", "D", "E"];
    const base5 = [80, 70, 60, 50, 40];
    const totals = codes5.map((_, r) => base5.map((b, u) => (u === r ? null : b)));
    totals[0] = [null, 40, 50, 60, 70];
    const matrix = clusterPeerMatrices(
      codes5.map((c) => unit(c)),
      peerTotals(codes5, totals),
    )[0];
    const { findings, leniency } = analyseRaterLeniency(matrix, s);
    expect(leniency.raters[0].correlation).toBeCloseTo(-1, 10);
    expect(leniency.raters[0].leniency).toBeCloseTo(0, 10);
    const inconsistent = findings.filter((f) => f.rule === "fairness.rater-inconsistent");
    expect(inconsistent.map((f) => f.location.rater)).toEqual(["A"]);
    expect(inconsistent[0].message.vi).toContain("hệ số tương quan -1 trên 4 đơn vị được chấm, dưới 0");
  });

  it("leaves the correlation empty below three ratees", () => {
    // Three units: each rater scores two others.
    const matrix = shifted(["A", "B", "C"], [90, 80, 70], [0, 1, 2]);
    const { leniency } = analyseRaterLeniency(matrix, s);
    expect(leniency.raters.map((r) => r.ratees)).toEqual([2, 2, 2]);
    expect(leniency.raters.map((r) => r.correlation)).toEqual([null, null, null]);
  });

  it("compares raters only with raters of their own cluster", () => {
    // Cluster 1: A, B, C; cluster 2: X, Y, Z. X scores cluster 1 units (impossible in practice) and is ignored there.
    const units = [unit("A"), unit("B"), unit("C"), unit("X", "Cụm 2"), unit("Y", "Cụm 2"), unit("Z", "Cụm 2")];
    const totals = [
      [null, 80, 70, null, null, null],
      [90, null, 70, null, null, null],
      [90, 80, null, null, null, null],
      [0, 0, 0, null, 50, 40],
    ];
    const [one, two] = clusterPeerMatrices(units, peerTotals(["A", "B", "C", "X"], totals));
    expect(one.raters.map((r) => r.code)).toEqual(["A", "B", "C"]);
    expect(two.raters.map((r) => r.code)).toEqual(["X"]);
    expect(two.totals).toEqual([[null, 50, 40]]);
    // In cluster 1 every rater agrees with the others exactly: L = 0 for all.
    const { leniency } = analyseRaterLeniency(one, s);
    expect(leniency.raters.map((r) => r.leniency)).toEqual([0, 0, 0]);
  });
});

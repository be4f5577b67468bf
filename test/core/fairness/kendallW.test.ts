import fc from "fast-check";
import { clusterPeerMatrices, type ClusterPeerMatrix } from "../../../src/core/fairness/clusterPeerMatrix";
import {
  agreementLabel,
  analyseAgreement,
  kendallW,
  kendallWComplete,
  kendallWPairwise,
} from "../../../src/core/fairness/kendallW";
import { midRanks, tieCorrection } from "../../../src/core/fairness/midRanks";
import { peerTotals, settings, unit } from "./fixtures/fairnessFixtures";

const s = settings();

// Three raters rank six objects (ranks used directly as scores):
//   R1 1 2 3 4 5 6 · R2 2 1 3 5 4 6 · R3 1 3 2 4 6 5
// rank sums 4, 6, 8, 13, 15, 17 (Σ 63 = 3 × 21); mean m(n + 1)/2 = 10.5
// deviations −6.5, −4.5, −2.5, 2.5, 4.5, 6.5 ⇒ S = 42.25 + 20.25 + 6.25 + 6.25 + 20.25 + 42.25 = 137.5
// W = 12 × 137.5 / (3² × (6³ − 6)) = 1650 / 1890 = 55/63 = 0.873015…
const sixObjects = [
  [1, 2, 3, 4, 5, 6],
  [2, 1, 3, 5, 4, 6],
  [1, 3, 2, 4, 6, 5],
];

// With ties, three raters × four objects (scores, ranked ascending with mid-ranks):
//   R1 10 20 20 30 ⇒ 1 2.5 2.5 4 (one tie of 2: 2³ − 2 = 6)
//   R2 1 2 3 4    ⇒ 1 2 3 4
//   R3 5 5 7 9    ⇒ 1.5 1.5 3 4 (one tie of 2: 6)
// rank sums 3.5, 6, 8.5, 12 (Σ 30); mean 7.5; deviations −4, −1.5, 1, 4.5 ⇒ S = 16 + 2.25 + 1 + 20.25 = 39.5
// T = 12; W = 12 × 39.5 / (9 × 60 − 3 × 12) = 474 / 504 = 79/84 = 0.940476…
const withTies = [
  [10, 20, 20, 30],
  [1, 2, 3, 4],
  [5, 5, 7, 9],
];

describe("mid-ranks", () => {
  it("gives tied values the mean of the places they share", () => {
    expect(midRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(midRanks([7, 7, 7])).toEqual([2, 2, 2]);
    expect(tieCorrection([10, 20, 20, 30, 30, 30])).toBe(6 + 24);
  });
});

describe("Kendall's W, complete matrix", () => {
  it("matches the textbook computation for three raters and six objects", () => {
    expect(kendallWComplete(sixObjects)).toBeCloseTo(55 / 63, 12);
    const w = kendallW(sixObjects, 4);
    expect(w).toMatchObject({ status: "computed", method: "complete", raters: 3, ratees: 6, label: "strong" });
    if (w.status === "computed") expect(w.w).toBeCloseTo(55 / 63, 12);
  });

  it("corrects for ties within raters", () => {
    expect(kendallWComplete(withTies)).toBeCloseTo(79 / 84, 12);
  });

  it("is 0 when the rankings cancel out", () => {
    // R1 1 2 3 · R2 2 3 1 · R3 3 1 2: rank sums 6, 6, 6 ⇒ S = 0 ⇒ W = 0.
    expect(
      kendallWComplete([
        [1, 2, 3],
        [2, 3, 1],
        [3, 1, 2],
      ]),
    ).toBe(0);
  });
});

describe("Kendall's W with holes (mean Spearman form)", () => {
  it("equals the classic W on a complete matrix without ties", () => {
    // Pairwise ρ = 1 − 6Σd²/(n(n² − 1)), n = 6, n(n² − 1) = 210: R1–R2 Σd² = 4 ⇒ 0.885714; R1–R3 Σd² = 4 ⇒ 0.885714;
    // R2–R3 Σd² = 12 ⇒ 0.657143; equal weights ⇒ ρ̄ = 0.809524; k = 3 ⇒ W = (1 + 2 × 0.809524)/3 = 0.873016.
    const pairwise = kendallWPairwise(sixObjects);
    expect(pairwise?.meanSpearman).toBeCloseTo(0.809524, 6);
    expect(pairwise?.w).toBeCloseTo(55 / 63, 12);
  });

  it("weights each pair's Spearman ρ by its common ratees minus one", () => {
    // A scores u1…u4, B u1…u4, C u1…u3 only. Ranks: A 1 2 3 4 · B 2 1 3 4 · C (u1…u3) 1 3 2.
    // A–B over 4: d = −1, 1, 0, 0, Σd² = 2 ⇒ ρ = 1 − 12/60 = 0.8, weight 3
    // A–C over u1…u3: A 1 2 3, C 1 3 2 ⇒ Σd² = 2 ⇒ ρ = 1 − 12/24 = 0.5, weight 2
    // B–C over u1…u3: B 2 1 3, C 1 3 2 ⇒ Σd² = 1 + 4 + 1 = 6 ⇒ ρ = 1 − 36/24 = −0.5, weight 2
    // ρ̄ = (2.4 + 1 − 1)/7 = 2.4/7; k = (3 + 3 + 3 + 2)/4 = 2.75
    // W = (1 + (2.4/7) × 1.75)/2.75 = (1 + 0.6)/2.75 = 32/55 = 0.581818…
    const matrix = [
      [10, 20, 30, 40],
      [20, 10, 30, 40],
      [5, 7, 6, null],
    ];
    const w = kendallW(matrix, 4);
    expect(w).toMatchObject({ status: "computed", method: "pairwise", raters: 3, ratees: 4, label: "moderate" });
    if (w.status === "computed") {
      expect(w.meanSpearman).toBeCloseTo(2.4 / 7, 12);
      expect(w.ratersPerRatee).toBe(2.75);
      expect(w.w).toBeCloseTo(32 / 55, 12);
    }
  });

  it("measures agreement in a peer-scored cluster where nobody scores itself", () => {
    // Five units; every rater orders the others the same way (higher code letter, lower total) ⇒ every ρ = 1 ⇒ W = 1.
    const codes = ["A", "B", "C", "D", "E"];
    const totals = codes.map((_, r) => [90, 80, 70, 60, 50].map((t, u) => (u === r ? null : t - r)));
    const matrix = clusterPeerMatrices(
      codes.map((c) => unit(c)),
      peerTotals(codes, totals),
    )[0];
    const { agreement, finding } = analyseAgreement(matrix, s);
    expect(agreement.result).toMatchObject({ status: "computed", method: "pairwise", w: 1, label: "strong" });
    expect(finding.rule).toBe("fairness.agreement");
    expect(finding.severity).toBe("info");
    expect(finding.message.vi).toContain("Kendall W = 1;");
    expect(finding.message.vi).toContain("là cao");
  });
});

describe("agreement labels and refusals", () => {
  it("labels W below 0.3 weak, above 0.7 strong, and moderate in between", () => {
    expect(agreementLabel(0.29)).toBe("weak");
    expect(agreementLabel(0.3)).toBe("moderate");
    expect(agreementLabel(0.7)).toBe("moderate");
    expect(agreementLabel(0.71)).toBe("strong");
  });

  it("warns when agreement is weak", () => {
    // Complete 3 × 3 matrix whose rankings cancel out (see above): W = 0.
    const matrix: ClusterPeerMatrix = {
      cluster: "Cụm 1",
      ratees: ["X", "Y", "Z"].map((c, index) => ({ unit: unit(c), index })),
      raters: [],
      totals: [
        [1, 2, 3],
        [2, 3, 1],
        [3, 1, 2],
      ],
    };
    const { finding } = analyseAgreement(matrix, s);
    expect(finding.rule).toBe("fairness.agreement-weak");
    expect(finding.severity).toBe("warning");
    expect(finding.message.en).toContain("Kendall's W = 0;");
    expect(finding.message.en).toContain("depends largely on chance");
  });

  it("refuses with fewer than three raters", () => {
    expect(
      kendallW(
        [
          [1, 2, 3],
          [3, 2, 1],
        ],
        4,
      ),
    ).toEqual({ status: "refused", reason: "too-few-raters", raters: 2, ratees: 3 });
  });

  it("states the reason when only two units peer-scored", () => {
    // Three units, but only A and B returned their peer forms: 2 raters.
    const codes = ["A", "B", "C"];
    const totals = [
      [null, 80, 70],
      [90, null, 70],
    ];
    const matrix = clusterPeerMatrices(
      codes.map((c) => unit(c)),
      peerTotals(codes.slice(0, 2), totals),
    )[0];
    const { agreement } = analyseAgreement(matrix, s);
    expect(agreement.refusal?.vi).toBe(
      "Cụm/khối Cụm 1: không tính mức thống nhất (Kendall W) vì chỉ có 2 đơn vị chấm chéo đủ điểm cho ít nhất " +
        "2 đơn vị; cần ít nhất 3 đơn vị chấm.",
    );
  });

  it("refuses with fewer than three ratees, and says so", () => {
    expect(
      kendallW(
        [
          [1, 2],
          [2, 1],
          [1, 2],
        ],
        4,
      ),
    ).toMatchObject({ status: "refused", reason: "too-few-ratees" });
    const matrix: ClusterPeerMatrix = {
      cluster: "",
      ratees: ["X", "Y"].map((c, index) => ({ unit: unit(c), index })),
      raters: [],
      totals: [
        [1, 2],
        [2, 1],
        [1, 2],
      ],
    };
    // An empty cluster label reads "(no cluster)".
    expect(analyseAgreement(matrix, s).agreement.refusal?.en).toBe(
      "Cluster (no cluster): agreement (Kendall's W) is not computed: only 2 units were fully peer scored; " +
        "at least 3 are needed.",
    );
  });

  it("refuses a four-unit peer cluster, where two raters share only two ratees, and says why", () => {
    const codes = ["A", "B", "C", "D"];
    const totals = codes.map((_, r) => [90, 80, 70, 60].map((t, u) => (u === r ? null : t)));
    const matrix = clusterPeerMatrices(
      codes.map((c) => unit(c)),
      peerTotals(codes, totals),
    )[0];
    const { agreement, finding } = analyseAgreement(matrix, s);
    expect(agreement.result).toMatchObject({ status: "refused", reason: "too-few-common" });
    expect(finding.rule).toBe("fairness.agreement-refused");
    expect(agreement.refusal?.vi).toContain("cụm cần ít nhất 5 đơn vị");
    expect(agreement.refusal?.en).toContain("a cluster needs at least 5 units");
  });

  it("refuses when every rater gives all units the same total", () => {
    expect(
      kendallW(
        [
          [5, 5, 5],
          [7, 7, 7],
          [1, 1, 1],
        ],
        4,
      ),
    ).toMatchObject({ status: "refused", reason: "all-tied" });
  });

  it("treats totals equal to four decimals as tied", () => {
    // R1 ties u2 and u3 once rounded: same as the tie example's first rater.
    const w = kendallW(
      [
        [10, 20.00001, 20, 30],
        [1, 2, 3, 4],
        [5, 5, 7, 9],
      ],
      4,
    );
    if (w.status !== "computed") throw new Error("expected W");
    expect(w.w).toBeCloseTo(79 / 84, 12);
  });
});

describe("Kendall's W properties", () => {
  it("stays within [0, 1] on any matrix, with or without holes", () => {
    const cell = fc.option(fc.double({ min: -1000, max: 1000, noNaN: true }), { nil: null, freq: 4 });
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 7 })
          .chain((n) => fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 8 })),
        (matrix) => {
          const w = kendallW(matrix, 4);
          if (w.status === "refused") return true;
          return Number.isFinite(w.w) && w.w >= 0 && w.w <= 1;
        },
      ),
      { numRuns: 500 },
    );
  });
});

import { computeLeaderRatios } from "../../../src/core/scoring/leaderRatios";
import { scoreLastStage, scoreLayer } from "../../../src/core/scoring/scoreLayer";
import { flat, grid, group, node, pointsOf, quantData, unit } from "./fixtures/scoringFixtures";

// A 100-point style table with every kind, a nested group, a bonus section and a deduction section.
const ft = flat(
  [
    group("I", 40, [
      node("1.1", "manual", 10),
      node("1.2", "qual", 5),
      node("1.3", "quant_prop", 10, { direction: "up" }),
      node("1.4", "quant_prop", 10, { direction: "down" }),
      node("1.5", "per_unit", 6, { pointsEach: 2 }),
    ]),
    group("II", 20, [
      group("2.1", 12, [node("2.1.1", "manual", 8), node("2.1.2", "manual", 8)]),
      node("2.2", "quant_leader", 10),
    ]),
    group("III", 5, [node("B1", "bonus", 5), node("B2", "bonus", 5), node("B3", "bonus", 5)]),
    group("IV", 0, [node("D1", "deduction", 0), node("D2", "deduction", 10)]),
  ],
  5,
);
const units = [unit("A"), unit("B"), unit("C")];
const data = quantData(ft, 3, {
  "1.3": { target: [100, 100, 100], actual: [120, 150, 50] },
  "1.4": { target: [2, 2, 2], actual: [2.5, 0, 4] },
  "1.5": { actual: [4, 5, null] },
  "2.2": { target: [100, 100, 100], actual: [100, 150, 60] },
});
const self = grid(ft, 3, {
  "1.1": [9, 10, null],
  "1.2": [1, 1, null],
  // Computed row: whatever is typed in the score grid is ignored.
  "1.3": [0, 0, 10],
  "2.1.1": [7, 8, 5],
  "2.1.2": [6, 4, null],
  B1: [2, 4, -2],
  B2: [3, null, null],
  B3: [1, null, null],
  D1: [-1, null, 3],
  D2: [-0.5, null, -2],
});
const ratios = computeLeaderRatios(ft, data, units); // R* on 2.2 = max(1, 1.5, 0.6) = 1.5

describe("a unit's layer score", () => {
  const [a, b, c] = scoreLayer(ft, self, data, units, ratios);

  it("scores every kind of criterion", () => {
    expect(pointsOf(ft, a.points, "1.1")).toBe(9);
    expect(pointsOf(ft, a.points, "1.2")).toBe(5); // Đạt
    expect(pointsOf(ft, a.points, "1.3")).toBe(10); // ↑ 120/100 capped at 1 ⇒ 10
    expect(pointsOf(ft, a.points, "1.4")).toBeCloseTo(8, 12); // ↓ 10 × 2/2.5 = 8
    expect(pointsOf(ft, a.points, "1.5")).toBe(6); // 4 × 2 = 8 capped at 6
    expect(pointsOf(ft, a.points, "2.2")).toBe(5); // r = 1 ⇒ 0.5 × 10
    expect(pointsOf(ft, b.points, "1.4")).toBe(10); // ↓ actual 0 ⇒ max
    expect(pointsOf(ft, b.points, "2.2")).toBe(10); // the leader, r = R* = 1.5
    expect(pointsOf(ft, c.points, "1.3")).toBeCloseTo(5, 12); // 10 × 50/100, the typed 10 ignored
    expect(pointsOf(ft, c.points, "1.4")).toBeCloseTo(5, 12); // 10 × 2/4
    expect(pointsOf(ft, c.points, "2.2")).toBeCloseTo(3, 12); // 0.5 × 10 × 0.6
  });

  it("sums groups, nested groups included, and caps them at their max", () => {
    // A: I = 9 + 5 + 10 + 8 + 6 = 38; 2.1 = 7 + 6 = 13 capped at 12; II = 12 + 5 = 17
    expect(a.groups[0]).toBeCloseTo(38, 12);
    expect(pointsOf(ft, a.points, "2.1")).toBe(12);
    expect(a.groups[1]).toBe(17);
    // B: I = 10 + 5 + 10 + 10 + 6 = 41 capped at 40; II = (8 + 4) + 10 = 22 capped at 20
    expect(b.groups).toEqual([40, 20]);
  });

  it("caps the sum of several bonus lines at the template's bonus cap", () => {
    // A: 2 + 3 + 1 = 6 > cap 5 ⇒ 5; B: 4 ⇒ 4
    expect(a.bonus).toBe(5);
    expect(b.bonus).toBe(4);
  });

  it("adds deductions as negative points", () => {
    // A: −1 + −0.5 = −1.5; B: none ⇒ 0
    expect(a.deduction).toBe(-1.5);
    expect(b.deduction).toBe(0);
  });

  it("ignores a negative bonus and a positive deduction, which validation reports", () => {
    // C: bonus −2 ⇒ 0; deductions 3 (ignored) and −2 ⇒ −2
    expect(c.bonus).toBe(0);
    expect(c.deduction).toBe(-2);
  });

  it("shows the plain sum of their lines on section rows", () => {
    // III: 2 + 3 + 1 = 6 (neither the section's 5 nor the cap applies to the row); IV: −1.5
    expect(pointsOf(ft, a.points, "III")).toBe(6);
    expect(pointsOf(ft, a.points, "IV")).toBe(-1.5);
  });

  it("totals the top-level groups, capped bonus and deductions", () => {
    // A: 38 + 17 + 5 − 1.5 = 58.5; B: 40 + 20 + 4 + 0 = 64
    expect(a.total).toBeCloseTo(58.5, 12);
    expect(b.total).toBe(64);
    // C: I = 0 + 0 + 5 + 5 + 0 = 10; II = 5 + 3 = 8; total = 10 + 8 + 0 − 2 = 16
    expect(c.groups[0]).toBeCloseTo(10, 12);
    expect(c.groups[1]).toBeCloseTo(8, 12);
    expect(c.total).toBeCloseTo(16, 12);
  });

  it("counts blank manual and qualitative inputs, scoring them 0", () => {
    // C: 1.1, 1.2 and 2.1.2 blank; blank bonus and deduction lines are not counted
    expect(c.blanks).toBe(3);
    expect(pointsOf(ft, c.points, "1.1")).toBe(0);
    expect(a.blanks).toBe(0);
    expect(b.blanks).toBe(0);
  });

  it("treats NaN and infinite entries as blank and clamps manual scores into [0, max]", () => {
    const odd = grid(ft, 1, { "1.1": [NaN], "1.2": [Infinity], "2.1.1": [11], "2.1.2": [-3] });
    const [score] = scoreLayer(ft, odd, quantData(ft, 1), [unit("A")], new Map());
    expect(score.blanks).toBe(2);
    expect(pointsOf(ft, score.points, "2.1.1")).toBe(8);
    expect(pointsOf(ft, score.points, "2.1.2")).toBe(0);
    // I = 0 (no data, no scores); II = min(8 + 0, 12) + 0 = 8
    expect(score.total).toBe(8);
  });
});

describe("a 1,000-point scale", () => {
  const big = flat(
    [
      group("I", 400, [
        node("1.1", "quant_prop", 100),
        node("1.2", "quant_prop", 100),
        node("1.3", "quant_prop", 100, { direction: "down" }),
        node("1.4", "quant_leader", 100),
      ]),
      group("II", 150, [node("2.1", "manual", 50), node("2.2", "manual", 50), node("2.3", "qual", 50)]),
      node("T", "bonus", 50),
    ],
    50,
  );
  const pair = [unit("X"), unit("Y")];
  const bigData = quantData(big, 2, {
    "1.1": { target: [8, 8], actual: [7, 8] },
    "1.2": { target: [1000, 1000], actual: [1100, 950] },
    "1.3": { target: [3, 3], actual: [4, 0] },
    "1.4": { target: [50, 40], actual: [60, 60] }, // r = 1.2 and 1.5 ⇒ R* = 1.5
  });
  const scores = grid(big, 2, { "2.1": [45.5, 50], "2.2": [50, 50], "2.3": [1, 0], T: [60, 20] });
  const [x, y] = scoreLayer(big, scores, bigData, pair, computeLeaderRatios(big, bigData, pair));

  it("scores a 400-point group of quantitative targets", () => {
    // X: 100 × 7/8 = 87.5; 100 (1,100 ≥ 1,000); 100 × 3/4 = 75; 50 + 50 × 0.2/0.5 = 70 ⇒ 332.5
    expect(x.groups[0]).toBeCloseTo(332.5, 9);
    // Y: 100; 100 × 950/1000 = 95; 100 (actual 0); 100 (leader) ⇒ 395
    expect(y.groups[0]).toBeCloseTo(395, 9);
  });

  it("totals with the 50-point bonus cap", () => {
    // X: 332.5 + (45.5 + 50 + 50) + min(60, 50) = 332.5 + 145.5 + 50 = 528
    expect(x.total).toBeCloseTo(528, 9);
    // Y: 395 + (50 + 50 + 0) + 20 = 515
    expect(y.total).toBeCloseTo(515, 9);
  });
});

describe("quantitative criteria relative to the leader of each cluster", () => {
  const ft2 = flat([group("I", 20, [node("1", "quant_leader", 20)])]);
  const four = [unit("A1", "Cụm Bắc"), unit("A2", "Cụm Bắc"), unit("B1", "Cụm Nam"), unit("B2", "Cụm Nam")];
  // Bắc: r = 1.3 and 1.1 ⇒ R* = 1.3; Nam: r = 2 and 1.3 ⇒ R* = 2
  const d = quantData(ft2, 4, { "1": { target: [100, 100, 50, 50], actual: [130, 110, 100, 65] } });
  const totals = scoreLayer(ft2, grid(ft2, 4), d, four, computeLeaderRatios(ft2, d, four)).map((s) => s.total);

  it("gives each cluster's leader max and others points relative to their own leader", () => {
    expect(totals[0]).toBe(20);
    expect(totals[1]).toBeCloseTo(10 + (10 * 0.1) / 0.3, 9); // 13.333…
    expect(totals[2]).toBe(20);
    expect(totals[3]).toBeCloseTo(13, 9); // 10 + 10 × 0.3/1; the same r = 1.3 leads in Bắc
  });
});

describe("the last-stage layer (review where entered, else self)", () => {
  const review = grid(ft, 3, {
    "1.1": [8, null, 6],
    "1.2": [null, 0, null],
    "1.3": [7, null, null], // the reviewer corrects computed points
    "1.5": [null, null, 9], // above max: clamped to 6
    B1: [null, 1, null],
    D2: [null, -3, null],
  });
  const [a, b, c] = scoreLastStage(ft, self, review, data, units, ratios);

  it("takes the review value where entered and the self value elsewhere", () => {
    // A: I = 8 + 5 + 7 + 8 + 6 = 34; II = 17; bonus 5; deduction −1.5 ⇒ 54.5
    expect(pointsOf(ft, a.points, "1.1")).toBe(8);
    expect(pointsOf(ft, a.points, "2.1.1")).toBe(7);
    expect(a.groups[0]).toBeCloseTo(34, 12);
    expect(a.total).toBeCloseTo(54.5, 12);
  });

  it("lets a review value override computed quantitative points", () => {
    expect(pointsOf(ft, a.points, "1.3")).toBe(7);
    expect(pointsOf(ft, c.points, "1.5")).toBe(6);
  });

  it("recomputes groups, bonus and deductions from the merged criteria", () => {
    // B: I = 10 + 0 + 10 + 10 + 6 = 36; II = 20; bonus 1; deduction −3 ⇒ 54
    expect(b.groups).toEqual([36, 20]);
    expect(b.bonus).toBe(1);
    expect(b.deduction).toBe(-3);
    expect(b.total).toBe(54);
  });

  it("counts as blank only criteria blank in both layers", () => {
    // C: 1.1 reviewed (6); 1.2 and 2.1.2 still blank. I = 6 + 0 + 5 + 5 + 6 = 22; II = 8; −2 ⇒ 28
    expect(c.blanks).toBe(2);
    expect(c.total).toBeCloseTo(28, 12);
  });
});

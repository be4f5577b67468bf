import { checkSelfInflation } from "../../../src/core/fairness/selfInflation";
import { flat, layerScore, node, rankingResult, settings, unit, unitResult } from "./fixtures/fairnessFixtures";

// Content max 100 (I 70 + II 30). Threshold 5 % ⇒ 5 points in total; per criterion 5 % of its max:
// 1.1 (10) 0.5 · 1.2 (40) 2 · 1.3 (20) 1 · 2.1 (10) 0.5 · 2.2 (20) 1. The criterion thresholds add up to 5.
const ft = flat([
  node("I", "group", 70, [node("1.1", "manual", 10), node("1.2", "manual", 40), node("1.3", "manual", 20)]),
  node("II", "group", 30, [node("2.1", "manual", 10), node("2.2", "manual", 20)]),
]);
const s = settings();

function result() {
  // A: self 10 + 38 + 18 + 9.5 + 20 = 95.5; final 6 + 34 + 18 + 9.5 + 20 = 87.5; excess 8 > 5.
  //    1.1 gap 4 > 0.5 (4/10 = 0.4 of max), 1.2 gap 4 > 2 (4/40 = 0.1 of max): 1.1 is the worse.
  const a = unitResult(
    unit("A"),
    0,
    layerScore(ft, { "1.1": 10, "1.2": 38, "1.3": 18, "2.1": 9.5, "2.2": 20 }),
    layerScore(ft, { "1.1": 6, "1.2": 34, "1.3": 18, "2.1": 9.5, "2.2": 20 }),
  );
  // B: self 8 + 30 + 15 + 7 + 20 = 80; final 8 + 30 + 15 + 7 + 18.5 = 78.5; excess 1.5 ≤ 5, but 2.2 gap 1.5 > 1.
  const b = unitResult(
    unit("B"),
    1,
    layerScore(ft, { "1.1": 8, "1.2": 30, "1.3": 15, "2.1": 7, "2.2": 20 }),
    layerScore(ft, { "1.1": 8, "1.2": 30, "1.3": 15, "2.1": 7, "2.2": 18.5 }),
  );
  // C: every criterion exactly at its threshold (0.5, 2, 1, 0.5, 1 ⇒ 5 in total = the unit threshold): not above.
  const c = unitResult(
    unit("C"),
    2,
    layerScore(ft, { "1.1": 9, "1.2": 36, "1.3": 18, "2.1": 9, "2.2": 18 }),
    layerScore(ft, { "1.1": 8.5, "1.2": 34, "1.3": 17, "2.1": 8.5, "2.2": 17 }),
  );
  // D: gaps 1.1 1 (0.1 of max), 1.2 8 (0.2), 1.3 6 (0.3), 2.1 4 (0.4): four criteria, worst first 2.1, 1.3, 1.2, 1.1.
  //    self 10 + 40 + 20 + 10 + 20 = 100; final 9 + 32 + 14 + 6 + 20 = 81; excess 19.
  const d = unitResult(
    unit("D"),
    3,
    layerScore(ft, { "1.1": 10, "1.2": 40, "1.3": 20, "2.1": 10, "2.2": 20 }),
    layerScore(ft, { "1.1": 9, "1.2": 32, "1.3": 14, "2.1": 6, "2.2": 20 }),
  );
  return rankingResult([a, b, c, d]);
}

describe("self-inflation", () => {
  it("warns when a unit's self total exceeds its final score by more than 5 % of content max, with the numbers", () => {
    const { findings } = checkSelfInflation(result(), ft, s);
    const a = findings.find((f) => f.location.unit === "A");
    expect(a?.rule).toBe("fairness.self-inflation");
    expect(a?.severity).toBe("warning");
    expect(a?.message.vi).toBe(
      "Đơn vị A tự chấm 95,5 điểm, cao hơn điểm cuối cùng (87,5 điểm) 8 điểm, vượt ngưỡng 5 điểm " +
        "(5% của 100 điểm). Chênh lệch vượt ngưỡng ở 2 tiêu chí: 1.1 (tự chấm 10, cuối cùng 6, tối đa 10), " +
        "1.2 (tự chấm 38, cuối cùng 34, tối đa 40).",
    );
    expect(a?.message.en).toContain("scored itself 95.5 points, 8 above its final score of 87.5");
    expect(a?.data).toMatchObject({ self: 95.5, final: 87.5, excess: 8, threshold: 5, criteria: "1.1, 1.2" });
    expect(a?.location.criterion).toBeUndefined();
  });

  it("reports criteria over their own threshold even when the total is within it, pointing at the worst", () => {
    const { findings, units } = checkSelfInflation(result(), ft, s);
    const b = findings.find((f) => f.location.unit === "B");
    expect(b?.location.criterion).toBe("2.2");
    expect(b?.message.vi).toBe(
      "Đơn vị B tự chấm cao hơn điểm cuối cùng quá 5% điểm tối đa ở 1 tiêu chí: " +
        "2.2 (tự chấm 20, cuối cùng 18,5, tối đa 20).",
    );
    expect(units[1]).toMatchObject({ excess: 1.5, totalInflated: false });
  });

  it("does not warn when the gaps only reach the thresholds", () => {
    const { findings, units } = checkSelfInflation(result(), ft, s);
    expect(findings.some((f) => f.location.unit === "C")).toBe(false);
    expect(units[2]).toMatchObject({ excess: 5, totalInflated: false, criteria: [] });
  });

  it("makes one finding per unit, naming the three worst criteria and counting the rest", () => {
    const { findings } = checkSelfInflation(result(), ft, s);
    const d = findings.filter((f) => f.location.unit === "D");
    expect(d).toHaveLength(1);
    expect(d[0].data?.criteria).toBe("2.1, 1.3, 1.2, 1.1");
    expect(d[0].message.vi).toContain("ở 4 tiêu chí: 2.1 (tự chấm 10, cuối cùng 6, tối đa 10), 1.3");
    expect(d[0].message.vi).toMatch(/1\.2 \(tự chấm 40, cuối cùng 32, tối đa 40\), và 1 tiêu chí khác\.$/);
    expect(d[0].message.en).toMatch(/and 1 more\.$/);
    expect(findings.map((f) => f.location.unit)).toEqual(["A", "B", "D"]);
  });

  it("follows the configured share: at 10 % unit A's 8-point excess is no longer above 10 points", () => {
    const { units } = checkSelfInflation(result(), ft, settings({ fairness: { selfInflationShare: 0.1 } }));
    expect(units[0].totalInflated).toBe(false);
    // Per criterion at 10 %: 1.1 gap 4 > 1 still, 1.2 gap 4 = 4 not above.
    expect(units[0].criteria.map((c) => c.code)).toEqual(["1.1"]);
  });
});

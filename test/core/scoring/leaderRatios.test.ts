import { computeLeaderRatios } from "../../../src/core/scoring/leaderRatios";
import { flat, group, node, quantData, unit } from "./fixtures/scoringFixtures";

const ft = flat([group("I", 40, [node("1", "quant_leader", 20), node("2", "quant_prop", 20)])]);
// Rows: 0 = I (group), 1 = "1" (quant_leader), 2 = "2" (quant_prop).
const units = [unit("A1", "Cụm Bắc"), unit("A2", "Cụm Bắc"), unit("A3", "Cụm Bắc"), unit("B1", "Cụm Nam")];

describe("the cluster's best ratio R* for leader-relative criteria", () => {
  it("takes the highest actual/target inside each cluster, ignoring units with unusable data", () => {
    const data = quantData(ft, 4, {
      // A1 r = 130/100 = 1.3; A2 r = 0.9; A3 has target 0 (unusable, its 500/0 would otherwise lead); B1 r = 2
      "1": { target: [100, 100, 0, 50], actual: [130, 90, 500, 100] },
      "2": { target: [10, 10, 10, 10], actual: [99, 99, 99, 99] },
    });
    const ratios = computeLeaderRatios(ft, data, units);
    expect([...ratios.keys()].sort()).toEqual(["Cụm Bắc", "Cụm Nam"]);
    expect(ratios.get("Cụm Bắc")?.[1]).toBeCloseTo(1.3, 12);
    expect(ratios.get("Cụm Nam")?.[1]).toBe(2);
  });

  it("is NaN on rows that are not leader-relative and where no unit has usable data", () => {
    const data = quantData(ft, 4, {
      // Bắc: negative actual, blank target, non-finite actual: nothing usable.
      "1": { target: [100, null, 100, 50], actual: [-5, 80, Infinity, 100] },
      "2": { target: [10, 10, 10, 10], actual: [99, 99, 99, 99] },
    });
    const ratios = computeLeaderRatios(ft, data, units);
    const north = ratios.get("Cụm Bắc") as Float64Array;
    expect(north).toHaveLength(3);
    expect(Number.isNaN(north[0])).toBe(true);
    expect(Number.isNaN(north[1])).toBe(true);
    expect(Number.isNaN(north[2])).toBe(true);
    expect(ratios.get("Cụm Nam")?.[1]).toBe(2);
  });
});

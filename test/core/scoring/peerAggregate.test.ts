import { aggregatePeers } from "../../../src/core/scoring/peerAggregate";
import type { PeerTotals } from "../../../src/core/scoring/peerTotals";
import { unit } from "./fixtures/scoringFixtures";

// Ratees A..F in Cụm 1, X in Cụm 2. Columns: A B C D E F X.
const units = ["A", "B", "C", "D", "E", "F"].map((c) => unit(c, "Cụm 1")).concat(unit("X", "Cụm 2"));
const trim = { dropEachSide: 1, minRaters: 5 };

function totalsOnA(onA: Record<string, number | null>): PeerTotals {
  const raters = Object.keys(onA);
  return {
    raters,
    totals: raters.map((r) => units.map((u) => (u.code === "A" ? onA[r] : u.code === r ? null : 50))),
    scores: raters.map(() => units.map(() => null)),
  };
}

describe("peer aggregate of a ratee", () => {
  it("averages complete raters of its cluster, leaving out incomplete columns and other clusters", () => {
    // D's column is incomplete (null), X is in another cluster: (80 + 90 + 70 + 100) / 4 = 85, no trim
    const result = aggregatePeers(totalsOnA({ B: 80, C: 90, D: null, E: 70, F: 100, X: 10 }), units, trim);
    expect(result.value[0]).toBe(85);
    expect(result.raters[0]).toBe(4);
  });

  it("drops the highest and lowest when five raters of its cluster scored", () => {
    // drop 100 and 60: (80 + 90 + 70) / 3 = 80
    const result = aggregatePeers(totalsOnA({ B: 80, C: 90, D: 60, E: 70, F: 100, X: 10 }), units, trim);
    expect(result.value[0]).toBe(80);
    expect(result.raters[0]).toBe(5);
  });

  it("has no aggregate for a ratee no complete rater of its cluster scored", () => {
    // X's only cluster-mate is X itself, and its own column never counts.
    const result = aggregatePeers(totalsOnA({ B: 80, X: 10 }), units, trim);
    expect(result.value[6]).toBeNull();
    expect(result.raters[6]).toBe(0);
  });

  it("ignores raters whose code is not a unit", () => {
    const result = aggregatePeers(totalsOnA({ B: 80, ZZ: 0 }), units, trim);
    expect(result.value[0]).toBe(80);
    expect(result.raters[0]).toBe(1);
  });
});

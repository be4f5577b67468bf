import { computeLeaderRatios } from "../../../src/core/scoring/leaderRatios";
import { scorePeerTotals } from "../../../src/core/scoring/peerTotals";
import { flat, grid, group, node, quantData, unit } from "./fixtures/scoringFixtures";

const ft = flat([group("I", 10, [node("1", "manual", 5), node("2", "qual", 5)]), node("B", "bonus", 2)], 2);
const units = [unit("U1"), unit("U2"), unit("U3")];
const data = quantData(ft, 3);
const ratios = computeLeaderRatios(ft, data, units);

describe("peer totals in cross mode", () => {
  const peers = [
    // U1 scores itself (ignored), U2 fully, U3 with a blank Đạt/Không đạt cell.
    { rater: "U1", grid: grid(ft, 3, { "1": [5, 4, 3], "2": [1, 1, null] }) },
    // U2 leaves its own column blank; bonus left blank for U3 is fine.
    { rater: "U2", grid: grid(ft, 3, { "1": [5, null, 2], "2": [0, null, 1], B: [1, null, null] }) },
    { rater: "XX", grid: grid(ft, 3, { "1": [5, 5, 5], "2": [1, 1, 1] }) },
  ];
  const result = scorePeerTotals(ft, units, peers, data, ratios);

  it("lists raters in the order of their grids", () => {
    expect(result.raters).toEqual(["U1", "U2", "XX"]);
  });

  it("scores each ratee with the same rules as self scores", () => {
    // U1 → U2: 4 + 5 = 9; U2 → U1: 5 + 0 + bonus 1 = 6; U2 → U3: 2 + 5 = 7
    expect(result.totals[0][1]).toBe(9);
    expect(result.totals[1][0]).toBe(6);
    expect(result.totals[1][2]).toBe(7);
    expect(result.scores[1][0]?.bonus).toBe(1);
  });

  it("leaves the rater's own column out", () => {
    expect(result.totals[0][0]).toBeNull();
    expect(result.totals[1][1]).toBeNull();
    expect(result.scores[0][0]).toBeNull();
  });

  it("leaves out a column with a blank score as incomplete", () => {
    expect(result.totals[0][2]).toBeNull();
    expect(result.scores[0][2]).toBeNull();
  });

  it("scores no unit of another cluster, whatever the rater entered", () => {
    // U3 moves to Cụm 2: U2's complete scores of U3 (7 above) no longer count, U2 → U1 still does.
    const split = [unit("U1"), unit("U2"), { ...unit("U3"), cluster: "Cụm 2" }];
    const out = scorePeerTotals(ft, split, peers, data, computeLeaderRatios(ft, data, split));
    expect(out.totals[1]).toEqual([6, null, null]);
    expect(out.scores[1][2]).toBeNull();
  });

  it("counts nothing from a rater code that is not a unit", () => {
    expect(result.totals[2]).toEqual([null, null, null]);
    expect(result.scores[2]).toEqual([null, null, null]);
  });
});

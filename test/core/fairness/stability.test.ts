import { assessStability, checkStability } from "../../../src/core/fairness/stability";
import type { ScoringInput } from "../../../src/core/model/scoringTypes";
import { flat, grid, node, rankForTest, settings, unit } from "./fixtures/fairnessFixtures";

// rankForTest: self total = Σ manual points + qual (1 ⇒ max); in cross mode the final is the plain mean of the
// complete peer columns. Competition ranks per cluster.
const selfTemplate = flat([
  node("I", "group", 100, [node("1.1", "manual", 50), node("1.2", "manual", 40), node("1.3", "qual", 10)]),
]);

function selfInput(b: (number | null)[]): ScoringInput {
  const units = [unit("A"), unit("B")];
  return {
    flat: selfTemplate,
    units,
    settings: settings(),
    data: { target: grid(selfTemplate, 2), actual: grid(selfTemplate, 2) },
    // A: 45 + 35 + Đạt (10) = 90.
    self: grid(selfTemplate, 2, { "1.1": [45, b[0]], "1.2": [35, b[1]], "1.3": [1, b[2]] }),
    // Review left blank everywhere: "self accepted", never missing.
    review: grid(selfTemplate, 2),
  };
}

describe("stability while scores are missing", () => {
  it("says the result is not final when one blank cell could move rank 1", () => {
    // B: 45 + blank + Đạt = 55 now; blank as 0 ⇒ 55 (A first); blank at its max 40 ⇒ 95 > 90 (B first).
    const findings = checkStability(selfInput([45, null, 1]), rankForTest);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: "fairness.not-final",
      severity: "warning",
      data: { cluster: "Cụm 1", missing: 1, current: "A", ifZero: "A", ifMax: "B" },
    });
    expect(findings[0].message.vi).toBe(
      "Cụm/khối Cụm 1: Kết quả chưa phải cuối cùng. Còn 1 ô điểm chưa nhập; hiện xếp hạng 1 là Đơn vị A, nhưng " +
        "nếu các ô còn thiếu được chấm 0 điểm thì xếp hạng 1 là Đơn vị A, nếu được chấm tối đa thì là Đơn vị B.",
    );
    expect(findings[0].message.en).toContain("result not yet final");
  });

  it("stays silent when no fill of the blank cells can move rank 1", () => {
    // B: 30 + blank + Đạt: at most 30 + 40 + 10 = 80 < 90.
    const { findings, clusters } = assessStability(selfInput([30, null, 1]), rankForTest);
    expect(findings).toEqual([]);
    expect(clusters).toEqual([
      { cluster: "Cụm 1", missing: 1, current: ["A"], ifZero: ["A"], ifMax: ["A"], final: true },
    ]);
  });

  it("fills a blank Đạt/Không đạt cell with Đạt for the full-points scenario", () => {
    // B: 45 + 35 + blank = 80; with Đạt 90 = A's 90 ⇒ A and B share rank 1, which differs from A alone.
    const findings = checkStability(selfInput([45, 35, null]), rankForTest);
    expect(findings.map((f) => f.data?.ifMax)).toEqual(["A, B"]);
  });

  it("finds nothing and re-ranks nothing when no score is missing", () => {
    const rank = jest.fn(rankForTest);
    expect(checkStability(selfInput([45, 35, 1]), rank)).toEqual([]);
    expect(rank).not.toHaveBeenCalled();
  });

  it("counts blank peer cells outside the rater's own column and cluster, and re-ranks on the peer layer", () => {
    const ft = flat([node("I", "group", 100, [node("1.1", "manual", 50), node("1.2", "qual", 50)])]);
    const units = [unit("A"), unit("B"), unit("C"), unit("X", "Cụm 2")];
    const complete = grid(ft, 4, { "1.1": [50, 50, 50, 50], "1.2": [1, 1, 1, 1] });
    // Own columns and column X (another cluster) are blank: not missing. B's 1.1 for C is the one missing cell.
    const peers = [
      { rater: "A", grid: grid(ft, 4, { "1.1": [null, 40, 45, null], "1.2": [null, 1, 1, null] }) },
      { rater: "B", grid: grid(ft, 4, { "1.1": [50, null, null, null], "1.2": [1, null, 1, null] }) },
      { rater: "C", grid: grid(ft, 4, { "1.1": [30, 48, null, null], "1.2": [1, 1, null, null] }) },
    ];
    const input: ScoringInput = {
      flat: ft,
      units,
      settings: settings(),
      data: { target: grid(ft, 4), actual: grid(ft, 4) },
      self: complete,
      peers,
    };
    // Now: A = mean(B 100, C 80) = 90; B = mean(A 90, C 98) = 94; C = A's 95 only (B's column incomplete) ⇒ C first.
    // Blank as 0: B gives C 0 + 50 = 50 ⇒ C = (95 + 50)/2 = 72.5 ⇒ B first (94).
    // Blank as 50: B gives C 100 ⇒ C = 97.5 ⇒ C first.
    const { findings, clusters } = assessStability(input, rankForTest);
    expect(clusters.map((c) => [c.cluster, c.missing])).toEqual([["Cụm 1", 1]]);
    expect(findings.map((f) => f.data)).toEqual([
      { cluster: "Cụm 1", missing: 1, current: "C", ifZero: "B", ifMax: "C" },
    ]);
  });
});

import fc from "fast-check";
import { analyseFairness } from "../../../src/core/fairness/analyseFairness";
import type { HistoryRow } from "../../../src/core/fairness/rotation";
import type { ScoringInput } from "../../../src/core/model/scoringTypes";
import { computeLeaderRatios } from "../../../src/core/scoring/leaderRatios";
import { scorePeerTotals } from "../../../src/core/scoring/peerTotals";
import { flat, grid, node, rankForTest, settings, unit } from "./fixtures/fairnessFixtures";

const ft = flat([node("I", "group", 100, [node("1.1", "manual", 100)])]);

/** Five units; every rater gives every other unit its base total; self-scores as given. */
function crossInput(selfTotals: number[]): ScoringInput {
  const codes = ["A", "B", "C", "D", "E"];
  const base = [85, 80, 70, 60, 50];
  const units = codes.map((c) => unit(c));
  const data = { target: grid(ft, 5), actual: grid(ft, 5) };
  return {
    flat: ft,
    units,
    settings: settings(),
    data,
    self: grid(ft, 5, { "1.1": selfTotals }),
    peers: codes.map((rater, r) => ({ rater, grid: grid(ft, 5, { "1.1": base.map((b, u) => (u === r ? null : b)) }) })),
  };
}

function peerTotalsOf(input: ScoringInput) {
  const ratios = computeLeaderRatios(input.flat, input.data, input.units);
  return scorePeerTotals(input.flat, input.units, input.peers ?? [], input.data, ratios);
}

describe("fairness analysis", () => {
  it("runs every measure per cluster and groups the findings by cluster, rotation last", () => {
    // Finals = the peers' base totals 85, 80, 70, 60, 50. A scored itself 95: 10 above its final (> 5).
    const input = crossInput([95, 80, 70, 60, 50]);
    const result = rankForTest(input);
    const history: HistoryRow[] = [{ row: 0, year: 2024, unit: "B", rank: 2, award: "co-thi-dua" }];
    const report = analyseFairness(input, result, peerTotalsOf(input), { history, rank: rankForTest });
    expect(report.findings.map((f) => f.rule)).toEqual([
      "fairness.self-inflation",
      "fairness.agreement",
      "rotation.flag-not-rank-1",
    ]);
    const [cluster] = report.clusters;
    expect(cluster.cluster).toBe("Cụm 1");
    expect(cluster.selfInflation.map((u) => u.excess)).toEqual([10, 0, 0, 0, 0]);
    // Every rater gives exactly the others' consensus: leniency 0 for all, MAD 0, correlation 1.
    expect(cluster.leniency?.raters.map((r) => r.leniency)).toEqual([0, 0, 0, 0, 0]);
    expect(cluster.leniency?.raters.map((r) => r.correlation)).toEqual([1, 1, 1, 1, 1]);
    expect(cluster.agreement?.result).toMatchObject({ status: "computed", w: 1 });
    expect(cluster.reciprocity).toEqual([]);
    expect(cluster.zScore?.status).toBe("computed");
    expect(cluster.stability).toEqual({
      cluster: "Cụm 1",
      missing: 0,
      current: ["A"],
      ifZero: ["A"],
      ifMax: ["A"],
      final: true,
    });
  });

  it("leaves the peer measures out without cross scoring, and stability out without a ranking function", () => {
    const input: ScoringInput = { ...crossInput([95, 80, 70, 60, 50]), peers: undefined };
    const report = analyseFairness(input, rankForTest(input), null);
    expect(report.clusters[0]).toMatchObject({
      leniency: null,
      agreement: null,
      reciprocity: null,
      zScore: null,
      stability: null,
    });
    // Without peers the final is the self total: no self-inflation either.
    expect(report.findings).toEqual([]);
  });
});

/** Every number anywhere in the value is finite. */
function allFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value && typeof value === "object") return Object.values(value).every(allFinite);
  return true;
}

describe("fairness analysis properties", () => {
  const template = flat([
    node("I", "group", 70, [node("1.1", "manual", 40), node("1.2", "manual", 30)]),
    node("II", "group", 30, [node("2.1", "qual", 30)]),
  ]);
  const quarterSteps = (max: number) => fc.integer({ min: 0, max: max * 4 }).map((q) => q / 4);
  const column = fc.tuple(quarterSteps(40), quarterSteps(30), fc.constantFrom(0, 1));
  const scenario = fc.array(fc.constantFrom("Cụm 1", "Cụm 2"), { minLength: 1, maxLength: 8 }).chain((clusters) =>
    fc.record({
      clusters: fc.constant(clusters),
      self: fc.array(column, { minLength: clusters.length, maxLength: clusters.length }),
      peers: fc.array(fc.array(column, { minLength: clusters.length, maxLength: clusters.length }), {
        minLength: clusters.length,
        maxLength: clusters.length,
      }),
      cross: fc.boolean(),
      history: fc.array(
        fc.record({
          year: fc.integer({ min: 2018, max: 2025 }),
          unit: fc.integer({ min: 0, max: clusters.length - 1 }),
          rank: fc.integer({ min: 1, max: 3 }),
          award: fc.constantFrom<"co-thi-dua" | "bang-khen" | null>("co-thi-dua", "bang-khen", null),
        }),
        { maxLength: 12 },
      ),
    }),
  );

  it("never throws and yields only finite numbers on complete inputs", () => {
    fc.assert(
      fc.property(scenario, ({ clusters, self, peers, cross, history }) => {
        const units = clusters.map((c, i) => unit(`U${i}`, c));
        const n = units.length;
        const toGrid = (cols: [number, number, number][], skip = -1) =>
          grid(template, n, {
            "1.1": cols.map((c, i) => (i === skip ? null : c[0])),
            "1.2": cols.map((c, i) => (i === skip ? null : c[1])),
            "2.1": cols.map((c, i) => (i === skip ? null : c[2])),
          });
        const input: ScoringInput = {
          flat: template,
          units,
          settings: settings(),
          data: { target: grid(template, n), actual: grid(template, n) },
          self: toGrid(self),
          ...(cross ? { peers: units.map((u, r) => ({ rater: u.code, grid: toGrid(peers[r], r) })) } : {}),
        };
        const rows: HistoryRow[] = history.map((h, row) => ({
          row,
          year: h.year,
          unit: `U${h.unit}`,
          rank: h.rank,
          award: h.award,
        }));
        const report = analyseFairness(input, rankForTest(input), cross ? peerTotalsOf(input) : null, {
          history: rows,
          rank: rankForTest,
        });
        return allFinite(report) && report.findings.every((f) => f.message.vi.length > 0 && f.message.en.length > 0);
      }),
      { numRuns: 200 },
    );
  });
});

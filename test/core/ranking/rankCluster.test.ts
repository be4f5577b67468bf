import fc from "fast-check";
import { rankCluster } from "../../../src/core/ranking/rankCluster";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaultSettings";
import type { TieBreakKey } from "../../../src/core/settings/settingsTypes";
import { candidate, hundredPointTable, unit } from "./fixtures/rankingFixtures";

// Content max 100: I = 1.1 (30) + 1.2 (20); II = 2.1 (20) + 2.2 qual (20); III = 3.1 (10); bonus T; deduction D.
const ft = hundredPointTable();
const settings = { tieBreak: DEFAULT_SETTINGS.tieBreak, rankDecimals: 4 };
const rank = (
  members: Parameters<typeof rankCluster>[0],
  tieBreak: TieBreakKey[] = settings.tieBreak,
  cluster = "Khối 1",
) => rankCluster(members, cluster, ft, { tieBreak, rankDecimals: 4 });

describe("competition ranks inside a cluster", () => {
  it("ranks by final total, highest first, with no note when totals differ", () => {
    const r = rank([
      candidate(ft, unit("A"), {}, 92.5),
      candidate(ft, unit("B"), {}, 88),
      candidate(ft, unit("C"), {}, 95),
    ]);
    expect(r.rank).toEqual([2, 3, 1]);
    expect(r.order).toEqual([2, 0, 1]);
    expect(r.tieBreakNote).toEqual([null, null, null]);
    expect(r.tieBreak).toEqual([[], [], []]);
    expect(r.findings).toEqual([]);
  });

  it("gives 1, 2, 2, 4 when two units stay tied after every tie-break", () => {
    const same = { "1.1": 30, "1.2": 20, "2.1": 20, "2.2": 20 }; // 90
    const r = rank([
      candidate(ft, unit("A"), { ...same, "3.1": 5 }), // 95
      candidate(ft, unit("B"), same),
      candidate(ft, unit("C"), same),
      candidate(ft, unit("D"), { ...same, "2.1": 15 }), // 85
    ]);
    expect(r.rank).toEqual([1, 2, 2, 4]);
  });

  it("treats 90.00001 and 90.00004 as equal at 4 decimals, but not 90.0001 and 90.0002", () => {
    // roundTo(90.00001, 4) = roundTo(90.00004, 4) = 90.0000; 90.0001 < 90.0002 stay apart.
    const leaves = { "1.1": 30, "1.2": 20, "2.1": 20, "2.2": 20 };
    const tied = rank([candidate(ft, unit("A"), leaves, 90.00001), candidate(ft, unit("B"), leaves, 90.00004)]);
    expect(tied.rank).toEqual([1, 1]);
    expect(tied.findings.map((f) => f.rule)).toEqual(["rank.tie-unresolved"]);
    const apart = rank([candidate(ft, unit("A"), leaves, 90.0001), candidate(ft, unit("B"), leaves, 90.0002)]);
    expect(apart.rank).toEqual([2, 1]);
    expect(apart.tieBreakNote).toEqual([null, null]);
  });
});

describe("the tie-break chain", () => {
  // Step 1 decides. STC: I = 25.5 + 20 = 45.5, II = 17 + 20 = 37, III = 10 ⇒ 92.5.
  //                 SNV: I = 24 + 20 = 44,   II = 18.5 + 20 = 38.5, III = 10 ⇒ 92.5.
  const stc = unit("STC", { name: "Sở Tài chính" });
  const snv = unit("SNV", { name: "Sở Nội vụ", priority: true });
  const step1 = [
    candidate(ft, snv, { "1.1": 24, "1.2": 20, "2.1": 18.5, "2.2": 20, "3.1": 10 }),
    candidate(ft, stc, { "1.1": 25.5, "1.2": 20, "2.1": 17, "2.2": 20, "3.1": 10 }),
  ];

  it("puts the unit with more points in the first group above an equal total, and says so", () => {
    const r = rank(step1);
    expect(r.rank).toEqual([2, 1]);
    expect(r.order).toEqual([1, 0]);
    expect(r.tieBreak[1]).toEqual([{ key: "first-group", value: 45.5 }]);
    expect(r.tieBreak[0]).toEqual([{ key: "first-group", value: 44 }]);
    expect(r.tieBreakNote[1]).toEqual({
      vi: "Bằng điểm với Sở Nội vụ (92,5); xếp trên nhờ điểm nhóm I cao hơn (45,5 so với 44).",
      en: "Tied with Sở Nội vụ (92.5); ranked above on higher points in group I (45.5 vs 44).",
    });
    expect(r.tieBreakNote[0]?.vi).toBe(
      "Bằng điểm với Sở Tài chính (92,5); xếp dưới vì điểm nhóm I thấp hơn (44 so với 45,5).",
    );
    expect(r.findings).toEqual([]);
  });

  it("follows a custom order: priority first lifts the priority unit over the stronger first group", () => {
    const r = rank(step1, ["priority", "first-group"]);
    expect(r.rank).toEqual([1, 2]);
    expect(r.tieBreak[0]).toEqual([{ key: "priority", value: 1 }]);
    expect(r.tieBreakNote[0]?.vi).toBe("Bằng điểm với Sở Tài chính (92,5); xếp trên nhờ thuộc diện ưu tiên.");
  });

  it("uses smaller deductions when the first groups are equal", () => {
    // A: 45 + 40 + 10 − 2.5 = 92.5; B: 45 + 40 + 10 + 2 (bonus) − 4.5 = 92.5.
    const full = { "1.1": 25, "1.2": 20, "2.1": 20, "2.2": 20, "3.1": 10 };
    const r = rank([
      candidate(ft, unit("B"), { ...full, T: 2, D: -4.5 }),
      candidate(ft, unit("A"), { ...full, D: -2.5 }),
    ]);
    expect(r.rank).toEqual([2, 1]);
    expect(r.tieBreak[1]).toEqual([
      { key: "first-group", value: 45 },
      { key: "fewer-deductions", value: 2.5 },
    ]);
    expect(r.tieBreakNote[1]?.vi).toBe("Bằng điểm với B (92,5); xếp trên nhờ bị trừ ít điểm hơn (2,5 so với 4,5).");
  });

  it("uses the number of criteria at full points when groups and deductions are equal", () => {
    // A: I = 30 + 15, II = 10 + 20, III = 10 ⇒ 85; at max: 1.1, 2.2, 3.1 = 3.
    // B: I = 27 + 18, II = 15.5 + 20, III = 4.5 ⇒ 85; at max: 2.2 = 1.
    const r = rank([
      candidate(ft, unit("B"), { "1.1": 27, "1.2": 18, "2.1": 15.5, "2.2": 20, "3.1": 4.5 }),
      candidate(ft, unit("A"), { "1.1": 30, "1.2": 15, "2.1": 10, "2.2": 20, "3.1": 10 }),
    ]);
    expect(r.rank).toEqual([2, 1]);
    expect(r.tieBreak[0]).toEqual([
      { key: "first-group", value: 45 },
      { key: "fewer-deductions", value: 0 },
      { key: "more-full-criteria", value: 1 },
    ]);
    expect(r.tieBreakNote[0]?.en).toBe("Tied with A (85); ranked below on fewer criteria at full points (1 vs 3).");
  });

  it("uses the priority flag when everything else is equal", () => {
    // Both 30 + 20 + 20 + 20 + 0 = 90; at max: 1.1, 1.2, 2.1, 2.2 = 4.
    const leaves = { "1.1": 30, "1.2": 20, "2.1": 20, "2.2": 20 };
    const r = rank([candidate(ft, unit("A"), leaves), candidate(ft, unit("B", { priority: true }), leaves)]);
    expect(r.rank).toEqual([2, 1]);
    expect(r.tieBreak[1]).toEqual([
      { key: "first-group", value: 50 },
      { key: "fewer-deductions", value: 0 },
      { key: "more-full-criteria", value: 4 },
      { key: "priority", value: 1 },
    ]);
    expect(r.tieBreakNote[0]?.vi).toBe("Bằng điểm với B (90); xếp dưới vì không thuộc diện ưu tiên.");
  });

  it("explains a three-way tie decided at different steps", () => {
    // A: I 45, II 15 + 20, III 10 ⇒ 90. B: I 44, II 16 + 20, III 10 ⇒ 90. C: I 44, II 17 + 20, III 10, D −1 ⇒ 90.
    // Step 1 puts A first (45 vs 44); step 2 puts B (deduction 0) above C (1).
    const r = rank([
      candidate(ft, unit("C"), { "1.1": 24, "1.2": 20, "2.1": 17, "2.2": 20, "3.1": 10, D: -1 }),
      candidate(ft, unit("B"), { "1.1": 24, "1.2": 20, "2.1": 16, "2.2": 20, "3.1": 10 }),
      candidate(ft, unit("A"), { "1.1": 30, "1.2": 15, "2.1": 15, "2.2": 20, "3.1": 10 }),
    ]);
    expect(r.rank).toEqual([3, 2, 1]);
    expect(r.order).toEqual([2, 1, 0]);
    expect(r.tieBreak[2]).toEqual([{ key: "first-group", value: 45 }]);
    expect(r.tieBreak[1]).toEqual([
      { key: "first-group", value: 44 },
      { key: "fewer-deductions", value: 0 },
    ]);
    // The others are named in rank order.
    expect(r.tieBreakNote[2]?.vi).toBe("Bằng điểm với B, C (90); xếp trên nhờ điểm nhóm I cao hơn (45 so với 44).");
    expect(r.tieBreakNote[1]?.vi).toBe(
      "Bằng điểm với A, C (90); xếp dưới A vì điểm nhóm I thấp hơn (44 so với 45); " +
        "xếp trên C nhờ bị trừ ít điểm hơn (0 so với 1).",
    );
    expect(r.tieBreakNote[0]?.en).toBe(
      "Tied with A, B (90); ranked below A on lower points in group I (44 vs 45); " +
        "ranked below B on larger deductions (1 vs 0).",
    );
  });

  it("shares the rank and asks the council when the whole chain leaves units tied", () => {
    const leaves = { "1.1": 30, "1.2": 20, "2.1": 20, "2.2": 20 }; // 90 each
    const r = rank([
      candidate(ft, unit("X", { name: "Phường Nam Cường" }), { ...leaves, "2.1": 10 }), // 80
      candidate(ft, unit("A", { name: "Xã Tân Thịnh" }), leaves),
      candidate(ft, unit("B", { name: "Xã Văn Phú" }), leaves),
    ]);
    expect(r.rank).toEqual([3, 1, 1]);
    expect(r.tieBreak[1]).toHaveLength(4);
    expect(r.tieBreakNote[1]?.vi).toBe(
      "Bằng điểm với Xã Văn Phú (90); vẫn bằng sau mọi tiêu chí phụ: Hội đồng quyết định.",
    );
    expect(r.findings).toHaveLength(1);
    const finding = r.findings[0];
    expect(finding.rule).toBe("rank.tie-unresolved");
    expect(finding.severity).toBe("warning");
    expect(finding.data).toEqual({ cluster: "Khối 1", units: "A, B", rank: 1, total: 90 });
    expect(finding.message.vi).toBe(
      "Cụm/khối Khối 1: Xã Tân Thịnh, Xã Văn Phú bằng điểm (90) và bằng nhau ở mọi tiêu chí phụ, " +
        "cùng xếp hạng 1. Hội đồng quyết định.",
    );
    expect(finding.message.en).toBe(
      "Cluster Khối 1: Xã Tân Thịnh, Xã Văn Phú are tied (90) on every tie-break and share rank 1. The council decides.",
    );
  });

  it("treats an empty tie-break chain as no tie-break at all", () => {
    const r = rank(step1, []);
    expect(r.rank).toEqual([1, 1]);
    expect(r.tieBreak).toEqual([[], []]);
    expect(r.findings.map((f) => f.rule)).toEqual(["rank.tie-unresolved"]);
  });

  it("names an empty cluster label as having no cluster", () => {
    const r = rank(step1, [], "");
    expect(r.findings[0].message.vi).toContain("Cụm/khối (không có cụm/khối):");
    expect(r.findings[0].message.en).toContain("Cluster (no cluster):");
  });

  it("lists at most five names in a note", () => {
    const leaves = { "1.1": 30 };
    const members = ["A", "B", "C", "D", "E", "F", "G"].map((c) => candidate(ft, unit(c), leaves));
    const r = rank(members);
    expect(r.tieBreakNote[0]?.vi).toBe(
      "Bằng điểm với B, C, D, E, F và 1 đơn vị khác (30); vẫn bằng sau mọi tiêu chí phụ: Hội đồng quyết định.",
    );
  });
});

describe("ranking properties", () => {
  const leafArb = fc.record({
    "1.1": fc.constantFrom(0, 15, 30),
    "1.2": fc.constantFrom(0, 20),
    "3.1": fc.constantFrom(0, 10),
    D: fc.constantFrom(0, -1),
  });
  const memberArb = fc.record({
    leaves: leafArb,
    final: fc.constantFrom(80, 85, 85.00001, 85.0001, 90),
    priority: fc.boolean(),
  });
  const clusterArb = fc.array(memberArb, { minLength: 1, maxLength: 8 });
  const build = (specs: { leaves: Record<string, number>; final: number; priority: boolean }[]) =>
    specs.map((s, i) => candidate(ft, unit(`U${i}`, { priority: s.priority }), s.leaves, s.final));

  it("gives every unit the same rank whatever the input order", () => {
    fc.assert(
      fc.property(clusterArb, fc.infiniteStream(fc.nat()), (specs, noise) => {
        const members = build(specs);
        const keys = members.map(() => noise.next().value);
        const shuffled = members
          .map((m, i) => ({ m, k: keys[i] }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.m);
        const byCode = (r: ReturnType<typeof rank>, list: typeof members) =>
          Object.fromEntries(list.map((m, i) => [m.unit.code, r.rank[i]]));
        expect(byCode(rank(shuffled), shuffled)).toEqual(byCode(rank(members), members));
      }),
    );
  });

  it("never lowers a unit's rank when its final total rises", () => {
    fc.assert(
      fc.property(clusterArb, fc.nat(), fc.constantFrom(0, 0.00001, 0.0001, 0.5, 5, 10), (specs, pick, raise) => {
        const members = build(specs);
        const i = pick % members.length;
        const before = rank(members).rank[i];
        const raised = members.map((m, j) => (j === i ? { ...m, final: m.final + raise } : m));
        expect(rank(raised).rank[i]).toBeLessThanOrEqual(before);
      }),
    );
  });

  it("counts 1 + the units strictly better on (rounded total, then each key)", () => {
    // Reference from the definition, with this table's keys read off the generated leaves directly.
    fc.assert(
      fc.property(clusterArb, (specs) => {
        const r = rank(build(specs));
        const keyOf = (s: (typeof specs)[number]) => [
          Math.round(s.final * 1e4) / 1e4,
          s.leaves["1.1"] + s.leaves["1.2"], // first group (I)
          -Math.abs(s.leaves.D), // fewer deductions is better
          (s.leaves["1.1"] === 30 ? 1 : 0) + (s.leaves["1.2"] === 20 ? 1 : 0) + (s.leaves["3.1"] === 10 ? 1 : 0),
          s.priority ? 1 : 0,
        ];
        const better = (a: number[], b: number[]) => {
          for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] > b[k];
          return false;
        };
        specs.forEach((s, i) => {
          const expected = 1 + specs.filter((o) => better(keyOf(o), keyOf(s))).length;
          expect(r.rank[i]).toBe(expected);
        });
      }),
    );
  });
});

import type { ScoringInput } from "../../../src/core/model/scoringTypes";
import { computeResults } from "../../../src/core/ranking/computeResults";
import { flattenTemplate } from "../../../src/core/template/flattenTemplate";
import { resolveSettings } from "../../../src/core/settings/defaultSettings";
import type { SettingsOverrides } from "../../../src/core/settings/settingsTypes";
import { flat, gridOf, group, node, unit } from "./fixtures/rankingFixtures";

// Content max 100: I (60) = 1.1 manual 40 + 1.2 quant_prop ↑ 20; II (40) = 2.1 manual 20 + 2.2 qual 20;
// bonus line T (cap 5), deduction line D.
const ft = flat(
  [
    group("I", 60, [node("1.1", "manual", 40), node("1.2", "quant_prop", 20)]),
    group("II", 40, [node("2.1", "manual", 20), node("2.2", "qual", 20)]),
    node("T", "bonus", 5),
    node("D", "deduction", 10),
  ],
  5,
);
const units = [unit("A", { name: "Sở A" }), unit("B", { name: "Sở B" }), unit("C", { name: "Sở C" })];
// 1.2: target 100 each, actual 100 / 90 / 50 ⇒ 20 × 1 = 20, 20 × 0.9 = 18, 20 × 0.5 = 10.
const data = {
  target: gridOf(ft, 3, { "1.2": [100, 100, 100] }),
  actual: gridOf(ft, 3, { "1.2": [100, 90, 50] }),
};
// Self: A = (38 + 20) + (18 + 20) = 96; B = (36 + 18) + (19 + 20) + 2 − 1 = 94; C = (30 + 10) + (15 + 0) = 55.
const self = gridOf(ft, 3, {
  "1.1": [38, 36, 30],
  "2.1": [18, 19, 15],
  "2.2": [1, 1, 0],
  T: [0, 2, 0],
  D: [0, -1, 0],
});
// Review: A's 1.1 cut to 35 ⇒ (35 + 20) + 38 = 93; C's 2.2 set to Đạt ⇒ 40 + (15 + 20) = 75; B accepted (94).
const review = gridOf(ft, 3, { "1.1": [35, null, null], "2.2": [null, null, 1] });
// Peers (own column blank). A rates B (34, 18, Đạt) = (34 + 18) + (18 + 20) = 90 and C (28, 14, KĐ) = 38 + 14 = 52;
// B rates A (36, 17, Đạt) = 56 + 37 = 93 and C (30, 16, Đạt) = 40 + 36 = 76;
// C rates A (40, 20, Đạt) = 60 + 40 = 100 and B (30, 15, KĐ) = (30 + 18) + 15 = 63.
// Two raters each, fewer than 5 ⇒ plain means: A (93 + 100)/2 = 96.5, B (90 + 63)/2 = 76.5, C (52 + 76)/2 = 64.
const peers = [
  { rater: "A", grid: gridOf(ft, 3, { "1.1": [null, 34, 28], "2.1": [null, 18, 14], "2.2": [null, 1, 0] }) },
  { rater: "B", grid: gridOf(ft, 3, { "1.1": [36, null, 30], "2.1": [17, null, 16], "2.2": [1, null, 1] }) },
  { rater: "C", grid: gridOf(ft, 3, { "1.1": [40, 30, null], "2.1": [20, 15, null], "2.2": [1, 0, null] }) },
];

function input(overrides: Partial<ScoringInput> = {}, settings: SettingsOverrides = {}): ScoringInput {
  return { flat: ft, units, settings: resolveSettings(settings), data, self, review, peers, ...overrides };
}

describe("a ranking run on one cluster with self, review and peer scores", () => {
  it("ranks on the last-stage total by default", () => {
    const out = computeResults(input());
    expect(out.units.map((u) => u.self.total)).toEqual([96, 94, 55]);
    expect(out.units.map((u) => u.review)).toEqual([93, 94, 75]);
    expect(out.units.map((u) => u.peer)).toEqual([96.5, 76.5, 64]);
    expect(out.units.map((u) => u.peerRaters)).toEqual([2, 2, 2]);
    expect(out.units.map((u) => u.final)).toEqual([93, 94, 75]);
    expect(out.units.map((u) => u.rank)).toEqual([2, 1, 3]);
    expect(out.clusters).toEqual([{ cluster: "Khối 1", members: [1, 0, 2] }]);
    // A 93 %, lowest share 35/40 = 87.5 % ⇒ HTXSNV; B 94 %, lowest 90 % ⇒ HTXSNV;
    // C 75 % reaches HTNV; 1.2 = 10/20 = 50 % is under HTNV's 70 % floor, but floors never take a total that
    // reaches HTNV below it: HTNV, and no demotion to explain.
    expect(out.units.map((u) => u.grade)).toEqual(["HTXSNV", "HTXSNV", "HTNV"]);
    // 3 members ⇒ max(1, ⌊0.6⌋) = 1 certificate: flag to B (rank 1), certificate to A.
    expect(out.units.map((u) => u.award)).toEqual(["bang-khen", "co-thi-dua", null]);
    expect(out.findings).toEqual([]);
    expect(out.units[0].finalPoints.points[ft.byCode.get("1.1")!]).toBe(35);
  });

  it("blends the layer totals under the weighted rule", () => {
    const out = computeResults(input({}, { finalRule: "weighted" }));
    // 0.2·self + 0.3·peer + 0.5·review:
    // A 19.2 + 28.95 + 46.5 = 94.65; B 18.8 + 22.95 + 47 = 88.75; C 11 + 19.2 + 37.5 = 67.7.
    const finals = out.units.map((u) => u.final);
    [94.65, 88.75, 67.7].forEach((v, i) => expect(finals[i]).toBeCloseTo(v, 10));
    expect(out.units.map((u) => u.rank)).toEqual([1, 2, 3]);
    // B 88.75 % ⇒ HTTNV; C 67.7 % < 70 % ⇒ KHTNV by total (no floor finding).
    expect(out.units.map((u) => u.grade)).toEqual(["HTXSNV", "HTTNV", "KHTNV"]);
    // Flag to A; no other HTXSNV unit for the certificate.
    expect(out.units.map((u) => u.award)).toEqual(["co-thi-dua", null, null]);
    expect(out.findings).toEqual([]);
  });

  it("leaves a missing peer layer out of the weighted total, renormalises, and warns once", () => {
    const out = computeResults(input({ peers: [] }, { finalRule: "weighted" }));
    // (0.2·self + 0.5·review) / 0.7: A (19.2 + 46.5)/0.7 = 93.857142…; B (18.8 + 47)/0.7 = 94;
    // C (11 + 37.5)/0.7 = 69.285714….
    const finals = out.units.map((u) => u.final);
    [93.857142857, 94, 69.285714286].forEach((v, i) => expect(finals[i]).toBeCloseTo(v, 8));
    expect(out.units.map((u) => u.peer)).toEqual([null, null, null]);
    expect(out.units.map((u) => u.rank)).toEqual([2, 1, 3]);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({
      rule: "final.layer-missing",
      severity: "warning",
      data: { layer: "peer" },
    });
    expect(out.findings[0].message.vi).toBe(
      "Lớp chấm chéo không có điểm cho mọi đơn vị: lớp này được bỏ qua khi tính điểm cuối cùng và trọng số của các lớp còn lại " +
        "đã được chuẩn hóa lại (tổng bằng 1).",
    );
  });

  it("names the units that lack a peer aggregate when only some do", () => {
    // Only A rates: B gets 90, C gets 52, A (never rated) none.
    const out = computeResults(input({ peers: [peers[0]] }, { finalRule: "weighted" }));
    // A (0.2·96 + 0.5·93)/0.7 = 93.857142…; B 18.8 + 0.3·90 + 47 = 92.8; C 11 + 0.3·52 + 37.5 = 64.1.
    [93.857142857, 92.8, 64.1].forEach((v, i) => expect(out.units[i].final).toBeCloseTo(v, 8));
    expect(out.findings.map((f) => [f.rule, f.data?.units])).toEqual([["final.layer-missing", "A"]]);
    expect(out.findings[0].message.en).toBe(
      "The peer layer has no scores for Sở A: it is left out of the final total and the other layers' weights " +
        "were renormalised to sum to 1.",
    );
  });

  it("treats an all-blank review grid as no review layer", () => {
    const blankReview = gridOf(ft, 3, {});
    const out = computeResults(input({ review: blankReview, peers: [] }, { finalRule: "weighted" }));
    expect(out.units.map((u) => u.review)).toEqual([null, null, null]);
    // Only self remains: 0.2·self / 0.2 = self (up to float error).
    [96, 94, 55].forEach((v, i) => expect(out.units[i].final).toBeCloseTo(v, 10));
    expect(out.findings.map((f) => f.data?.layer)).toEqual(["peer", "review"]);
    // Last-stage without review: finals are the self totals, and nothing is reported missing.
    const lastStage = computeResults(input({ review: undefined, peers: undefined }));
    expect(lastStage.units.map((u) => u.final)).toEqual([96, 94, 55]);
    expect(lastStage.units.map((u) => u.rank)).toEqual([1, 2, 3]);
  });
});

describe("Decree 335 grading in a ranking run", () => {
  it("grades 90/70/50 without floors and warns when HTXSNV exceed 20 % of HTTNV", () => {
    const decree335: SettingsOverrides = {
      grades: { thresholds: { HTXSNV: 0.9, HTTNV: 0.7, HTNV: 0.5 }, floors: null, excellentShareOfGood: 0.2 },
    };
    const out = computeResults(input({ review: undefined, peers: undefined }, decree335));
    // Self totals 96, 94, 55 ⇒ HTXSNV, HTXSNV, HTNV (55 % ≥ 50 %; 1.2 at 50 % matters not without floors).
    expect(out.units.map((u) => u.grade)).toEqual(["HTXSNV", "HTXSNV", "HTNV"]);
    // 2 HTXSNV > 0.2 × 0 HTTNV.
    expect(out.findings.map((f) => [f.rule, f.data?.excellent, f.data?.good])).toEqual([
      ["grade.excellent-quota", 2, 0],
    ]);
  });
});

describe("edges of a ranking run", () => {
  it("returns an empty result for no units", () => {
    expect(computeResults(input({ units: [], self: [], review: undefined, peers: undefined }))).toEqual({
      units: [],
      clusters: [],
      findings: [],
    });
  });

  it("ranks a single unit first and flags it when HTXSNV", () => {
    const one = [unit("A")];
    const out = computeResults({
      flat: ft,
      units: one,
      settings: resolveSettings(),
      data: { target: gridOf(ft, 1, { "1.2": [100] }), actual: gridOf(ft, 1, { "1.2": [100] }) },
      self: gridOf(ft, 1, { "1.1": [38], "2.1": [18], "2.2": [1] }), // 58 + 38 = 96
    });
    expect(out.units[0]).toMatchObject({ final: 96, rank: 1, grade: "HTXSNV", award: "co-thi-dua" });
    expect(out.units[0].tieBreakNote).toBeNull();
  });

  it("ranks an empty cluster label as a cluster of its own, in order of first appearance", () => {
    const mixed = [unit("A", { cluster: "" }), unit("B"), unit("C", { cluster: "" })];
    // A and C rank in the unlabelled cluster, B alone in Khối 1.
    const out = computeResults({
      flat: ft,
      units: mixed,
      settings: resolveSettings(),
      data,
      self: gridOf(ft, 3, { "1.1": [38, 36, 38], "2.1": [18, 19, 18], "2.2": [1, 1, 1] }),
    });
    // 1.2 from data: A 20, B 18, C 10 ⇒ A 58 + 38 = 96, B 54 + 39 = 93, C 48 + 38 = 86.
    expect(out.clusters).toEqual([
      { cluster: "", members: [0, 2] },
      { cluster: "Khối 1", members: [1] },
    ]);
    expect(out.units.map((u) => u.rank)).toEqual([1, 1, 2]);
  });

  it("shares rank 1 among units whose layers are all blank, and proposes nothing", () => {
    const blank = gridOf(ft, 3, {});
    const out = computeResults({
      flat: ft,
      units,
      settings: resolveSettings(),
      data: { target: blank, actual: blank },
      self: blank,
      review: blank,
    });
    expect(out.units.map((u) => u.final)).toEqual([0, 0, 0]);
    expect(out.units.map((u) => u.rank)).toEqual([1, 1, 1]);
    expect(out.units.map((u) => u.grade)).toEqual(["KHTNV", "KHTNV", "KHTNV"]);
    expect(out.units.map((u) => u.award)).toEqual([null, null, null]);
    expect(out.findings.map((f) => f.rule)).toEqual([
      "rank.tie-unresolved",
      "award.flag-not-eligible",
      "award.flag-not-eligible",
      "award.flag-not-eligible",
    ]);
  });
  it("proposes no collective award to persons, unless the template defines individual titles", () => {
    const person = (individualAwards?: boolean) =>
      flattenTemplate({ ...ft.template, subject: "person", ...(individualAwards ? { individualAwards } : {}) });
    // Same scores as the cluster above: B is rank 1 and HTXSNV, A HTXSNV (the unit template flags B, certifies A).
    const persons = computeResults({ ...input(), flat: person() });
    expect(persons.units.map((u) => u.rank)).toEqual([2, 1, 3]);
    expect(persons.units.map((u) => u.grade)).toEqual(["HTXSNV", "HTXSNV", "HTNV"]);
    expect(persons.units.map((u) => u.award)).toEqual([null, null, null]);
    expect(persons.findings.filter((f) => f.rule.startsWith("award."))).toEqual([]);
    const titled = computeResults({ ...input(), flat: person(true) });
    expect(titled.units.map((u) => u.award)).toEqual(["bang-khen", "co-thi-dua", null]);
  });
});

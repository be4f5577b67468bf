import { gradeUnit } from "../../../src/core/ranking/gradeUnit";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaultSettings";
import type { Settings } from "../../../src/core/settings/settingsTypes";
import { candidate, hundredPointTable, unit } from "./fixtures/rankingFixtures";

// Content max 100 (I 50 = 1.1/30 + 1.2/20; II 40 = 2.1/20 + 2.2/20; III 10 = 3.1/10).
// Defaults: HTXSNV ≥ 90 % (floor 85 %), HTTNV ≥ 80 % (floor 80 %), HTNV ≥ 70 % (floor 70 %).
const ft = hundredPointTable();
const defaults = DEFAULT_SETTINGS.grades;
const decree335: Settings["grades"] = {
  thresholds: { HTXSNV: 0.9, HTTNV: 0.7, HTNV: 0.5 },
  floors: null,
  excellentShareOfGood: 0.2,
};

describe("grading a unit by total and per-criterion floors", () => {
  it("grades 92 % with one criterion at 80 % of its max HTTNV, and reports the floor", () => {
    // 24 + 20 + 18 + 20 + 10 = 92 ⇒ 92 % reaches HTXSNV; 1.1 = 24/30 = 80 % < 85 % ⇒ not HTXSNV;
    // lowest share 80 % ≥ HTTNV floor 80 % ⇒ HTTNV.
    const out = gradeUnit(
      candidate(ft, unit("A", { name: "Sở Tư pháp" }), { "1.1": 24, "1.2": 20, "2.1": 18, "2.2": 20, "3.1": 10 }),
      ft,
      defaults,
    );
    expect(out.grade).toBe("HTTNV");
    expect(out.reached).toBe("HTXSNV");
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({
      rule: "grade.below-floor",
      severity: "warning",
      location: { unit: "A", criterion: "1.1" },
      data: { criterion: "1.1", points: 24, max: 30, count: 1, floor: 0.85, reached: "HTXSNV", grade: "HTTNV" },
    });
    expect(out.findings[0].message.vi).toBe(
      "Sở Tư pháp: tiêu chí 1.1 đạt 24/30 điểm, dưới mức sàn 85% điểm tối đa của loại HTXSNV mà tổng điểm " +
        "đạt tới; đơn vị được xếp loại HTTNV.",
    );
  });

  it("passes a unit exactly on the threshold and exactly on the floor", () => {
    // 25.5 + 17 + 17.5 + 20 + 10 = 90 = 90 %; shares 25.5/30 = 85 %, 17/20 = 85 %, 17.5/20 = 87.5 %.
    const leaves = { "1.1": 25.5, "1.2": 17, "2.1": 17.5, "2.2": 20, "3.1": 10 };
    const out = gradeUnit(candidate(ft, unit("A"), leaves), ft, defaults);
    expect(out.grade).toBe("HTXSNV");
    expect(out.findings).toEqual([]);
    // A total a float error short of 90 still passes (tolerance 1e-9 on the share).
    expect(gradeUnit(candidate(ft, unit("A"), leaves, 90 - 1e-12), ft, defaults).grade).toBe("HTXSNV");
    // 89.99 % is below: HTTNV, and floors had nothing to do with it.
    const below = gradeUnit(candidate(ft, unit("A"), leaves, 89.99), ft, defaults);
    expect(below.grade).toBe("HTTNV");
    expect(below.reached).toBe("HTTNV");
    expect(below.findings).toEqual([]);
  });

  it("drops to the grade whose floor is met and names every criterion under the reached grade's floor in one finding", () => {
    // 22.5 + 17.5 + 17.5 + 20 + 7.5 = 85 ⇒ HTTNV by total; 1.1 = 75 %, 3.1 = 75 % < 80 % ⇒ HTNV (≥ 70 %).
    const leaves = { "1.1": 22.5, "1.2": 17.5, "2.1": 17.5, "2.2": 20, "3.1": 7.5 };
    const out = gradeUnit(candidate(ft, unit("A"), leaves), ft, defaults);
    expect(out.grade).toBe("HTNV");
    // Both at 75 %: the finding sits on the first of the weakest (1.1) and names both.
    expect(out.findings.map((f) => [f.location.criterion, f.data?.criteria, f.data?.floor, f.data?.reached])).toEqual([
      ["1.1", "1.1, 3.1", 0.8, "HTTNV"],
    ]);
    expect(out.findings[0].message.vi).toBe(
      "A: 2 tiêu chí dưới mức sàn 80% điểm tối đa của loại HTTNV mà tổng điểm đạt tới: 1.1 (22,5/30), 3.1 (7,5/10); " +
        "đơn vị được xếp loại HTNV.",
    );
  });

  it("never grades a unit whose total reaches the HTNV threshold KHTNV because of floors, and says why", () => {
    // 30 + 20 + 20 + 20 + 1 = 91 ⇒ 91 % reaches HTXSNV; 3.1 = 1/10 = 10 % is under every floor (85, 80, 70 %).
    // Floors demote, they do not condemn: HTNV, with the floors' reason.
    const leaves = { "1.1": 30, "1.2": 20, "2.1": 20, "2.2": 20, "3.1": 1 };
    const out = gradeUnit(candidate(ft, unit("A", { name: "Phường Nam Cường" }), leaves), ft, defaults);
    expect(out.grade).toBe("HTNV");
    expect(out.reached).toBe("HTXSNV");
    expect(out.findings.map((f) => [f.rule, f.location.criterion, f.data?.grade])).toEqual([
      ["grade.below-floor", "3.1", "HTNV"],
    ]);
    expect(out.findings[0].message.vi).toBe(
      "Phường Nam Cường: tiêu chí 3.1 đạt 1/10 điểm, dưới mức sàn 85% điểm tối đa của loại HTXSNV mà tổng điểm " +
        "đạt tới; đơn vị được xếp loại HTNV (tổng điểm đạt ngưỡng HTNV nên mức sàn không hạ xếp loại thấp hơn HTNV).",
    );
    expect(out.findings[0].message.en).toBe(
      "Phường Nam Cường: criterion 3.1 has 1 of 10 points, below the 85% floor of HTXSNV, which the total reached; " +
        "the unit is graded HTNV (the total reaches the HTNV threshold, so floors do not lower the grade below HTNV).",
    );
    // 70 exactly with 3.1 at 0: HTNV by total, and HTNV it stays; no demotion happened, so no finding.
    const atThreshold = gradeUnit(candidate(ft, unit("A"), { ...leaves, "1.1": 10, "3.1": 0 }), ft, defaults);
    expect([atThreshold.grade, atThreshold.findings]).toEqual(["HTNV", []]);
    // Just under the threshold: KHTNV, from the total alone.
    expect(gradeUnit(candidate(ft, unit("A"), leaves, 69.99), ft, defaults).grade).toBe("KHTNV");
  });

  it("grades a disciplined person KHTNV whatever the score, and a disciplined unit at most HTNV", () => {
    const person = hundredPointTable({ subject: "person" });
    const full = { "1.1": 30, "1.2": 20, "2.1": 20, "2.2": 20, "3.1": 10 };
    const out = gradeUnit(
      candidate(person, unit("CB01", { name: "Nguyễn Văn An", disqualified: true }), full),
      person,
      decree335,
    );
    expect([out.grade, out.reached]).toEqual(["KHTNV", "HTXSNV"]);
    expect(out.findings.map((f) => [f.rule, f.severity, f.location.unit, f.location.field])).toEqual([
      ["grade.person-disciplined", "warning", "CB01", "grade"],
    ]);
    expect(out.findings[0].message.vi).toBe(
      "Nguyễn Văn An bị kỷ luật trong kỳ đánh giá: xếp loại KHTNV theo Nghị định 335/2025/NĐ-CP, dù tổng điểm " +
        "đạt mức HTXSNV.",
    );
    // The same person not disciplined: HTXSNV; the same scores for a disqualified unit: HTNV.
    expect(gradeUnit(candidate(person, unit("CB01"), full), person, decree335).grade).toBe("HTXSNV");
    expect(gradeUnit(candidate(ft, unit("A", { disqualified: true }), full), ft, decree335).grade).toBe("HTNV");
    // A disciplined person under every threshold is KHTNV anyway: nothing more to say.
    const weak = gradeUnit(candidate(person, unit("CB01", { disqualified: true }), {}, 10), person, decree335);
    expect([weak.grade, weak.findings]).toEqual(["KHTNV", []]);
  });

  it("leaves a floor-exempt criterion out of the floors", () => {
    const exempt = hundredPointTable({ exempt31: true });
    // Same 85 as above, but 3.1 (75 %) is exempt: only 1.1 keeps the unit from HTTNV.
    const leaves = { "1.1": 22.5, "1.2": 17.5, "2.1": 17.5, "2.2": 20, "3.1": 7.5 };
    const out = gradeUnit(candidate(exempt, unit("A"), leaves), exempt, defaults);
    expect(out.grade).toBe("HTNV");
    expect(out.findings.map((f) => f.location.criterion)).toEqual(["1.1"]);
    // With 1.1 at 24 (80 %): 24 + 17.5 + 17.5 + 20 + 7.5 = 86.5, only exempt 3.1 under 80 % ⇒ HTTNV.
    expect(gradeUnit(candidate(exempt, unit("A"), { ...leaves, "1.1": 24 }), exempt, defaults).grade).toBe("HTTNV");
  });

  it("grades below 70 % KHTNV without a floor finding", () => {
    // 30 + 20 + 10 + 0 + 0 = 60.
    const out = gradeUnit(candidate(ft, unit("A"), { "1.1": 30, "1.2": 20, "2.1": 10 }), ft, defaults);
    expect(out.grade).toBe("KHTNV");
    expect(out.findings).toEqual([]);
  });

  it("never grades a disqualified unit above HTNV", () => {
    // 25 + 20 + 20 + 20 + 10 = 95; 1.1 = 25/30 = 83.3 % < 85 % ⇒ HTTNV, capped to HTNV when disqualified.
    const strong = { "1.1": 25, "1.2": 20, "2.1": 20, "2.2": 20, "3.1": 10 };
    expect(gradeUnit(candidate(ft, unit("A", { disqualified: true }), strong), ft, defaults).grade).toBe("HTNV");
    // 30 + 20 + 20 + 20 + 10 = 100 ⇒ HTXSNV for anyone else, HTNV when disqualified.
    const full = { ...strong, "1.1": 30 };
    expect(gradeUnit(candidate(ft, unit("A"), full), ft, defaults).grade).toBe("HTXSNV");
    expect(gradeUnit(candidate(ft, unit("A", { disqualified: true }), full), ft, defaults).grade).toBe("HTNV");
    // A disqualified unit below HTNV stays KHTNV (60).
    const weak = { "1.1": 30, "1.2": 20, "2.1": 10 };
    expect(gradeUnit(candidate(ft, unit("A", { disqualified: true }), weak), ft, defaults).grade).toBe("KHTNV");
  });

  it("applies Decree 335 thresholds (90/70/50) with no floors", () => {
    // 30 + 20 + 5 + 20 + 0 = 75 ⇒ ≥ 70 % ⇒ HTTNV although 3.1 is 0 (no floors).
    const leaves = { "1.1": 30, "1.2": 20, "2.1": 5, "2.2": 20 };
    const out = gradeUnit(candidate(ft, unit("A"), leaves), ft, decree335);
    expect(out.grade).toBe("HTTNV");
    expect(out.findings).toEqual([]);
    expect(gradeUnit(candidate(ft, unit("A"), leaves, 50), ft, decree335).grade).toBe("HTNV");
    expect(gradeUnit(candidate(ft, unit("A"), leaves, 49.99), ft, decree335).grade).toBe("KHTNV");
    expect(gradeUnit(candidate(ft, unit("A"), leaves, 90), ft, decree335).grade).toBe("HTXSNV");
  });
});

// The demo block's entries: deterministic, valid, with exactly one bonus, one deduction, a partial review and one
// tie that the tie-break chain decides.

import { demoCluster } from "../../../src/cli/demo/demoCluster";
import { DEMO_TIE } from "../../../src/cli/demo/demoData";
import { computeResults } from "../../../src/core/ranking/computeResults";
import { resolveSettings } from "../../../src/core/settings/defaultSettings";
import { validateInputs } from "../../../src/core/validation/validateInputs";

const demo = demoCluster();
const settings = resolveSettings(demo.template.settings, undefined, { lang: "vi" });
const checked = validateInputs({ flat: demo.flat, units: demo.units, settings, ...demo.inputs });
const result = computeResults(checked.input);
const entries = (rows: number[]) =>
  rows.flatMap((r) => demo.inputs.self[r].map((v, c) => ({ r, c, v })).filter((e) => e.v !== null));

describe("the demo cluster", () => {
  it("is the same on every run", () => {
    expect(demoCluster()).toEqual(demo);
  });

  it("has no entry errors", () => {
    expect(checked.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("has exactly one bonus entry and one deduction entry, each with its evidence", () => {
    const bonus = entries(demo.flat.bonusRows);
    const deduction = entries(demo.flat.deductionRows);
    expect(bonus).toHaveLength(1);
    expect(deduction).toHaveLength(1);
    expect(Number(bonus[0].v)).toBeGreaterThan(0);
    expect(Number(deduction[0].v)).toBeLessThan(0);
    for (const e of [...bonus, ...deduction]) expect(demo.inputs.evidence[e.r][e.c]).toEqual(expect.any(String));
  });

  it("reviews some criteria of some departments, each change with a note", () => {
    const reviewed = demo.inputs.review.flatMap((row, r) =>
      row.map((v, c) => ({ r, c, v })).filter((e) => e.v !== null),
    );
    const units = new Set(reviewed.map((e) => e.c));
    expect(reviewed.length).toBeGreaterThan(0);
    expect(units.size).toBeGreaterThan(0);
    expect(units.size).toBeLessThan(demo.units.length);
    for (const e of reviewed) {
      expect(e.v).not.toBe(demo.inputs.self[e.r][e.c]);
      expect(demo.inputs.reviewNotes[e.r][e.c]).toEqual(expect.any(String));
    }
  });

  it("has exactly one tie, decided by group I points", () => {
    const key = (final: number) => Math.round(final * 1e4);
    const tied = result.units.filter((u) => result.units.some((o) => o !== u && key(o.final) === key(u.final)));
    expect(tied.map((u) => u.unit.code).sort()).toEqual([DEMO_TIE.ahead, DEMO_TIE.behind].sort());
    const ahead = tied.find((u) => u.unit.code === DEMO_TIE.ahead)!;
    const behind = tied.find((u) => u.unit.code === DEMO_TIE.behind)!;
    expect(behind.rank).toBe(ahead.rank + 1);
    // The tied department gave 0.5 points of group I to another group.
    expect(ahead.finalPoints.groups[0] - behind.finalPoints.groups[0]).toBeCloseTo(0.5, 10);
    expect(ahead.tieBreak.map((s) => s.key)).toEqual(["first-group"]);
  });

  it("proposes the emulation flag to its rank-1 department", () => {
    const flags = result.units.filter((u) => u.award === "co-thi-dua");
    expect(flags).toHaveLength(1);
    expect(flags[0].rank).toBe(1);
    expect(flags[0].grade).toBe("HTXSNV");
  });
});

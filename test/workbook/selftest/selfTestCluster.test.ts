// The self-test's built-in cluster: valid entries but for the one decimal comma, a tie only the priority flag breaks,
// every criterion kind and all three layers exercised, and a settings change the workbook accepts.

import { computeResults } from "../../../src/core/ranking/computeResults";
import { resolveSettings } from "../../../src/core/settings/defaultSettings";
import { validateInputs } from "../../../src/core/validation/validateInputs";
import type { RawInputs } from "../../../src/core/validation/rawInputTypes";
import { checkPlannableSettings } from "../../../src/workbook/settings/checkPlannableSettings";
import { checkSettingsValues } from "../../../src/workbook/settings/checkSettingsValues";
import { modeSettings } from "../../../src/workbook/settings/modeSettings";
import {
  fixedSelf,
  selfTestCluster,
  SELF_TEST_SETTINGS_CHANGE,
  type SelfTestCluster,
} from "../../../src/workbook/selftest/selfTestCluster";
import type { CellValue } from "../../../src/workbook/plan/planTypes";

const cluster = selfTestCluster();
const settings = resolveSettings(cluster.template.settings, modeSettings("cross"), undefined, { lang: "vi" });

function raw(c: SelfTestCluster, self: readonly (readonly CellValue[])[]): RawInputs {
  const { inputs } = c;
  return {
    flat: c.flat,
    units: c.units,
    settings,
    target: inputs.target,
    actual: inputs.actual,
    self,
    review: inputs.review,
    reviewNotes: inputs.reviewNotes,
    evidence: inputs.evidence,
    peers: [...inputs.peers],
  };
}

describe("the self-test's cluster", () => {
  it("holds five units of cum-xa-phuong in two clusters, one with a priority flag", () => {
    expect(cluster.template.id).toBe("cum-xa-phuong");
    expect(cluster.units.map((u) => `${u.code}:${u.cluster}`)).toEqual([
      "P01:Cụm số 1",
      "P02:Cụm số 1",
      "P03:Cụm số 1",
      "X01:Cụm số 2",
      "X02:Cụm số 2",
    ]);
    expect(cluster.units.filter((u) => u.priority).map((u) => u.code)).toEqual(["P02"]);
  });

  it("types X01's II.1 self score as 26,5, which validation reads as an error with 26.5 as its fix", () => {
    const { commaEntry } = cluster;
    expect(cluster.flat.rows[commaEntry.row].code).toBe("II.1");
    expect(cluster.inputs.self[commaEntry.row][commaEntry.unit]).toBe("26,5");
    const findings = validateInputs(raw(cluster, cluster.inputs.self)).findings.filter((f) => f.severity !== "info");
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: "error",
      location: { area: "self", unit: "X01", criterion: "II.1" },
      fix: { kind: "replace-value", value: 26.5 },
    });
  });

  it("has no other error or warning once that entry is a number", () => {
    const findings = validateInputs(raw(cluster, fixedSelf(cluster))).findings.filter((f) => f.severity !== "info");
    expect(findings).toEqual([]);
  });

  it("ties P01 and P02 on every total, so that P02's priority flag ranks it first in its cluster", () => {
    const result = computeResults(validateInputs(raw(cluster, fixedSelf(cluster))).input);
    const [p01, p02, p03, x01, x02] = result.units;
    expect(p01.final).toBe(p02.final);
    expect([p02.rank, p01.rank, p03.rank]).toEqual([1, 2, 3]);
    expect(p01.tieBreak.map((s) => s.key)).toContain("priority");
    // Both clusters rank on their own; X02 entered the weakest scores of the second.
    expect([x01.rank, x02.rank]).toEqual([1, 2]);
  });

  it("exercises peers, the review, a bonus and a deduction, and more than one grade", () => {
    const result = computeResults(validateInputs(raw(cluster, fixedSelf(cluster))).input);
    // Cluster 1 has three units: each is rated by the other two; cluster 2's two units rate each other.
    expect(result.units.map((u) => u.peerRaters)).toEqual([2, 2, 2, 1, 1]);
    expect(result.units.every((u) => u.review !== null)).toBe(true);
    expect(result.units[2].self.bonus).toBe(5);
    expect(result.units[4].self.deduction).toBe(-2);
    expect(new Set(result.units.map((u) => u.grade)).size).toBeGreaterThan(1);
  });

  it("changes a manual score in P01's returned form by two steps, within its maximum", () => {
    const { formEdit, flat, inputs } = cluster;
    const row = flat.rows[formEdit.row];
    expect(row.kind).toBe("manual");
    expect(inputs.self[formEdit.row][formEdit.unit]).toBe(formEdit.value + 2 * row.step);
    expect(formEdit.value).toBeGreaterThanOrEqual(0);
  });

  it("changes settings the workbook accepts", () => {
    const changed = resolveSettings(settings, SELF_TEST_SETTINGS_CHANGE);
    expect(checkPlannableSettings(changed)).toEqual([]);
    expect(checkSettingsValues(changed)).toEqual([]);
    expect(changed.weights).toEqual({ self: 0.1, peer: 0.4, review: 0.5 });
  });
});

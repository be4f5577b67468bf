// The best ratio R* = max(actual/target) per cluster label and quant_leader row, which quant_leader points are relative to.

import type { QuantData } from "../model/gridTypes";
import type { Unit } from "../model/unitTypes";
import type { FlatTemplate } from "../template/flattenTemplate";

/**
 * Per cluster label, a row-indexed array of R* over that cluster's units with target > 0 and a finite actual ≥ 0.
 * NaN on rows that are not quant_leader and where no unit of the cluster has usable data.
 */
export function computeLeaderRatios(flat: FlatTemplate, data: QuantData, units: Unit[]): Map<string, Float64Array> {
  const rowCount = flat.rows.length;
  const byCluster = new Map<string, Float64Array>();
  const ofUnit: Float64Array[] = units.map((unit) => {
    let ratios = byCluster.get(unit.cluster);
    if (!ratios) {
      ratios = new Float64Array(rowCount).fill(NaN);
      byCluster.set(unit.cluster, ratios);
    }
    return ratios;
  });
  for (const row of flat.rows) {
    if (row.kind !== "quant_leader") continue;
    const r = row.index;
    const targets = data.target[r] ?? [];
    const actuals = data.actual[r] ?? [];
    for (let c = 0; c < units.length; c++) {
      const t = targets[c];
      const a = actuals[c];
      if (typeof t !== "number" || typeof a !== "number") continue;
      if (!Number.isFinite(t) || !Number.isFinite(a) || t <= 0 || a < 0) continue;
      const ratio = a / t;
      const ratios = ofUnit[c];
      // NaN (no ratio yet) fails the comparison, so the first usable ratio is taken.
      if (!(ratios[r] >= ratio)) ratios[r] = ratio;
    }
  }
  return byCluster;
}

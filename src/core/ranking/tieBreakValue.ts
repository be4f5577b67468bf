// A unit's value on one tie-break key, rounded the way ranking compares it, and which direction is better.

import { roundTo } from "../model/roundTo";
import type { LayerScore } from "../model/scoringTypes";
import type { Unit } from "../model/unitTypes";
import type { TieBreakKey } from "../settings/settingsTypes";
import type { FlatTemplate } from "../template/flattenTemplate";
import { isLeafContentCriterion } from "./leafContentCriterion";

/** What ranking needs of a unit: who it is, its final total and its final per-criterion points. */
export interface RankCandidate {
  unit: Unit;
  final: number;
  finalPoints: LayerScore;
}

/**
 * The value compared on `key`, after roundTo(decimals):
 * - "first-group": final points of the first top-level content group (finalPoints.groups[0]; 0 if none);
 * - "fewer-deductions": |finalPoints.deduction|, the magnitude of the deductions;
 * - "more-full-criteria": how many leaf content criteria have roundTo(points) ≥ roundTo(max);
 * - "priority": 1 for a priority unit, else 0.
 */
export function tieBreakValue(
  key: TieBreakKey,
  candidate: RankCandidate,
  flat: FlatTemplate,
  decimals: number,
): number {
  const points = candidate.finalPoints;
  switch (key) {
    case "first-group":
      return roundTo(points.groups[0] ?? 0, decimals);
    case "fewer-deductions":
      return roundTo(Math.abs(points.deduction), decimals);
    case "more-full-criteria": {
      let full = 0;
      for (const row of flat.rows) {
        if (isLeafContentCriterion(row) && roundTo(points.points[row.index], decimals) >= roundTo(row.max, decimals)) {
          full++;
        }
      }
      return full;
    }
    case "priority":
      return candidate.unit.priority ? 1 : 0;
  }
}

/** +1 when a higher value ranks better on `key`, −1 when a lower one does (deductions). */
export function tieBreakDirection(key: TieBreakKey): 1 | -1 {
  return key === "fewer-deductions" ? -1 : 1;
}

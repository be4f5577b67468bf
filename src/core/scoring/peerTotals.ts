// Cross mode (chấm chéo): each rater's totals of every other unit, scored with the same rules as self scores.

import type { PeerGrid, QuantData } from "../model/gridTypes";
import type { LayerScore } from "../model/scoringTypes";
import type { Unit } from "../model/unitTypes";
import type { FlatTemplate } from "../template/flattenTemplate";
import { scoreLayer } from "./scoreLayer";

/**
 * [rater in peers order][ratee unit index]. null where the rater may not or did not fully score: its own column,
 * a unit of another cluster (a rater scores its own cluster only), a column with any blank manual/qual input
 * (incomplete; blank bonus/deduction lines are 0 and fine), or every column of a rater whose code is not a unit.
 */
export interface PeerTotals {
  raters: string[];
  totals: (number | null)[][];
  scores: (LayerScore | null)[][];
}

export function scorePeerTotals(
  flat: FlatTemplate,
  units: Unit[],
  peers: PeerGrid[],
  data: QuantData,
  leaderRatios: Map<string, Float64Array>,
): PeerTotals {
  const columnOf = new Map<string, number>();
  units.forEach((unit, i) => {
    if (!columnOf.has(unit.code)) columnOf.set(unit.code, i);
  });
  const totals: (number | null)[][] = [];
  const scores: (LayerScore | null)[][] = [];
  for (const peer of peers) {
    const own = columnOf.get(peer.rater);
    if (own === undefined) {
      totals.push(units.map(() => null));
      scores.push(units.map(() => null));
      continue;
    }
    const layer = scoreLayer(flat, peer.grid, data, units, leaderRatios);
    const cluster = units[own].cluster;
    const counted = layer.map((score, u) =>
      u === own || units[u].cluster !== cluster || score.blanks > 0 ? null : score,
    );
    scores.push(counted);
    totals.push(counted.map((score) => (score ? score.total : null)));
  }
  return { raters: peers.map((p) => p.rater), totals, scores };
}

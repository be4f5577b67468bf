// The cross-scoring totals of one cluster as a rater × ratee matrix: the shape every rater statistic works on.

import type { Unit } from "../model/unitTypes";
import type { PeerTotals } from "../scoring/peerTotals";

export interface PeerRater {
  code: string;
  /** Row of this rater in PeerTotals. */
  row: number;
  unit: Unit;
  /** Position of the rater's own unit among the cluster's ratees. */
  self: number;
}

export interface PeerRatee {
  unit: Unit;
  /** Position in the units list. */
  index: number;
}

export interface ClusterPeerMatrix {
  cluster: string;
  /** The cluster's member units, in units order. */
  ratees: PeerRatee[];
  /** Raters whose unit belongs to the cluster, in PeerTotals order. */
  raters: PeerRater[];
  /** [rater position][ratee position]; null = own column, incomplete column, or not scored. */
  totals: (number | null)[][];
}

/**
 * One matrix per cluster label, in the order clusters first appear in `units`. Only raters and ratees of the same
 * cluster meet: ranking runs inside a cluster, so a rater's totals of another cluster's units say nothing about
 * this one. A rater whose code is not a unit belongs to no cluster and is left out (PeerTotals scores it null).
 */
export function clusterPeerMatrices(units: readonly Unit[], peerTotals: PeerTotals): ClusterPeerMatrix[] {
  const byCluster = new Map<string, ClusterPeerMatrix>();
  const unitOfCode = new Map<string, { unit: Unit; self: number }>();
  units.forEach((unit, index) => {
    let matrix = byCluster.get(unit.cluster);
    if (!matrix) {
      matrix = { cluster: unit.cluster, ratees: [], raters: [], totals: [] };
      byCluster.set(unit.cluster, matrix);
    }
    if (!unitOfCode.has(unit.code)) unitOfCode.set(unit.code, { unit, self: matrix.ratees.length });
    matrix.ratees.push({ unit, index });
  });
  peerTotals.raters.forEach((code, row) => {
    const own = unitOfCode.get(code);
    if (!own) return;
    const matrix = byCluster.get(own.unit.cluster) as ClusterPeerMatrix;
    const totals = peerTotals.totals[row] ?? [];
    matrix.raters.push({ code, row, unit: own.unit, self: own.self });
    // A unit never peer-scores itself: its own column stays a hole whatever the totals say.
    matrix.totals.push(matrix.ratees.map((ratee, u) => (u === own.self ? null : usable(totals[ratee.index]))));
  });
  return [...byCluster.values()];
}

function usable(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

// What the other raters think of a ratee: the consensus a rater's total is compared with (leniency, reciprocity).

import type { ClusterPeerMatrix } from "./clusterPeerMatrix";

/**
 * [rater position][ratee position]: the mean of the other raters' non-null totals for the ratee, null when no other
 * rater scored it. Leaving the rater out keeps its own total from pulling the consensus towards itself.
 */
export function leaveOneOutConsensus(matrix: ClusterPeerMatrix): (number | null)[][] {
  const { totals } = matrix;
  return totals.map((_, r) =>
    matrix.ratees.map((__, u) => {
      let sum = 0;
      let count = 0;
      for (let s = 0; s < totals.length; s++) {
        const t = totals[s][u];
        if (s === r || t === null) continue;
        sum += t;
        count++;
      }
      return count > 0 ? sum / count : null;
    }),
  );
}
